/** The structure rules, in the order they run. */
import type { Rule } from '../rule';
import classifiedByPosition from './classifiedByPosition';
import headerBlankLines from './headerBlankLines';
import headerCharacterSet from './headerCharacterSet';
import partOrder from './partOrder';

export const STRUCTURE_RULES: readonly Rule[] = [partOrder, classifiedByPosition, headerBlankLines, headerCharacterSet];
