import type { Rule } from '../rule';
import { compareDates, isoDate } from '../../vocab/dates';
import { cableDate, declassDateText, defaultDeclassDate } from '../support/cableDate';
import { eoLineCheckable } from '../support/eo';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * EO-005 (the error half): the declassification date is a real calendar date (no month 13, no
 * 30 February) and falls after the cable's DTG date. The suggestion writes the default, ten
 * years after the DTG; the date is never changed by a fix.
 */
export default {
  meta: {
    id: 'declassification-date',
    category: 'eo',
    description: 'The declassification date on the E.O. line is a real date after the date of the cable\'s DTG.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-005'],
    messages: {
      noMonth: 'Expected a real declassification date (months run 1 to 12); found "{found}", with month {month}.',
      noDay: 'Expected a real declassification date; found "{found}", but {month} {year} has no day {day}.',
      notAfter: 'Expected a declassification date after the cable\'s date {dtg}; found "{found}".',
    },
  },
  check({ doc, report, today }) {
    const eo = doc.eo;
    if (!eo || eo.form !== 'date' || !eo.dateText || !eo.date || !eoLineCheckable(doc)) return;
    const { date, dateText } = eo;
    const suggested = declassDateText(defaultDeclassDate(doc, today));
    const suggestions = [{ title: `Write ${suggested} (ten years after the DTG)`, edits: [{ span: dateText.span, text: suggested }] }];
    if (!eo.dateValid) {
      if (date.month < 1 || date.month > 12) {
        report({ span: dateText.span, messageId: 'noMonth', data: { found: dateText.text, month: date.month }, suggestions });
      } else {
        report({ span: dateText.span, messageId: 'noDay', data: { found: dateText.text, month: MONTH_NAMES[date.month - 1], year: date.year, day: date.day }, suggestions });
      }
      return;
    }
    const sent = cableDate(doc);
    if (sent && compareDates(date, sent) <= 0) {
      report({ span: dateText.span, messageId: 'notAfter', data: { dtg: isoDate(sent), found: dateText.text }, suggestions });
    }
  },
} satisfies Rule;
