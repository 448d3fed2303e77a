import type { Rule } from '../rule';

/** Cables dated this year or later may have mixed-case subjects (SMART-era drafting). */
const MIXED_CASE_FROM = 2009;

/**
 * SUBJ-002: subjects are written in capitals, as in every cable before 2009. Cables drafted
 * in the SMART system (2009 on) often have mixed-case subjects, so those are accepted from
 * the year given by `allowMixedCaseFrom`. A style rule: a hint by default.
 */
export default {
  meta: {
    id: 'subject-case',
    category: 'subject',
    description: 'The subject is written in capitals (mixed case is accepted in SMART-era cables, from 2009 by default).',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['SUBJ-002'],
    messages: {
      mixed: 'Expected the subject in capitals; found mixed case ("{found}").',
    },
    options: {
      allowMixedCaseFrom: {
        type: 'number',
        description: 'Cables dated this year or later may have mixed-case subjects; 9999 asks for capitals always.',
        default: MIXED_CASE_FROM,
      },
    },
  },
  check({ doc, options, report }) {
    const subject = doc.subject;
    if (!subject || subject.text.length === 0) return;
    const from = typeof options.allowMixedCaseFrom === 'number' ? options.allowMixedCaseFrom : MIXED_CASE_FROM;
    if (doc.year !== null && doc.year >= from) return;
    // Runs of x are redactions in released copies, not the drafter's letters.
    if (!/[a-z]/.test(subject.text.replace(/x{3,}/gi, ''))) return;
    const span = subject.textSpan;
    const written = doc.text.slice(span.start, span.end);
    const found = subject.text.length > 40 ? `${subject.text.slice(0, 40)}…` : subject.text;
    report({ span, messageId: 'mixed', data: { found }, suggestions: [{ title: 'Write the subject in capitals', edits: [{ span, text: written.toUpperCase() }] }] });
  },
} satisfies Rule;
