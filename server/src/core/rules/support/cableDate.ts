/**
 * The cable's own date, for rules that depend on when a cable was sent (which order was in
 * force, when LIMITED OFFICIAL USE ended, how far off a declassification date is). Rules read
 * the DTG, never the clock.
 */
import type { CableDocument } from '../../syntax/nodes';
import { addYears, compareDates, pad2, type CalendarDate } from '../../vocab/dates';

/** The calendar date of the cable's DTG, or null when the header has no valid DTG. */
export function cableDate(doc: CableDocument): CalendarDate | null {
  const dt = doc.dateTime;
  return dt ? { year: dt.year, month: dt.month, day: dt.day } : null;
}

/**
 * Whether the cable was certainly sent before `date`: by its DTG, or by its year alone when
 * the DTG is damaged (`false` when nothing tells).
 */
export function sentBefore(doc: CableDocument, date: CalendarDate): boolean {
  const own = cableDate(doc);
  if (own) return compareDates(own, date) < 0;
  return doc.year !== null && doc.year < date.year;
}

/** Whether the cable was certainly sent on or after `date` (see {@link sentBefore}). */
export function sentOnOrAfter(doc: CableDocument, date: CalendarDate): boolean {
  const own = cableDate(doc);
  if (own) return compareDates(own, date) >= 0;
  return doc.year !== null && doc.year > date.year;
}

/** `MM/DD/YYYY`, the canonical form of a declassification date. */
export function declassDateText(date: CalendarDate): string {
  return `${pad2(date.month)}/${pad2(date.day)}/${date.year}`;
}

/**
 * The default declassification date: ten years after the DTG (the norm since E.O. 12958).
 * A draft that has no DTG yet will be sent about `today`, so ten years after today stands in.
 */
export function defaultDeclassDate(doc: CableDocument, today: CalendarDate): CalendarDate {
  return addYears(cableDate(doc) ?? today, 10);
}

/** The line break the cable uses (CRLF files stay CRLF when a rule inserts a line). */
export function lineBreakOf(doc: CableDocument): string {
  const at = doc.text.indexOf('\n');
  return at > 0 && doc.text[at - 1] === '\r' ? '\r\n' : '\n';
}
