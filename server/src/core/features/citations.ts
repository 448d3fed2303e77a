/**
 * Who cites what: REF letters and paragraph numbers as the navigation features see them,
 * the way a Markdown language service sees link definitions and their uses. A REF item is
 * the definition of its letter; `REF B`, `REFS A AND B`, `reftels A-C` are its uses (and a
 * letterless `REFTEL` uses the only reference). A paragraph's number is the definition;
 * `para 3` is a use. Built once per parse and kept with the tree.
 */
import type { CableDocument, ParaCitationNode, ParagraphNode, RefCitationNode, ReferenceNode } from '../syntax/nodes';
import type { Span } from '../text/span';
import { letterSpanIn } from './find';

/** One citation of a REF letter in the body. */
export interface RefUse {
  readonly letter: string;
  readonly citation: RefCitationNode;
  /** Where the citation names the letter (`A`, `(a)`, or a whole range `A-C`). */
  readonly span: Span;
  /** The letter alone, when it is written on its own and so can be renamed in place. */
  readonly letterSpan: Span | null;
}

/** One citation of a paragraph number in the body. */
export interface ParaUse {
  readonly value: number;
  readonly citation: ParaCitationNode;
  readonly span: Span;
  /** Whether the number is written there (not implied by a range such as `3-5`). */
  readonly written: boolean;
}

/** The citations of a cable, by letter and by number. */
export interface CitationIndex {
  /** REF items by letter (the first, when a letter is repeated). */
  readonly referenceByLetter: ReadonlyMap<string, ReferenceNode>;
  /** Uses of each letter, in text order. */
  readonly refUses: ReadonlyMap<string, readonly RefUse[]>;
  /** `REFTEL` and other citations that name no letter. */
  readonly letterless: readonly RefCitationNode[];
  /** Paragraphs by number (the first, when a number is repeated). */
  readonly paragraphByNumber: ReadonlyMap<number, ParagraphNode>;
  /** How many paragraphs carry each number. */
  readonly paragraphCount: ReadonlyMap<number, number>;
  readonly paraUses: ReadonlyMap<number, readonly ParaUse[]>;
}

const cache = new WeakMap<CableDocument, CitationIndex>();

/** The citation index of a parsed cable (computed once per tree). */
export function citationIndex(doc: CableDocument): CitationIndex {
  let index = cache.get(doc);
  if (!index) {
    index = buildIndex(doc);
    cache.set(doc, index);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(doc: CableDocument): CitationIndex {
  const referenceByLetter = new Map<string, ReferenceNode>();
  for (const item of doc.references?.items ?? []) {
    if (item.letter && !referenceByLetter.has(item.letter)) referenceByLetter.set(item.letter, item);
  }
  const refUses = new Map<string, RefUse[]>();
  const letterless: RefCitationNode[] = [];
  for (const citation of doc.refCitations) {
    // Only the cable words stand for the lone reference; "references" in prose does not.
    if (citation.letters.length === 0 && /^(?:reftels?|refs?)$/i.test(citation.keyword.text)) letterless.push(citation);
    for (const letter of citation.letters) {
      // The letters inside a range (`B` in `A-C`) carry the span of a neighbour: only a
      // letter written where its span points can be edited in place.
      const written = letterSpanIn(doc.text, letter.span);
      const letterSpan = written && doc.text[written.start].toUpperCase() === letter.text ? written : null;
      push(refUses, letter.text, { letter: letter.text, citation, span: letter.span, letterSpan });
    }
  }
  const paragraphByNumber = new Map<number, ParagraphNode>();
  const paragraphCount = new Map<number, number>();
  for (const paragraph of doc.paragraphs) {
    if (!paragraphByNumber.has(paragraph.value)) paragraphByNumber.set(paragraph.value, paragraph);
    paragraphCount.set(paragraph.value, (paragraphCount.get(paragraph.value) ?? 0) + 1);
  }
  const paraUses = new Map<number, ParaUse[]>();
  for (const citation of doc.paraCitations) {
    for (const number of citation.numbers) {
      const written = doc.text.slice(number.span.start, number.span.end) === number.text;
      push(paraUses, Number(number.text), { value: Number(number.text), citation, span: number.span, written });
    }
  }
  return { referenceByLetter, refUses, letterless, paragraphByNumber, paragraphCount, paraUses };
}

/** The REF item a letterless citation (`REFTEL`) means: the only reference, if there is one. */
export function onlyReference(doc: CableDocument): ReferenceNode | undefined {
  const items = doc.references?.items ?? [];
  return items.length === 1 ? items[0] : undefined;
}

/** How many times the body cites a REF item (a letterless `REFTEL` counts for a lone reference). */
export function citationCount(doc: CableDocument, item: ReferenceNode): number {
  const index = citationIndex(doc);
  if (item.letter) {
    const uses = index.refUses.get(item.letter)?.length ?? 0;
    return uses + (onlyReference(doc) === item ? index.letterless.length : 0);
  }
  return onlyReference(doc) === item ? index.letterless.length : 0;
}
