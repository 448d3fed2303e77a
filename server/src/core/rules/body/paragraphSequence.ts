import { ForwardSearch } from '../../text/forwardSearch';
import type { CableDocument, ParagraphNode } from '../../syntax/nodes';
import type { Token } from '../../text/span';
import type { Edit, Rule } from '../rule';

/**
 * The number the first paragraph should have: 1, except in a copy of a later section
 * (`SECTION 02 OF 03`), which continues the numbering of the sections before it, and where an
 * unnumbered, portion-marked block opens the body before paragraph 2 (paragraph 1 whose
 * number the copy lost; the portion-mark rules speak of it).
 */
function firstExpected(doc: CableDocument): number {
  const first = doc.paragraphs[0];
  if (!first) return 1;
  const section = doc.classification?.sectionNumber ? Number(doc.classification.sectionNumber.text) : 1;
  if (section > 1) return first.value;
  if (first.value === 2) {
    const before = doc.blocks.find((b) => b.kind === 'text' && b.span.start >= doc.bodyStart && b.span.start < first.span.start);
    if (before && before.kind === 'text' && before.portionMark) return 2;
  }
  return 1;
}

/**
 * BODY-001: paragraphs are numbered 1, 2, 3 … with no gap or repeat. A slip is reported once,
 * with the paragraphs numbered on from it; the fix renumbers them and every `para N` citation
 * that points at one of them (when N names one paragraph only).
 * A gap holding a redaction line (a released copy's `XXXXXXXXXXXX`) is not a slip, nor one
 * whose numbers are written as one range (`4-12. (U) No data on items 4 to 12.`).
 */
