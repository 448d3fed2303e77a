/**
 * The REF block and cable citations. Items are lettered `A.`, `A)`, `(A)`, `A:` or `[A]`,
 * several to a line or one per line, or there is one unlettered item; each item's text may
 * cite cables (`08 STATE 100866`, `TBILISI 1605`), which become canonical ids.
 */
import { isAsciiLetter } from '../text/characters';
import { editDistance } from '../text/similarity';
import type { Span, Token } from '../text/span';
import { expandYear } from '../vocab/dates';
import { allStations, canonicalStation, isStation } from '../vocab/stations';
import { cableIdOf } from './classificationLine';
import { foldWhitespace, type Segment } from './lines';
import { maskedText } from './mask';
import type { CableCitation, LetterStyle, ReferenceNode, ReferencesNode } from './nodes';

/** `REF:`, `REFS:`, `REF(S):`, `Ref:`, `REFTEL:`, `REFERENCE:`, `REF.`, and `REF A)` with no colon. */
export const REF_START = /^(REF\(S\)|REFERENCES?|REFTELS?|REFS?)(?:\s*[:.]|\s+(?=\(?[A-Z][.):\]]|[A-Z] [A-Z0-9]|\[[A-Z]\]|\d|[A-Z]{3,}))/i;

/** A REF label glued to the end of a subject (`…UK PRIMEREF: A. LONDON 1939`). */
export const REF_INSIDE = /(REF\(S\)|Ref\(s\)|REFS|Refs|REFTEL|Reftel|REF|Ref):/;

interface Label {
  /** Local offset of the label's first character. */
  readonly start: number;
  /** Local offset just past the label and any duplicate label after it. */
  readonly end: number;
  /** Local offset just past the label itself. */
  readonly labelEnd: number;
  readonly letter: string;
  readonly style: LetterStyle;
}

// `B)ASUNCION 418`: a parenthesis may be glued to the item it letters.
const LETTER_LABEL = /^(?:\(([A-Za-z])\)|\[([A-Za-z])\]|([A-Za-z])([.):])(?=\s|$|\d|(?<=\))[A-Z]))/;

/** Parses the REF block whose label starts the first segment. */
export function parseReferences(
  source: string,
  segments: readonly Segment[],
  masked: readonly Span[],
  year: number | null,
): ReferencesNode {
  const first = segments[0];
  const last = segments[segments.length - 1];
  // The label as REF_START reads it; when the line was cut before what made it a REF line
  // (`REF AClassified By: …`, split at the glued label), the keyword alone.
  let labelMatch = REF_START.exec(first.text) ?? /^(REF\(S\)|REFERENCES?|REFTELS?|REFS?|\S*)\s*/i.exec(first.text)!;
  let bodyStart = first.start + labelMatch[0].length;
  const label: Token = { text: labelMatch[1], span: { start: first.start, end: first.start + labelMatch[1].length } };
  // `REF: REF: SECSTATE 58408` – a doubled label.
  const again = REF_START.exec(source.slice(bodyStart, last.end).trimStart());
  if (again && /[:.]/.test(again[0])) {
    bodyStart += source.slice(bodyStart, last.end).length - source.slice(bodyStart, last.end).trimStart().length + again[0].length;
    labelMatch = again;
  }
  const local = maskedText(source, bodyStart, last.end, masked);
  const labels = findLabels(local);
  const items: ReferenceNode[] = [];
  if (labels.length === 0) {
    // Unlettered references separated by semicolons are several items (`REF: 09 CAIRO 561; 08 CAIRO 2528`).
    for (const piece of semicolonPieces(local)) {
      const raw = local.slice(piece.start, piece.end);
      const text = foldWhitespace(raw);
      if (text.length === 0) continue;
      const start = bodyStart + piece.start + (raw.length - raw.trimStart().length);
      const end = bodyStart + piece.start + raw.trimEnd().length;
      items.push(item(null, null, 'none', text, { start, end }, { start, end }, citationsIn(local.slice(0, piece.end), bodyStart, year, piece.start)));
    }
  } else {
    labels.forEach((l, index) => {
      const stop = index + 1 < labels.length ? labels[index + 1].start : local.length;
      const raw = local.slice(l.end, stop);
      const trimmedEnd = l.end + raw.trimEnd().length;
      const textStart = l.end + (raw.length - raw.trimStart().length);
      const text = foldWhitespace(raw).replace(/[;,]$/, '').trim();
      const letterToken: Token = { text: local.slice(l.start, l.labelEnd), span: { start: bodyStart + l.start, end: bodyStart + l.labelEnd } };
      const citations = citationsIn(local.slice(0, stop), bodyStart, year, l.end);
      items.push(
        item(
          l.letter,
          letterToken,
          l.style,
          text,
          { start: bodyStart + l.start, end: bodyStart + Math.max(trimmedEnd, l.labelEnd) },
          { start: bodyStart + textStart, end: bodyStart + Math.max(trimmedEnd, textStart) },
          citations,
        ),
      );
    });
  }
  return { kind: 'references', span: { start: first.start, end: last.end }, label, items };
}

