import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Edit, Rule } from '../rule';
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
      // Most header lines follow one another: one line break between them settles it, without
      // looking up the two lines' numbers.
      if (atMostOneBreak(doc.text, previous.span.end, lines[i].span.start)) continue;
      const previousLine = doc.lines.lineAt(previous.span.end);
      const line = doc.lines.lineAt(lines[i].span.start);
      const blanks = line - previousLine - 1;
      if (blanks <= 0) continue;
      report({
        span: lines[i].span,
        messageId: 'blank',
        data: { count: blanks === 1 ? 'a blank line' : `${blanks} blank lines` },
        fix: { edits: removeBlankLines(doc, { start: doc.lines.lineEnd(previousLine), end: doc.lines.lineStart(line) }, doc.lines.lineBreak(previousLine)) },
      });
    }
  },
} satisfies Rule;

/**
 * Edits that replace `span` (the blank lines) with one line break, around any archive
 * residue on them (a lone ` \` or `¶`): archive-residue's fix deletes that, and two fixes
 * never touch the same characters.
 */
function removeBlankLines(doc: CableDocument, span: Span, lineBreak: string): Edit[] {
  const edits: Edit[] = [];
  let at = span.start;
  for (const r of doc.residue) {
    if (r.span.start < span.start || r.span.end > span.end) continue;
    if (r.span.start > at) edits.push({ span: { start: at, end: r.span.start }, text: edits.length === 0 ? lineBreak : '' });
    at = r.span.end;
  }
  if (span.end > at || edits.length === 0) edits.push({ span: { start: at, end: span.end }, text: edits.length === 0 ? lineBreak : '' });
  return edits;
}

/**
 * Whether `text[from, to)` holds at most one line break (LF, CR LF or a lone CR, as the line
 * index counts them): then the line holding `to` is at most the one after the line holding
 * `from`, and no blank line stands between them.
 */
function atMostOneBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) && ++breaks > 1) return false;
  }
  return true;
}
