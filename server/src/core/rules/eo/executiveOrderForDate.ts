import type { Rule } from '../rule';
import { closestMatches } from '../../text/similarity';
import { EXECUTIVE_ORDERS, executiveOrder, ordersInForce } from '../../vocab/executiveOrders';
import { compareDates, isoDate } from '../../vocab/dates';
import { cableDate, sentBefore } from '../support/cableDate';
import { eoLineCheckable } from '../support/eo';

/** From this day (E.O. 12958 in force) the order cited must be the one in force. */
const STRICT_FROM = { year: 1995, month: 10, day: 14 };

/**
 * EO-003: the E.O. line cites the order in force on the cable's DTG date (vocab
 * executiveOrders): 12958 from 14 October 1995, 13526 from 27 June 2010, either in between
 * its signing and that day. An unknown number is a typo (`12598`). Before 1995 older orders
 * lingered in derivative markings, so only an order cited before it existed is reported.
 */
export default {
  meta: {
    id: 'executive-order-for-date',
    category: 'eo',
    description: 'The E.O. line cites the executive order in force on the date of the cable\'s DTG (12958 from October 1995, 13526 from June 2010).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-003'],
    messages: {
      unknown: 'Expected the number of an executive order on classification such as {expected}; found "{found}".',
      wrong: 'Expected E.O. {expected}, the order in force on {date} (the DTG); found E.O. {found}.',
    },
  },
  check({ doc, report }) {
    const eo = doc.eo;
    if (!eo?.order || !eoLineCheckable(doc)) return;
    const found = eo.order.text;
    const date = cableDate(doc);
    const inForce = date ? ordersInForce(date).map((o) => o.number) : [];
    const order = executiveOrder(found);
    if (!order) {
      const expected = inForce.length > 0 ? inForce : closestMatches(found, EXECUTIVE_ORDERS.map((o) => o.number), 2).slice(0, 2);
      report({
        span: eo.order.span,
        messageId: 'unknown',
        data: { expected: (expected.length > 0 ? expected : ['12958']).join(' or '), found },
        suggestions: expected.map((n) => ({ title: `Write ${n}`, edits: [{ span: eo.order!.span, text: n }] })),
      });
      return;
    }
    if (!date || inForce.length === 0 || inForce.includes(found)) return;
    const anachronism = compareDates(order.from, date) > 0;
    if (!anachronism && sentBefore(doc, STRICT_FROM)) return;
    report({
      span: eo.order.span,
      messageId: 'wrong',
      data: { expected: inForce.join(' or E.O. '), date: isoDate(date), found },
      suggestions: inForce.map((n) => ({ title: `Write ${n}`, edits: [{ span: eo.order!.span, text: n }] })),
    });
  },
} satisfies Rule;
