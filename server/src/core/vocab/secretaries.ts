import type { CalendarDate } from './dates';
import { dayNumber } from './dates';

/** A Secretary of State and the term in office. */
export interface Secretary {
  readonly surname: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * Secretaries of State, whose surname signs every cable from the Department (format rule
 * SIG-002). Dates are general public record.
 */
export const SECRETARIES: readonly Secretary[] = [
  { surname: 'ROGERS', from: { year: 1969, month: 1, day: 22 }, to: { year: 1973, month: 9, day: 3 } },
  { surname: 'KISSINGER', from: { year: 1973, month: 9, day: 22 }, to: { year: 1977, month: 1, day: 20 } },
  { surname: 'VANCE', from: { year: 1977, month: 1, day: 23 }, to: { year: 1980, month: 4, day: 28 } },
  { surname: 'MUSKIE', from: { year: 1980, month: 5, day: 8 }, to: { year: 1981, month: 1, day: 18 } },
  { surname: 'HAIG', from: { year: 1981, month: 1, day: 22 }, to: { year: 1982, month: 7, day: 5 } },
  { surname: 'SHULTZ', from: { year: 1982, month: 7, day: 16 }, to: { year: 1989, month: 1, day: 20 } },
  { surname: 'BAKER', from: { year: 1989, month: 1, day: 25 }, to: { year: 1992, month: 8, day: 23 } },
  { surname: 'EAGLEBURGER', from: { year: 1992, month: 8, day: 23 }, to: { year: 1993, month: 1, day: 20 } },
  { surname: 'CHRISTOPHER', from: { year: 1993, month: 1, day: 20 }, to: { year: 1997, month: 1, day: 17 } },
  { surname: 'ALBRIGHT', from: { year: 1997, month: 1, day: 23 }, to: { year: 2001, month: 1, day: 20 } },
  { surname: 'POWELL', from: { year: 2001, month: 1, day: 20 }, to: { year: 2005, month: 1, day: 26 } },
  { surname: 'RICE', from: { year: 2005, month: 1, day: 26 }, to: { year: 2009, month: 1, day: 20 } },
  { surname: 'CLINTON', from: { year: 2009, month: 1, day: 21 }, to: { year: 2013, month: 2, day: 1 } },
  { surname: 'KERRY', from: { year: 2013, month: 2, day: 1 }, to: { year: 2017, month: 1, day: 20 } },
  { surname: 'TILLERSON', from: { year: 2017, month: 2, day: 1 }, to: { year: 2018, month: 3, day: 31 } },
  { surname: 'POMPEO', from: { year: 2018, month: 4, day: 26 }, to: { year: 2021, month: 1, day: 20 } },
  { surname: 'BLINKEN', from: { year: 2021, month: 1, day: 26 }, to: { year: 2025, month: 1, day: 20 } },
  // In office when this table was last updated; the end date is the end of the term, to be
  // revised when it changes.
  { surname: 'RUBIO', from: { year: 2025, month: 1, day: 21 }, to: { year: 2029, month: 1, day: 20 } },
];

/** The Secretaries in office on `date`: one, two on a handover day, none between terms. */
export function secretariesOn(date: CalendarDate): Secretary[] {
  const day = dayNumber(date);
  return SECRETARIES.filter((s) => day >= dayNumber(s.from) && day <= dayNumber(s.to));
}
