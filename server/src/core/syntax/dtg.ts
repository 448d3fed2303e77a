import type { Segment } from './lines';
import type { DtgNode } from './nodes';
import { expandYear, isValidDate, monthNumber } from '../vocab/dates';

/**
 * A date-time group written loosely enough that a malformed one is still found and can be
 * reported: `052036Z FEB 09`, `052036 FEB 09` (no zone), `052036Z FEBRUARY 2009`.
 * Fixed-width parts only, so it cannot backtrack.
 */
const DTG = /(\d{2})(\d{2})(\d{2})([A-Z]?) ?([A-Za-z]{3,9})\.? (\d{4}|\d{2})(?!\d)/y;

/** Reads a DTG at relative `index` of `segment`; null when there is none there. */
export function readDtg(segment: Segment, index: number): DtgNode | null {
  const text = segment.text;
  DTG.lastIndex = index;
  const m = DTG.exec(text);
  if (!m) return null;
  const base = index;
  let offset = base;
  const day = segment.tokenAt(offset, 2);
  const hour = segment.tokenAt((offset += 2), 2);
  const minute = segment.tokenAt((offset += 2), 2);
  offset += 2;
  const zone = m[4] ? segment.tokenAt(offset, 1) : null;
  let monthIndex = offset + m[4].length;
  if (text.charCodeAt(monthIndex) === 32) monthIndex++;
  const month = segment.tokenAt(monthIndex, m[5].length);
  const yearIndex = DTG.lastIndex - m[6].length;
  const year = segment.tokenAt(yearIndex, m[6].length);

  const monthValue = monthNumber(m[5].length === 3 ? m[5] : '');
  const fullYear = m[6].length === 4 ? Number(m[6]) : expandYear(Number(m[6]));
  const d = Number(m[1]);
  const h = Number(m[2]);
  const min = Number(m[3]);
  const valid = monthValue > 0 && isValidDate(fullYear, monthValue, d) && h <= 23 && min <= 59;
  return {
    kind: 'dtg',
    span: { start: segment.start + base, end: year.span.end },
    day,
    hour,
    minute,
    zone,
    month,
    year,
    value: valid ? { year: fullYear, month: monthValue, day: d, hour: h, minute: min } : null,
  };
}

/** The month a DTG names even when spelled out (`FEBRUARY`), 0 if none. */
export function looseMonth(text: string): number {
  return monthNumber(text.slice(0, 3));
}
