/**
 * Rename for REF letters and paragraph numbers: `REF B` → `C` changes the REF item's letter
 * and every citation of B; paragraph 3 → 4 changes the number and every `para 3`. What
 * cannot be renamed safely is refused with the reason, so the editor can say why.
 */
import type { Edit } from '../rules/rule';
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';
import { anchorAt, type Anchor } from './anchors';
import { citationIndex, onlyReference } from './citations';
import { letterSpanIn } from './find';

/** What `prepareRename` answers: the part to rename with its current name, or why not. */
export type RenamePreparation = { readonly span: Span; readonly placeholder: string } | { readonly refused: string };

/** The edits of a rename, or why it cannot be done. */
export type RenameResult = { readonly edits: readonly Edit[] } | { readonly refused: string };

const NOTHING = 'Only REF letters and paragraph numbers can be renamed here.';

/** A citation naming a range of letters (`A-C`, `A through D`): renaming an end would change what it covers. */
const NUMBER_RANGE = /\d\s{0,3}(?:-|–|\bthrough\b|\bthru\b|\bto\b)\s{0,3}\d/i;
const RANGE = /[A-Za-z]\)?\s{0,3}(?:-|–|\bthrough\b|\bthru\b|\bto\b)\s{0,3}\(?[A-Za-z]\b/i;

/** Whether the cursor is on something that can be renamed, and what. */
export function prepareRename(doc: CableDocument, offset: number): RenamePreparation {
  const anchor = anchorAt(doc, offset);
  if (!anchor) return { refused: NOTHING };
  const problem = obstacle(doc, anchor);
  if (problem) return { refused: problem };
  if (anchor.kind === 'ref') return { span: anchor.span, placeholder: anchor.letter ?? '' };
  return { span: anchor.span, placeholder: String(anchor.value) };
}

/** Renames the REF letter or paragraph number at `offset` to `newName`. */
export function renameAt(doc: CableDocument, offset: number, newName: string): RenameResult {
  const anchor = anchorAt(doc, offset);
  if (!anchor) return { refused: NOTHING };
  const problem = obstacle(doc, anchor);
  if (problem) return { refused: problem };
  const index = citationIndex(doc);
  const wanted = newName.trim();
  if (anchor.kind === 'ref') {
    const letter = anchor.letter!;
    if (!/^[A-Za-z]$/.test(wanted)) return { refused: `A REF letter is one letter A–Z; "${newName}" is not.` };
    const target = wanted.toUpperCase();
    if (target === letter) return { edits: [] };
    if (index.referenceByLetter.has(target)) return { refused: `REF ${target} already exists; rename it first or choose another letter.` };
    const spans: Span[] = [];
    const item = anchor.item!;
    spans.push(letterSpanIn(doc.text, item.letterToken!.span)!);
    for (const use of index.refUses.get(letter) ?? []) spans.push(use.letterSpan!);
    return { edits: spans.map((span) => ({ span, text: sameCase(doc.text[span.start], target) })) };
  }
  if (!/^\d{1,3}$/.test(wanted) || Number(wanted) === 0) return { refused: `A paragraph number is a whole number from 1 to 999; "${newName}" is not.` };
  const target = Number(wanted);
  if (target === anchor.value) return { edits: [] };
  if (index.paragraphByNumber.has(target)) return { refused: `There is already a paragraph ${target}; choose another number.` };
  const paragraph = index.paragraphByNumber.get(anchor.value)!;
  const edits: Edit[] = [{ span: paragraph.number.span, text: String(target) }];
  for (const use of index.paraUses.get(anchor.value) ?? []) if (use.written) edits.push({ span: use.span, text: String(target) });
  return { edits };
}

/** Writes `letter` in the case of the character it replaces (`ref a` stays lower case). */
function sameCase(previous: string, letter: string): string {
  return previous >= 'a' && previous <= 'z' ? letter.toLowerCase() : letter;
}

/** Why the anchor cannot be renamed, or null when it can. */
function obstacle(doc: CableDocument, anchor: Anchor): string | null {
  const index = citationIndex(doc);
  const line = (offset: number) => doc.lines.positionAt(offset).line + 1;
  if (anchor.kind === 'ref') {
    if (anchor.letter === null) {
      return onlyReference(doc) ? 'The reference has no letter to rename; letter it "A." first.' : 'REFTEL names no letter, and the cable has no single reference it could mean.';
    }
    const item = anchor.item;
    if (!item || !item.letterToken) return `There is no REF ${anchor.letter} in the REF list to rename.`;
    if (!letterSpanIn(doc.text, item.letterToken.span)) return `The letter of REF ${anchor.letter} is not written as a single letter.`;
    const duplicates = (doc.references?.items ?? []).filter((i) => i.letter === anchor.letter).length;
    if (duplicates > 1) return `The REF list has ${duplicates} items lettered ${anchor.letter}; re-letter the list first.`;
    const inRange = (index.refUses.get(anchor.letter) ?? []).find((u) => u.letterSpan === null || RANGE.test(doc.text.slice(u.citation.span.start, u.citation.span.end)));
    if (inRange) {
      return `REF ${anchor.letter} is cited inside the range "${doc.text.slice(inRange.citation.span.start, inRange.citation.span.end)}" on line ${line(inRange.span.start)}; edit that range by hand first.`;
    }
    return null;
  }
  const count = index.paragraphCount.get(anchor.value) ?? 0;
  if (count === 0) return `There is no paragraph ${anchor.value} in this cable to rename.`;
  if (count > 1) return `${count} paragraphs are numbered ${anchor.value}; renumber the paragraphs first.`;
  const inRange = (index.paraUses.get(anchor.value) ?? []).find((u) => !u.written || NUMBER_RANGE.test(doc.text.slice(u.citation.span.start, u.citation.span.end)));
  if (inRange) {
    return `Paragraph ${anchor.value} is cited inside the range "${doc.text.slice(inRange.citation.span.start, inRange.citation.span.end)}" on line ${line(inRange.span.start)}; edit that range by hand first.`;
  }
  return null;
}
