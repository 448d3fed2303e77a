import type { Edit, Rule } from '../rule';

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
    doc.paragraphs.forEach((paragraph, index) => {
      const expected = index + 1;
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
