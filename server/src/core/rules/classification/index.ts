/** The classification rules, in the order they run. */
import type { Rule } from '../rule';

export const CLASSIFICATION_RULES: readonly Rule[] = [];
