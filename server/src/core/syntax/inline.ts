/**
 * What sits inside running text: archive residue, citations of references (`REF A`,
 * `REFTEL`, `REFS C AND D`), `para N` citations and the markers of summary, comment, note
 * and quoted-text blocks. Every scanner here is a single left-to-right pass.
 */
import type { Span, Token } from '../text/span';
import { isWhite as isWhiteChar, linkResidueLength } from './lines';

/**
 * Whether the backslash at `at` opens its line or follows white space or other residue
 * (`[1](#)\\`, `¶\\`): a residue backslash, not one the text needs.
 */
function followsSpaceOrResidue(text: string, lineStart: number, at: number): boolean {
  if (at === lineStart) return true;
  const before = text.charCodeAt(at - 1);
  return isWhiteChar(before) || before === 0xb6 || (before === 41 /* ) */ && /\[\d{1,4}\]\(#\)$/.test(text.slice(Math.max(lineStart, at - 10), at)));
}

/**
 * Where the trailing residue of the line holding `at` begins: from the line's end back over
 * white space and backslashes that follow white space (a copy damaged twice ends ` \\ \\`).
 * Computed once per line, so the scan stays linear.
 */
function trailingResidueStart(text: string, lineStart: number, at: number): number {
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  let from = end;
  while (from > lineStart) {
    const c = text.charCodeAt(from - 1);
    if (isWhiteChar(c)) from--;
    else if (c === 92 && followsSpaceOrResidue(text, lineStart, from - 1)) from--;
    else break;
  }
  return from;
}
import type { BlockMarkerNode, MarkedBlockKind, MarkedBlockNode, ParaCitationNode, RefCitationNode, ResidueNode } from './nodes';

/** Every `¶`, `[1](#)` and line-ending ` \\` in the text, in order. */
export function findResidue(text: string): ResidueNode[] {
  const found: ResidueNode[] = [];
  const hasCr = text.indexOf('\r') >= 0;
  // The start of the line holding the current candidate, found by moving forward from break to
  // break (amortised linear), and the trailing residue of that line, computed once per line.
  let lineStart = 0;
  let scanned = 0;
  let trailingLine = -1;
  let trailingFrom = -1;
  const candidates = new ResidueCandidates(text);
  for (let i = candidates.next(0); i >= 0; i = candidates.next(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 0xb6) {
      found.push({ kind: 'residue', span: { start: i, end: i + 1 }, what: 'pilcrow' });
      continue;
    }
    if (c === 91 /* [ */) {
      const length = linkResidueLength(text, i, Math.min(text.length, i + 9));
      if (length > 0) {
        found.push({ kind: 'residue', span: { start: i, end: i + length }, what: 'link' });
        // Past the link: `i + 1` is where the next candidate is looked for.
        i += length - 1;
      }
      continue;
    }
    for (;;) {
      const lf = text.indexOf('\n', scanned);
      const cr = hasCr ? text.indexOf('\r', scanned) : -1;
      const next = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (next < 0 || next >= i) break;
      lineStart = next + 1;
      scanned = next + 1;
    }
    if (!followsSpaceOrResidue(text, lineStart, i)) continue;
    if (trailingLine !== lineStart) {
      trailingLine = lineStart;
      trailingFrom = trailingResidueStart(text, lineStart, i);
    }
    if (i >= trailingFrom) found.push({ kind: 'residue', span: { start: i, end: i + 1 }, what: 'backslash' });
  }
  return found;
}

/**
 * Which of the scanners' key words a body block holds. Most blocks cite nothing and mark
 * nothing: one search for all the words settles every question at once, where a case-blind
 * pattern per question (`/\bref/i`, `/\bpara/i`, `/\b(?:end|begin|summary|comment|note)\b/i`,
 * then `/\bend\b/i`…) read each block up to five times.
 */
export interface BlockWords {
  /** A word starting `ref`, in any case. */
  readonly ref: boolean;
  /** A word starting `para`, in any case. */
  readonly para: boolean;
  /** The word `end`, in any case. */
  readonly end: boolean;
  /**
   * Where the words starting `ref`, the words starting `para` and the words `end` stand, in
   * order. The citation and closer patterns open with such a word, so they are tried there
   * alone ({@link HitMatcher}) instead of searching the block again.
   */
  readonly refAt: readonly number[];
  readonly paraAt: readonly number[];
  readonly endAt: readonly number[];
  /** The word `begin`, in any case. */
  readonly begin: boolean;
  /** The word `summary`, `comment` or `note`, in any case. */
  readonly label: boolean;
}

/**
 * The key words at a word's start. Every word starts with a different letter, so the first
 * letter of a match tells which it is; a match lies inside one word, so none hides another.
 */
const KEY_WORDS = /\b(?:ref|para|end\b|begin\b|summary\b|comment\b|note\b)/gi;

/** No offsets (shared: most blocks hold none of a word). */
const NONE: readonly number[] = [];

/** The {@link BlockWords} of `local`, in one search. */
export function blockWords(local: string): BlockWords {
  let begin = false;
  let label = false;
  let refAt: number[] | null = null;
  let paraAt: number[] | null = null;
  let endAt: number[] | null = null;
  KEY_WORDS.lastIndex = 0;
  for (let m = KEY_WORDS.exec(local); m; m = KEY_WORDS.exec(local)) {
    switch (local.charCodeAt(m.index) | 32 /* to lower case */) {
      case 114 /* r */:
        (refAt ??= []).push(m.index);
        break;
      case 112 /* p */:
        (paraAt ??= []).push(m.index);
        break;
      case 101 /* e */:
        (endAt ??= []).push(m.index);
        break;
      case 98 /* b */:
        begin = true;
        break;
      default:
        label = true;
    }
  }
  return { ref: refAt !== null, para: paraAt !== null, end: endAt !== null, begin, label, refAt: refAt ?? NONE, paraAt: paraAt ?? NONE, endAt: endAt ?? NONE };
}

/**
 * The matches of a sticky pattern tried only at given offsets (in order), which must hold
 * every offset a match can start at: then `next(from)` gives what a global search from
 * `from` finds, without reading the text between the offsets.
 */
class HitMatcher {
  private k = 0;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
    private readonly hits: readonly number[],
  ) {}

  /** The first match at an offset at or after `from` (offsets are asked in increasing order). */
  next(from: number): RegExpExecArray | null {
    const hits = this.hits;
    while (this.k < hits.length) {
      const at = hits[this.k++];
      if (at < from) continue;
      this.pattern.lastIndex = at;
      const m = this.pattern.exec(this.text);
      if (m) return m;
    }
    return null;
  }
}

/**
 * The characters residue starts with (a backslash, `¶`, `[`), in text order: each is found by
 * its own forward `indexOf`, far faster over a whole cable than a pattern tried at every
 * offset, and the nearest of the three is taken.
 */
class ResidueCandidates {
  /** For each character, the offset of its next occurrence found so far (-1: none left, -2: not looked for yet). */
  private readonly nextAt = [-2, -2, -2];
  private static readonly CHARACTERS = ['\\', '\u00b6', '['];

  constructor(private readonly text: string) {}

  /** The offset of the first candidate at or after `from`, or -1. */
  next(from: number): number {
    let nearest = -1;
    for (let k = 0; k < 3; k++) {
      let at = this.nextAt[k];
      if (at !== -1 && at < from) this.nextAt[k] = at = this.text.indexOf(ResidueCandidates.CHARACTERS[k], from);
      if (at >= 0 && (nearest < 0 || at < nearest)) nearest = at;
    }
    return nearest;
  }
}

/** Tried only where a word starting `ref` stands (every match opens with one). */
const REF_KEYWORD = /\b(REFTELS?|REFS?|REFERENCES?|reftels?|refs?|references?|Reftels?|Refs?|References?)\b/y;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && (isLetter(c) || (c >= '0' && c <= '9'));
}

