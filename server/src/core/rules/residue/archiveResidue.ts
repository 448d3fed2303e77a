import type { Rule } from '../rule';

/**
 * Archive residue: the `¶` anchors, `[1](#)` link marks and `[PREL](#)` tag links that web
 * copies of cables carry. None of it was in the transmitted text; the fix deletes it.
 */
export default {
  meta: {
    id: 'archive-residue',
    category: 'residue',
    description: 'Text pasted from an archive copy carries marks that were never in the cable (¶, [1](#), [PREL](#), a trailing backslash); remove them.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: [],
    messages: {
      pilcrow: 'Expected no archive residue; found a "¶" anchor from an archive copy.',
      link: 'Expected no archive residue; found the link mark "{text}" from an archive copy.',
      tagLink: 'Expected the tag {tag} written plainly; found it as the archive link "{text}".',
      backslash: 'Expected the line to end with its text; found a trailing "\\" from a damaged archive copy.',
    },
  },
  check({ doc, report }) {
    const residue = doc.residue;
    for (let i = 0; i < residue.length; i++) {
      const r = residue[i];
      const text = doc.text.slice(r.span.start, r.span.end);
      if (r.what === 'tagLink') {
        // Tag links come in pairs around the tag: `[` and `](#)`.
        const closing = residue[i + 1];
        if (closing && closing.what === 'tagLink') {
          const tag = doc.text.slice(r.span.end, closing.span.start);
          report({
            span: { start: r.span.start, end: closing.span.end },
            messageId: 'tagLink',
            data: { tag, text: doc.text.slice(r.span.start, closing.span.end) },
            fix: { edits: [{ span: r.span, text: '' }, { span: closing.span, text: '' }] },
          });
          i++;
          continue;
        }
      }
      report({
        span: r.span,
        messageId: r.what === 'pilcrow' ? 'pilcrow' : r.what === 'backslash' ? 'backslash' : 'link',
        data: { text },
        fix: { edits: [{ span: r.span, text: '' }] },
      });
    }
  },
} satisfies Rule;
