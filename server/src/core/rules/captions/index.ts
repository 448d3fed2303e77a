/** The captions rules, in the order they run. */
import type { Rule } from '../rule';

export const CAPTIONS_RULES: readonly Rule[] = [];