const JOINERS = /^(?:\s*(?:,|;|\/|&|\band\b|\bAND\b|\bor\b|\bOR\b)\s*)+/;
const RANGE = /^\s*(?:-|–|\bthrough\b|\bTHROUGH\b|\bthru\b|\bTHRU\b|\bto\b|\bTO\b)\s*/;

/**
 * REF citations in `local` (a masked copy of a body block starting at `base`). After the
 * keyword come letters joined by `,`, `and`, `/`, `&`, or ranges `A-C`; a lower-case `a`
 * followed by a lower-case word is the article, not a letter (`in reftel a senior official`).
 */
export function findRefCitations(local: string, base: number, words: BlockWords = blockWords(local)): RefCitationNode[] {
  // Most blocks cite no reference.
  if (!words.ref) return [];
  const found: RefCitationNode[] = [];
  const matches = new HitMatcher(REF_KEYWORD, local, words.refAt);
  for (let m = matches.next(0); m; m = matches.next(m.index + m[0].length)) {
    const keywordStart = m.index;
    const keyword: Token = { text: m[0], span: { start: base + keywordStart, end: base + keywordStart + m[0].length } };
    const letters: Token[] = [];
    let i = keywordStart + m[0].length;
    let end = i;
    let expectLetter = true;
    let rangeFrom: string | null = null;
    // `Ref. A`: the keyword abbreviated with a period, then the letter.
    const abbreviated = local[i] === '.' && local[i + 1] === ' ';
    if (abbreviated) i++;
    while (i < local.length && expectLetter) {
      let j = i;
      while (local[j] === ' ' || local[j] === '\t' || local[j] === '\n' || local[j] === '\r') j++;
      let enclosed = false;
      if (local[j] === '(' && isLetter(local[j + 1]) && local[j + 2] === ')') {
        enclosed = true;
        j++;
      }
      const c = local[j];
      if (!isLetter(c) || isAlnum(local[j + 1]) && !enclosed) break;
      if (c === 'a' && /^ [a-z]/.test(local.slice(j + 1, j + 3)) && !/^ (?:and|or|through|thru|to)\b/.test(local.slice(j + 1, j + 9))) break;
      // A capital A after the keyword is a letter (`ref A points`), unless the keyword ended a
      // sentence (`… in the ref. A new …`).
      if (c === 'A' && letters.length === 0 && abbreviated && /^ [a-z]/.test(local.slice(j + 1, j + 3))) break;
      if (c === 'I' && letters.length === 0 && /^ [a-z]/.test(local.slice(j + 1, j + 3))) break;
      const letter = c.toUpperCase();
      const letterEnd = j + (enclosed ? 2 : 1);
      const span: Span = { start: base + j - (enclosed ? 1 : 0), end: base + letterEnd };
      if (rangeFrom !== null) {
        const from = rangeFrom.charCodeAt(0);
        const to = letter.charCodeAt(0);
        if (to > from && to - from <= 25) {
          // The letters a range implies (B in `A-C`) carry the whole range's span; the end
          // letter its own.
          const rangeSpan: Span = { start: letters[letters.length - 1].span.start, end: span.end };
          for (let code = from + 1; code < to; code++) letters.push({ text: String.fromCharCode(code), span: rangeSpan });
          letters.push({ text: letter, span });
        } else {
          letters.push({ text: letter, span });
        }
        rangeFrom = null;
      } else {
        letters.push({ text: letter, span });
      }
      i = letterEnd;
      end = letterEnd;
      const rest = local.slice(i, i + 12);
      const range = RANGE.exec(rest);
      if (range && isLetter(local[i + range[0].length]) && !isAlnum(local[i + range[0].length + 1])) {
        rangeFrom = letter;
        i += range[0].length;
        continue;
      }
      const joiner = JOINERS.exec(rest);
      if (joiner && isLetter(local[i + joiner[0].length]) && !isAlnum(local[i + joiner[0].length + 1])) {
        i += joiner[0].length;
        continue;
      }
      expectLetter = false;
    }
    found.push({ kind: 'refCitation', span: { start: base + keywordStart, end: base + end }, keyword, letters });
  }
  return found;
}

