/**
 * What a cable's captions say: whether it carries NOFORN, SENSITIVE, SIPDIS…, and the edits
 * that add a caption where the format puts it.
 */
import { memo } from '../../memo';
import type { Edit } from '../rule';
import type { CableDocument, CaptionNode } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import { isClassificationLine } from '../../syntax/classificationLine';
import { EO_START } from '../../syntax/eoLine';
import { CAPTIONS, captionByName } from '../../vocab/captions';
import { lineBreakOf } from './cableDate';
import { isAsciiLetter } from '../../text/characters';

/** The captions of the cable (passing and attention lines left out), in order. */
export function captionsOf(doc: CableDocument): CaptionNode[] {
  return memo(doc, captionsOf, computeCaptionsOf);
}

function computeCaptionsOf(doc: CableDocument): CaptionNode[] {
  const out: CaptionNode[] = [];
  for (const line of doc.captionLines) for (const caption of line.captions) if (!caption.passing) out.push(caption);
  return out;
}

/** The first caption called `name` (upper case), if any. */
export function findCaption(doc: CableDocument, name: string): CaptionNode | undefined {
  return captionsOf(doc).find((c) => c.name === name);
}

/** Whether the cable is NOFORN at cable level: a NOFORN caption, its spelled-out form, or an SBU/NOFORN banner. */
export function isNoforn(doc: CableDocument): boolean {
  return memo(doc, isNoforn, computeIsNoforn);
}

function computeIsNoforn(doc: CableDocument): boolean {
  if (doc.sbuBanners.some((b) => b.noforn)) return true;
  if (doc.captionLines.some((line) => /\bNOFORN\b|NOT RELEASABLE TO FOREIGN/i.test(doc.text.slice(line.span.start, line.span.end)))) return true;
  return standaloneCaptionLines(doc).some((l) => l.names.includes('NOFORN') || l.names.includes('NOT RELEASABLE TO FOREIGN NATIONALS'));
}

/** Whether the cable carries the SENSITIVE caption (or an SBU handling banner, or an SBU caption). */
export function isSensitive(doc: CableDocument): boolean {
  if (doc.sbuBanners.length > 0) return true;
  return captionNames(doc).some((name) => name === 'SENSITIVE' || name === 'SBU');
}

/** The caption lines holding real captions (not only passing lines). */
function captionBearingLines(doc: CableDocument) {
  return doc.captionLines.filter((line) => line.captions.some((c) => !c.passing));
}

/**
 * The edit that adds a caption line: a handling caption such as NOFORN goes first (before the
 * first caption line), SENSITIVE last (after the last line of captions); with no captions the
 * line goes after the classification line.
 */
export function addCaptionEdit(doc: CableDocument, name: string, position: 'first' | 'last'): Edit | null {
  const br = lineBreakOf(doc);
  const lines = captionBearingLines(doc);
  if (lines.length > 0) {
    if (position === 'first') {
      const at = doc.lines.lineStart(doc.lines.lineAt(lines[0].span.start));
      return { span: { start: at, end: at }, text: `${name}${br}` };
    }
    const end = doc.lines.lineEnd(doc.lines.lineAt(lines[lines.length - 1].span.end));
    return { span: { start: end, end }, text: `${br}${name}` };
  }
  if (doc.classification) {
    const end = doc.lines.lineEnd(doc.lines.lineAt(doc.classification.span.end));
    return { span: { start: end, end }, text: `${br}${br}${name}` };
  }
  if (doc.eo) {
    const at = doc.lines.lineStart(doc.lines.lineAt(doc.eo.span.start));
    return { span: { start: at, end: at }, text: `${name}${br}${br}` };
  }
  return null;
}

/** A line that holds nothing but known captions, wherever it stands before paragraph 1. */
export interface StandaloneCaptionLine {
  /** Zero-based line number. */
  readonly line: number;
  readonly span: Span;
  /** The captions on it, upper case. */
  readonly names: readonly string[];
  /** Whether it stands after the E.O. line. */
  readonly afterEo: boolean;
}

/** The first words of the captions of several words (ROGER of ROGER CHANNEL, INFORM…). */
const OPENS_LONGER_CAPTION: ReadonlySet<string> = new Set(CAPTIONS.filter((c) => c.name.includes(' ')).map((c) => c.name.split(' ')[0]));

/** The first words of all captions (SIPDIS, NOFORN, NOT of NOT RELEASABLE…, ROGER of ROGER CHANNEL…). */
const OPENS_CAPTION: ReadonlySet<string> = new Set(CAPTIONS.map((c) => c.name.split(' ')[0]));

