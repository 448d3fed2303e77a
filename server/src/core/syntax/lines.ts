import type { LineIndex } from '../text/lineIndex';
import { tokenOf, type Span, type Token } from '../text/span';

/** One line of the text, with the bounds of its content (leading and trailing white space trimmed). */
export interface Line {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past its last character, before the line break. */
  readonly end: number;
  /** Offset of the first character that is not white space (= `end` on a blank line). */
  readonly contentStart: number;
  /** Offset just past the last character that is not white space. */
  readonly contentEnd: number;
  /** The trimmed content. */
  readonly content: string;
  /** Whether the line has no content: only white space, or only a residue backslash. */
  readonly blank: boolean;
  /** Whether the content holds ` OF ` (only such lines can hold a page header). */
  readonly hasOf: boolean;
}

const WHITE = /\s/;

/** Splits the text into {@link Line}s, once; the byte-order mark counts as white space. */
export function splitLines(index: LineIndex): Line[] {
  // Sized once: pushing onto a growing array cost several times as much on a long text.
  const lines = new Array<Line>(index.lineCount);
  const text = index.text;
  // The first ` OF ` at or after the current line's content (-1: none left), found by one
  // forward search that jumps from hit to hit: asking each line's content cost a search per line.
  let nextOf = spacedOfAt(text, 0);
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.lineStart(i);
    const end = index.lineEnd(i);
    let contentStart = start;
    while (contentStart < end && isWhite(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isWhite(text.charCodeAt(contentEnd - 1))) contentEnd--;
    // Some archive copies end every line with " \" (a copy of a copy, with two): the
    // backslashes are residue, not content.
    for (let backslash = trailingBackslash(text, contentStart, contentEnd); backslash >= 0; backslash = trailingBackslash(text, contentStart, contentEnd)) {
      contentEnd = backslash;
      while (contentEnd > contentStart && isWhite(text.charCodeAt(contentEnd - 1))) contentEnd--;
    }
    const content = text.slice(contentStart, contentEnd);
    if (nextOf >= 0 && nextOf < contentStart) nextOf = spacedOfAt(text, contentStart);
    lines[i] = {
      start,
      end,
      contentStart,
      contentEnd,
      content,
      // A line that holds only archive residue (a lone backslash) is blank too.
      blank: contentStart === contentEnd,
      hasOf: nextOf >= 0 && nextOf + 4 <= contentEnd,
    };
  }
  return lines;
}

/**
 * Offset of the first ` OF ` at or after `from`, or -1. Searched as `OF ` with the space
 * before it checked: a search for a needle that opens with a space stops at every space of
 * the text (one character in six), and cost the line split several times the search itself.
 */
function spacedOfAt(text: string, from: number): number {
  for (let at = text.indexOf('OF ', from + 1); at >= 0; at = text.indexOf('OF ', at + 1)) {
    if (text.charCodeAt(at - 1) === 32) return at - 1;
  }
  return -1;
}

/**
 * The lines with a backslash glued to the end of their text cut off, where the line before
 * or after also ends in a backslash: copies damaged so that every line ends in one write it
 * after a space in the text (` \\`, read as residue by {@link splitLines}) but right after
 * the last word in the lines the archive kept apart (`RUEHROV\\`). One backslash glued to a
 * line's end on its own is text (a path). Returns the lines (the same array when nothing was
 * cut) and the offsets of the backslashes cut.
 */
export function withGluedBackslashesCut(text: string, lines: Line[]): { lines: Line[]; cut: number[] } {
  const cut: number[] = [];
  let out = lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank || text.charCodeAt(line.contentEnd - 1) !== 92 /* \\ */) continue;
    if (!(endsInBackslash(text, lines[i - 1]) || endsInBackslash(text, lines[i + 1]))) continue;
    let contentEnd = line.contentEnd - 1;
    while (contentEnd > line.contentStart && isWhite(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (out === lines) out = lines.slice();
    const content = text.slice(line.contentStart, contentEnd);
    out[i] = { ...line, contentEnd, content, blank: contentEnd === line.contentStart, hasOf: line.hasOf && content.includes(' OF ') };
    cut.push(line.contentEnd - 1);
  }
  return { lines: out, cut };
}

/** Whether a line's last character that is not white space is a backslash. */
function endsInBackslash(text: string, line: Line | undefined): boolean {
  if (!line) return false;
  let at = line.end;
  while (at > line.start && isWhite(text.charCodeAt(at - 1))) at--;
  return at > line.start && text.charCodeAt(at - 1) === 92;
}

/** Index of the first non-blank line at or after `from` (`lines.length` when there is none). */
export function nextNonBlank(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!lines[i].blank) return i;
  return lines.length;
}

/**
 * The lines with any archive residue before their content (`¶ DE RUEHC…`, `[1](#)UNCLAS…`)
 * set aside, for the parsers of the header and the classification line, which read a line
 * from its first character. The residue stays in the text and becomes a node of its own.
 */
export function withoutLeadingResidue(text: string, lines: readonly Line[]): readonly Line[] {
  // Few copies have such residue: the lines are copied only when one has it (the same array
  // comes back otherwise), and a line is asked only when its content opens with `¶` or `[`
  // (the content starts after white space, so nothing else can be residue).
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    const first = text.charCodeAt(line.contentStart);
    if (first !== 0xb6 /* ¶ */ && first !== 91 /* [ */) continue;
    const contentStart = skipLeadingResidue(text, line.contentStart, line.contentEnd);
    if (contentStart === line.contentStart) continue;
    out ??= lines.slice();
    out[i] = { ...line, contentStart, content: text.slice(contentStart, line.contentEnd), blank: contentStart >= line.contentEnd };
  }
  return out ?? lines;
}