/** Tried only where a word starting `para` stands (every match opens with one). */
const PARA_KEYWORD = /\b(PARAGRAPHS?|PARAS?|paragraphs?|paras?|Paragraphs?|Paras?)\.? ?(\d{1,3})(?![\d.]\d)/y;
const PARA_MORE = /^(?:\s*(?:,|and|AND|&|-|–|through|THROUGH|to|TO)\s*)(\d{1,3})(?!\d)/;

/** `para 5`, `paras 3 and 4`, `paragraphs 2-4` in `local`; numbers in a range are listed. */
export function findParaCitations(
  local: string,
  base: number,
  refCitations: readonly RefCitationNode[],
  words: BlockWords = blockWords(local),
): ParaCitationNode[] {
  if (!words.para) return [];
  const found: ParaCitationNode[] = [];
  const matches = new HitMatcher(PARA_KEYWORD, local, words.paraAt);
  // Where the next citation may start: past the numbers of the last one.
  let from = 0;
  for (let m = matches.next(from); m; m = matches.next(from)) {
    const start = m.index;
    const keyword: Token = { text: m[1], span: { start: base + start, end: base + start + m[1].length } };
    const numbers: Token[] = [];
    let at = start + m[0].length;
    numbers.push({ text: m[2], span: { start: base + at - m[2].length, end: base + at } });
    for (;;) {
      const more = PARA_MORE.exec(local.slice(at, at + 16));
      if (!more) break;
      const isRange = /-|–|through|THROUGH|to|TO/.test(more[0].slice(0, more[0].length - more[1].length));
      const next = Number(more[1]);
      const last = Number(numbers[numbers.length - 1].text);
      const numberEnd = at + more[0].length;
      const span = { start: base + numberEnd - more[1].length, end: base + numberEnd };
      if (isRange && next > last && next - last < 50) {
        for (let n = last + 1; n <= next; n++) numbers.push({ text: String(n), span });
      } else {
        numbers.push({ text: more[1], span });
      }
      at = numberEnd;
    }
    const citationSpan = { start: base + start, end: base + at };
    from = at;
    if (citesAnotherDocument(local, start, at, base, refCitations)) continue;
    found.push({ kind: 'paraCitation', span: citationSpan, keyword, numbers });
  }
  return found;
}

