import type { BlockMarkerNode, CableDocument, MarkedBlockKind, MarkedBlockNode } from '../../syntax/nodes';
import type { Rule } from '../rule';
import { paragraphIndexAt } from '../support/paragraphAt';

/** Words that open a block informally (`comment:` in lower case, `Text of the note follows:`). */
const INFORMAL_OPENER: Readonly<Record<Exclude<MarkedBlockKind, 'summary'>, RegExp>> = {
  comment: /\bcomments?\b/i,
  note: /\bnote\b/i,
  text: /\b(?:text|translation)\b/i,
  quote: /\bquot(?:e|ation)\b/i,
};

/** How far a parenthesis is looked for: a parenthetical comment is short. */
const PARENTHESIS_REACH = 4000;

/** Whether the opener follows `(` and a matching `)` closes it within its paragraph. */
function closedByParenthesis(doc: CableDocument, block: MarkedBlockNode): boolean {
  const text = doc.text;
  let i = block.open.span.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== '(') return false;
  const index = paragraphIndexAt(doc, block.open.span.start);
  const end = Math.min(index >= 0 ? doc.paragraphs[index].span.end : text.length, block.open.span.end + PARENTHESIS_REACH);
  let depth = 1;
  for (let k = block.open.span.end; k < end; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && --depth === 0) return true;
  }
  return false;
}

/**
 * BODY-005: blocks set off inside the text are closed: `Comment:` … `End comment.`,
 * `BEGIN TEXT` … `END TEXT` (also `End draft demarche text.`), `BEGIN QUOTE` … `END QUOTE`,
 * and a closer closes something. A comment in the last paragraph may run to the signature,
 * and one in parentheses ends at its `)`; a note ends with its sentence. A closer with an
 * informal opener before it (`comment:` in lower case, a `Comment` heading, `Text of the
 * note follows:`), one that ends a parenthesis, or one just after a redaction is accepted.
 */
export default {
  meta: {
    id: 'marked-blocks-balanced',
    category: 'body',
    description: 'Comments, quoted texts and quotes opened in the text are closed (End comment., END TEXT, END QUOTE), and every closer closes something.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['BODY-005', 'PAGE-003'],
    messages: {
      unclosed: 'Expected "{closer}" to close the {kind} opened by "{opener}"; found none before {where}.',
      stray: 'Expected an opener before "{found}"; found no {kind} open.',
    },
  },
  check({ doc, report }) {
    const text = doc.text;
    for (const block of doc.markedBlocks) {
      if (block.close !== null || block.block === 'summary' || block.block === 'note') continue;
      const opener = text.slice(block.open.span.start, block.open.span.end).trim();
      if (block.block === 'comment') {
        if (closedByParenthesis(doc, block)) continue;
        const index = paragraphIndexAt(doc, block.open.span.start);
        // A comment in (or after) the last paragraph runs to the signature.
        if (index < 0 || index === doc.paragraphs.length - 1) continue;
        report({ span: block.open.span, messageId: 'unclosed', data: { closer: 'End comment.', kind: 'comment', opener, where: `paragraph ${doc.paragraphs[index + 1].number.text}` } });
        continue;
      }
      const closer = block.block === 'quote' ? 'END QUOTE' : 'END TEXT';
      report({ span: block.open.span, messageId: 'unclosed', data: { closer, kind: block.block === 'quote' ? 'quotation' : 'quoted text', opener, where: 'the end of the text' } });
    }
    // Only a stray closer is reported below: without one (nearly every cable) nothing is left to read.
    if (doc.strayClosers.length === 0) return;
    const stray = new Set(doc.strayClosers);
    const previousCloser = new Map<MarkedBlockKind, number>();
    const closers = [...doc.strayClosers];
    for (const b of doc.markedBlocks) if (b.close) closers.push(b.close);
    closers.sort((a, b) => a.span.start - b.span.start);
    for (const closer of closers) {
      const kind = closer.block;
      const since = previousCloser.get(kind) ?? doc.bodyStart;
      previousCloser.set(kind, closer.span.end);
      if (kind === 'summary' || !stray.has(closer)) continue;
      if (INFORMAL_OPENER[kind].test(text.slice(since, closer.span.start))) continue;
      // `(… End note.)`: the parenthesis opened it. A redaction just before (`xxxxx`) may
      // have taken the opener with it.
      if (/^[.\s]*\)/.test(text.slice(closer.span.end, closer.span.end + 4))) continue;
      if (/x{5,}/i.test(text.slice(Math.max(since, closer.span.start - 300), closer.span.start))) continue;
      report({ span: closer.span, messageId: 'stray', data: { found: text.slice(closer.span.start, closer.span.end), kind: kindName(closer) } });
    }
  },
} satisfies Rule;

function kindName(marker: BlockMarkerNode): string {
  return marker.block === 'text' ? 'quoted text' : marker.block === 'quote' ? 'quotation' : marker.block;
}
