/**
 * Find references and document highlight for REF letters and paragraph numbers: the
 * definition (the REF item's letter, the paragraph's number) and every citation in the body.
 */
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';
import { anchorAt, type Anchor } from './anchors';
import { citationIndex, onlyReference } from './citations';
import { letterSpanIn } from './find';

/** One occurrence: the definition is written, citations read it. */
export interface Occurrence {
  readonly span: Span;
  readonly role: 'definition' | 'citation';
}

/** Every occurrence of the anchor's letter or number, in text order. */
export function occurrencesOf(doc: CableDocument, anchor: Anchor): Occurrence[] {
  const index = citationIndex(doc);
  const found: Occurrence[] = [];
  if (anchor.kind === 'ref') {
    const item = anchor.item;
    if (item) found.push({ span: item.letterToken ? definitionLetter(doc, item.letterToken.span) : item.textSpan, role: 'definition' });
    if (anchor.letter) for (const use of index.refUses.get(anchor.letter) ?? []) found.push({ span: use.letterSpan ?? use.span, role: 'citation' });
    if (item && onlyReference(doc) === item) for (const c of index.letterless) found.push({ span: c.keyword.span, role: 'citation' });
  } else {
    const paragraph = index.paragraphByNumber.get(anchor.value);
    if (paragraph) found.push({ span: paragraph.number.span, role: 'definition' });
    for (const use of index.paraUses.get(anchor.value) ?? []) found.push({ span: use.span, role: 'citation' });
  }
  return dedupe(found.sort((a, b) => a.span.start - b.span.start));
}

function definitionLetter(doc: CableDocument, span: Span): Span {
  return letterSpanIn(doc.text, span) ?? span;
}

/** Citations of a range share its span: list each place once. */
function dedupe(list: Occurrence[]): Occurrence[] {
  return list.filter((o, i) => i === 0 || o.span.start !== list[i - 1].span.start || o.span.end !== list[i - 1].span.end);
}

/** Find references at `offset`: the citations, and the definition when asked for. */
export function referencesAt(doc: CableDocument, offset: number, includeDefinition: boolean): Span[] {
  const anchor = anchorAt(doc, offset);
  if (!anchor) return [];
  return occurrencesOf(doc, anchor)
    .filter((o) => includeDefinition || o.role === 'citation')
    .map((o) => o.span);
}

/** Document highlight at `offset`: every occurrence, the definition marked as written. */
export function highlightsAt(doc: CableDocument, offset: number): Occurrence[] {
  const anchor = anchorAt(doc, offset);
  return anchor ? occurrencesOf(doc, anchor) : [];
}
