/** The signature rules, in the order they run. */
import type { Rule } from '../rule';

export const SIGNATURE_RULES: readonly Rule[] = [];
