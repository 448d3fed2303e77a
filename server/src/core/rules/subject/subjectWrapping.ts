import type { SubjectNode } from '../../syntax/nodes';
import type { Rule } from '../rule';

/**
 * SUBJ-003: a long subject continues on the next lines, flush left, without repeating the
 * label. A second `SUBJECT:` on the line right after the first reads as two subjects.
 */
export default {
  meta: {
    id: 'subject-wrapping',
    category: 'subject',
    description: 'A wrapped subject continues on the next line without repeating the "SUBJECT:" label.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['SUBJ-003'],
    messages: {
      repeated: 'Expected the subject to continue without a label; found "{label}" repeated on the next line.',
    },
  },
  check({ doc, report }) {
    const subjects = doc.blocks.filter((b): b is SubjectNode => b.kind === 'subject');
    for (let i = 1; i < subjects.length; i++) {
      const previousLine = doc.lines.lineAt(subjects[i - 1].span.end);
      const line = doc.lines.lineAt(subjects[i].span.start);
      if (line !== previousLine + 1) continue;
      const label = subjects[i].label;
      let end = label.span.end;
      while (doc.text[end] === ' ' || doc.text[end] === ':') end++;
      const span = { start: label.span.start, end };
      report({
        span: label.span,
        messageId: 'repeated',
        data: { label: doc.text.slice(label.span.start, end).trim() },
        suggestions: [{ title: 'Remove the repeated label', edits: [{ span, text: '' }] }],
      });
    }
  },
} satisfies Rule;
