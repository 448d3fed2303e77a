import type { Span } from '../../text/span';
import type { Edit, Rule } from '../rule';
import { readTags } from '../support/tagReading';

/**
 * TAG-007: a tag written twice (`UNGA UNGA`) adds nothing and suggests a slip (was another
 * tag meant?). The fix deletes the repeat with the separator before it.
 */
export default {
  meta: {
    id: 'tags-duplicate',
    category: 'tags',
    description: 'Each tag appears once on the TAGS line.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['TAG-007'],
    messages: {
      duplicate: 'Expected each tag once; found {tag} again.',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const readings = readTags(tags, vocabulary.extraTags);
    const seen = new Set<string>();
    readings.forEach((r, index) => {
      if (r.inName || r.bare.length === 0) return;
      if (!seen.has(r.bare)) {
        seen.add(r.bare);
        return;
      }
      const previous = readings[index - 1];
      // Delete from the end of the tag before through the repeat, when what lies between is
      // only separators (and archive link residue, `[PREL](#)`) and the repeat is a plain word.
      // The residue itself is archive-residue's to delete: the edits go around it, so the two
      // fixes never touch the same characters and together leave no trace of the repeat.
      const removal = { start: previous.node.span.end, end: r.node.span.end };
      const residue = doc.residue.filter((x) => x.span.start >= removal.start && x.span.end <= removal.end);
      const between = withoutSpans(doc.text, { start: previous.node.span.end, end: r.node.span.start }, residue);
      const plain = r.node.text === r.bare && /^[\s,;]*$/.test(between);
      report({
        span: r.node.span,
        messageId: 'duplicate',
        data: { tag: r.bare },
        ...(plain ? { fix: { edits: editsAround(removal, residue) } } : {}),
      });
    });
  },
} satisfies Rule;

/** The text of `span` without the `skip` spans inside it. */
function withoutSpans(text: string, span: Span, skip: ReadonlyArray<{ span: Span }>): string {
  let out = '';
  let at = span.start;
  for (const s of skip) {
    if (s.span.end <= span.start || s.span.start >= span.end) continue;
    out += text.slice(at, Math.max(at, s.span.start));
    at = Math.max(at, s.span.end);
  }
  return out + text.slice(at, span.end);
}

/** Edits deleting `span` except the `skip` spans inside it (sorted, disjoint). */
function editsAround(span: Span, skip: ReadonlyArray<{ span: Span }>): Edit[] {
  const edits: Edit[] = [];
  let at = span.start;
  for (const s of skip) {
    if (s.span.start > at) edits.push({ span: { start: at, end: s.span.start }, text: '' });
    at = Math.max(at, s.span.end);
  }
  if (span.end > at) edits.push({ span: { start: at, end: span.end }, text: '' });
  return edits;
}