/**
 * Whether a `para N` points into another document: `REFTEL PARA 5`, `para 3 of ref A`,
 * `paragraph 2 of UNSCR 1540`, `ref A paragraph 23`.
 */
function citesAnotherDocument(local: string, start: number, end: number, base: number, refs: readonly RefCitationNode[]): boolean {
  const before = local.slice(Math.max(0, start - 24), start);
  if (refEndsJustBefore(refs, base + start, 3)) return true;
  if (/\b(?:REF|REFTEL|ref|reftel|Ref|Reftel)\s*[A-Za-z]?\s*,?\s*$/.test(before)) return true;
  if (/\b(?:UNSCR|resolution|Resolution|RESOLUTION|article|Article|ARTICLE|OP|section|Section|SECTION)\s+[\w.-]*\s*,?\s*$/.test(before)) return true;
  const after = local.slice(end, end + 24);
  return /^\s*(?:of|in|OF|IN)\s+(?!this\b|THIS\b)/.test(after);
}

/**
 * Whether one of `refs` (in text order, so their ends are sorted) ends at most `gap`
 * characters before `offset`: a binary search, so many citations in one block stay linear.
 */
function refEndsJustBefore(refs: readonly RefCitationNode[], offset: number, gap: number): boolean {
  let low = 0;
  let high = refs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (refs[mid].span.end <= offset) low = mid + 1;
    else high = mid;
  }
  // refs[low - 1] is the last that ends at or before `offset`.
  return low > 0 && offset - refs[low - 1].span.end <= gap;
}

