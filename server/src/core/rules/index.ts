/**
 * The rule registry: every rule, in the order they run. Explicit, so bundles hold exactly
 * these rules and nothing is discovered from the file system.
 */
import archiveResidue from './archiveResidue';
import paragraphSequence from './paragraphSequence';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  // body
  paragraphSequence,
  // residue
  archiveResidue,
];

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
