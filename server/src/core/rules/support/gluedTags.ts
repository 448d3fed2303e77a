/**
 * Splitting tags run together, for the tags rules. The splitting lives with the TAGS table
 * (vocab/gluedTags.ts) because the TAGS parser reads the parts of a glued run too.
 */
export { splitGlued, writtenCountryCodes } from '../../vocab/gluedTags';