interface MarkerCandidate {
  readonly block: MarkedBlockKind;
  readonly role: 'open' | 'close';
  readonly start: number;
  readonly end: number;
}

// The quoted-text forms come first, so `END NOTE TEXT` (closing `BEGIN TEXT OF DIPLOMATIC NOTE`)
// closes the text, not a note. `END` may end a line and its word open the next (`END\nSUMMARY.`),
// whatever the line break (LF, CRLF or a lone CR).
// Tried only where the word `end` stands (every match opens with it, a space or line break after).
const CLOSERS = /\b(END|End|end)(?: OF| of)?(?: +| *(?:\r\n?|\n) *)((?:[A-Za-z-]+ +){0,3}TEXT|(?:[A-Za-z-]+ +){0,3}[Tt]ext|SUMMARY AND COMMENT|SUMMARY|COMMENT|NOTE FOR POST ONLY|NOTE|QUOTE|TRANSLATION|Summary and comment|Summary|summary|Comment|comment|Note for Post only|Note|note|Quote|quote)\b/y;
// The first keyword after BEGIN names the block: `BEGIN TEXT OF DIPLOMATIC NOTE` opens a text.
const BEGINNERS = /\b(BEGIN|Begin|begin)(?: +(?:[A-Za-z-]+ +){0,3}?)?(SUMMARY|COMMENT|NOTE|QUOTE|TEXT|TRANSLATION|Summary|summary|Comment|comment|Note|note|Quote|quote|Text|text|Translation|translation)\b/g;
const LABELS = /(SUMMARY AND [A-Z]{3,12}(?: [A-Z]{3,12})?|Summary and [A-Za-z]{3,12}(?: [A-Za-z]{3,12})?|SUMMARY\/COMMENT|Summary\/[Cc]omment|SUMMARY|Summary|COMMENT|Comment|NOTE FOR POST ONLY|Note for Post only|NOTE|Note)\s*[:.]/g;

function blockOf(word: string): MarkedBlockKind {
  const w = word.toUpperCase();
  // `END NOTE TEXT`, `END DRAFT DEMARCHE TEXT`: the last word names the block.
  if (/(?:^| )TEXT$/.test(w)) return 'text';
  if (w.startsWith('SUMMARY')) return 'summary';
  if (w.startsWith('COMMENT')) return 'comment';
  if (w.startsWith('NOTE')) return 'note';
  if (w.startsWith('QUOTE')) return 'quote';
  // `TEXT`, `TRANSLATION`, `DRAFT DEMARCHE TEXT`.
  return 'text';
}

/**
 * Whether `index` in `local` is where a label-style opener may stand: the start of a line or
 * paragraph (after its number, mark, bullet or sub-paragraph label), after `(`, or after the
 * end of a sentence.
 */
function openerPosition(local: string, index: number, textStarts: ReadonlySet<number>): boolean {
  if (textStarts.has(index)) return true;
  let i = index - 1;
  while (i >= 0 && (local[i] === ' ' || local[i] === '\t')) i--;
  if (i < 0) return true;
  const c = local[i];
  if (c === '\n' || c === '\r' || c === '(' || c === '-' || c === '[') return true;
  if ((c === '.' || c === '!' || c === '?' || c === ')' || c === '"' || c === '”') && index - i >= 2) return true;
  return false;
}

/**
 * Block markers in a masked body text. `textStarts` are local offsets where a paragraph's
 * text begins, so `1. (C) Summary:` opens a summary.
 */
