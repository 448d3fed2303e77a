/** The references rules, in the order they run. */
import citationForm from './citationForm';
import citationStyle from './citationStyle';
import citationsResolve from './citationsResolve';
import label from './label';
import lettering from './lettering';
import letterStyle from './letterStyle';
import singleLettered from './singleLettered';
import unusedReference from './unusedReference';
import type { Rule } from '../rule';

export const REFERENCES_RULES: readonly Rule[] = [
  label,
  lettering,
  letterStyle,
  singleLettered,
  citationForm,
  citationsResolve,
  citationStyle,
  unusedReference,
];
