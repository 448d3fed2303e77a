import type { Rule } from '../rule';
import { sentBefore } from '../support/cableDate';
import { isBareLevelLine } from '../support/portions';

/** Six-digit serials on the classification line are the form from the mid-1990s (older copies have 4 or 5; observed). */
const SIX_DIGITS_FROM = { year: 1995, month: 1, day: 1 };

/**
 * CLS-004: the classification line ends with the message reference number, the origin
 * station and a six-digit zero-padded serial: `STATE 010774`, `SAO PAULO 000335`. Padding
 * the serial and writing `STATE` for its alias `SECSTATE` keep the number, so they are fixes.
 */
export default {
  meta: {
    id: 'message-reference-number',
    category: 'classification',
    description: 'The classification line ends with the origin and a six-digit serial: STATE 010774, SAO PAULO 000335.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['CLS-004'],
    messages: {
      missing: 'Expected the origin and a six-digit serial at the end of the classification line (such as "STATE 010774"); found none.',
      short: 'Expected a six-digit serial on the classification line ("{expected}"); found "{serial}".',
      long: 'Expected a six-digit serial on the classification line; found "{serial}" ({digits} digits).',
      alias: 'Expected the origin "STATE" on the classification line; found "{origin}", an alias accepted only in REF lines.',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c || isBareLevelLine(doc)) return;
    if (!c.origin || !c.serial) {
      report({ span: c.span, messageId: 'missing' });
      return;
    }
    const origin = c.origin.text.toUpperCase();
    if (origin === 'SECSTATE') {
      report({ span: c.origin.span, messageId: 'alias', data: { origin: c.origin.text }, fix: { edits: [{ span: c.origin.span, text: 'STATE' }] } });
    }
    const serial = c.serial.text;
    // A serial with letters glued to it (`00040QSITIVE`) was cut by a damaged copy: its length says nothing.
    if (/^[A-Za-z]/.test(doc.text.slice(c.serial.span.end, c.serial.span.end + 1))) return;
    if (serial.length < 6 && !sentBefore(doc, SIX_DIGITS_FROM)) {
      const expected = serial.padStart(6, '0');
      report({ span: c.serial.span, messageId: 'short', data: { serial, expected: `${c.origin.text} ${expected}` }, fix: { edits: [{ span: c.serial.span, text: expected }] } });
    } else if (serial.length > 6) {
      report({ span: c.serial.span, messageId: 'long', data: { serial, digits: serial.length } });
    }
  },
} satisfies Rule;
