import type { Rule } from '../rule';

const ACTION_REQUEST = /\bACTION\s+REQUEST\b/i;

/**
 * BODY-009: when a cable asks for action, paragraph 1 says so and points to the paragraph
 * that holds it (`This is an action request; see para 5.`), so addressees see at once that
 * something is expected of them and where. A hint.
 */
export default {
  meta: {
    id: 'action-request-pointer',
    category: 'body',
    description: 'A cable that asks for action says so in paragraph 1 and points to the action paragraph (see para N).',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['BODY-009'],
    messages: {
      notInFirst: 'Expected paragraph 1 to say this is an action request (the {where} does); found no mention there.',
      noPointer: 'Expected paragraph 1 to point to the action paragraph ("see para N"); found none.',
    },
  },
  check({ doc, report }) {
    const first = doc.paragraphs[0];
    if (!first) return;
    const text = doc.text;
    const firstText = text.slice(first.span.start, first.span.end);
    if (ACTION_REQUEST.test(firstText)) {
      if (doc.paragraphs.length < 2) return;
      const points = doc.paraCitations.some((c) => c.span.start >= first.span.start && c.span.end <= first.span.end);
      if (!points) report({ span: first.number.span, messageId: 'noPointer' });
      return;
    }
    const inSubject = doc.subject !== null && ACTION_REQUEST.test(doc.subject.text);
    const inBody = ACTION_REQUEST.test(text.slice(first.span.end));
    if (!inSubject && !inBody) return;
    report({ span: first.number.span, messageId: 'notInFirst', data: { where: inSubject ? 'subject' : 'text further on' } });
  },
} satisfies Rule;
