import type { Rule } from '../rule';

/**
 * TAG-001: the label is `TAGS:`, in capitals and with its colon. `TAGS PREL …`, `TAG:` and
 * `Tags:` are read by people but not by every distribution system; the fix writes `TAGS:`.
 */
export default {
  meta: {
    id: 'tags-label',
    category: 'tags',
    description: 'The TAGS line opens with the label "TAGS:" (capitals, with the colon).',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['TAG-001'],
    messages: {
      label: 'Expected the label "TAGS:"; found "{found}".',
    },
  },
  check({ doc, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const text = doc.text;
    let end = tags.label.span.end;
    if (text[end] === ':') end++;
    else if (text[end] === ' ' && text[end + 1] === ':') end += 2;
    const found = text.slice(tags.label.span.start, end);
    if (found === 'TAGS:') return;
    const span = { start: tags.label.span.start, end };
    report({ span, messageId: 'label', data: { found }, fix: { edits: [{ span, text: 'TAGS:' }] } });
  },
} satisfies Rule;
