import { isLeapYear } from '../../vocab/dates';
import type { Rule } from '../rule';

/**
 * HDR-005 and HDR-008: format line 3 is `DE`, the originating station's routing indicator,
 * `#` and the four-digit station serial, an optional `/NN` section number, and the filing
 * time `JJJHHMM` (Julian day 001–365, or 366 in a leap year; UTC hour and minute). Two
 * mechanical slips are fixed: a missing `#` before a four-digit serial, and a filing time
 * split by a space (`036 2052`).
 */
export default {
  meta: {
    id: 'de-line-form',
    category: 'header',
    description: 'Format line 3 reads DE, the station routing indicator, #, a four-digit serial, an optional /NN section and a seven-digit filing time JJJHHMM (DE RUEHC #0774/01 0362052).',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-005', 'HDR-008'],
    messages: {
      noIndicator: 'Expected the originating station\'s routing indicator after DE (DE RUEHC #0774 0362052); found "{found}".',
      noSerial: 'Expected "#" and the four-digit station serial after the routing indicator (DE RUEHC #0774 0362052); found "{found}".',
      noHash: 'Expected "#" before the station serial (#{serial}); found "{serial}" without it.',
      serialDigits: 'Expected a four-digit station serial after "#"; found "{found}".',
      sectionDigits: 'Expected a two-digit section number after "/" (/01); found "/{found}".',
      noTime: 'Expected the seven-digit filing time JJJHHMM (Julian day, hour, minute) after the serial; found "{found}".',
      split: 'Expected the filing time as one seven-digit group ({expected}); found "{found}".',
      timeDigits: 'Expected the filing time as seven digits JJJHHMM (Julian day, hour, minute); found "{found}".',
      julianDay: 'Expected a Julian day from 001 to {max}{why}; found {found}.',
      hour: 'Expected a filing hour from 00 to 23; found {found}.',
      minute: 'Expected a filing minute from 00 to 59; found {found}.',
      extra: 'Expected nothing after the filing time; found "{found}".',
    },
  },
  check({ doc, report }) {
    const de = doc.header?.de;
    if (!de) return;
    const line = doc.text.slice(de.span.start, de.span.end);
    if (!de.indicator) {
      report({ span: de.span, messageId: 'noIndicator', data: { found: line } });
      return;
    }
    if (!de.serial) {
      report({ span: de.span, messageId: 'noSerial', data: { found: line } });
      return;
    }
    if (!/^\d{4}$/.test(de.serial.text)) {
      report({ span: de.serial.span, messageId: 'serialDigits', data: { found: de.serial.text } });
    } else if (!de.hasHash) {
      report({
        span: de.serial.span,
        messageId: 'noHash',
        data: { serial: de.serial.text },
        fix: { edits: [{ span: { start: de.serial.span.start, end: de.serial.span.start }, text: '#' }] },
      });
    }
    if (de.section && !/^\d{2}$/.test(de.section.text)) {
      report({ span: de.section.span, messageId: 'sectionDigits', data: { found: de.section.text } });
    }
    const time = de.filingTime;
    if (!time) {
      const after = de.section ?? de.serial;
      const rest = doc.text.slice(after.span.end, de.span.end).trim();
      report({ span: de.extra?.span ?? de.span, messageId: 'noTime', data: { found: rest || 'nothing' } });
      return;
    }
    const extra = de.extra;
    if (/^\d{3}$/.test(time.text) && extra && /^\d{4}$/.test(extra.text)) {
      report({
        span: { start: time.span.start, end: extra.span.end },
        messageId: 'split',
        data: { expected: time.text + extra.text, found: doc.text.slice(time.span.start, extra.span.end) },
        fix: { edits: [{ span: { start: time.span.end, end: extra.span.start }, text: '' }] },
      });
      return;
    }
    if (!de.julian) {
      const span = extra ? { start: time.span.start, end: extra.span.end } : time.span;
      report({ span, messageId: 'timeDigits', data: { found: doc.text.slice(span.start, span.end) } });
      return;
    }
    const year = doc.dateTime?.year ?? doc.year;
    const max = year === null ? 366 : isLeapYear(year) ? 366 : 365;
    const julian = de.julian;
    const at = time.span.start;
    if (julian.day < 1 || julian.day > max) {
      report({
        span: { start: at, end: at + 3 },
        messageId: 'julianDay',
        data: { max, why: year === null ? '' : ` (${year} ${max === 366 ? 'is' : 'is not'} a leap year)`, found: time.text.slice(0, 3) },
      });
    }
    if (julian.hour > 23) report({ span: { start: at + 3, end: at + 5 }, messageId: 'hour', data: { found: time.text.slice(3, 5) } });
    if (julian.minute > 59) report({ span: { start: at + 5, end: at + 7 }, messageId: 'minute', data: { found: time.text.slice(5, 7) } });
    if (extra) report({ span: extra.span, messageId: 'extra', data: { found: extra.text } });
  },
} satisfies Rule;