/** The parts of `local` between semicolons (the whole text when it has none, or a part would be empty). */
function semicolonPieces(local: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= local.length; i++) {
    if (i === local.length || local[i] === ';') {
      pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  if (pieces.length > 1 && pieces.some((p) => local.slice(p.start, p.end).trim().length === 0 && p !== pieces[pieces.length - 1])) {
    return [{ start: 0, end: local.length }];
  }
  return pieces;
}

function item(
  letter: string | null,
  letterToken: Token | null,
  letterStyle: LetterStyle,
  text: string,
  itemSpan: Span,
  textSpan: Span,
  citations: CableCitation[],
): ReferenceNode {
  return { kind: 'reference', span: itemSpan, letter, letterToken, letterStyle, text, textSpan, citations };
}

function isLineStart(local: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = local[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

function letterCode(letter: string): number {
  return letter.toUpperCase().charCodeAt(0);
}

/**
 * Finds item labels in sequence. The first must open the block; later ones are accepted at a
 * line start when they continue, skip or repeat the sequence, and inside a line only when
 * they are the next letter or skip one, so `JOHN E. SMITH` inside an item is not a label.
 */
function findLabels(local: string): Label[] {
  const labels: Label[] = [];
  const first = local.length - local.trimStart().length;
  const opening = readLabel(local, first);
  let bare = false;
  if (opening && letterCode(opening.letter) <= 67 /* A–C */) {
    labels.push(opening);
  } else if (/^A [A-Z0-9]/.test(local.slice(first, first + 3))) {
    bare = true;
    labels.push({ start: first, end: first + 2, labelEnd: first + 1, letter: 'A', style: 'bare' });
  } else if (/^A ?- /.test(local.slice(first, first + 4))) {
    // `A - KABUL 28`
    const dash = /^A ?- /.exec(local.slice(first, first + 4))!;
    labels.push({ start: first, end: first + dash[0].length, labelEnd: first + 1, letter: 'A', style: 'bare' });
  } else {
    return labels;
  }
  let expected = letterCode(labels[0].letter) + 1;
  let i = labels[0].end;
  while (i < local.length) {
    const c = local.charCodeAt(i);
    // (By code: a one-character string per offset cost more than the rest of the loop.)
    const previous = i > 0 ? local.charCodeAt(i - 1) : 32;
    // Some copies separate the items of one line with a Unicode line separator (U+2028), which
    // is no line break to the line index but is white space between items all the same.
    const boundary = previous === 32 /* space */ || previous === 9 /* \t */ || previous === 10 /* \n */ || previous === 13 /* \r */ || previous === 59 /* ; */ || previous === 44 /* , */ || previous === 0x2028;
    if (boundary && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 40 || c === 91)) {
      const lineStart = isLineStart(local, i);
      // A letter whose period was forgotten (`B KUALA LUMPUR 739`) still letters an item when
      // it opens a line and is the next letter.
      const candidate = bare ? readBareLabel(local, i, expected) : (readLabel(local, i) ?? (lineStart ? readBareLabel(local, i, expected) : null));
      if (candidate) {
        const code = letterCode(candidate.letter);
        const accepted = lineStart ? code >= expected - 1 && code <= expected + 2 : code === expected || code === expected + 1;
        if (accepted) {
          labels.push(candidate);
          expected = code + 1;
          i = candidate.end;
          continue;
        }
      }
    }
    i++;
  }
  return labels;
}

function readLabel(local: string, at: number): Label | null {
  // Every label opens with `(` or `[`, or has `.`, `)` or `:` right after its letter: asked at
  // every word of a REF block, these settle most words without a copy and a match.
  const opening = local.charCodeAt(at);
  const next = local.charCodeAt(at + 1);
  if (opening !== 40 /* ( */ && opening !== 91 /* [ */ && next !== 46 /* . */ && next !== 41 /* ) */ && next !== 58 /* : */) return null;
  const m = LETTER_LABEL.exec(local.slice(at, at + 4));
  if (!m) return null;
  const letter = (m[1] ?? m[2] ?? m[3]).toUpperCase();
  const style: LetterStyle = m[1] ? 'enclosed' : m[2] ? 'enclosed' : m[4] === '.' ? 'dot' : m[4] === ')' ? 'paren' : 'colon';
  const labelEnd = at + m[0].length;
  return { start: at, labelEnd, end: skipDuplicate(local, labelEnd, letter), letter, style };
}

function readBareLabel(local: string, at: number, expected: number): Label | null {
  if (local.charCodeAt(at) !== expected) return null;
  const next = local[at + 1];
  if (next !== ' ') return null;
  const after = local.charCodeAt(at + 2);
  if (!((after >= 65 && after <= 90) || (after >= 48 && after <= 57))) return null;
  return { start: at, labelEnd: at + 1, end: at + 2, letter: local[at], style: 'bare' };
}

/** Skips a repeated label right after one: `A. A)`, `A. (A)`, `A. REF A:`, `B. B HAVANA`. */
function skipDuplicate(local: string, from: number, letter: string): number {
  const rest = local.slice(from, from + 12);
  const m = duplicateLabel(letter).exec(rest);
  return m ? from + m[0].length : from;
}

/** The pattern of a label repeated right after the label of `letter` (an upper-case ASCII letter), made once per letter. */
const DUPLICATE_LABELS = new Map<string, RegExp>();

function duplicateLabel(letter: string): RegExp {
  let pattern = DUPLICATE_LABELS.get(letter);
  if (pattern === undefined) {
    pattern = new RegExp(`^\\s*(?:REF\\s+${letter}\\s*:?|\\(${letter}\\)|${letter}[.):]|${letter}(?= [A-Z0-9]))`, 'i');
    DUPLICATE_LABELS.set(letter, pattern);
  }
  return pattern;
}

const NUMBER = /\d+/g;
const NOT_ORIGIN = new Set(['PARA', 'PARAS', 'PARAGRAPH', 'NO', 'NR', 'NUMBER', 'DTG', 'MSG', 'OSC', 'IIR', 'EMAIL', 'MAIL', 'OF', 'AND', 'THE', 'TO', 'ON', 'IN', 'DATED', 'CIRCULAR', 'REF', 'REFTEL', 'SEPTEL', 'PAGE', 'TELCON', 'TELCONS', 'MEMO', 'LETTER', 'NOTE', 'DIPNOTE', 'CA', 'FAX', 'CABLE', 'CABLES', 'TEL', 'TELEGRAM']);
const MONTH_WORDS = new Set(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC', 'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER']);
let stationsByLength: Map<number, string[]> | null = null;

/** A station within one edit of `origin` (a typo such as `TRIPOLII`), for origins of six letters or more. */
function nearStation(origin: string): string | null {
  if (origin.length < 6) return null;
  if (!stationsByLength) {
    stationsByLength = new Map();
    for (const s of allStations()) {
      const list = stationsByLength.get(s.length) ?? [];
      list.push(s);
      stationsByLength.set(s.length, list);
    }
  }
  for (const length of [origin.length, origin.length - 1, origin.length + 1]) {
    for (const s of stationsByLength.get(length) ?? []) if (s[0] === origin[0] && editDistance(origin, s, 1) <= 1) return s;
  }
  return null;
}

/**
 * Finds cable citations in `local[from..]`: a serial of 1–8 digits preceded by a station name
 * (one to four words, aliases and one-letter typos resolved), with an optional year before the
 * station or `(YY)` after the serial; also glued ids (`09CAIRO0561`) and serials that continue
 * a citation (`BRASILIA 2799 AND 2764`).
 */
export function citationsIn(local: string, base: number, year: number | null, from = 0): CableCitation[] {
  const found: CableCitation[] = [];
  NUMBER.lastIndex = from;
  let previous: PreviousCitation | null = null;
  for (let m = NUMBER.exec(local); m; m = NUMBER.exec(local)) {
    let start = m.index;
    const end = start + m[0].length;
    let before = start > 0 ? local[start - 1] : ' ';
    const after = end < local.length ? local[end] : ' ';
    if (/[A-Za-z]/.test(before)) {
      const glued = gluedId(local, start, base, year);
      if (glued) {
        found.push(glued);
        previous = null;
        continue;
      }
      // `LAGOS O1512`: the letter O typed for a leading zero of the serial.
      const typed = serialTypedWithO(local, start, end);
      if (typed < 0) continue;
      start = typed;
      before = start > 0 ? local[start - 1] : ' ';
    }
    const digits = local.slice(start, end);
    // `QUITO 4525-91`, `PANAMA 00789/08`: a year written after the serial.
    const suffix = /^[-/](\d{2})(?!\d)/.exec(local.slice(end, end + 4));
    // `Kabul 936/935`: serials of the same origin joined by a slash.
    const slashContinues = before === '/' && previous !== null && previous.end === start - 1 && digits.length >= 3;
    if (!slashContinues && (before === '/' || before === '-' || before === '.')) continue;
    // A slash then three digits or more is the next serial of a slash-joined run, not a year.
    const slashRun = after === '/' && /^\/\d{3}/.test(local.slice(end, end + 4));
    if (!suffix && !slashRun && (after === '/' || after === '-')) continue;
    if (/[A-Za-z]/.test(after) || (after === '.' && /[\d.]/.test(local[end + 1] ?? ''))) continue;
    if (digits.length > 8) continue;
    if (slashContinues && previous) {
      const serial: Token = { text: digits, span: { start: base + start, end: base + end } };
      found.push(citation(previous.origin, serial, previous.year, previous.station, year, { start: base + start, end: base + end }));
      previous = { origin: previous.origin, year: previous.year, station: previous.station, end };
      continue;
    }
    const origin = originBefore(local, start);
    if (origin && !(origin.alias && /^(?:19[6-9]\d|20[0-4]\d)$/.test(digits))) {
      const suffixYear: Token | null = suffix ? { text: suffix[1], span: { start: base + end + 1, end: base + end + 3 } } : null;
      const yearToken = yearBefore(local, origin.start, base) ?? suffixYear ?? yearAfter(local, end, base);
      const originToken: Token = { text: local.slice(origin.start, origin.end), span: { start: base + origin.start, end: base + origin.end } };
      const serial: Token = { text: digits, span: { start: base + start, end: base + end } };
      const cited = citation(originToken, serial, yearToken, origin.station, year);
      // `ANKARA 456 (08)`, `(08) ANKARA 456`: the parentheses around the year belong to the citation too.
      const enclosed = yearToken !== null && local[yearToken.span.start - base - 1] === '(' && local[yearToken.span.end - base] === ')';
      if (!enclosed) found.push(cited);
      else if (yearToken.span.start < originToken.span.start) found.push({ ...cited, span: { start: cited.span.start - 1, end: cited.span.end } });
      else found.push({ ...cited, span: { start: cited.span.start, end: cited.span.end + 1 } });
      previous = { origin: originToken, year: yearToken, station: origin.station, end: suffix ? end + 3 : end };
      continue;
    }
    // `BRASILIA 2799 AND 2764`: a further serial of the same origin (not the year of the next citation).
    if (previous && /^\s*(?:,|AND|and|&|;)\s*$/.test(local.slice(previous.end, start)) && digits.length >= 3 && !/^\s*[A-Za-z]/.test(local.slice(end, end + 3))) {
      const serial: Token = { text: digits, span: { start: base + start, end: base + end } };
      found.push(citation(previous.origin, serial, previous.year, previous.station, year, { start: base + start, end: base + end }));
      previous = { origin: previous.origin, year: previous.year, station: previous.station, end };
    }
  }
  return found;
}

interface PreviousCitation {
  readonly origin: Token;
  readonly year: Token | null;
  readonly station: string;
  readonly end: number;
}

function citation(origin: Token, serial: Token, yearToken: Token | null, station: string, year: number | null, spanOverride?: Span): CableCitation {
  const y = yearToken ? yearValue(yearToken.text) : year;
  const start = spanOverride ? spanOverride.start : Math.min(origin.span.start, yearToken && yearToken.span.start < origin.span.start ? yearToken.span.start : origin.span.start);
  // A year written after the serial (`PANAMA 00789/08`, `QUITO 4525 (91)`) is part of the citation.
  const end = spanOverride ? spanOverride.end : Math.max(serial.span.end, yearToken && yearToken.span.start > serial.span.start ? yearToken.span.end : serial.span.end);
  return {
    span: { start, end },
    year: yearToken,
    origin,
    serial,
    // A serial typed with the letter O for a zero (`O1512`) means the digits.
    cableId: y === null ? null : cableIdOf(y, station, serial.text.replace(/O/g, '0')),
  };
}

function yearValue(text: string): number {
  // `O4`: the letter O typed for a zero.
  const digits = text.replace(/O/g, '0').replace(/\D/g, '');
  return digits.length === 4 ? Number(digits) : expandYear(Number(digits));
}

/**
 * The station words that end just before `at` (white space, line breaks, and one optional
 * `:` or `#` between), with whether the name was an alias rather than a station.
 */
function originBefore(local: string, at: number): { start: number; end: number; station: string; alias: boolean } | null {
  let i = at - 1;
  while (i >= 0 && isSpace(local[i])) i--;
  if (local[i] === ')') {
    // `KUWAIT (C)02293`: a portion mark written between the station and the serial.
    const mark = PORTION_MARK_BEFORE.exec(local.slice(Math.max(0, i - 11), i + 1));
    if (!mark) return null;
    i -= mark[0].length;
    while (i >= 0 && isSpace(local[i])) i--;
  }
  if (local[i] === ':' || local[i] === '#') i--;
  while (i >= 0 && isSpace(local[i])) i--;
  const end = i + 1;
  const typed = stationTypedWithZero(local, end);
  if (typed) return typed;
  const words: Array<{ start: number; end: number; text: string }> = [];
  while (words.length < 4 && i >= 0) {
    const wordEnd = i + 1;
    while (i >= 0 && isAsciiLetter(local.charCodeAt(i))) i--;
    const wordStart = i + 1;
    if (wordStart === wordEnd) break;
    words.unshift({ start: wordStart, end: wordEnd, text: local.slice(wordStart, wordEnd).toUpperCase() });
    if (!isSpace(local[i])) break;
    while (i >= 0 && isSpace(local[i])) i--;
  }
  if (words.length === 0) return null;
  for (let k = words.length; k >= 1; k--) {
    const chosen = words.slice(words.length - k);
    const joined = chosen.map((w) => w.text).join('');
    if (k === 1 && (NOT_ORIGIN.has(joined) || MONTH_WORDS.has(joined))) return null;
    if (isStation(joined)) return { start: chosen[0].start, end, station: canonicalStation(joined), alias: canonicalStation(joined) !== joined };
  }
  // A station misspelt by one letter (`TRIPOLII`, `USUN NE YORK`), written in capitals.
  for (let k = words.length; k >= 1; k--) {
    const chosen = words.slice(words.length - k);
    if (!chosen.every((w) => /^[A-Z]+$/.test(local.slice(w.start, w.end)))) continue;
    const near = nearStation(chosen.map((w) => w.text).join(''));
    if (near) return { start: chosen[0].start, end, station: near, alias: false };
  }
  return null;
}

/**
 * The start of a serial whose leading zeros were typed as the letter O (`O1512` in
 * `LAGOS O1512`): one or two capital O standing at the start of a word before the digits
 * (from `at` to `end`), with three digits or more; -1 otherwise.
 */
function serialTypedWithO(local: string, at: number, end: number): number {
  let i = at - 1;
  while (i >= 0 && local[i] === 'O' && at - i <= 2) i--;
  if (i === at - 1 || end - at < 3) return -1;
  return i < 0 || isSpace(local[i]) ? i + 1 : -1;
}

/**
 * A station written in capitals with a zero typed for the letter O (`SANTIAG0 465`), as one
 * word ending at `end`: the station it means, or null.
 */
function stationTypedWithZero(local: string, end: number): { start: number; end: number; station: string; alias: boolean } | null {
  let i = end - 1;
  while (i >= 0 && isCapitalOrZero(local.charCodeAt(i)) && end - i <= 20) i--;
  const word = local.slice(i + 1, end);
  if (!word.includes('0') || !/^[A-Z]/.test(word) || (i >= 0 && /[A-Za-z0-9]/.test(local[i]))) return null;
  const meant = word.replace(/0/g, 'O');
  return isStation(meant) ? { start: i + 1, end, station: canonicalStation(meant), alias: false } : null;
}

/** Whether `code` is an ASCII capital or the digit zero. */
function isCapitalOrZero(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 48;
}

/** A portion mark ending a piece of text: `(C)`, `(SBU)`, `(S/NF)`, `(C//REL UK)` is not tried. */
const PORTION_MARK_BEFORE = /\((?:U|C|S|TS|SBU|LOU)(?:\/\/?[A-Z]{2,5})?\)$/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** A 2- or 4-digit year, or `(YY)`, just before `at`. */
function yearBefore(local: string, at: number, base: number): Token | null {
  let i = at - 1;
  while (i >= 0 && isSpace(local[i])) i--;
  const end = i + 1;
  if (local[i] === ')') {
    const m = /\((\d{2})\)$/.exec(local.slice(Math.max(0, end - 4), end));
    return m ? { text: m[1], span: { start: base + end - 3, end: base + end - 1 } } : null;
  }
  // `O4 CHENNAI 944`: a two-digit year may have the letter O typed for a zero.
  while (i >= 0 && (/\d/.test(local[i]) || (local[i] === 'O' && end - i <= 2))) i--;
  const start = i + 1;
  const digits = local.slice(start, end);
  if (digits.length !== 2 && digits.length !== 4) return null;
  if (digits.includes('O') && (digits.length !== 2 || !/\d/.test(digits))) return null;
  // `D.01 BRASILIA 3714`: a period right after an item letter may precede the year.
  const labelPeriod = local[i] === '.' && /[A-Za-z]/.test(local[i - 1] ?? '') && !/[A-Za-z0-9]/.test(local[i - 2] ?? ' ');
  if (i >= 0 && !labelPeriod && /[A-Za-z0-9/.:-]/.test(local[i])) return null;
  if (digits.length === 4 && (Number(digits) < 1966 || Number(digits) > 2040)) return null;
  return { text: digits, span: { start: base + start, end: base + end } };
}

/** `(08)` right after a serial: the year of the cited cable. */
function yearAfter(local: string, at: number, base: number): Token | null {
  const m = /^ ?\((\d{2})\)/.exec(local.slice(at, at + 6));
  if (!m) return null;
  const start = at + m[0].indexOf('(') + 1;
  return { text: m[1], span: { start: base + start, end: base + start + 2 } };
}

/** `09CAIRO0561`, `2005PANAMA2342` or `HK05511`: a canonical id (or a station and serial) written as one word. */
function gluedId(local: string, digitsAt: number, base: number, year: number | null): CableCitation | null {
  let i = digitsAt - 1;
  while (i >= 0 && /[A-Z]/.test(local[i])) i--;
  const letterStart = i + 1;
  while (i >= 0 && /\d/.test(local[i])) i--;
  const yearStart = i + 1;
  if (i >= 0 && /[A-Za-z0-9]/.test(local[i])) return null;
  const yearText = local.slice(yearStart, letterStart);
  if (yearText.length !== 0 && yearText.length !== 2 && yearText.length !== 4) return null;
  const originText = local.slice(letterStart, digitsAt);
  if (!isStation(originText)) return null;
  let end = digitsAt;
  while (end < local.length && /\d/.test(local[end])) end++;
  if (end < local.length && /[A-Za-z0-9]/.test(local[end])) return null;
  // `HK05511`: a station (or its short name) run into a serial of three digits or more, with no
  // year, is a cable of the cable's own year.
  if (yearText.length === 0 && end - digitsAt < 3) return null;
  const origin: Token = { text: originText, span: { start: base + letterStart, end: base + digitsAt } };
  const serial: Token = { text: local.slice(digitsAt, end), span: { start: base + digitsAt, end: base + end } };
  const yearToken: Token | null = yearText.length === 0 ? null : { text: yearText, span: { start: base + yearStart, end: base + letterStart } };
  return citation(origin, serial, yearToken, canonicalStation(originText), year);
}
