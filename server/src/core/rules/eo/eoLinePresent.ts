import type { Rule } from '../rule';
import { isClassified } from '../../vocab/classification';
import type { CalendarDate } from '../../vocab/dates';
import { ordersInForce } from '../../vocab/executiveOrders';
import { cableDate, declassDateText, defaultDeclassDate, lineBreakOf, sentBefore } from '../support/cableDate';
import { preambleTruncated, preambleUnreliable, someLineStartsWith } from '../support/copyDamage';
import { EO_START } from '../../syntax/eoLine';

/** E.O. 11652 took effect on this day; cables sent before it carry no E.O. line. */
const FIRST_ORDER: CalendarDate = { year: 1972, month: 6, day: 1 };

/**
 * An E.O. label with its order anywhere, glued to other text in a copy with joined lines
 * (`SIPDISE.O. 12958:`), where the parser's `EO_INSIDE` wants a word boundary before it.
 */
const EO_LABEL_ANYWHERE = /E\. ?[O0]\. ?1\d{4}/i;

/**
 * STR-001, EO-001, EO-002: a cable carries an E.O. line between its captions and its TAGS:
 * `E.O. 12958: N/A` on an unclassified cable, `E.O. 12958: DECL: <date>` on a classified one.
 * Without it a classified cable gives no declassification instruction at all. The line is only
 * offered, never written unattended: the declassification date is the drafter's decision.
 * Left alone: a fragment with neither TAGS nor SUBJECT, a cable sent before any executive order
 * on classification (June 1972), a copy whose preamble was cut short or could not be read, and
 * a text with an E.O. line the parser could not place, on a line of its own or glued to other
 * text (other rules report that line, or the copy's joined lines are the fault).
 */
export default {
  meta: {
    id: 'eo-line-present',
    category: 'eo',
    description: 'A cable carries an E.O. line ("E.O. 12958: N/A", or "DECL:" and a date when classified) before its TAGS and SUBJECT.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['STR-001', 'EO-001', 'EO-002'],
    messages: {
      missing: 'Expected an E.O. line such as "{example}" before the {before}; found none.',
    },
  },
  check({ doc, report, today }) {
    if (doc.eo) return;
    const anchor = doc.tags ?? doc.subject;
    if (!anchor) return;
    if (sentBefore(doc, FIRST_ORDER) || preambleTruncated(doc) || preambleUnreliable(doc) || someLineStartsWith(doc, EO_START)) return;
    if (EO_LABEL_ANYWHERE.test(doc.text.slice(doc.classification?.span.start ?? 0, anchor.span.start))) return;
    // The order in force on the DTG; a copy without a valid DTG goes by its year, a draft by today.
    const date = cableDate(doc) ?? (doc.year !== null ? { year: doc.year, month: 7, day: 1 } : today);
    const order = ordersInForce(date)[0]?.number ?? '13526';
    const level = doc.classification?.level;
    const classified = level ? isClassified(level) : null;
    const na = `E.O. ${order}: N/A`;
    const decl = `E.O. ${order}: DECL: ${declassDateText(defaultDeclassDate(doc, today))}`;
    const line = doc.lines.lineAt(anchor.span.start);
    const at = doc.lines.lineStart(line);
    const br = lineBreakOf(doc);
    const insert = (text: string) => [{ span: { start: at, end: at }, text: `${text}${br}` }];
    report({
      span: { start: anchor.span.start, end: doc.lines.lineEnd(line) },
      messageId: 'missing',
      data: { example: classified === true ? `E.O. ${order}: DECL: MM/DD/YYYY` : na, before: anchor === doc.tags ? 'TAGS line' : 'subject' },
      suggestions: [
        ...(classified !== true ? [{ title: `Add "${na}" (unclassified cable)`, edits: insert(na) }] : []),
        ...(classified !== false ? [{ title: `Add "${decl}" (ten years on)`, edits: insert(decl) }] : []),
      ],
    });
  },
} satisfies Rule;
