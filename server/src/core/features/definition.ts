/** Go to definition: from a REF citation to its REF item, from `para N` to paragraph N. */
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';
import { anchorAt } from './anchors';
import { citationIndex } from './citations';
import { letterSpanIn } from './find';

/** Where a REF letter or paragraph number is defined: the whole item, and the part to select. */
export interface DefinitionTarget {
  readonly span: Span;
  readonly selection: Span;
  /** What the cursor was on, for clients that underline the link. */
  readonly origin: Span;
}

/** The definition of what is at `offset`, or null when it has none in this cable. */
export function definitionAt(doc: CableDocument, offset: number): DefinitionTarget | null {
  const anchor = anchorAt(doc, offset);
  if (!anchor) return null;
  if (anchor.kind === 'ref') {
    const item = anchor.item;
    if (!item) return null;
    const selection = item.letterToken ? (letterSpanIn(doc.text, item.letterToken.span) ?? item.letterToken.span) : item.textSpan;
    return { span: item.span, selection, origin: anchor.span };
  }
  const paragraph = citationIndex(doc).paragraphByNumber.get(anchor.value);
  if (!paragraph) return null;
  return { span: paragraph.span, selection: paragraph.number.span, origin: anchor.span };
}
