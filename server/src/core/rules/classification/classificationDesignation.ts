import type { Rule } from '../rule';
import { sentBefore, sentOnOrAfter } from '../support/cableDate';
import { addCaptionEdit } from '../support/captions';
import { isBareLevelLine } from '../support/portions';

/** SBU replaced LIMITED OFFICIAL USE on this day. */
const SBU_FROM = { year: 1995, month: 10, day: 1 };

/**
 * CLS-003: the transmitted classification line says `UNCLAS`, not `UNCLASSIFIED` (the
 * spelled-out word belongs to the post's pseudo-header and to legacy page banners), and
 * LIMITED OFFICIAL USE ended on 1 October 1995, when SBU replaced it. Dates are the cable's
 * own DTG.
 */
export default {
  meta: {
    id: 'classification-designation',
    category: 'classification',
    description: 'The classification line says UNCLAS (not UNCLASSIFIED), and LIMITED OFFICIAL USE is not used after 1 October 1995.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-003'],
    messages: {
      spelled: 'Expected "UNCLAS" on the classification line; found "{found}", the spelled-out form used only in pseudo-headers and legacy banners.',
      lou: 'Expected UNCLAS with the SENSITIVE caption for a cable dated after 1 October 1995; found "{found}", the control SBU replaced that day.',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c || isBareLevelLine(doc)) return;
    if (c.form === 'spelled' && !sentBefore(doc, SBU_FROM)) {
      report({ span: c.marking.span, messageId: 'spelled', data: { found: c.marking.text }, fix: { edits: [{ span: c.marking.span, text: 'UNCLAS' }] } });
      return;
    }
    if (c.limitedOfficialUse && sentOnOrAfter(doc, SBU_FROM)) {
      const sensitive = addCaptionEdit(doc, 'SENSITIVE', 'last');
      report({
        span: c.marking.span,
        messageId: 'lou',
        data: { found: c.marking.text },
        suggestions: [{ title: 'Write UNCLAS and add the SENSITIVE caption', edits: [{ span: c.marking.span, text: 'UNCLAS' }, ...(sensitive ? [sensitive] : [])] }],
      });
    }
  },
} satisfies Rule;
