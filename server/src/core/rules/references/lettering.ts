import type { ReferenceNode } from '../../syntax/nodes';
import type { Edit, Rule } from '../rule';
import { citedLetters, letterAt, letterOffset, referenceList, type CitedLetter } from '../support/referenceList';

/**
 * REF-002: lettered references run A, B, C … with no letter skipped or repeated. The fix
 * re-letters the list and every citation of a re-lettered reference in the text
 * (`ref C` → `ref B` when C becomes B), as one change, so the letters and their citations
 * never disagree. It is offered only when every citation resolves before the change
 * (otherwise a dangling `ref B` would silently start pointing at another cable).
 */
export default {
  meta: {
    id: 'references-lettering',
    category: 'references',
    description: 'Lettered references run A, B, C … in order with no letter skipped or repeated.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['REF-002', 'PAGE-003'],
    messages: {
      unexpected: 'Expected reference {expected}; found {actual}.',
    },
  },
  check({ doc, report }) {
    const list = referenceList(doc);
    if (!list) return;
    const wrong: Array<{ item: ReferenceNode; expected: string }> = [];
    for (const block of list.blocks) {
      const items = block.items;
      if (items.length < 2 || items.some((i) => i.letter === null || i.letterToken === null)) continue;
      items.forEach((item, index) => {
        const expected = letterAt(index);
        if (item.letter !== expected) wrong.push({ item, expected });
      });
    }
    if (wrong.length === 0) return;
    // A line inside an item that opens with a letter the parser did not take (`A. … / C. … /
    // B. …`: B comes too late to letter an item after C) would letter one once the list is
    // re-lettered, and the list would read differently: reported, left to the drafter.
    const hidden = list.blocks.some((block) => block.items.some((item) => hidesLetter(doc.text, item)));
    const fix = hidden ? null : safeFix(doc.text, list.blocks.length, wrong, list.lettered, citedLetters(doc), list.letters);
    wrong.forEach(({ item, expected }, index) => {
      report({
        span: item.letterToken!.span,
        messageId: 'unexpected',
        data: { expected, actual: item.letter! },
        // One fix re-letters the whole list with its citations; it rides on the first report.
        ...(index === 0 && fix ? { fix: { edits: fix } } : {}),
      });
    });
  },
} satisfies Rule;

function safeFix(
  text: string,
  blockCount: number,
  wrong: ReadonlyArray<{ item: ReferenceNode; expected: string }>,
  lettered: boolean,
  cited: readonly CitedLetter[],
  letters: ReadonlyMap<string, ReferenceNode>,
): Edit[] | null {
  // Two REF blocks (a list split or repeated by the copy) or a dangling citation: no fix.
  // Letters a range only implies (C in `A-D` over A, B, D) follow the range's end.
  if (blockCount !== 1 || !lettered || cited.some((c) => c.written && !letters.has(c.letter.text))) return null;
  const edits: Edit[] = [];
  for (const { item, expected } of wrong) {
    const token = item.letterToken!;
    const at = firstLetterIn(text, token.span.start, token.span.end);
    if (at < 0) return null;
    edits.push({ span: { start: at, end: at + 1 }, text: sameCase(text[at], expected) });
  }
  const citedByLetter = new Map<string, CitedLetter[]>();
  for (const c of cited) {
    if (!c.written) continue;
    const list = citedByLetter.get(c.letter.text) ?? [];
    list.push(c);
    citedByLetter.set(c.letter.text, list);
  }
  for (const { item, expected } of wrong) {
    // Citations follow their reference only when its old letter named it alone: with a
    // repeated letter (A, A) they are taken to mean the first, which keeps its letter.
    if (letters.get(item.letter!) !== item) continue;
    for (const c of citedByLetter.get(item.letter!) ?? []) {
      const offset = letterOffset(text, c.letter);
      edits.push({ span: { start: offset, end: offset + 1 }, text: sameCase(text[offset], expected) });
    }
  }
  return edits;
}

/** Whether a line inside the item's text opens with a letter label (`B.`, `(b)`, `C)`). */
function hidesLetter(text: string, item: ReferenceNode): boolean {
  // (Archive residue before the letter, `¶B.`, is read past as the parser does.)
  return /[\r\n][ \t]*(?:¶[ \t]*|\[\d{1,4}\]\(#\)[ \t]*){0,3}(?:[A-Za-z][.):]|\([A-Za-z]\))(?:[ \t]|$)/m.test(text.slice(item.textSpan.start, item.span.end));
}

function firstLetterIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (/[A-Za-z]/.test(text[i])) return i;
  return -1;
}

function sameCase(written: string, letter: string): string {
  return written === written.toLowerCase() ? letter.toLowerCase() : letter;
}
