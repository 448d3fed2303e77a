import type { CalendarDate } from './dates';
import { dayNumber } from './dates';

/** An executive order governing classification, and the dates it was in force. */
export interface ExecutiveOrder {
  readonly number: string;
  /** First day in force. */
  readonly from: CalendarDate;
  /** Last day in force, or null while current. */
  readonly to: CalendarDate | null;
  readonly note: string;
}

/**
 * The orders by the date of the cable's DTG (format rule EO-003). Between the signing of
 * E.O. 13526 (29 Dec 2009) and its effective date (27 Jun 2010) either may be cited.
 */
export const EXECUTIVE_ORDERS: readonly ExecutiveOrder[] = [
  { number: '11652', from: { year: 1972, month: 6, day: 1 }, to: { year: 1978, month: 11, day: 30 }, note: 'declassification by GDS or XGDS schedules' },
  { number: '12065', from: { year: 1978, month: 12, day: 1 }, to: { year: 1982, month: 7, day: 31 }, note: 'GDS dates and RDS review dates' },
  { number: '12356', from: { year: 1982, month: 8, day: 1 }, to: { year: 1995, month: 10, day: 13 }, note: 'DECL: OADR (originating agency\'s determination required)' },
  { number: '12958', from: { year: 1995, month: 10, day: 14 }, to: { year: 2010, month: 6, day: 26 }, note: 'a specific declassification date, normally 10 years and at most 25; amended by E.O. 13292 from 25 March 2003' },
  { number: '13526', from: { year: 2010, month: 6, day: 27 }, to: null, note: 'a specific declassification date, normally 10 years and at most 25' },
];

/** E.O. 13526 was signed on this day; from then until its effective date either order is accepted. */
const OVERLAP_START: CalendarDate = { year: 2009, month: 12, day: 29 };

/** The order with this number, if the format knows it. */
export function executiveOrder(number: string): ExecutiveOrder | undefined {
  return EXECUTIVE_ORDERS.find((o) => o.number === number);
}

/** The orders a cable dated `date` may cite (two during the 2009–2010 overlap). */
export function ordersInForce(date: CalendarDate): ExecutiveOrder[] {
  const day = dayNumber(date);
  const inForce = EXECUTIVE_ORDERS.filter((o) => day >= dayNumber(o.from) && (o.to === null || day <= dayNumber(o.to)));
  if (day >= dayNumber(OVERLAP_START) && day < dayNumber(EXECUTIVE_ORDERS[4].from)) inForce.push(EXECUTIVE_ORDERS[4]);
  return inForce;
}

/** The date the amendment by E.O. 13292 took effect: from then reasons are cited as 1.4, not 1.5. */
export const SECTION_1_4_FROM: CalendarDate = { year: 2003, month: 3, day: 25 };
