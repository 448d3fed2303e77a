/** The tags rules, in the order they run. */
import type { Rule } from '../rule';

export const TAGS_RULES: readonly Rule[] = [];
