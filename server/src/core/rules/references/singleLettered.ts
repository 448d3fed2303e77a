import type { Rule } from '../rule';

/**
 * REF-002: a single reference is not lettered (`REF: LA PAZ 2974`), and the text cites it as
 * `REFTEL`. A lone `A.` suggests a second reference was meant and lost.
 */
export default {
  meta: {
    id: 'references-single-lettered',
    category: 'references',
    description: 'A single reference is not lettered.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['REF-002'],
    messages: {
      lettered: 'Expected a single reference without a letter; found "{letter}" (is a second reference missing?).',
    },
  },
  check({ doc, report }) {
    const blocks = doc.blocks.filter((b) => b.kind === 'references');
    // A list split over two labels (`Ref A:` / `Ref B:`) is not a single reference.
    if (blocks.length !== 1) return;
    const items = blocks[0].items;
    if (items.length !== 1 || !items[0].letterToken || doc.text.slice(blocks[0].span.start, blocks[0].span.end).includes('...')) return;
    const token = items[0].letterToken;
    let end = token.span.end;
    while (doc.text[end] === ' ' || doc.text[end] === '\t') end++;
    report({
      span: token.span,
      messageId: 'lettered',
      data: { letter: token.text },
      suggestions: [{ title: `Remove the letter "${token.text}"`, edits: [{ span: { start: token.span.start, end }, text: '' }] }],
    });
  },
} satisfies Rule;
