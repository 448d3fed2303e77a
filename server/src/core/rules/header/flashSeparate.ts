import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';

/**
 * HDR-004: FLASH traffic goes to its FLASH addressees in a transmission of its own; the
 * others get a separate cable. Informational: the drafter decides whether to split.
 */
export default {
  meta: {
    id: 'flash-separate',
    category: 'header',
    description: 'A FLASH cable goes to FLASH addressees only; addressees at a lower precedence get a separate transmission.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-004'],
    messages: {
      mixed: 'Expected only FLASH addressees in a FLASH cable (send the others a separate transmission); found {count} at a lower precedence, the first {addressee}.',
    },
  },
  check({ doc, report }) {
    const entries = realAddressees(doc);
    const flash = entries.find((e) => e.precedenceWord === 'FLASH');
    if (!flash) return;
    const lower = entries.filter((e) => e.precedenceWord !== 'FLASH');
    if (lower.length === 0) return;
    report({
      span: flash.precedence!.span,
      messageId: 'mixed',
      data: { count: lower.length, addressee: lower[0].plad?.text ?? lower[0].body.text },
      related: [{ span: lower[0].body.span, message: 'An addressee below FLASH.' }],
    });
  },
} satisfies Rule;
