/**
 * The portions of a cable and their marks: numbered paragraphs, sub-paragraphs, bullets,
 * unnumbered marked text, the SUBJECT line and the Classified By line, with each mark's rank
 * on the U < SBU < C < S < TS scale. Several classification rules read these.
 */
import { memo } from '../../memo';
import type { Edit } from '../rule';
import { sortedBySpanStart, type Span } from '../../text/span';
import type { CableDocument, ParagraphNode, PortionMarkNode } from '../../syntax/nodes';
import { readPortionMark } from '../../syntax/portionMark';
import { LEVEL_MARK, LEVEL_RANK, PORTION_RANK, type Level } from '../../vocab/classification';
import { isAsciiLetter, isDigit } from '../../text/characters';

/** Where a portion mark stands. */
export type PortionPlace = 'paragraph' | 'subParagraph' | 'bullet' | 'text' | 'subject' | 'classifiedBy' | 'leadIn';

/** A portion mark and where it stands. */
export interface Portion {
  readonly mark: PortionMarkNode;
  readonly place: PortionPlace;
  /** Rank of the mark's level: U 0, SBU and LOU 1, C 2, S 3, TS 4. */
  readonly rank: number;
}

/** How each place is named in messages. */
export const PLACE_NAME: Readonly<Record<PortionPlace, string>> = {
  paragraph: 'paragraph',
  subParagraph: 'sub-paragraph',
  bullet: 'bullet',
  text: 'marked text',
  subject: 'SUBJECT line',
  classifiedBy: 'Classified By line',
  leadIn: 'paragraph',
};

/** Rank of a mark's level (unknown levels rank as U). */
export function markRank(mark: PortionMarkNode): number {
  return PORTION_RANK[mark.level] ?? 0;
}

/** Rank of the cable's overall level, or null when it has no classification line. */
export function bannerRank(doc: CableDocument): number | null {
  return doc.classification ? LEVEL_RANK[doc.classification.level] : null;
}

/**
 * A mark after a short lead-in inside a paragraph that has none after its number:
 * `1. Summary: (C) …`, `1. KEY POINTS -- (S) …`. Null when there is none.
 */
export function leadInMark(doc: CableDocument, paragraph: ParagraphNode): PortionMarkNode | null {
  if (paragraph.portionMark) return null;
  const text = doc.text;
  const from = paragraph.textStart;
  LEAD_IN.lastIndex = from;
  const lead = LEAD_IN.exec(text);
  if (!lead) return null;
  const at = from + lead[0].length;
  return readPortionMark(text, at);
}

/**
 * A lead-in of at most four words and a colon, period or dash, then perhaps the dash of a
 * first bullet (`KEY POINTS -- (C)`, `KEY POINTS: -- (C)`): bounded, so linear. Made once
 * (a pattern written in the function was made again for every paragraph without a mark).
 */
const LEAD_IN = /(?:[A-Za-z][A-Za-z'-]{0,20}[ \t]{1,3}){0,3}[A-Za-z][A-Za-z'-]{0,20}[ \t]{0,3}(?:[:.]|-{1,2})[ \t]{0,4}(?:-{1,2}[ \t]{1,3})?/y;

/** Every portion mark of the cable, in text order. */
export function portionsOf(doc: CableDocument): Portion[] {
  return memo(doc, portionsOf, computePortionsOf);
}

function computePortionsOf(doc: CableDocument): Portion[] {
  const out: Portion[] = [];
  const add = (mark: PortionMarkNode | null, place: PortionPlace) => {
    if (mark) out.push({ mark, place, rank: markRank(mark) });
  };
  add(doc.subject?.portionMark ?? null, 'subject');
  add(doc.classifiedBy?.portionMark ?? null, 'classifiedBy');
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      add(block.portionMark, 'paragraph');
      add(leadInMark(doc, block), 'leadIn');
    } else if (block.kind === 'text') {
      add(block.portionMark, 'text');
    } else {
      continue;
    }
    for (const sub of block.subParagraphs) add(sub.portionMark, 'subParagraph');
    for (const bullet of block.bullets) add(bullet.portionMark, 'bullet');
  }
  return sortedBySpanStart(out, markSpan);
}

function markSpan(portion: Portion): Span {
  return portion.mark.span;
}

/** The highest portion (the first of the highest rank), or null when nothing is marked. */
export function highestPortion(portions: readonly Portion[]): Portion | null {
  let best: Portion | null = null;
  for (const p of portions) if (!best || p.rank > best.rank) best = p;
  return best;
}

/** Letters written in parentheses as list labels, as written (`(A)`, `(b)`), by where they stand. */
export interface ListLetters {
  /** At the start of a line or a bullet: `(B) Burglaries are rare.`, `-- (b) …` */
  readonly lineStart: ReadonlySet<string>;
  /** Right after a paragraph number: `39. (b) The Dutch continue…`. */
  readonly afterNumber: ReadonlySet<string>;
}

/**
 * The parenthesised letters a cable uses as list labels: a cable that letters its lists,
 * answers or references this way can have an item `(C)` or `(c)` that only looks like a
 * portion mark.
 */
export function lineStartLetters(doc: CableDocument): ListLetters {
  return memo(doc, lineStartLetters, computeLineStartLetters);
}

/** A list label at a line start: indent, perhaps a paragraph number, perhaps a bullet dash, then `(x)`. */
const LIST_LABEL = /[ \t]{0,8}(\d{1,3}\.[ \t]{0,4})?(?:-{1,2}[ \t]{1,3})?\(([A-Za-z])\)/y;
/** The longest run LIST_LABEL allows before its `(`: 8 + (3 + 1 + 4) + (2 + 3) characters. */
const LIST_LABEL_LEAD = 21;

