import type { Rule } from '../rule';

/**
 * STR-001 (the Classified By line's place): a classified cable's classification-authority
 * line follows SUBJECT and REF and precedes the text. A warning: unlike the E.O./TAGS/SUBJECT
 * order, transmitted cables sometimes put it before REF.
 */
export default {
  meta: {
    id: 'classified-by-position',
    category: 'structure',
    description: 'The Classified By line comes after SUBJECT and REF, before the text paragraphs.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['STR-001', 'EO-006'],
    messages: {
      before: 'Expected the Classified By line after the {other}; found it before.',
    },
  },
  check({ doc, report }) {
    const classifiedBy = doc.classifiedBy;
    if (!classifiedBy) return;
    const earlier = [
      doc.references && { name: 'REF line', start: doc.references.span.start },
      doc.subject && { name: 'SUBJECT line', start: doc.subject.span.start },
      doc.tags && { name: 'TAGS line', start: doc.tags.span.start },
      doc.eo && { name: 'E.O. line', start: doc.eo.span.start },
    ].filter((p): p is { name: string; start: number } => p !== null && p.start > classifiedBy.span.start);
    if (earlier.length === 0) return;
    const latest = earlier.reduce((a, b) => (b.start > a.start ? b : a));
    report({ span: classifiedBy.label.span, messageId: 'before', data: { other: latest.name } });
  },
} satisfies Rule;
