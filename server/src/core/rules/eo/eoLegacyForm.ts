import type { Rule, Suggestion } from '../rule';
import { sentOnOrAfter } from '../support/cableDate';
import { declassDateText } from '../support/cableDate';
import { eoLabelParts, eoLineCheckable } from '../support/eo';

/** SMART, the Department's messaging system from 2009, prints declassification dates year first (observed). */
const YEAR_FIRST_ACCEPTED_FROM = { year: 2009, month: 1, day: 1 };
/** Schedule codes (GDS, XGDS, RDS) belong to E.O. 11652 and 12065, which ended on 31 July 1982. */
const SCHEDULES_UNTIL = { year: 1982, month: 8, day: 1 };

/**
 * EO-001's legacy forms, accepted with a warning: the undotted label `EO 12958`, a two-digit
 * year (`6/30/08`), a year-first or spelled-out date before SMART printed them so, and the
 * GDS/XGDS/RDS schedule codes after the orders that used them. The label fix keeps the order
 * number; the dates are rewritten only as suggestions.
 */
export default {
  meta: {
    id: 'eo-legacy-form',
    category: 'eo',
    description: 'The E.O. line avoids legacy forms: EO without dots, two-digit years, year-first dates, GDS/RDS schedule codes.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-001'],
    messages: {
      undotted: 'Expected the label "E.O. {order}:"; found "{found}", a legacy form.',
      twoDigitYear: 'Expected a four-digit year in the declassification date ("{expected}"); found "{found}".',
      dateShape: 'Expected the declassification date as MM/DD/YYYY ("{expected}"); found "{found}".',
      schedule: 'Expected "DECL:" and a date; found the schedule code "{found}" of an order that ended in 1982.',
    },
  },
  check({ doc, report }) {
    const eo = doc.eo;
    if (!eo || !eoLineCheckable(doc)) return;
    const label = eoLabelParts(doc);
    if (label && !label.dotted && label.order) {
      const found = doc.text.slice(label.span.start, label.span.end).trimEnd();
      report({
        span: label.span,
        messageId: 'undotted',
        data: { order: label.order, found },
        fix: { edits: [{ span: label.span, text: eo.instruction ? `E.O. ${label.order}: ` : `E.O. ${label.order}:` }] },
      });
    }
    if (eo.form === 'date' && eo.dateText && eo.date && eo.dateValid && !eo.dateCanonical) {
      const written = eo.dateText.text;
      const expected = declassDateText(eo.date);
      const suggestions: Suggestion[] = [{ title: `Write ${expected}`, edits: [{ span: eo.dateText.span, text: expected }] }];
      if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2}$/.test(written)) {
        report({ span: eo.dateText.span, messageId: 'twoDigitYear', data: { expected, found: written }, suggestions });
      } else if (!/^\d{4}[/-]/.test(written) || !sentOnOrAfter(doc, YEAR_FIRST_ACCEPTED_FROM)) {
        report({ span: eo.dateText.span, messageId: 'dateShape', data: { expected, found: written }, suggestions });
      }
    }
    if (eo.form === 'schedule' && eo.instruction && sentOnOrAfter(doc, SCHEDULES_UNTIL)) {
      report({ span: eo.instruction.span, messageId: 'schedule', data: { found: eo.instruction.text } });
    }
  },
} satisfies Rule;
