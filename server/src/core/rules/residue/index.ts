/** The residue rules, in the order they run. */
import archiveResidue from './archiveResidue';
import type { Rule } from '../rule';

export const RESIDUE_RULES: readonly Rule[] = [archiveResidue];
