import type { Rule } from '../rule';
import { headerProper } from '../support/addressees';

/** What header lines are written with: capitals, digits, space and the punctuation of addresses. */
const ALLOWED = /[A-Z0-9 /#.()'&,:+-]/;
const ROUTED_ENTRY = /^(?:(?:TO|INFO) +)?R[A-Z0-9]{2,9} *\//;

/**
 * STR-003: the transmission header is in capitals, digits and the few punctuation marks
 * addresses use (`&`, `,`, `:` and `+` appear in real office symbols too). Lower case is fixed by upper-casing the line (the security line excepted:
 * it is never changed by a fix); any other character is reported for the drafter.
 */
export default {
  meta: {
    id: 'header-character-set',
    category: 'structure',
    description: 'Header lines are written in capitals, digits, spaces and / # . ( ) \' - only (FM AMEMBASSY TRIPOLI, not Fm Amembassy Tripoli).',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['STR-003'],
    messages: {
      lowerCase: 'Expected the header line in capitals ({expected}); found "{found}".',
      character: 'Expected only capitals, digits, spaces and / # . ( ) \' - in the header; found "{found}".',
    },
  },
  check({ doc, report }) {
    const proper = new Set(headerProper(doc));
    for (const line of doc.header?.lines ?? []) {
      // Stray text among the header lines (archive notes) is not the drafter's header; an
      // entry that starts with a routing indicator is, whatever else it holds.
      if (!proper.has(line) && !(line.kind === 'addressee' && ROUTED_ENTRY.test(doc.text.slice(line.span.start, line.span.end)))) continue;
      const text = doc.text.slice(line.span.start, line.span.end);
      let odd = -1;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (!ALLOWED.test(ch) && !/[a-z]/.test(ch)) {
          odd = i;
          break;
        }
      }
      if (odd >= 0) {
        report({ span: { start: line.span.start + odd, end: line.span.start + odd + 1 }, messageId: 'character', data: { found: text[odd] } });
        continue;
      }
      if (!/[a-z]/.test(text)) continue;
      const expected = text.toUpperCase();
      const edit = { span: line.span, text: expected };
      report({
        span: line.span,
        messageId: 'lowerCase',
        data: { expected, found: text },
        ...(line.kind === 'securityLine' ? { suggestions: [{ title: 'Write the security line in capitals', edits: [edit] }] } : { fix: { edits: [edit] } }),
      });
    }
  },
} satisfies Rule;
