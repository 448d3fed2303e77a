/** Caption and handling lines between the classification line and the E.O. line. */
import { CAPTIONS, captionByName, SINGLE_WORD_CAPTIONS } from '../vocab/captions';
import type { Segment } from './lines';
import type { CaptionLineNode, CaptionNode, SbuBannerNode } from './nodes';

const MULTI_WORD = CAPTIONS.map((c) => c.name).filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);

/** A passing or attention phrase: `DEPT FOR …`, `PASS TO …`, `FOR ALL CABLE DRAFTERS`, `OSLO FOR DATT`. */
const PASSING = /\b(FOR|PASS|PASSED|ATTN|ATTENTION|ALSO|INFO|PLEASE)\b|^(DEPT|DEPARTMENT|STATE|USDOC|USDA|TREASURY|DOE|DOD)\b/i;

/**
 * A passing instruction that opens with the office or post it is for, of up to three words:
 * `ROME FOR DCM`, `EUR/WE FOR`, `RIO DE JANEIRO FOR RSO`, `USDOC ALSO FOR PTO`.
 */
const ADDRESSEE_FOR = /^[A-Z][A-Z0-9/&'-]*(?: [A-Z][A-Z0-9/&'-]*){0,2} (?:ALSO )?FOR\b/;

/**
 * Whether a line in capitals is a list of passing instructions separated by semicolons
 * (`ROME FOR DCM; LONDON FOR POL`), or one instruction whose names carry a sentence's
 * punctuation (`NSC FOR SENIOR DIRECTOR J.`, `DEFENSE FOR OSD/ISP (A. NOLAN)`). Every piece
 * after the first opens with its office or post; the first may be the end of an instruction
 * wrapped from the line above (`HOLT/MARSH; NSC FOR PRICE`).
 */
function isPassingList(content: string): boolean {
  if (/[a-z]/.test(content)) return false;
  let opensOne = false;
  let index = 0;
  for (const raw of content.split(';')) {
    const piece = raw.trim();
    if (piece.length > 0) {
      if (ADDRESSEE_FOR.test(piece)) opensOne = true;
      else if (index > 0) return false;
    }
    index++;
  }
  return opensOne;
}

/** The SBU handling banner and its variants. */
export const SBU_BANNER = /^(?:THIS (?:MESSAGE|CABLE|TELEGRAM) IS |ENTIRE TEXT |THIS IS A )?SENSITIVE,? BUT UNCLASSIF|^SBU\s*[-–—:]+\s*PLEASE PROTECT|^(?:UNCLASSIFIED\s*)?\/\/\s*SBU\b/i;

/** Parses an SBU banner line. */
export function parseSbuBanner(segment: Segment): SbuBannerNode {
  return { kind: 'sbuBanner', span: segment.span, noforn: /NOFORN|NOT RELEASABLE/i.test(segment.text) };
}

/**
 * Whether a line between the classification and E.O. lines reads as captions: upper case
 * (a passing line may have lower case only in its addressee part), short.
 */
export function looksLikeCaptionLine(content: string): boolean {
  if (content.length > 120) return false;
  const words = content.split(/\s+/).length;
  if (words <= 24 && isPassingList(content)) return true;
  // Running text in capitals (older cables) is not a caption line: sentences have
  // punctuation and more words than a caption or a passing line.
  if (/[.;?!"“”]\s|[.;?!"“”]$|^\(/.test(content) && !/^(?:DEPT|DEPARTMENT|PASS|FOR|STATE|USDOC|USDA|TREASURY)\b/.test(content)) return false;
  if (PASSING.test(content)) return words <= 16;
  return !/[a-z]/.test(content) && /[A-Z]{2}/.test(content) && words <= 6;
}

/**
 * Splits a caption line into captions: by commas when it has them (by semicolons in a list of
 * passing instructions), otherwise by known multi-word captions and single words. A passing
 * phrase is one passing caption, with the known captions run onto its start split off.
 */
export function parseCaptionLine(segment: Segment): CaptionLineNode {
  const text = segment.text;
  const captions: CaptionNode[] = [];
  // A list of passing instructions is split at its semicolons only: its names hold commas.
  const separator = text.includes(';') && isPassingList(text) ? ';' : ',';
  const commaSeparated = separator === ',' && text.includes(',');
  const pieces: Array<{ start: number; end: number }> = [];
  if (commaSeparated || separator === ';') {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === separator) {
        pieces.push({ start, end: i });
        start = i + 1;
      }
    }
  } else {
    pieces.push({ start: 0, end: text.length });
  }
  for (const piece of pieces) {
    let s = piece.start;
    let e = piece.end;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (s === e) continue;
    const pieceText = text.slice(s, e);
    // After a passing phrase, a word between commas that is no caption is one more of the
    // phrase's names (`DEPT FOR WHA/FO, WHA/BSC`, `USNATO FOR AMB. CARVER, DCM`).
    const previous = captions.length > 0 ? captions[captions.length - 1] : null;
    if (commaSeparated && previous?.passing && !pieceText.includes(' ') && !captionByName(pieceText.toUpperCase())) {
      captions[captions.length - 1] = caption(segment, previous.span.start - segment.start, e, true);
      continue;
    }
    if (separator === ';' || PASSING.test(pieceText) || (commaSeparated && pieceText.includes(' ') && !isKnownPhrase(pieceText))) {
      s = leadingCaptions(segment, s, e, captions);
      captions.push(caption(segment, s, e, true));
      continue;
    }
    splitWords(segment, s, e, captions);
  }
  return { kind: 'captionLine', span: segment.span, captions, commaSeparated };
}

/**
 * Known single-word captions run onto the start of a passing phrase (`NOFORN SIPDIS DEPT FOR
 * NEA/MAG`, a copy whose lines were joined): each becomes a caption of its own, and the offset
 * where the passing phrase starts is returned. At least one word is left to the phrase.
 */
function leadingCaptions(segment: Segment, from: number, to: number, out: CaptionNode[]): number {
  const text = segment.text;
  let at = from;
  for (;;) {
    let end = at;
    while (end < to && text[end] !== ' ') end++;
    if (end >= to || !SINGLE_WORD_CAPTIONS.includes(text.slice(at, end).toUpperCase())) return at;
    out.push(caption(segment, at, end, false));
    at = end;
    while (at < to && text[at] === ' ') at++;
  }
}

function isKnownPhrase(text: string): boolean {
  return MULTI_WORD.includes(text.toUpperCase().replace(/\s+/g, ' '));
}

function splitWords(segment: Segment, from: number, to: number, out: CaptionNode[]): void {
  const text = segment.text;
  let i = from;
  const words: CaptionNode[] = [];
  while (i < to) {
    while (i < to && text[i] === ' ') i++;
    if (i >= to) break;
    const rest = text.slice(i, to).toUpperCase();
    const phrase = MULTI_WORD.find((p) => rest.startsWith(p) && (rest.length === p.length || rest[p.length] === ' '));
    if (phrase) {
      words.push(caption(segment, i, i + phrase.length, false));
      i += phrase.length;
      continue;
    }
    const start = i;
    while (i < to && text[i] !== ' ') i++;
    words.push(caption(segment, start, i, false));
  }
  // One by one: a spread of a very long line's words would overflow the stack.
  for (const word of words) out.push(word);
}

function caption(segment: Segment, start: number, end: number, passing: boolean): CaptionNode {
  return {
    kind: 'caption',
    span: { start: segment.start + start, end: segment.start + end },
    name: segment.text.slice(start, end).toUpperCase().replace(/\s+/g, ' '),
    passing,
  };
}