export default {
  meta: {
    id: 'paragraph-sequence',
    category: 'body',
    description: 'Paragraphs are numbered 1., 2., 3. … with no gap or repeat; continuation page headers do not break the sequence.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['BODY-001', 'BODY-002', 'PAGE-003'],
    messages: {
      unexpected: 'Expected paragraph {expected}; found {actual}.',
      unexpectedNext: 'Expected paragraph {expected}; found {actual}, and the paragraph after it is numbered on from it: {actual} and {last} should be {expected} and {lastExpected}.',
      unexpectedRun: 'Expected paragraph {expected}; found {actual}, and the {after} paragraphs after it are numbered on from it: {actual} to {last} should be {expected} to {lastExpected}.',
    },
  },
  check({ doc, report }) {
    const start = firstExpected(doc);
    // Most cables number their paragraphs in sequence: nothing is reported then, so the
    // tables below (built for the slips) are not.
    if (inSequence(doc.paragraphs, start)) return;
    const counts = new Map<number, number>();
    for (const p of doc.paragraphs) counts.set(p.value, (counts.get(p.value) ?? 0) + 1);
    // The `para N` numbers by value, gathered once (not once per misnumbered paragraph). A
    // range (`paras 3-5`) lists its inner numbers with the range's span: only numbers
    // written as such are edited.
    const citedNumbers = new Map<number, Token[]>();
    for (const citation of doc.paraCitations) {
      for (const number of citation.numbers) {
        if (doc.text.slice(number.span.start, number.span.end) !== number.text) continue;
        const list = citedNumbers.get(Number(number.text)) ?? [];
        list.push(number);
        citedNumbers.set(Number(number.text), list);
      }
    }
    const items = listItems(doc);
    const cursor = { next: 0 };
    // A slip is reported once, at the first paragraph it puts out of sequence: the paragraphs
    // after it that are numbered on from it (all off by the same amount) form its run, and the
    // one fix renumbers the whole run. A drafter who inserts a paragraph sees one problem, not
    // one per later paragraph. Runs never overlap, so their fixes never do.
    let run: { first: ParagraphNode; firstIndex: number; expected: number; delta: number; last: ParagraphNode; lastIndex: number; lastExpected: number; edits: Edit[] } | null = null;
    const closeRun = () => {
      if (!run) return;
      const { first, firstIndex, expected, last, lastIndex, lastExpected, edits } = run;
      run = null;
      const data = { expected, actual: first.number.text, last: last.number.text, lastExpected, after: 0 };
      if (last === first) {
        report({ span: first.number.span, messageId: 'unexpected', data, fix: { edits } });
        return;
      }
      const after = lastIndex - firstIndex;
      report({ span: first.number.span, messageId: after === 1 ? 'unexpectedNext' : 'unexpectedRun', data: { ...data, after }, fix: { edits } });
    };
    // What the index of a paragraph adds up to its expected number; a redaction gap moves it.
    let offset = start;
    const upperX = new ForwardSearch(doc.text, 'XXXXXX');
    const lowerX = new ForwardSearch(doc.text, 'xxxxxx');
    doc.paragraphs.forEach((paragraph, index) => {
      let expected = index + offset;
      if (paragraph.value === expected) {
        closeRun();
        return;
      }
      // A copy released with whole paragraphs redacted (a line of X where they stood) skips
      // their numbers, and a reply that answers several numbered items at once numbers its
      // answer as their range (`4-12.`): either way the numbering goes on from the paragraph
      // after the gap.
      const previous = doc.paragraphs[index - 1];
      const gapStart = previous ? previous.number.span.end : (doc.classification?.span.end ?? 0);
      const rangeEnd = paragraph.value > expected ? numberRangeEnd(doc, gapStart, paragraph.span.start, expected) : -1;
      if (paragraph.value > expected && (rangeEnd === paragraph.value - 1 || hasRedactionLine(doc.text, gapStart, paragraph.span.start, upperX, lowerX))) {
        closeRun();
        offset = paragraph.value - index;
        return;
      }
      // A range that stops short of the gap (`4-10.` then `13.`) still accounts for its own
      // numbers: the paragraph after it should go on from the range's end.
      if (rangeEnd > expected && rangeEnd < paragraph.value) {
        offset += rangeEnd + 1 - expected;
        expected = rangeEnd + 1;
      }
      // Right after a numbered list inside the paragraph before, the number decides what the
      // parser reads: a `2.` after a list's `1.` is why that `1.` is a list (a restart followed
      // by 2), and a number one above the list's last item continues the list. Renumbering
      // would change the reading and the next check would ask again: reported on its own, left
      // to the drafter.
      const item = listItemBefore(paragraph.span.start, items, previous, cursor);
      // Likewise a numbered line right below the paragraph's first line (no blank line between,
      // no portion mark) is text while its number does not follow the paragraph's: renumbering
      // the paragraph to one below it would make it a paragraph of its own.
      if ((item && ((item.value === 1 && paragraph.value === 2) || expected === item.value + 1)) || numberedLineFollows(doc, paragraph, expected + 1)) {
        closeRun();
        report({ span: paragraph.number.span, messageId: 'unexpected', data: { expected, actual: paragraph.number.text } });
        return;
      }
      const delta = paragraph.value - expected;
      if (run && run.delta !== delta) closeRun();
      run ??= { first: paragraph, firstIndex: index, expected, delta, last: paragraph, lastIndex: index, lastExpected: expected, edits: [] };
      run.last = paragraph;
      run.lastIndex = index;
      run.lastExpected = expected;
      run.edits.push({ span: paragraph.number.span, text: String(expected) });
      if (counts.get(paragraph.value) === 1) {
        for (const number of citedNumbers.get(paragraph.value) ?? []) run.edits.push({ span: number.span, text: String(expected) });
      }
    });
    closeRun();
  },
} satisfies Rule;

/** Whether every paragraph has the number its place gives it, counting from `start` (no slip to report). */
function inSequence(paragraphs: readonly ParagraphNode[], start: number): boolean {
  for (let index = 0; index < paragraphs.length; index++) if (paragraphs[index].value !== index + start) return false;
  return true;
}

/** The numbered list items (`1.`, `2)`) inside paragraphs and text blocks: offset and value, in order. */
function listItems(doc: CableDocument): Array<{ at: number; value: number }> {
  const items: Array<{ at: number; value: number }> = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'text') continue;
    for (const sub of block.subParagraphs) {
      const m = /^(\d+) ?[.)]/.exec(sub.label.text);
      if (m) items.push({ at: sub.label.span.start, value: Number(m[1]) });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}

