/** Month abbreviations as a DTG writes them, January first. */
export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date; `month` runs 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A UTC date and time to the minute. */
export interface DateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
}

/** Month number (1–12) of a three-letter abbreviation, or 0 when it is not one. */
export function monthNumber(abbreviation: string): number {
  return MONTHS.indexOf(abbreviation.toUpperCase() as (typeof MONTHS)[number]) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the parts name a day that exists. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day of the year, 1 for 1 January. */
export function dayOfYear(date: CalendarDate): number {
  let days = date.day;
  for (let m = 1; m < date.month; m++) days += daysInMonth(date.year, m);
  return days;
}

/** The calendar date of a day of the year (1-based); undefined when the year has no such day. */
export function dateFromDayOfYear(year: number, day: number): CalendarDate | undefined {
  if (day < 1 || day > (isLeapYear(year) ? 366 : 365)) return undefined;
  let remaining = day;
  for (let month = 1; month <= 12; month++) {
    const length = daysInMonth(year, month);
    if (remaining <= length) return { year, month, day: remaining };
    remaining -= length;
  }
  return undefined;
}

/**
 * The full year for a two-digit year as cables write it: 66–99 are 19xx and 00–65 are 20xx
 * (the pivot the format's sources use for this material).
 */
export function expandYear(twoDigits: number): number {
  return twoDigits >= 66 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Days since 1970-01-01 (a proleptic Gregorian day number, for comparing dates). */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** Minutes since 1970-01-01T00:00Z. */
export function minuteNumber(value: DateTime): number {
  return dayNumber(value) * 1440 + value.hour * 60 + value.minute;
}

/** `date` moved by whole years, the day clamped to the month (29 Feb → 28 Feb). */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** The following calendar day. */
export function nextDay(date: CalendarDate): CalendarDate {
  if (date.day < daysInMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { year: date.year, month: date.month + 1, day: 1 };
  return { year: date.year + 1, month: 1, day: 1 };
}

/** Weekday name of a date. */
export function weekday(date: CalendarDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/** `YYYY-MM-DD`. */
export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** `YYYY-MM-DDTHH:MMZ`. */
export function isoDateTime(value: DateTime): string {
  return `${isoDate(value)}T${pad2(value.hour)}:${pad2(value.minute)}Z`;
}

/** `Thursday 5 February 2009`. */
export function longDate(date: CalendarDate): string {
  return `${weekday(date)} ${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** Compares two dates: negative when `a` is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Zero-pads to two digits. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
