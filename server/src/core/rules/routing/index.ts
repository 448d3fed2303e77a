/** The routing rules, in the order they run. */
import type { Rule } from '../rule';

export const ROUTING_RULES: readonly Rule[] = [];
