/** Finding the paragraph that holds an offset, in logarithmic time (paragraphs are in order). */
import type { CableDocument } from '../../syntax/nodes';

/** The index in `doc.paragraphs` of the paragraph holding `offset`, or -1. */
export function paragraphIndexAt(doc: CableDocument, offset: number): number {
  const paragraphs = doc.paragraphs;
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = paragraphs[mid].span;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
