import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';

/** Cables older than this used serials of other lengths; the four-digit form is not judged there. */
const FOUR_DIGIT_SERIALS_FROM = 1990;

/**
 * HDR-018 and HDR-021: each TO/INFO entry is `[RI/]PLAD[ PRECEDENCE][ NNNN]` with no spaces
 * around the `/` and, when a per-addressee serial is written, exactly four digits (a range
 * `2276-2279` for a multi-section cable). Spaces around the `/` are closed up by the fix.
 * Misspelt precedence words are `precedence-spelling`'s business.
 */
export default {
  meta: {
    id: 'addressee-form',
    category: 'header',
    description: 'Each addressee line reads [RI/]PLAD[ PRECEDENCE][ NNNN]: no spaces around the slash, a four-digit serial when there is one.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-018', 'HDR-021'],
    messages: {
      separator: 'Expected no spaces around "/" between the routing indicator and the PLAD ({expected}); found "{found}".',
      noPlad: 'Expected a PLAD after "{indicator}/"; found nothing.',
      serial: 'Expected a four-digit addressee serial; found "{found}".',
    },
  },
  check({ doc, report }) {
    const year = doc.year;
    for (const entry of realAddressees(doc)) {
      if (entry.indicator && entry.separator && entry.separator.text !== '/') {
        const found = doc.text.slice(entry.indicator.span.start, entry.separator.span.end + (entry.plad ? entry.plad.text.split(' ')[0].length : 0));
        report({
          span: entry.separator.span,
          messageId: 'separator',
          data: { expected: found.replace(/ *\/ */, '/'), found },
          fix: { edits: [{ span: entry.separator.span, text: '/' }] },
        });
      }
      if (entry.indicator && !entry.plad) {
        report({ span: entry.body.span, messageId: 'noPlad', data: { indicator: entry.indicator.text } });
      }
      const serial = entry.serial;
      if (serial && (year === null || year >= FOUR_DIGIT_SERIALS_FROM) && !/^\d{4}(?:-\d{4})?$/.test(serial.text)) {
        report({ span: serial.span, messageId: 'serial', data: { found: serial.text } });
      }
    }
  },
} satisfies Rule;
