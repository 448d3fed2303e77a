/** The subject rules, in the order they run. */
import subjectCase from './subjectCase';
import subjectLabel from './subjectLabel';
import subjectPresent from './subjectPresent';
import subjectWrapping from './subjectWrapping';
import type { Rule } from '../rule';

export const SUBJECT_RULES: readonly Rule[] = [subjectPresent, subjectLabel, subjectCase, subjectWrapping];
