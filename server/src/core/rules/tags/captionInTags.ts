import type { CaptionNode } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Edit, Rule, RuleContext } from '../rule';
import { lineBreakOf } from '../support/cableDate';

/**
 * CAP-001: a caption written on the TAGS line (`TAGS: PREL PGOV NOFORN`) is no tag, and the
 * systems that act on captions read them in the caption block above the E.O. line, so there it
 * restricts nothing. SIPDIS is the exception (CAP-007): the system inserted a second SIPDIS
 * wherever it liked, so one on the TAGS line is not reported. Captions are never moved
 * unattended; a suggestion moves it to the caption lines.
 */
export default {
  meta: {
    id: 'tags-caption',
    category: 'tags',
    description: 'Captions stand on their own line above the E.O. line, not among the tags.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CAP-001', 'CAP-007'],
    messages: {
      inTags: 'Expected the caption {caption} on a caption line above the E.O. line; found it among the tags, where it is no tag and restricts nothing.',
    },
  },
  check({ doc, report }) {
    const tags = doc.tags;
    if (!tags) return;
    for (const caption of tags.captions) {
      if (caption.name === 'SIPDIS') continue;
      report({
        span: caption.span,
        messageId: 'inTags',
        data: { caption: caption.name },
        suggestions: [{ title: `Move ${caption.name} to the caption lines above the E.O. line`, edits: moveEdits(doc, caption) }],
      });
    }
  },
} satisfies Rule;

/** The edits that take the caption off the TAGS line and, when there is an E.O. line above it, put it on a caption line. */
function moveEdits(doc: RuleContext['doc'], caption: CaptionNode): Edit[] {
  const edits: Edit[] = [];
  const br = lineBreakOf(doc);
  const eo = doc.eo;
  if (eo && eo.span.end <= caption.span.start) {
    const before = doc.captionLines.filter((line) => line.span.end <= eo.span.start);
    const at = before.length > 0 ? before[before.length - 1].span.end : doc.lines.lineStart(doc.lines.lineAt(eo.span.start));
    edits.push({ span: { start: at, end: at }, text: before.length > 0 ? `${br}${caption.name}` : `${caption.name}${br}${br}` });
  }
  edits.push({ span: removal(doc.text, caption.span, doc.tags?.label.span.end ?? 0), text: '' });
  return edits;
}

/**
 * The caption with one separator: the commas and spaces before it, or, when nothing but the
 * label (and its colon) or the start of a line comes before it, those after it (so no
 * separator is left over).
 */
function removal(text: string, span: Span, labelEnd: number): Span {
  const isSeparator = (c: string | undefined) => c === ' ' || c === '\t' || c === ',' || c === ';';
  let start = span.start;
  while (start > labelEnd && isSeparator(text[start - 1])) start--;
  const previous = text[start - 1];
  if (start > labelEnd && previous !== '\n' && previous !== '\r' && previous !== ':') return { start, end: span.end };
  let end = span.end;
  while (isSeparator(text[end])) end++;
  return { start: span.start, end };
}
