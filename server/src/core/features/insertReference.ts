/**
 * "Insert Reference…": adds an item to the REF block with the next letter, in the list's own
 * lettering style (`B.`, `B)`, `(B)`). A cable with no REF block gets `REF: <item>` after its
 * SUBJECT. A single unlettered reference becomes `A.` and the new one `B.`, and the text's
 * bare `REFTEL` / `REF` citations, which meant that one reference, now say `REFTEL A`.
 */
import { applyEdits } from '../fix';
import type { Edit } from '../rules/rule';
import type { CableDocument, LetterStyle, ReferenceNode } from '../syntax/nodes';
import type { Span } from '../text/span';

/** The change, or why there is none. */
export type ReferenceInsertion =
  | {
      readonly edits: readonly Edit[];
      /** The new item's letter, or null when it is the cable's only reference. */
      readonly letter: string | null;
      /** Where the new item's text is once the edits are applied. */
      readonly inserted: Span;
    }
  | { readonly refused: string };

/** How a letter is written in each style. */
function lettered(letter: string, style: LetterStyle): string {
  switch (style) {
    case 'paren':
      return `${letter})`;
    case 'enclosed':
      return `(${letter})`;
    case 'colon':
      return `${letter}:`;
    case 'bare':
      return letter;
    default:
      return `${letter}.`;
  }
}

function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** Where `main`'s text starts once all `edits` (which include it) are applied. */
function startAfter(main: Edit, edits: readonly Edit[]): number {
  let delta = 0;
  for (const edit of edits) if (edit !== main && edit.span.end <= main.span.start) delta += edit.text.length - (edit.span.end - edit.span.start);
  return main.span.start + delta;
}

/** Adds `item` (`26 STATE 123456`, `USG EDITS TO THE DRAFT`) to the REF block of `doc`. */
export function insertReference(doc: CableDocument, item: string): ReferenceInsertion {
  const text = item.replace(/\s+/g, ' ').trim();
  if (text === '') return { refused: 'Expected a reference to add, such as 26 STATE 123456; found nothing.' };
  const br = lineBreakOf(doc.text);
  const references = doc.references;
  if (!references) {
    const anchor = doc.subject ?? doc.tags ?? doc.eo;
    if (!anchor) return { refused: 'This cable has no SUBJECT line yet: write it first, and the REF block goes below it.' };
    const prefix = `${br}${br}REF: `;
    const main = { span: { start: anchor.span.end, end: anchor.span.end }, text: prefix + text };
    return finish([main], main, prefix.length, text, null);
  }
  const items = references.items;
  if (items.length === 0) {
    const at = references.label.span.end;
    const after = doc.text[at] === ':' ? at + 1 : at;
    const main = { span: { start: after, end: after }, text: ` ${text}` };
    return finish([main], main, 1, text, null);
  }
  if (items.length === 1 && items[0].letter === null) return letterTheOnlyReference(doc, items[0], text, br);
  const last = items.reduce((a, b) => ((b.letter ?? '') > (a.letter ?? '') ? b : a), items[items.length - 1]);
  const code = (last.letter ?? 'A').charCodeAt(0) + 1;
  if (code > 'Z'.charCodeAt(0)) return { refused: 'The REF list already runs to Z: there is no letter left for another reference.' };
  const letter = String.fromCharCode(code);
  const style = items[items.length - 1].letterStyle;
  const prefix = `${br}${lettered(letter, style === 'none' ? 'dot' : style)} `;
  const at = items[items.length - 1].span.end;
  const main = { span: { start: at, end: at }, text: prefix + text };
  return finish([main], main, prefix.length, text, letter);
}

/** `REF: X` becomes `REF: A. X` / `B. <new>`, and the bare citations of X cite `A`. */
function letterTheOnlyReference(doc: CableDocument, only: ReferenceNode, text: string, br: string): ReferenceInsertion {
  const edits: Edit[] = [{ span: { start: only.textSpan.start, end: only.textSpan.start }, text: 'A. ' }];
  const prefix = `${br}B. `;
  const at = only.span.end;
  const main = { span: { start: at, end: at }, text: prefix + text };
  edits.push(main);
  for (const citation of doc.refCitations) {
    if (citation.letters.length > 0) continue;
    const keyword = citation.keyword;
    // `REFTEL` → `REFTEL A`, `reftel` → `reftel A`: the letter is a capital whatever the case of the keyword.
    edits.push({ span: { start: keyword.span.end, end: keyword.span.end }, text: ' A' });
  }
  return finish(edits, main, prefix.length, text, 'B');
}

function finish(edits: Edit[], main: Edit, prefixLength: number, text: string, letter: string | null): ReferenceInsertion {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const start = startAfter(main, sorted) + prefixLength;
  return { edits: sorted, letter, inserted: { start, end: start + text.length } };
}

/** The text with the insertion applied (for tests and for clients that apply text wholesale). */
export function withReference(doc: CableDocument, item: string): string | null {
  const result = insertReference(doc, item);
  return 'refused' in result ? null : applyEdits(doc.text, result.edits);
}
