import type { Rule } from '../rule';
import { malformedMarkAt } from '../support/malformedMark';

/** A mark written before the paragraph number: `(C) 1. Text`. */
const NUMBER_AFTER_MARK = /[ \t]{0,3}(\d{1,3})\.(?=[ \t])/y;

/**
 * CLS-007: a portion mark is a level in parentheses right after the paragraph number:
 * `1. (C)`, `2. (S/NF)`, `3.(SBU)`. Marks written so that no reader (or tool) takes them for
 * marks — `C)`, `[C]`, `(Confidential)`, `(S NF)`, a mark before the number — are reported
 * with the mark that was meant as a suggestion.
 */
export default {
  meta: {
    id: 'portion-mark-syntax',
    category: 'classification',
    description: 'A portion mark is a level in parentheses right after the paragraph number: 1. (C), 2. (S/NF), 3.(SBU).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-007'],
    messages: {
      malformed: 'Expected a portion mark such as {meant} after the paragraph number; found "{written}".',
      garbled: 'Expected a portion mark such as (C), (S/NF) or (U) after the paragraph number; found "{written}".',
      beforeNumber: 'Expected the portion mark after the paragraph number ("{number}. {mark}"); found it before ("{mark} {number}.").',
    },
  },
  check({ doc, report }) {
    for (const paragraph of doc.paragraphs) {
      if (paragraph.portionMark) continue;
      const bad = malformedMarkAt(doc.text, paragraph.textStart);
      if (!bad) continue;
      report({
        span: bad.span,
        messageId: bad.meant ? 'malformed' : 'garbled',
        data: { meant: bad.meant ?? '', written: bad.written },
        suggestions: bad.meant ? [{ title: `Write the mark ${bad.meant}`, edits: [{ span: bad.span, text: bad.meant }] }] : [],
      });
    }
    for (const block of doc.blocks) {
      if (block.kind !== 'text' || !block.portionMark) continue;
      NUMBER_AFTER_MARK.lastIndex = block.portionMark.span.end;
      const number = NUMBER_AFTER_MARK.exec(doc.text);
      if (!number) continue;
      const mark = doc.text.slice(block.portionMark.span.start, block.portionMark.span.end);
      const end = block.portionMark.span.end + number[0].length;
      report({
        span: { start: block.portionMark.span.start, end },
        messageId: 'beforeNumber',
        data: { number: number[1], mark },
        suggestions: [{ title: `Write "${number[1]}. ${mark}"`, edits: [{ span: { start: block.portionMark.span.start, end }, text: `${number[1]}. ${mark}` }] }],
      });
    }
  },
} satisfies Rule;
