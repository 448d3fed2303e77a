import type { Rule } from '../rule';
import { bodyMissing, preambleTruncated, preambleUnreliable, someLineStartsWith, SUBJECT_LABEL_LINE } from '../support/copyDamage';
import { lineContentSpan } from '../support/placement';

/**
 * SUBJ-001: a cable has a SUBJECT line with text, after the TAGS line. The subject is what
 * readers scan in their queues and what replies and archives cite.
 */
export default {
  meta: {
    id: 'subject-present',
    category: 'subject',
    description: 'A SUBJECT line with text follows the TAGS line.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['SUBJ-001'],
    messages: {
      missing: 'Expected a SUBJECT line after the TAGS line; found none.',
      missingAfterEo: 'Expected a SUBJECT line after the E.O. line; found none.',
      empty: 'Expected the subject after "{label}"; found nothing.',
    },
  },
  check({ doc, report }) {
    const subject = doc.subject;
    if (!subject) {
      // A copy that lost text, or whose preamble the parser could not place, is not judged (a
      // copy with long joined lines is: a SUBJECT line missing there is missing still);
      // nor is one where a SUBJECT line stands somewhere the parser did not expect it.
      if (preambleTruncated(doc) || preambleUnreliable(doc) || bodyMissing(doc) || someLineStartsWith(doc, SUBJECT_LABEL_LINE)) return;
      // Reported on the line the subject should follow: the TAGS line (its last, when the
      // tags wrap), or the E.O. line.
      if (doc.tags) report({ span: lineContentSpan(doc, doc.lines.lineAt(doc.tags.span.end)), messageId: 'missing' });
      else if (doc.eo) report({ span: lineContentSpan(doc, doc.lines.lineAt(doc.eo.span.start)), messageId: 'missingAfterEo' });
      return;
    }
    if (subject.text.trim() === '' && !subject.portionMark) {
      report({ span: subject.span, messageId: 'empty', data: { label: doc.text.slice(subject.label.span.start, subject.span.end).trim() } });
    }
  },
} satisfies Rule;
