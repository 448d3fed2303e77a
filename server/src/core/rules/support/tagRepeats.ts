/**
 * Deleting a tag written a second time: shared by tags-duplicate, which deletes repeats, and
 * tags-glued, which separates a glued word only when tags-duplicate deletes each of its
 * repeats in the same pass (so the fixed line needs no second pass).
 */
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Edit } from '../rule';
import type { TagReading } from './tagReading';

/**
 * The edits that delete the repeat `readings[index]` together with the separators before it,
 * or null when it cannot be deleted unattended (it carries punctuation, or something other
 * than separators and archive link residue stands between it and the tag before it). The
 * residue itself is archive-residue's to delete: the edits go around it, so the two fixes never
 * touch the same characters and together leave no trace of the repeat.
 */
export function repeatDeletion(doc: CableDocument, readings: readonly TagReading[], index: number): Edit[] | null {
  const r = readings[index];
  const previous = readings[index - 1];
  if (!previous) return null;
  const removal = { start: previous.node.span.end, end: r.node.span.end };
  const residue = doc.residue.filter((x) => x.span.start >= removal.start && x.span.end <= removal.end);
  const between = withoutSpans(doc.text, { start: previous.node.span.end, end: r.node.span.start }, residue);
  const plain = r.node.text === r.bare && /^[\s,;]*$/.test(between);
  return plain ? editsAround(removal, residue) : null;
}

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
