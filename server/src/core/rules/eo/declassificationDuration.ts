import type { Rule } from '../rule';
import { addYears, compareDates, isoDate } from '../../vocab/dates';
import { cableDate } from '../support/cableDate';
import { eoLineCheckable } from '../support/eo';

/**
 * EO-005 (the warning half): the default duration is ten years and up to 25 are allowed; a
 * date further out needs a 25X or 50X exemption, so warn. Counted from the cable's DTG.
 */
export default {
  meta: {
    id: 'declassification-duration',
    category: 'eo',
    description: 'The declassification date is at most 25 years after the cable\'s DTG (longer needs an exemption).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['EO-005'],
    messages: {
      tooLong: 'Expected a declassification date at most 25 years after the DTG ({latest}); found "{found}", {years} years on.',
    },
  },
  check({ doc, report }) {
    const eo = doc.eo;
    const sent = cableDate(doc);
    if (!eo || !sent || eo.form !== 'date' || !eo.date || !eo.dateValid || !eo.dateText || !eoLineCheckable(doc)) return;
    const latest = addYears(sent, 25);
    if (compareDates(eo.date, latest) <= 0) return;
    report({
      span: eo.dateText.span,
      messageId: 'tooLong',
      data: { latest: isoDate(latest), found: eo.dateText.text, years: eo.date.year - sent.year },
    });
  },
} satisfies Rule;
