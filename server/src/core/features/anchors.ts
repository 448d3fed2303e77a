/**
 * What the navigation features (definition, references, highlight, rename) act on at an
 * offset: a REF letter or a paragraph number, whether at its definition (the REF item, the
 * paragraph) or at a citation in the body.
 */
import type { CableDocument, ReferenceNode } from '../syntax/nodes';
import type { Span } from '../text/span';
import { citationIndex, onlyReference } from './citations';
import { findAt, inSpan, letterSpanIn } from './find';

/** A REF letter or paragraph number under the cursor. */
export type Anchor =
  | {
      readonly kind: 'ref';
      /** The letter, or null for an unlettered lone reference reached through `REFTEL`. */
      readonly letter: string | null;
      /** The REF item it names, when there is one. */
      readonly item: ReferenceNode | undefined;
      /** What the cursor is on. */
      readonly span: Span;
      readonly at: 'definition' | 'citation';
    }
  | { readonly kind: 'para'; readonly value: number; readonly span: Span; readonly at: 'definition' | 'citation' };

/** The anchor at `offset`, if the cursor is on a REF letter or a paragraph number. */
export function anchorAt(doc: CableDocument, offset: number): Anchor | undefined {
  const index = citationIndex(doc);
  const references = doc.references;
  if (references && inSpan(references.span, offset)) {
    const item = findAt(references.items, offset);
    if (!item) return undefined;
    const span = item.letterToken ? (letterSpanIn(doc.text, item.letterToken.span) ?? item.letterToken.span) : item.textSpan;
    return { kind: 'ref', letter: item.letter, item, span, at: 'definition' };
  }
  const citation = findAt(doc.refCitations, offset);
  if (citation) {
    const letter = citation.letters.find((l) => inSpan(l.span, offset)) ?? (citation.letters.length === 1 ? citation.letters[0] : undefined);
    if (letter) {
      const span = letterSpanIn(doc.text, letter.span) ?? letter.span;
      return { kind: 'ref', letter: letter.text, item: index.referenceByLetter.get(letter.text), span, at: 'citation' };
    }
    if (citation.letters.length === 0 && index.letterless.includes(citation)) {
      const item = onlyReference(doc);
      return { kind: 'ref', letter: item?.letter ?? null, item, span: citation.keyword.span, at: 'citation' };
    }
    return undefined;
  }
  const paraCitation = findAt(doc.paraCitations, offset);
  if (paraCitation) {
    const number = paraCitation.numbers.find((n) => inSpan(n.span, offset)) ?? (paraCitation.numbers.length === 1 ? paraCitation.numbers[0] : undefined);
    return number ? { kind: 'para', value: Number(number.text), span: number.span, at: 'citation' } : undefined;
  }
  const paragraph = findAt(doc.paragraphs, offset);
  if (paragraph && inSpan(paragraph.number.span, offset)) {
    return { kind: 'para', value: paragraph.value, span: paragraph.number.span, at: 'definition' };
  }
  return undefined;
}
