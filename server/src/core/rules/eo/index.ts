/** The E.O. line and classification-authority rules, in the order they run. */
import type { Rule } from '../rule';
import classificationReasonLetters from './classificationReasonLetters';
import classificationReasonSection from './classificationReasonSection';
import classifiedByLine from './classifiedByLine';
import declassificationDate from './declassificationDate';
import declassificationDuration from './declassificationDuration';
import eoDeclassificationMatchesLevel from './eoDeclassificationMatchesLevel';
import eoLegacyForm from './eoLegacyForm';
import eoLineForm from './eoLineForm';
import eoLinePresent from './eoLinePresent';
import eoLineSpacing from './eoLineSpacing';
import executiveOrderForDate from './executiveOrderForDate';
import oadrAfter1995 from './oadrAfter1995';

export const EO_RULES: readonly Rule[] = [
  eoLinePresent,
  eoLineForm,
  eoLineSpacing,
  eoLegacyForm,
  eoDeclassificationMatchesLevel,
  executiveOrderForDate,
  oadrAfter1995,
  declassificationDate,
  declassificationDuration,
  classifiedByLine,
  classificationReasonLetters,
  classificationReasonSection,
];
