import type { CableDocument } from '../../syntax/nodes';
import type { Rule } from '../rule';
import { looksReflowed } from '../support/copyDamage';

/** A number this far past the last paragraph belongs to another document (`paragraph 773`). */
const FAR_PAST_THE_END = 20;

/** Numbers that open a line of the body (`9)`, `9.`): numbered items a citation may point at. */
function lineNumbers(doc: CableDocument): Set<number> {
  const numbers = new Set<number>();
  for (let line = doc.lines.lineAt(doc.bodyStart); line < doc.lines.lineCount; line++) {
    const m = /^\s*\(?(\d{1,3})[.)]/.exec(doc.lines.lineText(line));
    if (m) numbers.add(Number(m[1]));
  }
  return numbers;
}

/**
 * BODY-006: `see para 5`, `paras 3 and 4`, `para 9 below` point at paragraphs that exist.
 * A citation of a missing paragraph usually means paragraphs were added or removed after it
 * was written. Citations that point into another document are left alone: those the parser
 * marks (`REFTEL PARA 5`, `para 3 of ref A`), those right after a reference in the same
 * sentence (`reftel points (paragraph 9)`), those followed by `of …` (`paragraph 8(b) of the
 * resolution`), those inside quoted text, and numbers far past the last paragraph. In a
 * cable whose own numbering is broken (paragraph-sequence's problem) only numbers past the
 * last paragraph are reported.
 */
export default {
  meta: {
    id: 'para-citations-resolve',
    category: 'body',
    description: 'Every "para N" citation points at a paragraph of the cable.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['BODY-006', 'PAGE-003'],
    messages: {
      missing: 'Expected a citation of one of paragraphs 1–{last}; found "{written}", but the cable has no paragraph {number}.',
    },
  },
  check({ doc, report }) {
    const paragraphs = doc.paragraphs;
    // A cable without "para N" citations has nothing to resolve (most have none).
    if (paragraphs.length === 0 || doc.paraCitations.length === 0 || looksReflowed(doc)) return;
    // With broken numbering (a gap, a repeat: paragraph-sequence's problem) only a number past
    // the last paragraph is surely missing.
    const broken = paragraphs.some((p, i) => p.value !== i + 1);
    const values = new Set<number>();
    let last = 0;
    for (const p of paragraphs) {
      values.add(p.value);
      if (p.value > last) last = p.value;
    }
    const text = doc.text;
    // Quoted texts as [start, end) ranges in order, walked once alongside the citations.
    const quoted = doc.markedBlocks
      .filter((b) => (b.block === 'text' || b.block === 'quote') && b.close !== null)
      .map((b) => ({ start: b.open.span.end, end: b.close!.span.start }))
      .sort((a, b) => a.start - b.start);
    let nextQuoted = 0;
    let quotedUntil = -1;
    let nextReference = 0;
    let numbered: Set<number> | null = null;
    for (const citation of doc.paraCitations) {
      while (nextQuoted < quoted.length && quoted[nextQuoted].start <= citation.span.start) quotedUntil = Math.max(quotedUntil, quoted[nextQuoted++].end);
      if (citation.span.end <= quotedUntil) continue;
      while (nextReference < doc.refCitations.length && doc.refCitations[nextReference].span.end <= citation.span.start) nextReference++;
      if (followsReference(doc, nextReference - 1, citation.span.start)) continue;
      // Repetitions bounded by the window's length: three unbounded `\s*` in a row backtrack in cubic time.
      if (/^\s{0,24}(?:\([a-z0-9]{1,3}\)|[a-z])?\s{0,24},?\s{0,24}(?:of|in|OF|IN)\s{1,24}(?!this\b|THIS\b)/.test(text.slice(citation.span.end, citation.span.end + 24))) continue;
      const reported = new Set<string>();
      for (const number of citation.numbers) {
        const value = Number(number.text);
        if (value >= 1 && value <= last && (broken || values.has(value))) continue;
        if (value > last + FAR_PAST_THE_END && value > 2 * last) continue;
        numbered ??= lineNumbers(doc);
        if (numbered.has(value) || reported.has(number.text)) continue;
        reported.add(number.text);
        report({
          span: number.span,
          messageId: 'missing',
          data: { last, written: text.slice(citation.span.start, citation.span.end).replace(/\s+/g, ' '), number: number.text },
        });
      }
    }
  },
} satisfies Rule;

/** Whether the REF citation at `index` (the last one ending before `offset`) stands shortly before it in the same sentence. */
function followsReference(doc: CableDocument, index: number, offset: number): boolean {
  if (index < 0) return false;
  const ref = doc.refCitations[index];
  if (offset - ref.span.end > 30) return false;
  return !/[.;!?]\s/.test(doc.text.slice(ref.span.end, offset));
}
