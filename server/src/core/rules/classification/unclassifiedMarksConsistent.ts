import type { Rule } from '../rule';
import { isSensitive } from '../support/captions';
import { paragraphExcused, paragraphIsMarked } from './portionMarksRequired';

/**
 * CLS-013: an UNCLAS cable need not mark its paragraphs, but if some are marked all should
 * be, so a reader can tell an unmarked paragraph from a forgotten mark.
 */
export default {
  meta: {
    id: 'unclassified-marks-consistent',
    category: 'classification',
    description: 'In an UNCLAS cable, paragraphs are either all portion-marked or none are.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['CLS-013'],
    messages: {
      unmarked: 'Expected paragraph {number} marked like the other paragraphs of this cable, such as ({mark}); found no mark.',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c || c.level !== 'UNCLASSIFIED') return;
    const paragraphs = doc.paragraphs;
    const marked = paragraphs.map((p) => paragraphIsMarked(doc, p) || paragraphExcused(doc, p));
    if (!marked.some(Boolean) || marked.every(Boolean)) return;
    const mark = isSensitive(doc) ? 'SBU' : 'U';
    let lastInSequence = paragraphs[0].value - 1;
    paragraphs.forEach((paragraph, index) => {
      if (paragraph.value !== lastInSequence + 1) return;
      lastInSequence = paragraph.value;
      if (marked[index]) return;
      const at = paragraph.textStart;
      const before = /[ \t]/.test(doc.text[at - 1] ?? '') ? '' : ' ';
      report({
        span: { start: paragraph.number.span.start, end: paragraph.numberPunctuation?.span.end ?? paragraph.number.span.end },
        messageId: 'unmarked',
        data: { number: paragraph.number.text, mark },
        suggestions: [{ title: `Mark paragraph ${paragraph.number.text} (${mark})`, edits: [{ span: { start: at, end: at }, text: `${before}(${mark}) ` }] }],
      });
    });
  },
} satisfies Rule;
