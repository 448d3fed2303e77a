import type { Rule } from '../rule';

/**
 * BODY-002: a paragraph number is written `N.`, followed by a space or directly by the
 * portion mark (`1. (C)`, `1.(C)`). `1 (C)`, `1) (C)` and `1 . (C)` are read as paragraphs
 * (the portion mark after them tells), but other systems and readers look for `N.`.
 */
export default {
  meta: {
    id: 'paragraph-number-format',
    category: 'body',
    description: 'Paragraph numbers are written "N." (1. (C), 1.(C)), not "1 (C)", "1) (C)" or "1 . (C)".',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['BODY-002'],
    messages: {
      format: 'Expected the paragraph number written "{expected}"; found "{found}".',
    },
  },
  check({ doc, report }) {
    for (const paragraph of doc.paragraphs) {
      const punctuation = paragraph.numberPunctuation;
      const number = paragraph.number;
      if (punctuation && punctuation.text === '.' && punctuation.span.start === number.span.end) continue;
      const span = { start: number.span.start, end: punctuation ? punctuation.span.end : number.span.end };
      const expected = `${number.text}.`;
      report({
        span,
        messageId: 'format',
        data: { expected, found: doc.text.slice(span.start, span.end) },
        suggestions: [{ title: `Write "${expected}"`, edits: [{ span, text: expected }] }],
      });
    }
  },
} satisfies Rule;
