/** Wording helpers for header messages: dates and numbers as drafters write them. */
import { MONTHS, type CalendarDate } from '../../vocab/dates';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `5 February 2009`. */
export function dayMonthYear(date: CalendarDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** The month's DTG abbreviation (`FEB`). */
export function monthAbbreviation(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Zero-pads to `width` digits (`36` → `036`). */
export function padNumber(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Quotes a written value for a message, or says it is missing. */
export function quoted(text: string | null | undefined): string {
  return text ? `"${text}"` : 'nothing';
}
