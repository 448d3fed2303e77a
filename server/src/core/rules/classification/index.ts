/** The classification rules, in the order they run. */
import type { Rule } from '../rule';
import classificationDesignation from './classificationDesignation';
import classificationLetterSpacing from './classificationLetterSpacing';
import classificationLinePresent from './classificationLinePresent';
import disseminationControls from './disseminationControls';
import messageReferenceNumber from './messageReferenceNumber';
import overallLevelAbovePortions from './overallLevelAbovePortions';
import portionAboveClassification from './portionAboveClassification';
import portionMarkSyntax from './portionMarkSyntax';
import portionMarksRequired from './portionMarksRequired';
import sbuNeedsSensitive from './sbuNeedsSensitive';
import sectionNumbering from './sectionNumbering';
import securityLineLevel from './securityLineLevel';
import unclassifiedMarksConsistent from './unclassifiedMarksConsistent';

export const CLASSIFICATION_RULES: readonly Rule[] = [
  classificationLinePresent,
  classificationLetterSpacing,
  classificationDesignation,
  messageReferenceNumber,
  sectionNumbering,
  securityLineLevel,
  portionMarkSyntax,
  portionMarksRequired,
  portionAboveClassification,
  overallLevelAbovePortions,
  disseminationControls,
  sbuNeedsSensitive,
  unclassifiedMarksConsistent,
];
