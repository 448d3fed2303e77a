/**
 * The cable's REF list as the reference rules see it: every REF block together (copies
 * sometimes split one list over two labels, `Ref A:` / `Ref B:`), which letters it defines
 * (written, or implied by position in an unlettered list), and whether the list is too
 * damaged for a missing letter to prove anything.
 */
import { memo } from '../../memo';
import type { CableDocument, MarkedBlockNode, RefCitationNode, ReferenceNode, ReferencesNode } from '../../syntax/nodes';
import type { Span, Token } from '../../text/span';

/** What the rules know of the REF list. */
export interface ReferenceList {
  /** The REF blocks in text order. */
  readonly blocks: readonly ReferencesNode[];
  /** Every item of every block, in order. */
  readonly items: readonly ReferenceNode[];
  /**
   * The letters the list defines, with the first item of each. In an unlettered list the
   * items stand for A, B, C … in order (SMART-era lists are written `REF: X; Y; Z` and cited
   * as `ref B`); an unlettered item with several cables in it (`BRASILIA 2799 AND 2764`)
   * may be cited by as many letters.
   */
  readonly letters: ReadonlyMap<string, ReferenceNode>;
  /** Whether the items carry their own letters. */
  readonly lettered: boolean;
  /** Whether part of the list may have been lost (`...` in a copy cut short). */
  readonly damaged: boolean;
  /** Where the list is, for related locations. */
  readonly span: Span;
}

/** Reads the cable's REF list, or null when it has none (once per tree: four rules read it). */
export function referenceList(doc: CableDocument): ReferenceList | null {
  return memo(doc, referenceList, computeReferenceList);
}

function computeReferenceList(doc: CableDocument): ReferenceList | null {
  const blocks = doc.blocks.filter((b): b is ReferencesNode => b.kind === 'references');
  if (blocks.length === 0) return null;
  // Loops rather than flatMap, which is slow for the one or two blocks of most cables.
  const items: ReferenceNode[] = [];
  for (const b of blocks) for (const item of b.items) items.push(item);
  const lettered = items.length > 0 && items.every((i) => i.letter !== null);
  const letters = new Map<string, ReferenceNode>();
  if (lettered) {
    for (const item of items) if (!letters.has(item.letter!)) letters.set(item.letter!, item);
  } else {
    // By position: one letter per item, or per cited cable when a line break hid the
    // separator between two of them (`CAIRO 47; CAIRO 64 <newline> CAIRO 59` is three).
    const byCable: ReferenceNode[] = [];
    for (const item of items) for (let k = 0; k < item.citations.length; k++) byCable.push(item);
    const positions = byCable.length > items.length ? byCable : items;
    positions.forEach((item, index) => letters.set(letterAt(index), item));
  }
  const damaged = blocks.some((b) => doc.text.slice(b.span.start, b.span.end).includes('...'));
  return { blocks, items, letters, lettered, damaged, span: { start: blocks[0].span.start, end: blocks[blocks.length - 1].span.end } };
}

/** The letter for a zero-based position: A, B, … Z. */
export function letterAt(index: number): string {
  return String.fromCharCode(65 + Math.min(index, 25));
}

/** One cited letter with where it is written. */
export interface CitedLetter {
  readonly citation: RefCitationNode;
  readonly letter: Token;
  /** Whether the letter is written at its span as itself (not the inside of a range `A-C`). */
  readonly written: boolean;
}

/**
 * Every letter cited in the body outside quoted text (a quoted document's `ref A` is that
 * document's reference), one entry per letter (once per tree: three rules read them).
 */
export function citedLetters(doc: CableDocument): readonly CitedLetter[] {
  return memo(doc, citedLetters, computeCitedLetters);
}

function computeCitedLetters(doc: CableDocument): CitedLetter[] {
  const quoted = doc.markedBlocks.filter((b) => (b.block === 'text' || b.block === 'quote') && b.close !== null);
  const out: CitedLetter[] = [];
  for (const citation of doc.refCitations) {
    if (insideQuoted(citation.span, quoted)) continue;
    for (const letter of citation.letters) {
      // `ref e-mail`, `(ref B, q.v.)`: the letter begins a word or an abbreviation.
      if (/^(?:-[A-Za-z]{2}|\.[A-Za-z])/.test(doc.text.slice(letter.span.end, letter.span.end + 3))) continue;
      out.push({ citation, letter, written: letterWritten(doc.text, letter) });
    }
  }
  return out;
}

/** The citations with no letter (`REFTEL`, `REFS`), outside quoted text. */
export function bareCitations(doc: CableDocument): RefCitationNode[] {
  const quoted = doc.markedBlocks.filter((b) => (b.block === 'text' || b.block === 'quote') && b.close !== null);
  return doc.refCitations.filter((c) => c.letters.length === 0 && !insideQuoted(c.span, quoted));
}

function insideQuoted(span: Span, quoted: readonly MarkedBlockNode[]): boolean {
  return quoted.some((b) => span.start >= b.open.span.end && span.end <= b.close!.span.start);
}

/** The offset of the letter itself inside its token (`(A)` → the A), or -1. */
export function letterOffset(text: string, letter: Token): number {
  const written = text.slice(letter.span.start, letter.span.end);
  if (written.length === 1) return letter.span.start;
  if (written.length === 3 && written[0] === '(' && written[2] === ')') return letter.span.start + 1;
  return -1;
}

function letterWritten(text: string, letter: Token): boolean {
  const at = letterOffset(text, letter);
  return at >= 0 && text[at].toUpperCase() === letter.text;
}
