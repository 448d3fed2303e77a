/** The subject rules, in the order they run. */
import type { Rule } from '../rule';

export const SUBJECT_RULES: readonly Rule[] = [];
