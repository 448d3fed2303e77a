import { dayOfYear, isLeapYear, pad2 } from '../../vocab/dates';
import type { Rule } from '../rule';
import { dayMonthYear, padNumber } from '../support/describe';

/**
 * Minutes a filing time may precede the DTG: terminal and drafter clocks differ by a minute
 * or two in real cables, which is not worth a warning.
 */
const CLOCK_TOLERANCE = 5;

/**
 * HDR-009: the DE filing time (`JJJHHMM`) is when the cable entered the network, on or after
 * the DTG and normally minutes later: the same Julian day, or the next one after midnight
 * (001 after 31 December). Reported on the DE line's Julian day or time, with the DTG as
 * related information; the correction is a suggestion, since either line may be the wrong one.
 */
export default {
  meta: {
    id: 'filing-time-matches-dtg',
    category: 'header',
    description: "The DE line's Julian day and filing time agree with the DTG: the same UTC day (or the next, after midnight) and not before it.",
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['HDR-009'],
    messages: {
      day: "Expected the DE Julian day {expected} ({date}, the DTG's date); found {found}.",
      early: "Expected a filing time at or after the DTG's {dtgTime}Z on the same day; found {found}.",
      late: 'Expected a filing time within a day of the DTG {dtg}; found Julian day {found} at {time}, a full day or more later.',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    const de = header?.de;
    const julian = de?.julian;
    const dtg = header?.dtgLine?.dtg;
    const value = dtg?.value;
    if (!de?.filingTime || !julian || !dtg || !value) return;
    const yearLength = isLeapYear(value.year) ? 366 : 365;
    if (julian.day < 1 || julian.day > 366 || julian.hour > 23 || julian.minute > 59) return;
    const doy = dayOfYear(value);
    const nextDay = doy === yearLength ? 1 : doy + 1;
    const dtgMinutes = value.hour * 60 + value.minute;
    const deMinutes = julian.hour * 60 + julian.minute;
    const at = de.filingTime.span.start;
    const daySpan = { start: at, end: at + 3 };
    const timeSpan = { start: at + 3, end: at + 7 };
    const dtgText = doc.text.slice(dtg.span.start, dtg.span.end);
    const related = [{ span: dtg.span, message: `The DTG: ${dtgText}.` }];
    const expected = padNumber(doy, 3);
    if (julian.day === doy) {
      if (deMinutes < dtgMinutes - CLOCK_TOLERANCE) {
        report({
          span: timeSpan,
          messageId: 'early',
          data: { dtgTime: `${pad2(value.hour)}${pad2(value.minute)}`, found: de.filingTime.text.slice(3, 7) },
          related,
        });
      }
      return;
    }
    if (julian.day === nextDay) {
      if (deMinutes >= dtgMinutes) {
        report({ span: daySpan, messageId: 'late', data: { dtg: dtgText, found: de.filingTime.text.slice(0, 3), time: de.filingTime.text.slice(3, 7) }, related });
      }
      return;
    }
    report({
      span: daySpan,
      messageId: 'day',
      data: { expected, date: dayMonthYear(value), found: de.filingTime.text.slice(0, 3) },
      suggestions: [{ title: `Change the Julian day to ${expected}`, edits: [{ span: daySpan, text: expected }] }],
      related,
    });
  },
} satisfies Rule;
