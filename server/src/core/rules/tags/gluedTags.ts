import type { Rule } from '../rule';
import { splitGlued, writtenCountryCodes } from '../support/gluedTags';
import { readTags } from '../support/tagReading';

/**
 * TAG-007: tags run together (`PHUMPGOV`, `NATOPREL`, `ETRDEINVPGOVCS`) are one unknown word
 * to a distribution system, so none of them routes the cable. The suggestion separates them
 * with spaces; it is not applied unattended because a split is a guess.
 */
export default {
  meta: {
    id: 'tags-glued',
    category: 'tags',
    description: 'Tags are separated from each other; two or more tags run together (PHUMPGOV) are read as one unknown tag.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['TAG-007'],
    messages: {
      glued: 'Expected separate tags ({split}); found them run together as "{tag}".',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const readings = readTags(tags, vocabulary.extraTags);
    const codes = writtenCountryCodes(readings.map((r) => r.bare), vocabulary.extraTags);
    for (const r of readings) {
      if (r.info || r.inName || r.node.linked) continue;
      const pieces = splitGlued(r.bare, vocabulary.extraTags, codes);
      if (!pieces) continue;
      const at = r.node.span.start + r.node.text.indexOf(r.bare);
      const span = { start: at, end: at + r.bare.length };
      const split = pieces.join(' ');
      report({
        span,
        messageId: 'glued',
        data: { tag: r.bare, split },
        suggestions: [{ title: `Separate the tags: ${split}`, edits: [{ span, text: split }] }],
      });
    }
  },
} satisfies Rule;
