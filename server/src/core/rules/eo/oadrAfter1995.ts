import type { Rule } from '../rule';
import { declassDateText, defaultDeclassDate, sentOnOrAfter } from '../support/cableDate';
import { eoLineCheckable } from '../support/eo';

/** E.O. 12958 took effect and ended OADR on this day. */
const OADR_ENDED = { year: 1995, month: 10, day: 14 };

/**
 * EO-004: E.O. 12958 ended the indefinite OADR ("Originating Agency's Determination
 * Required") marking; a specific date or event is required. Derivative classifiers kept it
 * for a while, so this is a warning. The cable's DTG decides.
 */
export default {
  meta: {
    id: 'oadr-after-1995',
    category: 'eo',
    description: 'DECL: OADR is not used on cables dated from 14 October 1995, when E.O. 12958 required a date or an event.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-004'],
    messages: {
      oadr: 'Expected a declassification date or event on a cable dated after 14 October 1995; found "{found}", which E.O. 12958 ended.',
    },
  },
  check({ doc, report, today }) {
    const eo = doc.eo;
    if (!eo || eo.form !== 'oadr' || !eo.instruction || !eoLineCheckable(doc) || !sentOnOrAfter(doc, OADR_ENDED)) return;
    const date = declassDateText(defaultDeclassDate(doc, today));
    report({
      span: eo.instruction.span,
      messageId: 'oadr',
      data: { found: eo.instruction.text },
      suggestions: [{ title: `Write DECL: ${date} (ten years after the DTG)`, edits: [{ span: eo.instruction.span, text: `DECL: ${date}` }] }],
    });
  },
} satisfies Rule;
