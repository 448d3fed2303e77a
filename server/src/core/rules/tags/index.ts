/** The tags rules, in the order they run. */
import captionInTags from './captionInTags';
import duplicateTag from './duplicateTag';
import gluedTags from './gluedTags';
import isoCountryCode from './isoCountryCode';
import personNameTag from './personNameTag';
import postCountryTag from './postCountryTag';
import subjectTagRequired from './subjectTagRequired';
import tagSeparators from './tagSeparators';
import tagsLabel from './tagsLabel';
import tagsPresent from './tagsPresent';
import unknownTag from './unknownTag';
import type { Rule } from '../rule';

export const TAGS_RULES: readonly Rule[] = [
  tagsPresent,
  tagsLabel,
  subjectTagRequired,
  unknownTag,
  gluedTags,
  duplicateTag,
  isoCountryCode,
  personNameTag,
  tagSeparators,
  postCountryTag,
  captionInTags,
];
