import type { Rule } from '../rule';

/** A page as a number (`002` → 2, `001.2` → 1), and whether it is a part page (`.2`). */
function pageOf(text: string): { page: number; part: boolean } {
  const m = /^(\d+)(\.\d)?$/.exec(text);
  return m ? { page: Number(m[1]), part: m[2] !== undefined } : { page: NaN, part: false };
}

/**
 * PAGE-002: continuation pages run 002, 003 … with no gap or repeat (part pages `001.2` stay
 * on their page), and each header's total is the `mm` of `SECTION 01 OF mm`. Copies often
 * lack the last sections, and SMART-era copies carry page headers on single-section cables,
 * so a missing last page and headers without a SECTION phrase are not reported.
 */
export default {
  meta: {
    id: 'page-sequence',
    category: 'pages',
    description: 'Continuation pages run 002, 003 … in order, and their total is the SECTION total of the classification line.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['PAGE-002', 'PAGE-003'],
    messages: {
      total: 'Expected the page total {expected} (the classification line has SECTION … OF {section}); found {found}.',
      beyond: 'Expected a page no higher than the total {total}; found {found}.',
      sequence: 'Expected page {expected} after page {previous}; found {found}.',
    },
  },
  check({ doc, report }) {
    const sectionTotal = doc.classification?.sectionTotal ? Number(doc.classification.sectionTotal.text) : null;
    let previous: number | null = null;
    for (const header of doc.pageHeaders) {
      const total = Number(header.total.text);
      const { page, part } = pageOf(header.page.text);
      if (sectionTotal !== null && total !== sectionTotal) {
        report({ span: header.total.span, messageId: 'total', data: { expected: String(sectionTotal).padStart(3, '0'), section: doc.classification!.sectionTotal!.text, found: header.total.text } });
      } else if (page > total) {
        report({ span: header.page.span, messageId: 'beyond', data: { total: header.total.text, found: header.page.text } });
      }
      if (Number.isNaN(page)) continue;
      if (previous !== null && page !== previous + 1 && !(part && page === previous)) {
        report({
          span: header.page.span,
          messageId: 'sequence',
          data: { expected: String(previous + 1).padStart(3, '0'), previous: String(previous).padStart(3, '0'), found: header.page.text },
        });
      }
      previous = page;
    }
  },
} satisfies Rule;
