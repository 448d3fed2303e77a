/** The pages rules, in the order they run. */
import type { Rule } from '../rule';

export const PAGES_RULES: readonly Rule[] = [];
