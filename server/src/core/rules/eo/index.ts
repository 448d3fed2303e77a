/** The eo rules, in the order they run. */
import type { Rule } from '../rule';

export const EO_RULES: readonly Rule[] = [];
