import type { HeaderLine } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Rule } from '../rule';
import { headerProper } from '../support/addressees';

/** The TO or INFO label a header line starts with, and its span. */
function blockLabel(text: string, line: HeaderLine): { label: 'TO' | 'INFO'; span: Span } | null {
  const start = line.span.start;
  // Most lines open with neither letter: passed over without a copy or a match.
  const first = text.charCodeAt(start);
  if (first !== 84 /* T */ && first !== 73 /* I */) return null;
  const m = /^(TO|INFO)(?= |$)/.exec(text.slice(start, Math.min(line.span.end, start + 5)));
  if (!m) return null;
  // A page banner of older copies can carry the label: `TO PAGE 02 STATE 023763 071504Z`.
  if (line.kind !== 'addressee' && line.kind !== 'xmtLine' && line.kind !== 'unknown' && line.kind !== 'legacyBanner') return null;
  return { label: m[1] as 'TO' | 'INFO', span: { start, end: start + m[1].length } };
}

/**
 * Whether the cable repeats another one ("THE FOLLOWING … IS BEING REPEATED FOR YOUR INFO"):
 * repeats may go to INFO addressees only.
 */
function isRepeat(text: string, from: number): boolean {
  return /\bREPEATED\b/i.test(text.slice(from, from + 400));
}

/**
 * HDR-019: the action addressees come first on a `TO` line, then (optionally, once) the info
 * addressees on an `INFO` line; there is at least one TO. Further addressees go on their own
 * lines without a prefix. A repeat of another cable (its text opens "THE FOLLOWING … IS BEING
 * REPEATED") may go to INFO addressees only.
 */
export default {
  meta: {
    id: 'addressee-order',
    category: 'header',
    description: 'The header has one TO block with at least one action addressee, followed by at most one INFO block.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-019'],
    messages: {
      noTo: 'Expected at least one action addressee on a TO line after FM; found none.',
      infoFirst: 'Expected the TO block before INFO; found INFO first.',
      toAfterInfo: 'Expected every TO addressee before the INFO block; found a TO line after it.',
      secondTo: 'Expected one TO line (further action addressees go on their own lines without "TO"); found a second.',
      secondInfo: 'Expected one INFO line (further info addressees go on their own lines without "INFO"); found a second.',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    if (!header?.from) return;
    let seenTo = false;
    let seenInfo = false;
    for (const line of headerProper(doc)) {
      const found = blockLabel(doc.text, line);
      if (!found) continue;
      if (found.label === 'TO') {
        if (seenInfo) report({ span: found.span, messageId: 'toAfterInfo' });
        else if (seenTo) report({ span: found.span, messageId: 'secondTo' });
        seenTo = true;
      } else {
        if (!seenTo && !seenInfo) {
          if (header.to.length > 0) report({ span: found.span, messageId: 'infoFirst' });
          else if (!isRepeat(doc.text, header.span.end)) report({ span: found.span, messageId: 'noTo' });
        }
        else if (seenInfo) report({ span: found.span, messageId: 'secondInfo' });
        seenInfo = true;
      }
    }
    if (!seenTo && !seenInfo) report({ span: header.from.span, messageId: 'noTo' });
  },
} satisfies Rule;