/** The first two letters of those words, as `first * 128 + second` (all are ASCII there). */
const CAPTION_OPENINGS: ReadonlySet<number> = new Set([...OPENS_CAPTION].map((w) => w.charCodeAt(0) * 128 + w.charCodeAt(1)));

/**
 * Whether the line starting at `start` may open with the first word of a caption, judged by
 * its first two characters where both are ASCII (past blanks and commas, as `FIRST_WORD`
 * reads it); any other line is left to `FIRST_WORD`. Spares the pattern and a copy on most lines.
 */
function mayOpenCaption(text: string, start: number): boolean {
  let i = start;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9 || c === 11 || c === 12 || c === 44) c = text.charCodeAt(++i);
  if (c >= 128) return true;
  // A line break or the end of the text: no word at all.
  if (!(c > 32)) return false;
  const d = text.charCodeAt(i + 1);
  if (d >= 128) return true;
  // A word of one character opens no caption (none is that short).
  if (!(d > 32) || d === 44) return false;
  return CAPTION_OPENINGS.has(upperAscii(c) * 128 + upperAscii(d));
}

function upperAscii(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

/**
 * A line's first word, past blanks and commas, read from the line's start in the whole text:
 * the blanks stop at the line break, so a blank line never reads on into the next ones (the
 * classes before and in the word are disjoint, so linear).
 */
const FIRST_WORD = /(?:[^\S\r\n]|,)*([^\s,]+)/y;

/** The captions a piece of a line names, or null when any part is not a known caption. */
export function knownCaptionsIn(piece: string): string[] | null {
  const whole = piece.trim().toUpperCase().replace(/\s+/g, ' ');
  if (whole === '') return [];
  if (captionByName(whole)) return [whole];
  const names: string[] = [];
  const words = whole.split(' ');
  for (let i = 0; i < words.length; i++) {
    // Two- and three-word captions (ROGER CHANNEL, INFORM ALL STATE EMPLOYEES) first.
    let matched = false;
    // Only a word that opens a caption of several words can start one (most words do not).
    for (let n = OPENS_LONGER_CAPTION.has(words[i]) ? Math.min(4, words.length - i) : 0; n >= 2 && !matched; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (captionByName(phrase)) {
        names.push(phrase);
        i += n - 1;
        matched = true;
      }
    }
    if (matched) continue;
    if (!captionByName(words[i])) return null;
    names.push(words[i]);
  }
  return names;
}

/**
 * Lines from the classification line to paragraph 1 that hold only known captions
 * (`NOFORN`, `SIPDIS`, `NODIS, SIPDIS`), including those the preamble parser did not take
 * as captions because they stand after the E.O. line.
 */
export function standaloneCaptionLines(doc: CableDocument): StandaloneCaptionLine[] {
  return memo(doc, standaloneCaptionLines, computeStandaloneCaptionLines);
}

function computeStandaloneCaptionLines(doc: CableDocument): StandaloneCaptionLine[] {
  const lines = doc.lines;
  const first = doc.classification ? lines.lineAt(doc.classification.span.end) + 1 : doc.header ? lines.lineAt(doc.header.span.end) + 1 : 0;
  const endOffset = doc.paragraphs.length > 0 ? doc.paragraphs[0].span.start : doc.text.length;
  const last = lines.lineAt(endOffset);
  const eoLine = doc.eo ? lines.lineAt(doc.eo.span.start) : Number.POSITIVE_INFINITY;
  const out: StandaloneCaptionLine[] = [];
  // Lines are read in place (offsets into the text) until one may matter: most are prose,
  // and copying each out cost more than the tests below.
  const source = lines.text;
  for (let line = first; line < last; line++) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    // Archive copies that repeat the cable (a second classification line, a second E.O.
    // line) end the preamble there: what follows belongs to the repeat.
    // (A spreadsheet dump may glue quotes before it: `","S E C R E T THE HAGUE 000514`.)
    if (mayRepeatPreamble(source, lineStart, lineEnd)) {
      const bare = source.slice(lineStart, lineEnd).replace(/^[^A-Za-z]{0,6}/, '').trim();
      if (isClassificationLine(bare) || (line > eoLine && EO_START.test(bare))) break;
    }
    if (lineEnd - lineStart > 120) continue;
    // Most lines here are prose: a line of captions opens with the first word of a caption
    // (blanks and commas before it name nothing), so any other line is passed over at once.
    if (!mayOpenCaption(source, lineStart)) continue;
    FIRST_WORD.lastIndex = lineStart;
    const firstWord = FIRST_WORD.exec(source);
    if (!firstWord || !OPENS_CAPTION.has(firstWord[1].toUpperCase())) continue;
    const text = source.slice(lineStart, lineEnd);
    if (!/[A-Za-z]/.test(text)) continue;
    const names: string[] = [];
    let ok = true;
    for (const piece of text.split(',')) {
      const found = knownCaptionsIn(piece);
      if (found === null) {
        ok = false;
        break;
      }
      names.push(...found);
    }
    if (!ok || names.length === 0) continue;
    const lead = text.length - text.trimStart().length;
    out.push({ line, span: { start: lineStart + lead, end: lineStart + text.trimEnd().length }, names, afterEo: line > eoLine });
  }
  return out;
}

