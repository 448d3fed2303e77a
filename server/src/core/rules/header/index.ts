/** The header rules, in the order they run. */
import type { Rule } from '../rule';

export const HEADER_RULES: readonly Rule[] = [];
