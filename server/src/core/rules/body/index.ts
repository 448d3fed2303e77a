/** The body rules, in the order they run. */
import actionRequest from './actionRequest';
import headingRules from './headingRules';
import lineLength from './lineLength';
import markedBlocksBalanced from './markedBlocksBalanced';
import paraCitationsResolve from './paraCitationsResolve';
import paragraphNumberFormat from './paragraphNumberFormat';
import paragraphSequence from './paragraphSequence';
import subParagraphStyle from './subParagraphStyle';
import summaryBlock from './summaryBlock';
import summaryRequired from './summaryRequired';
import type { Rule } from '../rule';

export const BODY_RULES: readonly Rule[] = [
  paragraphSequence,
  paragraphNumberFormat,
  subParagraphStyle,
  summaryBlock,
  summaryRequired,
  markedBlocksBalanced,
  paraCitationsResolve,
  headingRules,
  lineLength,
  actionRequest,
];