/**
 * Whether the line `[start, end)` of `text`, read as above (up to six leading non-letters
 * dropped, then trimmed), may open with a classification (T, U, C, S or L, any case) or an
 * E.O. line (E): a quick test that spares the copies and the pattern tests on most lines.
 * When the seventh character is still no letter, the trim decides, and the line is read in full.
 */
function mayRepeatPreamble(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < start + 6 && i < end && !isAsciiLetter(text.charCodeAt(i))) i++;
  if (i >= end || !isAsciiLetter(text.charCodeAt(i))) return trimmedMayOpenPreamble(text, i, end);
  const code = text.charCodeAt(i);
  const lower = code | 0x20;
  // The second letter too: TOP SECRET, UNCLAS, CONFIDENTIAL, SECRET and LIMITED OFFICIAL USE
  // may be letter-spaced (up to two spaces between letters, as the classification reader
  // allows); an E.O. line goes on with a full stop or O (E.O., E. O., EO).
  if (lower === 101 /* e */) {
    const next = text.charCodeAt(i + 1) | 0x20;
    return next === 0x2e /* . (| 0x20 keeps it) */ || next === 111 /* o */;
  }
  const second = lower === 116 /* t */ ? 111 /* o */ : lower === 117 /* u */ ? 110 /* n */ : lower === 99 /* c */ ? 111 /* o */ : lower === 115 /* s */ ? 101 /* e */ : lower === 108 /* l */ ? 105 /* i */ : 0;
  if (second === 0) return false;
  let j = i + 1;
  if (text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) === 32) j++;
  return (text.charCodeAt(j) | 0x20) === second;
}

/**
 * {@link mayRepeatPreamble} for a line whose first seven characters hold no letter: the up to
 * six non-letters are dropped, and the trim then decides what the line opens with, at `from`
 * past ASCII blanks. A blank line, or one opening with an ASCII character that opens neither
 * a classification word (T, U, C, S, L) nor an E.O. line (E), is settled here (most of these
 * lines are blank lines between the preamble's parts); any other character is left to the
 * full reading (Unicode blanks, which the trim also drops).
 */
function trimmedMayOpenPreamble(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isAsciiBlank(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  if (code >= 128) return true;
  const lower = code | 0x20;
  return isAsciiLetter(code) && (lower === 116 /* t */ || lower === 117 /* u */ || lower === 99 /* c */ || lower === 115 /* s */ || lower === 108 /* l */ || lower === 101 /* e */);
}

/** ASCII white space, as `trim` drops it: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Every caption name the cable carries before paragraph 1, in order (caption lines and stray caption lines). */
export function captionNames(doc: CableDocument): string[] {
  return memo(doc, captionNames, computeCaptionNames);
}

function computeCaptionNames(doc: CableDocument): string[] {
  const names = captionsOf(doc).map((c) => c.name);
  const known = new Set(doc.captionLines.map((l) => doc.lines.lineAt(l.span.start)));
  for (const line of standaloneCaptionLines(doc)) if (!known.has(line.line)) names.push(...line.names);
  return names;
}

/**
 * The edit that removes one caption: its whole line when it stands alone, otherwise the
 * caption and the comma that joins it to its neighbour (`EXDIS, SIPDIS` → `EXDIS`).
 */
export function removeCaptionEdit(text: string, lines: CableDocument['lines'], span: Span): Edit {
  const line = lines.lineAt(span.start);
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (text.slice(start, end).trim() === text.slice(span.start, span.end)) {
    return { span: { start, end: lines.lineEndWithBreak(line) }, text: '' };
  }
  const after = /^[ \t]*,[ \t]*/.exec(text.slice(span.end, end));
  if (after) return { span: { start: span.start, end: span.end + after[0].length }, text: '' };
  const before = /[ \t]*,[ \t]*$/.exec(text.slice(start, span.start));
  if (before) return { span: { start: span.start - before[0].length, end: span.end }, text: '' };
  return { span, text: '' };
}
