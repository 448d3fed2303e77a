/** The body rules, in the order they run. */
import paragraphSequence from './paragraphSequence';
import type { Rule } from '../rule';

export const BODY_RULES: readonly Rule[] = [paragraphSequence];
