/**
 * The rule registry: every rule, group by group, in the order they run. Explicit, so the
 * bundles hold exactly these rules and nothing is discovered from the file system.
 */
import { BODY_RULES } from './body/index';
import { CAPTIONS_RULES } from './captions/index';
import { CLASSIFICATION_RULES } from './classification/index';
import { EO_RULES } from './eo/index';
import { HEADER_RULES } from './header/index';
import { PAGES_RULES } from './pages/index';
import { REFERENCES_RULES } from './references/index';
import { RESIDUE_RULES } from './residue/index';
import { ROUTING_RULES } from './routing/index';
import type { Rule } from './rule';
import { SIGNATURE_RULES } from './signature/index';
import { STRUCTURE_RULES } from './structure/index';
import { SUBJECT_RULES } from './subject/index';
import { TAGS_RULES } from './tags/index';

export const RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...HEADER_RULES,
  ...ROUTING_RULES,
  ...CLASSIFICATION_RULES,
  ...CAPTIONS_RULES,
  ...EO_RULES,
  ...TAGS_RULES,
  ...SUBJECT_RULES,
  ...REFERENCES_RULES,
  ...BODY_RULES,
  ...PAGES_RULES,
  ...SIGNATURE_RULES,
  ...RESIDUE_RULES,
];

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
