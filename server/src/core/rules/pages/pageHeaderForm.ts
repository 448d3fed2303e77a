import type { Rule } from '../rule';

/** The width of the origin field in a page header: longer names are cut (`BUENOS AIR`). */
const ORIGIN_FIELD = 10;

/** Whether a header's origin is the cable's, allowing for the cut field and `RPO DUBAI` → `DUBAI`. */
function sameOrigin(header: string, cable: string): boolean {
  const h = header.replace(/\s+/g, ' ').trim().toUpperCase();
  const c = cable.replace(/\s+/g, ' ').trim().toUpperCase();
  if (h === c) return true;
  if (h.length >= ORIGIN_FIELD - 1 && c.startsWith(h)) return true;
  // A header inside a line of text may have the words before it taken for its origin.
  return c.endsWith(` ${h}`) || h.endsWith(` ${c}`);
}

/**
 * PAGE-001: a continuation page starts with `<ORIGIN> <8-digit serial>  <page> OF <total>`
 * (`STATE 00010774  002 OF 003`), whose origin and serial are the classification line's
 * (`STATE 010774` → `STATE 00010774`). A header with the wrong serial belongs to another
 * cable, or was retyped by hand.
 */
export default {
  meta: {
    id: 'page-header-form',
    category: 'pages',
    description: "Continuation page headers read \"ORIGIN 00010774  002 OF 003\", with the classification line's origin and serial.",
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['PAGE-001', 'PAGE-003'],
    messages: {
      serialDigits: 'Expected the serial as eight digits ("{padded}"); found "{found}".',
      pageDigits: 'Expected the page and total as three digits ("{expected}"); found "{found}".',
      serial: "Expected the serial {expected} (the classification line's {origin} {serial}); found {found}.",
      origin: "Expected the origin {expected} (the classification line's); found {found}.",
    },
  },
  check({ doc, report }) {
    const cls = doc.classification;
    const serial = cls?.serial?.text ?? null;
    const origin = cls?.origin?.text ?? null;
    for (const header of doc.pageHeaders) {
      const found = header.serial.text;
      if (found.length !== 8) {
        const padded = found.padStart(8, '0').slice(-8);
        report({
          span: header.serial.span,
          messageId: 'serialDigits',
          data: { padded, found },
          suggestions: [{ title: `Write "${padded}"`, edits: [{ span: header.serial.span, text: padded }] }],
        });
      } else if (serial !== null && Number(found) !== Number(serial)) {
        const expected = serial.replace(/^0+/, '').padStart(8, '0');
        report({
          span: header.serial.span,
          messageId: 'serial',
          data: { expected, origin: origin ?? '', serial, found },
          suggestions: [{ title: `Write "${expected}"`, edits: [{ span: header.serial.span, text: expected }] }],
        });
      }
      if (!/^\d{3}(?:\.\d)?$/.test(header.page.text) || !/^\d{3}$/.test(header.total.text)) {
        const page = header.page.text.replace(/^(\d+)/, (d) => d.padStart(3, '0'));
        const expected = `${page} OF ${header.total.text.padStart(3, '0')}`;
        report({ span: { start: header.page.span.start, end: header.total.span.end }, messageId: 'pageDigits', data: { expected, found: doc.text.slice(header.page.span.start, header.total.span.end) } });
      }
      if (origin !== null && !sameOrigin(header.origin.text, origin)) {
        report({ span: header.origin.span, messageId: 'origin', data: { expected: origin, found: header.origin.text } });
      }
    }
  },
} satisfies Rule;
