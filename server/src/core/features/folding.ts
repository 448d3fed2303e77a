/**
 * Folding ranges: a receiving station's distribution log, the header, the TO and INFO lists,
 * the REF block, each paragraph, and the summary / comment / note / quoted-text blocks. A
 * range that fits on one line is left out, and of two ranges over the same lines only the
 * outer one is kept.
 */
import { memo } from '../memo';
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';

/** A foldable region; `comment` lets editors fold drafter comments as a group. */
export interface Fold {
  readonly span: Span;
  readonly kind: 'region' | 'comment';
}

/** The foldable regions of a cable, in text order (an outer region before the ones inside it). */
/** Computed once per parse (a document version); callers must not change the result. */
export function foldingRanges(doc: CableDocument): Fold[] {
  return memo(doc, foldingRanges, computeFoldingRanges);
}

function computeFoldingRanges(doc: CableDocument): Fold[] {
  const folds: Fold[] = [];
  const lines = doc.lines;
  const add = (span: Span, kind: Fold['kind'] = 'region') => {
    if (lines.lineAt(span.start) < lines.lineAt(Math.max(span.start, span.end - 1))) folds.push({ span, kind });
  };
  // A receiving station's distribution log fills up to two dozen lines above the cable.
  for (const block of doc.blocks) {
    if (block.kind === 'distributionLog') add(block.span);
    else if (block.kind !== 'unknown' && block.kind !== 'residue') break;
  }
  const header = doc.header;
  if (header) {
    add(header.span);
    for (const list of [header.to, header.info]) {
      if (list.length > 1) add({ start: list[0].span.start, end: list[list.length - 1].span.end });
    }
  }
  if (doc.references) add(doc.references.span);
  for (const paragraph of doc.paragraphs) add(paragraph.span);
  for (const block of doc.markedBlocks) {
    const end = block.close?.span.end ?? block.span.end;
    add({ start: block.open.span.start, end }, block.block === 'comment' || block.block === 'note' ? 'comment' : 'region');
  }
  folds.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // A block that fills its paragraph exactly (`Summary: … End summary.`) folds the same lines: keep one.
  const seen = new Set<string>();
  return folds.filter((fold) => {
    const key = `${lines.lineAt(fold.span.start)}:${lines.lineAt(Math.max(fold.span.start, fold.span.end - 1))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
