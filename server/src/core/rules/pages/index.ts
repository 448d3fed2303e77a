/** The continuation page rules, in the order they run. */
import pageHeaderForm from './pageHeaderForm';
import pageSequence from './pageSequence';
import type { Rule } from '../rule';

export const PAGES_RULES: readonly Rule[] = [pageHeaderForm, pageSequence];
