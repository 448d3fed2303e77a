import type { Rule } from '../rule';
import { findCaption } from '../support/captions';

/** CAP-005: a cable captioned OFFICIAL INFORMAL says so in its SUBJECT line too. */
export default {
  meta: {
    id: 'official-informal-subject',
    category: 'captions',
    description: 'A cable with the OFFICIAL INFORMAL caption repeats OFFICIAL INFORMAL in its SUBJECT line.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CAP-005'],
    messages: {
      missing: 'Expected OFFICIAL INFORMAL in the SUBJECT line of a cable with the OFFICIAL INFORMAL caption; found "{subject}".',
    },
  },
  check({ doc, report }) {
    const caption = findCaption(doc, 'OFFICIAL INFORMAL');
    const subject = doc.subject;
    if (!caption || !subject || /OFFICIAL\s+INFORMAL/i.test(subject.text)) return;
    // After the subject's mark when it has one: `SUBJECT: (C) OFFICIAL INFORMAL - …`.
    const at = subject.portionMark ? subject.portionMark.span.end : subject.textSpan.start;
    const insert = subject.portionMark ? ' OFFICIAL INFORMAL -' : 'OFFICIAL INFORMAL - ';
    report({
      span: caption.span,
      messageId: 'missing',
      data: { subject: subject.text.length > 60 ? `${subject.text.slice(0, 57)}...` : subject.text },
      related: [{ span: subject.label.span, message: 'The SUBJECT line.' }],
      suggestions: [{ title: 'Begin the subject with OFFICIAL INFORMAL', edits: [{ span: { start: at, end: at }, text: insert }] }],
    });
  },
} satisfies Rule;