/**
 * Offset of a backslash that ends a line's content after white space (or alone), as damaged
 * archive copies have it; -1 when there is none.
 */
export function trailingBackslash(text: string, contentStart: number, contentEnd: number): number {
  const at = contentEnd - 1;
  if (at < contentStart || text.charCodeAt(at) !== 92 /* \\ */) return -1;
  if (at === contentStart || isWhite(text.charCodeAt(at - 1))) return at;
  // After other residue (`[1](#)\`, `¶\`) it is residue too.
  if (text.charCodeAt(at - 1) === 0xb6 || /\[\d{1,4}\]\(#\)$/.test(text.slice(Math.max(contentStart, at - 10), at))) return at;
  return -1;
}

/** White space for the parser's purposes: Unicode white space and the byte-order mark. */
export function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 0xfeff || (code < 128 ? code >= 9 && code <= 13 : WHITE.test(String.fromCharCode(code)));
}

/** The span of a line's content. */
export function contentSpan(line: Line): Span {
  return { start: line.contentStart, end: line.contentEnd };
}

/**
 * A cursor over part of one line's text, with offsets kept absolute. Parsers of single
 * lines read through it so every token they make has its true span.
 */
export class Segment {
  constructor(
    /** The whole text of the document. */
    readonly source: string,
    /** Absolute start of the segment. */
    readonly start: number,
    /** Absolute end of the segment. */
    readonly end: number,
  ) {}

  /** The segment's text. */
  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** A token for the absolute range `[from, to)`. */
  token(from: number, to: number): Token {
    return tokenOf(this.source, from, to);
  }

  /** A token for a match at relative `index` of `length`. */
  tokenAt(index: number, length: number): Token {
    return this.token(this.start + index, this.start + index + length);
  }

  /** The segment with white space trimmed from both ends. */
  trimmed(): Segment {
    let s = this.start;
    let e = this.end;
    while (s < e && isWhite(this.source.charCodeAt(s))) s++;
    while (e > s && isWhite(this.source.charCodeAt(e - 1))) e--;
    return new Segment(this.source, s, e);
  }

  /** The part from relative `index` on. */
  from(index: number): Segment {
    return new Segment(this.source, Math.min(this.end, this.start + index), this.end);
  }

  /** The part before relative `index`. */
  until(index: number): Segment {
    return new Segment(this.source, this.start, Math.min(this.end, this.start + index));
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  get isEmpty(): boolean {
    return this.start >= this.end;
  }
}

/** The segment holding a line's trimmed content. */
export function lineSegment(source: string, line: Line): Segment {
  return new Segment(source, line.contentStart, line.contentEnd);
}

/** White space other than a single space (`\s` is {@link isWhite}): what {@link foldWhitespace} changes. */
const RUN_TO_FOLD = /[^\S ]| {2}/;

/** Folds runs of white space (line breaks included) to single spaces and trims. */
export function foldWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhite(text.charCodeAt(start))) start++;
  while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
  // Most texts hold no run to fold (only single spaces between words): one search settles it,
  // and reads the characters far faster than the loop below (a character read on a slice of
  // the document costs several times one on a string of its own). A run it finds in the
  // trimmed ends only sends the text through the loop, which gives the same answer.
  if (!RUN_TO_FOLD.test(text)) return text.slice(start, end);
  // Only the runs that are not already one space are cut out, so a long paragraph is copied
  // in a few large pieces: a piece per word (or a character at a time) makes garbage in
  // proportion to the text, which a megabyte-long paragraph turns into seconds of collection.
  const pieces: string[] = [];
  let pieceStart = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isWhite(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isWhite(text.charCodeAt(j))) j++;
    if (j - i > 1 || code !== 32) {
      pieces.push(text.slice(pieceStart, i));
      pieceStart = j;
    }
    i = j;
  }
  if (pieces.length === 0) return text.slice(start, end);
  pieces.push(text.slice(pieceStart, end));
  return pieces.join(' ');
}

/**
 * Offset just past any archive residue (`¶`, `[1](#)`) and white space at `offset`: where a
 * line's real content starts once the residue is set aside.
 */
export function skipLeadingResidue(text: string, offset: number, end: number): number {
  let i = offset;
  for (;;) {
    while (i < end && isWhite(text.charCodeAt(i))) i++;
    if (i < end && text.charCodeAt(i) === 0xb6 /* ¶ */) {
      i++;
      continue;
    }
    const link = linkResidueLength(text, i, end);
    if (link > 0) {
      i += link;
      continue;
    }
    return i;
  }
}

/** Length of a `[digits](#)` link residue at `offset`, or 0. */
export function linkResidueLength(text: string, offset: number, end: number): number {
  if (text.charCodeAt(offset) !== 91 /* [ */) return 0;
  let i = offset + 1;
  const digitsStart = i;
  while (i < end && i - digitsStart < 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return 0;
  if (text.startsWith('](#)', i)) return i + 4 - offset;
  return 0;
}
