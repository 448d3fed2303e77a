import type { Rule } from '../rule';
import { readTags } from '../support/tagReading';
import { repeatDeletion } from '../support/tagRepeats';

/**
 * TAG-007: a tag written twice (`UNGA UNGA`) adds nothing and suggests a slip (was another
 * tag meant?). The fix deletes the repeat with the separator before it.
 */
export default {
  meta: {
    id: 'tags-duplicate',
    category: 'tags',
    description: 'Each tag appears once on the TAGS line.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['TAG-007'],
    messages: {
      duplicate: 'Expected each tag once; found {tag} again.',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const readings = readTags(doc, vocabulary.extraTags);
    const seen = new Set<string>();
    readings.forEach((r, index) => {
      if (r.inName || r.bare.length === 0) return;
      if (!seen.has(r.bare)) {
        seen.add(r.bare);
        return;
      }
      const deletion = repeatDeletion(doc, readings, index);
      report({
        span: r.node.span,
        messageId: 'duplicate',
        data: { tag: r.bare },
        ...(deletion ? { fix: { edits: deletion } } : {}),
      });
    });
  },
} satisfies Rule;
