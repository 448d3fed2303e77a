import type { BlockMarkerNode, CableDocument } from '../../syntax/nodes';
import type { Rule } from '../rule';

/** How many opening paragraphs may be a summary closed without an opener (the summary is implied). */
const IMPLIED_SUMMARY_PARAGRAPHS = 3;

function paragraphIndex(doc: CableDocument, offset: number): number {
  return doc.paragraphs.findIndex((p) => offset >= p.span.start && offset < p.span.end);
}

function isSummaryHeading(doc: CableDocument, marker: BlockMarkerNode): boolean {
  return doc.headings.some((h) => h.text.span.start <= marker.span.start && marker.span.end <= h.text.span.end);
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
    for (const block of doc.markedBlocks) {
      if (block.block !== 'summary' || block.close !== null || isSummaryHeading(doc, block.open)) continue;
      report({ span: block.open.span, messageId: 'unclosed', data: { opener: doc.text.slice(block.open.span.start, block.open.span.end).trim() } });
    }
    for (const closer of doc.strayClosers) {
      if (closer.block !== 'summary') continue;
      const index = paragraphIndex(doc, closer.span.start);
      if (index >= 0 && index < IMPLIED_SUMMARY_PARAGRAPHS) continue;
      if (index < 0 && doc.paragraphs.length > 0 && closer.span.start < doc.paragraphs[Math.min(IMPLIED_SUMMARY_PARAGRAPHS, doc.paragraphs.length) - 1].span.end) continue;
      const summaryHeadingBefore = doc.headings.some((h) => h.span.end <= closer.span.start && /summary/i.test(h.text.text));
      if (summaryHeadingBefore) continue;
      report({ span: closer.span, messageId: 'stray', data: { closer: doc.text.slice(closer.span.start, closer.span.end) } });
    }
  },
} satisfies Rule;