/**
 * The numbered list item just before `at`, if it comes after the paragraph before (so it is
 * the last numbered line above this paragraph). `cursor` walks `items` as the paragraphs go by,
 * in text order, so the whole check is linear.
 */
function listItemBefore(at: number, items: ReadonlyArray<{ at: number; value: number }>, previous: ParagraphNode | undefined, cursor: { next: number }): { at: number; value: number } | null {
  while (cursor.next < items.length && items[cursor.next].at < at) cursor.next++;
  const last = cursor.next > 0 ? items[cursor.next - 1] : null;
  return last !== null && (previous === undefined || last.at > previous.number.span.start) ? last : null;
}

/**
 * Whether a line of `paragraph`'s text before its first blank line opens with `value` as a
 * paragraph number (`5.`, `5 (C)`): the parser reads such a line as a new paragraph when its
 * number follows the one above.
 */
function numberedLineFollows(doc: CableDocument, paragraph: ParagraphNode, value: number): boolean {
  const text = doc.text.slice(paragraph.number.span.start, paragraph.span.end);
  const firstBreak = text.search(/\r\n|\r|\n/);
  if (firstBreak < 0) return false;
  const blank = text.slice(firstBreak).search(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/);
  const lines = text.slice(firstBreak, blank < 0 ? text.length : firstBreak + blank);
  for (const m of lines.matchAll(/(?:\r\n|\r|\n)[ \t]*(?:¶[ \t]*)?(\d{1,3})(?:\.|\)|[ \t]{0,3}\()/g)) if (Number(m[1]) === value) return true;
  return false;
}

/** The redaction marker of a released copy: a line (or a paragraph number's whole text) of X standing for removed text. */
const REDACTION_LINE = /^[.)]?[ \t]*[Xx]{6,40}[ \t]*$/;

/**
 * Whether a line between `from` and `to` is a redaction marker alone. Only candidate lines (those
 * holding `XXXXXX`) are tested, found by forward searches shared by the whole pass over the
 * paragraphs, so the check stays linear in the text however many gaps it is asked about.
 */
function hasRedactionLine(text: string, from: number, to: number, upper: ForwardSearch, lower: ForwardSearch): boolean {
  for (let at = from; at < to; ) {
    const upperHit = upper.next(at);
    const lowerHit = lower.next(at);
    const hit = upperHit < 0 ? lowerHit : lowerHit < 0 ? upperHit : Math.min(upperHit, lowerHit);
    if (hit < 0 || hit >= to) return false;
    let lineStart = hit;
    while (lineStart > from && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    let lineEnd = hit;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    if (REDACTION_LINE.test(text.slice(lineStart, lineEnd))) return true;
    at = lineEnd;
  }
  return false;
}

/** A paragraph number written as a range at a line's start: `4-12.`, `4 - 12.`, `4–12.`. */
const NUMBER_RANGE = /[ \t]*(\d{1,3})[ \t]?[-\u2013][ \t]?(\d{1,3})\.(?=[ \t(\r\n]|$)/y;

/**
 * The last number of a range of paragraph numbers opening with `first` (`4-12.` for 4) at the
 * start of a line between `from` and `to`, or -1. Asked only at a gap in the numbering, and
 * only of the lines of the paragraph before the gap, so the whole pass reads each line at most
 * once.
 */
function numberRangeEnd(doc: CableDocument, from: number, to: number, first: number): number {
  const lines = doc.lines;
  for (let line = lines.lineAt(from), end = lines.lineAt(to); line <= end; line++) {
    NUMBER_RANGE.lastIndex = lines.lineStart(line);
    const m = NUMBER_RANGE.exec(doc.text);
    if (m && m.index + m[0].length <= lines.lineEnd(line) && Number(m[1]) === first && Number(m[2]) > first) return Number(m[2]);
  }
  return -1;
}
