import type { Rule } from '../rule';

/** Bullet markers the format uses. */
const BULLETS = new Set(['--', '-']);

/** `A.`, `a.`, `2a.`, `(a)`, `a)`: the shape of a sub-paragraph label, letter replaced. */
function shapeOf(label: string): string {
  return label
    .trim()
    .replace(/^\d+/, '9')
    .replace(/[A-Z]/, 'A')
    .replace(/[a-z]/, 'a');
}

/**
 * BODY-003: sub-paragraphs are lettered in one style within a paragraph (`A.`, `B.` or `a.`,
 * `b.`; `2a.` is also seen) and bullets are `--` or `-`. Other bullet characters (`*`, `•`)
 * are lost or garbled on some circuits. A hint.
 */
export default {
  meta: {
    id: 'subparagraph-style',
    category: 'body',
    description: 'Sub-paragraphs of a paragraph are lettered in one style (A., B. or a., b.), and bullets are "--" or "-".',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['BODY-003'],
    messages: {
      bullet: 'Expected a bullet written "--" or "-"; found "{found}".',
      labelStyle: 'Expected sub-paragraph "{found}" lettered like the first of its paragraph ("{first}").',
    },
  },
  check({ doc, report }) {
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'text') continue;
      for (const bullet of block.bullets) {
        if (BULLETS.has(bullet.marker.text) || /^-{2,}$/.test(bullet.marker.text)) continue;
        report({
          span: bullet.marker.span,
          messageId: 'bullet',
          data: { found: bullet.marker.text },
          suggestions: [{ title: 'Write "--"', edits: [{ span: bullet.marker.span, text: '--' }] }],
        });
      }
      // Lettered sub-paragraphs only: numbered list items (`1.`) are another matter.
      if (block.subParagraphs.length < 2) continue;
      const lettered = block.subParagraphs.filter((s) => /[A-Za-z]/.test(s.label.text));
      if (lettered.length < 2) continue;
      const first = shapeOf(lettered[0].label.text);
      for (const sub of lettered.slice(1)) {
        if (shapeOf(sub.label.text) === first) continue;
        report({ span: sub.label.span, messageId: 'labelStyle', data: { found: sub.label.text.trim(), first: lettered[0].label.text.trim() } });
      }
    }
  },
} satisfies Rule;
