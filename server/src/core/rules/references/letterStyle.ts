import type { LetterStyle } from '../../syntax/nodes';
import type { Rule } from '../rule';

const SHAPES: Readonly<Partial<Record<LetterStyle, string>>> = { dot: 'A.', paren: 'A)', enclosed: '(A)', colon: 'A:' };

/**
 * REF-002: references are lettered in one style throughout the list: `A.`, `A)` or `(A)`.
 * A list that mixes them (`A. … B) …`) looks like two lists run together.
 */
export default {
  meta: {
    id: 'references-letter-style',
    category: 'references',
    description: 'The references of one list are lettered in one style: A., A) or (A).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['REF-002'],
    messages: {
      mixed: 'Expected reference {letter} lettered like the first ("{first}"); found "{found}".',
    },
  },
  check({ doc, report }) {
    const blocks = doc.blocks.filter((b) => b.kind === 'references');
    for (const block of blocks) {
      const items = block.items.filter((i) => i.letterToken !== null);
      if (items.length < 2) continue;
      const firstStyle = items[0].letterStyle;
      // A list lettered without punctuation throughout (`A STATE 1 B STATE 2`) is left alone.
      const shape = SHAPES[firstStyle];
      if (!shape) continue;
      for (const item of items.slice(1)) {
        if (item.letterStyle === firstStyle) continue;
        const token = item.letterToken!;
        const replacement = shape.replace('A', item.letter!);
        report({
          span: token.span,
          messageId: 'mixed',
          data: { letter: item.letter!, first: doc.text.slice(items[0].letterToken!.span.start, items[0].letterToken!.span.end), found: token.text },
          suggestions: [{ title: `Write "${replacement}"`, edits: [{ span: token.span, text: replacement }] }],
        });
      }
    }
  },
} satisfies Rule;
