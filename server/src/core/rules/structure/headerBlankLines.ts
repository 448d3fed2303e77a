import type { Rule } from '../rule';
import { headerProper } from '../support/addressees';

/**
 * STR-002 (the header part): format lines 1 to 8 follow one another with no blank line
 * between them. One place is exempt: transmitted copies routed for web distribution
 * (`PP RUEHWEB`) have a blank line after the routing line, and do so consistently. The fix
 * removes the blank lines; the blank line (or none) between the header and the
 * classification line is accepted either way.
 */
export default {
  meta: {
    id: 'header-blank-lines',
    category: 'structure',
    description: 'The transmission header lines (VZCZC… to the last INFO addressee) have no blank lines between them.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['STR-002'],
    messages: {
      blank: 'Expected no blank line between header lines; found {count} above this line.',
    },
  },
  check({ doc, report }) {
    const lines = headerProper(doc);
    for (let i = 1; i < lines.length; i++) {
      const previous = lines[i - 1];
      if (previous.kind === 'routingLine' && lines[i].kind !== 'routingLine') continue;
      const previousLine = doc.lines.lineAt(previous.span.end);
      const line = doc.lines.lineAt(lines[i].span.start);
      const blanks = line - previousLine - 1;
      if (blanks <= 0) continue;
      report({
        span: lines[i].span,
        messageId: 'blank',
        data: { count: blanks === 1 ? 'a blank line' : `${blanks} blank lines` },
        fix: { edits: [{ span: { start: doc.lines.lineEnd(previousLine), end: doc.lines.lineStart(line) }, text: doc.lines.lineBreak(previousLine) }] },
      });
    }
  },
} satisfies Rule;
