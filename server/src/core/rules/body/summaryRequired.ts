import type { Rule } from '../rule';

/** Telegrams longer than this many pages must have a summary. */
const PAGES_WITHOUT_SUMMARY = 3;

/**
 * BODY-004: a telegram longer than three pages (sections) opens with a summary, so a busy
 * reader gets the point without reading it all. A summary is a `Summary:` opener, a
 * `SUMMARY` heading or an `End summary.`
 */
export default {
  meta: {
    id: 'summary-required',
    category: 'body',
    description: 'A telegram longer than three pages (SECTION nn OF mm, mm > 3) has a summary.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['BODY-004'],
    messages: {
      missing: 'Expected a summary in a telegram of {pages} pages (longer than {limit}); found none.',
    },
  },
  check({ doc, report }) {
    const total = Number(doc.classification?.sectionTotal?.text ?? '1');
    if (!(total > PAGES_WITHOUT_SUMMARY) || doc.paragraphs.length === 0) return;
    const hasSummary =
      doc.markedBlocks.some((b) => b.block === 'summary') ||
      doc.strayClosers.some((b) => b.block === 'summary') ||
      doc.headings.some((h) => /summary/i.test(h.text.text));
    if (hasSummary) return;
    const first = doc.paragraphs[0];
    report({ span: first.number.span, messageId: 'missing', data: { pages: total, limit: PAGES_WITHOUT_SUMMARY } });
  },
} satisfies Rule;
