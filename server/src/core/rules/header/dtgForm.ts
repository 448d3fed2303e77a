import { daysInMonth, expandYear, MONTHS, monthNumber } from '../../vocab/dates';
import { isProsign } from '../../vocab/precedence';
import type { Rule } from '../rule';
import { monthAbbreviation } from '../support/describe';

const MONTH_NAMES = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

/**
 * HDR-013 and HDR-014: format line 5 is one or two precedence prosigns (Z, O, P, R) and the
 * date-time group `DDHHMMZ MON YY`: a day that exists in the month, hour 00–23, minute
 * 00–59, the zone letter `Z` and a three-letter month. Reported on the offending part of the
 * DTG line. Fixed: a missing `Z` and a month written out or in lower case, which have one
 * correct form. A four-digit year is `dtg-four-digit-year`'s business.
 */
export default {
  meta: {
    id: 'dtg-form',
    category: 'header',
    description: 'Format line 5 is one or two prosigns (Z, O, P, R) and a real date-time group DDHHMMZ MON YY (O P 052036Z FEB 09).',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-013', 'HDR-014'],
    messages: {
      prosign: 'Expected a precedence prosign Z (FLASH), O (IMMEDIATE), P (PRIORITY) or R (ROUTINE); found "{found}".',
      noDtg: 'Expected the date-time group DDHHMMZ MON YY after the prosigns (052036Z FEB 09); found "{found}".',
      noZone: 'Expected the zone letter Z after the time ({expected}); found "{found}" without it.',
      zone: 'Expected the zone letter Z (UTC) after the time; found "{found}".',
      monthName: 'Expected the month as three letters ({expected}); found "{found}".',
      month: 'Expected a month abbreviation JAN, FEB … DEC; found "{found}".',
      day: 'Expected a day from 01 to {max} for {month} {year}; found {found}.',
      hour: 'Expected an hour from 00 to 23 in the DTG; found {found}.',
      minute: 'Expected a minute from 00 to 59 in the DTG; found {found}.',
    },
  },
  check({ doc, report }) {
    const line = doc.header?.dtgLine;
    if (!line) return;
    for (const prosign of line.prosigns) {
      if (!isProsign(prosign.text)) report({ span: prosign.span, messageId: 'prosign', data: { found: prosign.text } });
    }
    const dtg = line.dtg;
    if (!dtg) {
      const from = line.prosigns.length > 0 ? line.prosigns[line.prosigns.length - 1].span.end : line.span.start;
      const rest = doc.text.slice(from, line.span.end).trim();
      report({ span: line.span, messageId: 'noDtg', data: { found: rest || 'nothing' } });
      return;
    }
    const time = `${dtg.day.text}${dtg.hour.text}${dtg.minute.text}`;
    if (!dtg.zone) {
      const at = dtg.minute.span.end;
      report({ span: { start: dtg.day.span.start, end: at }, messageId: 'noZone', data: { expected: `${time}Z`, found: time }, fix: { edits: [{ span: { start: at, end: at }, text: 'Z' }] } });
    } else if (dtg.zone.text !== 'Z') {
      report({ span: dtg.zone.span, messageId: 'zone', data: { found: dtg.zone.text } });
    }
    const monthText = dtg.month.text;
    const upper = monthText.toUpperCase();
    let month = monthNumber(upper.length === 3 ? upper : '');
    if (month === 0) {
      const spelled = MONTH_NAMES.indexOf(upper) + 1 || (upper.length > 3 ? MONTH_NAMES.findIndex((n) => n.startsWith(upper.replace(/\.$/, ''))) + 1 : 0);
      if (spelled > 0) {
        month = spelled;
        const expected = monthAbbreviation(spelled);
        report({ span: dtg.month.span, messageId: 'monthName', data: { expected, found: monthText }, fix: { edits: [{ span: dtg.month.span, text: expected }] } });
      } else {
        report({ span: dtg.month.span, messageId: 'month', data: { found: monthText } });
      }
    } else if (monthText !== upper) {
      report({ span: dtg.month.span, messageId: 'monthName', data: { expected: upper, found: monthText }, fix: { edits: [{ span: dtg.month.span, text: upper }] } });
    }
    const yearDigits = dtg.year.text;
    const year = yearDigits.length === 4 ? Number(yearDigits) : expandYear(Number(yearDigits));
    const day = Number(dtg.day.text);
    const max = month > 0 ? daysInMonth(year, month) : 31;
    if (day < 1 || day > max) {
      report({ span: dtg.day.span, messageId: 'day', data: { max, month: month > 0 ? MONTHS[month - 1] : monthText, year, found: dtg.day.text } });
    }
    if (Number(dtg.hour.text) > 23) report({ span: dtg.hour.span, messageId: 'hour', data: { found: dtg.hour.text } });
    if (Number(dtg.minute.text) > 59) report({ span: dtg.minute.span, messageId: 'minute', data: { found: dtg.minute.text } });
  },
} satisfies Rule;
