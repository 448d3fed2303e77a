import type { Rule } from '../rule';
import { SECTION_1_4_FROM } from '../../vocab/executiveOrders';
import { sentOnOrAfter } from '../support/cableDate';

/**
 * EO-007 (the warning half): from 25 March 2003, when E.O. 13292 renumbered E.O. 12958,
 * reasons are cited as section 1.4, not 1.5. Many later cables kept 1.5, so this warns.
 */
export default {
  meta: {
    id: 'classification-reason-section',
    category: 'eo',
    description: 'Cables dated from 25 March 2003 cite classification reasons as section 1.4, not 1.5.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-007'],
    messages: {
      old: 'Expected section 1.4 for the reasons of a cable dated after 25 March 2003; found "{found}", the numbering before E.O. 13292.',
    },
  },
  check({ doc, report }) {
    const section = doc.classifiedBy?.section;
    if (!section || !/5$/.test(section.text) || !sentOnOrAfter(doc, SECTION_1_4_FROM)) return;
    report({
      span: section.span,
      messageId: 'old',
      data: { found: section.text.replace(/\s+/g, ' ') },
      suggestions: [{ title: 'Write 1.4', edits: [{ span: section.span, text: '1.4' }] }],
    });
  },
} satisfies Rule;
