import type { Rule } from '../rule';
import { CANONICAL_CLASSIFICATION } from '../../vocab/classification';
import { isBareLevelLine } from '../support/portions';

/**
 * CLS-001/CLS-002: on the classification line CONFIDENTIAL, SECRET and TOP SECRET are written
 * letter-spaced (`C O N F I D E N T I A L`), UNCLAS is not, and EFTO after UNCLAS is
 * (`UNCLAS E F T O`). The fix rewrites the same level in its transmitted spelling, so it
 * never changes the classification.
 */
export default {
  meta: {
    id: 'classification-letter-spacing',
    category: 'classification',
    description: 'The classification line writes the level letter-spaced: C O N F I D E N T I A L, S E C R E T, UNCLAS E F T O (UNCLAS itself is not spaced).',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['CLS-001', 'CLS-002'],
    messages: {
      spacing: 'Expected the classification written "{expected}"; found "{found}".',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c || isBareLevelLine(doc) || c.form === 'canonical' || c.form === 'spelled') return;
    const expected = c.limitedOfficialUse ? 'LIMITED OFFICIAL USE' : CANONICAL_CLASSIFICATION[c.level] + (c.efto ? ' E F T O' : '');
    const found = c.marking.text;
    // A copy whose whole text was lower-cased by an archive (`C o n f i d e n t i a l`) keeps
    // the drafter's spacing: only the case differs, and that was not the drafter's doing.
    if (c.form === 'lowercase' && found.toUpperCase() === expected) return;
    if (c.level === 'TOP SECRET' && found === 'T O P  S E C R E T') return;
    report({
      span: c.marking.span,
      messageId: 'spacing',
      data: { expected, found },
      fix: { edits: [{ span: c.marking.span, text: expected }] },
    });
  },
} satisfies Rule;
