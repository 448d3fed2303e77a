/**
 * Reading a piece of text as if the archive residue in it (`¶`, `[1](#)`) were gone, and
 * editing it without touching that residue: the archive-residue rule deletes the residue with
 * its own fix, and two fixes may never overlap.
 */
import type { Edit } from '../rule';
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';

/** A piece of text without its residue, and where each of its characters stands. */
export interface ResidueFreeText {
  readonly text: string;
  /** `offsets[k]` is the offset in the cable of `text[k]`; `offsets[text.length]` is the span's end. */
  readonly offsets: readonly number[];
  /** The residue spans inside the piece. */
  readonly residue: readonly Span[];
}

/** The text of `span` with the cable's residue left out. */
export function residueFree(doc: CableDocument, span: Span): ResidueFreeText {
  const all = doc.residue;
  const low = firstResidueFrom(doc, span.start);
  const residue: Span[] = [];
  for (let k = low; k < all.length && all[k].span.start < span.end; k++) if (all[k].span.end <= span.end) residue.push(all[k].span);
  let text = '';
  const offsets: number[] = [];
  let r = 0;
  for (let i = span.start; i < span.end; i++) {
    while (r < residue.length && residue[r].end <= i) r++;
    if (r < residue.length && i >= residue[r].start && i < residue[r].end) continue;
    text += doc.text[i];
    offsets.push(i);
  }
  offsets.push(span.end);
  return { text, offsets, residue };
}

/**
 * The text of `span` with the cable's residue left out, as {@link residueFree} reads it,
 * without the offsets: a plain copy of the span when no residue lies inside it (nearly always).
 */
export function residueFreeText(doc: CableDocument, span: Span): string {
  const all = doc.residue;
  const low = firstResidueFrom(doc, span.start);
  for (let k = low; k < all.length && all[k].span.start < span.end; k++) if (all[k].span.end <= span.end) return residueFree(doc, span).text;
  return doc.text.slice(span.start, span.end);
}

/** Index of the first residue piece starting at or after `offset` (the residue is sorted: by bisection). */
function firstResidueFrom(doc: CableDocument, offset: number): number {
  const all = doc.residue;
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (all[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The edits that turn `piece` (read without residue) into `target`, changing only what
 * differs and never touching the residue: `N¶FORN` → `NOFORN` inserts `O` after the `¶`.
 */
export function editsAroundResidue(piece: ResidueFreeText, target: string): Edit[] {
  const { text, offsets, residue } = piece;
  let prefix = 0;
  while (prefix < text.length && prefix < target.length && text[prefix] === target[prefix]) prefix++;
  let suffix = 0;
  while (suffix < text.length - prefix && suffix < target.length - prefix && text[text.length - 1 - suffix] === target[target.length - 1 - suffix]) suffix++;
  const replacement = target.slice(prefix, target.length - suffix);
  const start = offsets[prefix];
  const end = prefix === text.length - suffix ? start : offsets[text.length - suffix - 1] + 1;
  // The changed stretch, cut around any residue inside it: the new text goes in the first
  // piece, the later pieces are deleted.
  const edits: Edit[] = [];
  let at = start;
  let placed = false;
  for (const r of residue) {
    if (r.end <= start || r.start >= end) continue;
    edits.push({ span: { start: at, end: r.start }, text: placed ? '' : replacement });
    placed = true;
    at = r.end;
  }
  edits.push({ span: { start: at, end: Math.max(at, end) }, text: placed ? '' : replacement });
  return edits.filter((e) => e.text !== '' || e.span.start !== e.span.end);
}
