import type { Rule } from '../rule';
import { addCaptionEdit, isSensitive } from '../support/captions';
import { PLACE_NAME, portionsOf } from '../support/portions';

/**
 * CLS-012: SBU text goes out as UNCLAS with the SENSITIVE caption (or, in SMART copies, a
 * "SENSITIVE BUT UNCLASSIFIED" handling line). An (SBU) portion in an UNCLAS cable without
 * either is not protected as SBU.
 */
export default {
  meta: {
    id: 'sbu-needs-sensitive',
    category: 'classification',
    description: 'An UNCLAS cable with (SBU) portions carries the SENSITIVE caption or an SBU handling line.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-012'],
    messages: {
      missing: 'Expected the SENSITIVE caption in an UNCLAS cable with the SBU {place} "{mark}"; found none.',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c || c.level !== 'UNCLASSIFIED' || c.limitedOfficialUse || isSensitive(doc)) return;
    const add = addCaptionEdit(doc, 'SENSITIVE', 'last');
    for (const portion of portionsOf(doc)) {
      if (portion.mark.level !== 'SBU') continue;
      report({
        span: portion.mark.span,
        messageId: 'missing',
        data: { place: PLACE_NAME[portion.place], mark: `(${portion.mark.text})` },
        suggestions: add ? [{ title: 'Add the SENSITIVE caption', edits: [add] }] : [],
      });
    }
  },
} satisfies Rule;
