import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';
import { intendedPrecedence } from '../support/precedence';

/**
 * HDR-018: the precedence on an addressee line is one of FLASH, NIACT IMMEDIATE, IMMEDIATE,
 * PRIORITY, ROUTINE. A near miss (`PRIOITY`, `IMMEDIATLY`) with exactly one close word is
 * fixed to that word; the engine's fix is safe because the word's place on the line and its
 * single candidate leave nothing to judge.
 */
export default {
  meta: {
    id: 'precedence-spelling',
    category: 'header',
    description: 'Precedence words on addressee lines are spelt FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY or ROUTINE.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-018'],
    messages: {
      misspelt: 'Expected a precedence word (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY or ROUTINE); found "{found}". Did you mean {intended}?',
    },
  },
  check({ doc, report }) {
    for (const entry of realAddressees(doc)) {
      const written = entry.precedence;
      if (!written || entry.precedenceWord) continue;
      const intended = intendedPrecedence(written.text);
      if (!intended) continue;
      report({
        span: written.span,
        messageId: 'misspelt',
        data: { found: written.text, intended },
        fix: { edits: [{ span: written.span, text: intended }] },
      });
    }
  },
} satisfies Rule;
