import type { CableDocument } from '../../syntax/nodes';
import type { Edit, Rule } from '../rule';

/**
 * The number the first paragraph should have: 1, except in a copy of a later section
 * (`SECTION 02 OF 03`), which continues the numbering of the sections before it, and where an
 * unnumbered, portion-marked block opens the body before paragraph 2 (paragraph 1 whose
 * number the copy lost; the portion-mark rules speak of it).
 */
function firstExpected(doc: CableDocument): number {
  const first = doc.paragraphs[0];
  if (!first) return 1;
  const section = doc.classification?.sectionNumber ? Number(doc.classification.sectionNumber.text) : 1;
  if (section > 1) return first.value;
  if (first.value === 2) {
    const before = doc.blocks.find((b) => b.kind === 'text' && b.span.start >= doc.bodyStart && b.span.start < first.span.start);
    if (before && before.kind === 'text' && before.portionMark) return 2;
  }
  return 1;
}

/**
 * BODY-001: paragraphs are numbered 1, 2, 3 … with no gap or repeat. The fix renumbers the
 * paragraph and every `para N` citation that points at it (when N names one paragraph only).
 */
export default {
  meta: {
    id: 'paragraph-sequence',
    category: 'body',
    description: 'Paragraphs are numbered 1., 2., 3. … with no gap or repeat; continuation page headers do not break the sequence.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['BODY-001', 'BODY-002', 'PAGE-003'],
    messages: {
      unexpected: 'Expected paragraph {expected}; found {actual}.',
    },
  },
  check({ doc, report }) {
    const counts = new Map<number, number>();
    for (const p of doc.paragraphs) counts.set(p.value, (counts.get(p.value) ?? 0) + 1);
    const start = firstExpected(doc);
    doc.paragraphs.forEach((paragraph, index) => {
      const expected = index + start;
      if (paragraph.value === expected) return;
      const edits: Edit[] = [{ span: paragraph.number.span, text: String(expected) }];
      if (counts.get(paragraph.value) === 1) {
        for (const citation of doc.paraCitations) {
          for (const number of citation.numbers) {
            // A range (`paras 3-5`) lists its inner numbers with the range's span: only
            // numbers written as such are edited.
            if (Number(number.text) === paragraph.value && doc.text.slice(number.span.start, number.span.end) === number.text) {
              edits.push({ span: number.span, text: String(expected) });
            }
          }
        }
      }
      report({
        span: paragraph.number.span,
        messageId: 'unexpected',
        data: { expected, actual: paragraph.number.text },
        fix: { edits },
      });
    });
  },
} satisfies Rule;