function computeLineStartLetters(doc: CableDocument): ListLetters {
  const lineStart = new Set<string>();
  const afterNumber = new Set<string>();
  const text = doc.text;
  // The same matches as the multiline pattern `^…\(([A-Za-z])\)` run over the whole text, found
  // faster: a match ends in `(x)` at most LIST_LABEL_LEAD characters after its line start, so
  // only the line starts just before a `(x)` are tried (a `^` scan tries every offset).
  let tried = -1;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (!isAsciiLetter(text.charCodeAt(open + 1)) || text.charCodeAt(open + 2) !== 41 /* ) */) continue;
    const start = lineStartWithin(text, open, LIST_LABEL_LEAD);
    if (start < 0 || start === tried) continue;
    tried = start;
    addListLabel(text, start, lineStart, afterNumber);
  }
  return { lineStart, afterNumber };
}

/**
 * Adds the letter of the {@link LIST_LABEL} at `start`, if one stands there, to `afterNumber`
 * when a paragraph number comes before it, else to `lineStart`. Read by hand, without a match
 * per `(x)`: the pattern's parts (blanks, digits, dashes, the parenthesis) never share a
 * character, so reading each as far as it goes finds the only match it can have.
 */
function addListLabel(text: string, start: number, lineStart: Set<string>, afterNumber: Set<string>): void {
  let i = skipBlanks(text, start, 8);
  let numbered = false;
  if (isDigit(text.charCodeAt(i))) {
    let digitsEnd = i;
    while (isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    // More than three digits, or none followed by its full stop: then the label cannot go on.
    if (digitsEnd - i > 3 || text.charCodeAt(digitsEnd) !== 46 /* . */) return;
    i = skipBlanks(text, digitsEnd + 1, 4);
    numbered = true;
  }
  if (text.charCodeAt(i) === 45 /* - */) {
    const dash = i;
    while (text.charCodeAt(i) === 45 && i - dash < 2) i++;
    const afterDashes = i;
    i = skipBlanks(text, afterDashes, 3);
    if (i === afterDashes) return;
  }
  if (text.charCodeAt(i) !== 40 /* ( */ || !isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 2) !== 41 /* ) */) return;
  (numbered ? afterNumber : lineStart).add(text[i + 1]);
}

/** The offset after up to `most` spaces and tabs from `from`; more than that leaves a blank where the label needs another character. */
function skipBlanks(text: string, from: number, most: number): number {
  let i = from;
  while (i - from < most && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * The start of the line holding `at`, as a multiline `^` sees it (after LF, CR, U+2028 or
 * U+2029, or the text's start), when it lies at most `lead` characters before `at`; else -1.
 */
function lineStartWithin(text: string, at: number, lead: number): number {
  for (let k = at - 1; k >= at - lead - 1; k--) {
    if (k < 0) return 0;
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return k + 1;
  }
  return -1;
}

/**
 * Whether a one-letter mark is more likely a list letter: its neighbour in the alphabet, in
 * the same case, is used the same way — opening a line (`(B)` or `(D)` beside `(C)`), or
 * after a paragraph number for a paragraph's mark (`39. (b)` and `40. (c)` answering a
 * questionnaire).
 */
export function mayBeListLetter(portion: Portion, letters: ListLetters): boolean {
  if (portion.place === 'subject' || portion.place === 'classifiedBy' || portion.place === 'leadIn') return false;
  const inner = portion.mark.text.trim();
  if (!/^[A-Za-z]$/.test(inner)) return false;
  const used = portion.place === 'paragraph' ? letters.afterNumber : letters.lineStart;
  const code = inner.charCodeAt(0);
  return used.has(String.fromCharCode(code - 1)) || used.has(String.fromCharCode(code + 1));
}

/** The span of the level letters inside a mark (`S` in `(S/NF)`). */
export function markLevelSpan(mark: PortionMarkNode): Span {
  const lead = mark.text.length - mark.text.trimStart().length;
  const start = mark.span.start + 1 + lead;
  return { start, end: start + mark.level.length };
}

/** The mark letters for the banner's level; an UNCLAS cable takes `SBU` when `sensitive`. */
export function markForLevel(level: Level, sensitive: boolean): string {
  return level === 'UNCLASSIFIED' && sensitive ? 'SBU' : LEVEL_MARK[level];
}

/** The edit that lowers (or raises) a mark's level letters, keeping its controls. */
export function setMarkLevelEdit(mark: PortionMarkNode, letters: string): Edit {
  return { span: markLevelSpan(mark), text: letters };
}

/** The line (1-based) a span starts on, for messages that point elsewhere. */
export function lineNumberOf(doc: CableDocument, offset: number): number {
  return doc.lines.positionAt(offset).line + 1;
}

/**
 * Whether the classification line is only the level word (`SECRET`, `UNCLASSIFIED`) with no
 * SECTION, origin or serial, or a continuation page's banner: in archive copies those are
 * lines above the real header, not the cable's classification line, so checks of the line's
 * form leave them alone.
 */
export function isBareLevelLine(doc: CableDocument): boolean {
  const c = doc.classification;
  if (c === null) return false;
  if (c.origin === null && c.serial === null && c.sectionPhrase === null) return true;
  // `UNCLASSIFIED   STATE   00100153`: a continuation page's banner (eight-digit serial)
  // that some copies print above the header.
  return c.serial !== null && /^00\d{6}$/.test(c.serial.text);
}