export function findBlockMarkers(
  local: string,
  base: number,
  textStarts: ReadonlySet<number>,
  words: BlockWords = blockWords(local),
): BlockMarkerNode[] {
  const candidates: MarkerCandidate[] = [];
  // Most paragraphs hold no marker at all.
  if (!words.end && !words.begin && !words.label) return [];
  const hasEnd = words.end;
  const hasBegin = words.begin;
  const hasLabel = words.label;
  const closers = new HitMatcher(CLOSERS, local, hasEnd ? words.endAt : NONE);
  for (let m = closers.next(0); m; m = closers.next(m.index + m[0].length)) {
    if (m[1] === 'end') {
      const before = local.slice(Math.max(0, m.index - 2), m.index).trim();
      const after = local[m.index + m[0].length];
      if (!(before === '' || before.endsWith('.') || before.endsWith('(') || after === '.' || after === ')')) continue;
    }
    candidates.push({ block: blockOf(m[2]), role: 'close', start: m.index, end: m.index + m[0].length });
  }
  BEGINNERS.lastIndex = hasBegin ? 0 : local.length;
  for (let m = BEGINNERS.exec(local); m; m = BEGINNERS.exec(local)) {
    if (m[1] === 'begin' && !openerPosition(local, m.index, textStarts)) continue;
    candidates.push({ block: blockOf(m[2]), role: 'open', start: m.index, end: m.index + m[0].length });
  }
  // Labels inside a closer or opener found above are part of it: looked up by binary search
  // among those (sorted once), so a long block with many markers stays linear.
  const found = [...candidates].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const c of found) reach.push(Math.max(reach.length > 0 ? reach[reach.length - 1] : -1, c.end));
  LABELS.lastIndex = hasLabel ? 0 : local.length;
  for (let m = LABELS.exec(local); m; m = LABELS.exec(local)) {
    if (!openerPosition(local, m.index, textStarts)) continue;
    if (insideCandidate(found, reach, m.index)) continue;
    candidates.push({ block: blockOf(m[1]), role: 'open', start: m.index, end: m.index + m[0].length });
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates.map((c) => ({ kind: 'blockMarker', span: { start: base + c.start, end: base + c.end }, block: c.block, role: c.role }));
}

/** Whether `at` lies inside one of `sorted` (by start; `reach[i]` is the furthest end of the first i + 1). */
function insideCandidate(sorted: readonly MarkerCandidate[], reach: readonly number[], at: number): boolean {
  // The last candidate that starts at or before `at`; any that holds `at` reaches past it.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start <= at) low = mid + 1;
    else high = mid;
  }
  return low > 0 && reach[low - 1] > at;
}

/**
 * Pairs openers with closers of the same kind, in order. `END SUMMARY AND COMMENT` closes
 * a summary (and a comment opened inside it).
 */
export function pairMarkers(markers: readonly BlockMarkerNode[]): { blocks: MarkedBlockNode[]; stray: BlockMarkerNode[] } {
  const open = new Map<MarkedBlockKind, BlockMarkerNode[]>();
  const blocks: MarkedBlockNode[] = [];
  const stray: BlockMarkerNode[] = [];
  for (const marker of markers) {
    const stack = open.get(marker.block) ?? [];
    if (marker.role === 'open') {
      // A second opener of the same kind before any closer starts a new block only for notes
      // and quotes (which nest); a repeated `Summary:` restates the first.
      if (stack.length > 0 && (marker.block === 'summary' || marker.block === 'comment')) continue;
      stack.push(marker);
      open.set(marker.block, stack);
      continue;
    }
    const opener = stack.pop();
    if (opener) {
      blocks.push({ kind: 'markedBlock', span: { start: opener.span.start, end: marker.span.end }, block: marker.block, open: opener, close: marker });
    } else {
      stray.push(marker);
    }
  }
  for (const stack of open.values()) {
    for (const opener of stack) blocks.push({ kind: 'markedBlock', span: opener.span, block: opener.block, open: opener, close: null });
  }
  blocks.sort((a, b) => a.open.span.start - b.open.span.start);
  return { blocks, stray };
}
