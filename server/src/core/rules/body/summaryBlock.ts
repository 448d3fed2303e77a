import type { BlockMarkerNode } from '../../syntax/nodes';
import type { Rule } from '../rule';
import { paragraphIndexAt } from '../support/paragraphAt';

/** How many opening paragraphs may be a summary closed without an opener (the summary is implied). */
const IMPLIED_SUMMARY_PARAGRAPHS = 3;

/** Whether the opener is a heading (`SUMMARY` between dashed rules), given the headings' text starts. */
function isSummaryHeading(headingStarts: ReadonlySet<number>, marker: BlockMarkerNode): boolean {
  return headingStarts.has(marker.span.start);
}

/**
 * BODY-004: a summary opened with `Summary:` (or `BEGIN SUMMARY`, `Summary and comment:`)
 * closes with `End summary.`, so the reader knows where the summary stops and the report
 * begins. A summary under a `SUMMARY` heading runs to the next heading and needs no closer;
 * an `End summary.` in the first paragraphs closes the summary those paragraphs are. An
 * `End summary.` further on with nothing to close is reported.
 */
export default {
  meta: {
    id: 'summary-block',
    category: 'body',
    description: 'A summary opened with "Summary:" is closed with "End summary."; an "End summary." closes a summary.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['BODY-004', 'PAGE-003'],
    messages: {
      unclosed: 'Expected "End summary." after the summary opened by "{opener}"; found none.',
      stray: 'Expected "{closer}" to close a summary; found no summary open before it.',
    },
  },
  check({ doc, report }) {
    const headingStarts = new Set(doc.headings.map((h) => h.text.span.start));
    // Where the first SUMMARY heading ends: an `End summary.` after it closes that section.
    let summaryHeadingEnd = Number.POSITIVE_INFINITY;
    for (const h of doc.headings) if (/summary/i.test(h.text.text)) summaryHeadingEnd = Math.min(summaryHeadingEnd, h.span.end);
    for (const block of doc.markedBlocks) {
      if (block.block !== 'summary' || block.close !== null || isSummaryHeading(headingStarts, block.open)) continue;
      report({ span: block.open.span, messageId: 'unclosed', data: { opener: doc.text.slice(block.open.span.start, block.open.span.end).trim() } });
    }
    for (const closer of doc.strayClosers) {
      if (closer.block !== 'summary') continue;
      const index = paragraphIndexAt(doc, closer.span.start);
      if (index >= 0 && index < IMPLIED_SUMMARY_PARAGRAPHS) continue;
      if (index < 0 && doc.paragraphs.length > 0 && closer.span.start < doc.paragraphs[Math.min(IMPLIED_SUMMARY_PARAGRAPHS, doc.paragraphs.length) - 1].span.end) continue;
      if (summaryHeadingEnd <= closer.span.start) continue;
      report({ span: closer.span, messageId: 'stray', data: { closer: doc.text.slice(closer.span.start, closer.span.end) } });
    }
  },
} satisfies Rule;
