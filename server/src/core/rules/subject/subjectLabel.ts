import type { Rule } from '../rule';

/**
 * SUBJ-001: the label is `SUBJECT:`. `SUBJ:` is seen in some copies and misspellings
 * (`SUBJET:`) in others; the fix writes the standard label.
 */
export default {
  meta: {
    id: 'subject-label',
    category: 'subject',
    description: 'The subject line opens with the label "SUBJECT:".',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['SUBJ-001'],
    messages: {
      label: 'Expected the label "SUBJECT:"; found "{found}".',
    },
  },
  check({ doc, report }) {
    const subject = doc.subject;
    if (!subject) return;
    const text = doc.text;
    let end = subject.label.span.end;
    while (end < subject.span.end && (text[end] === ' ' || text[end] === '\t')) end++;
    if (text[end] !== ':') return;
    end++;
    const found = text.slice(subject.label.span.start, end);
    if (found === 'SUBJECT:') return;
    const span = { start: subject.label.span.start, end };
    report({ span, messageId: 'label', data: { found }, fix: { edits: [{ span, text: 'SUBJECT:' }] } });
  },
} satisfies Rule;
