/**
 * The classification line: `UNCLAS SECTION 01 OF 03 STATE 010774`, `C O N F I D E N T I A L
 * BRASILIA 000093`, and the unspaced, spelled-out and lower-case forms real copies have.
 */
import type { Level } from '../vocab/classification';
import { canonicalStation } from '../vocab/stations';
import { Segment, isWhite } from './lines';
import type { ClassificationForm, ClassificationLineNode } from './nodes';
import type { Token } from '../text/span';

interface LevelWord {
  readonly letters: string;
  readonly level: Level;
  readonly canonical: readonly string[];
  readonly spelled?: boolean;
  readonly lou?: boolean;
}

/** Longer words first, so UNCLASSIFIED is tried before UNCLAS. */
const LEVEL_WORDS: readonly LevelWord[] = [
  { letters: 'TOPSECRET', level: 'TOP SECRET', canonical: ['T O P S E C R E T', 'T O P  S E C R E T'] },
  { letters: 'UNCLASSIFIED', level: 'UNCLASSIFIED', canonical: [], spelled: true },
  { letters: 'UNCLAS', level: 'UNCLASSIFIED', canonical: ['UNCLAS'] },
  { letters: 'CONFIDENTIAL', level: 'CONFIDENTIAL', canonical: ['C O N F I D E N T I A L'] },
  { letters: 'SECRET', level: 'SECRET', canonical: ['S E C R E T'] },
  { letters: 'LIMITEDOFFICIALUSE', level: 'UNCLASSIFIED', canonical: ['LIMITED OFFICIAL USE'], lou: true },
];

/**
 * Reads `letters` at `from`, allowing up to two spaces between letters, case-insensitively.
 * Returns the offset after the last letter, or -1. A word must end there (no letter follows
 * directly), so `SECRETARY` is not `SECRET`.
 */
function readSpaced(text: string, from: number, letters: string): number {
  let i = from;
  for (let k = 0; k < letters.length; k++) {
    if (k > 0) {
      let spaces = 0;
      while (spaces < 2 && text.charCodeAt(i) === 32) {
        i++;
        spaces++;
      }
    }
    const c = text.charCodeAt(i);
    if (c !== letters.charCodeAt(k) && c !== letters.charCodeAt(k) + 32) return -1;
    i++;
  }
  const after = text.charCodeAt(i);
  if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) {
    // A letter-spaced word may be followed directly by a glued word only in damaged copies;
    // an unspaced one never: SECRETARY is not SECRET.
    return -1;
  }
  return i;
}

/** The level words at the start of `segment`, if it opens with a classification. */
export function matchClassificationWords(text: string): { word: LevelWord; end: number } | null {
  // Every level word opens with T, U, C, S or L (in either case): most lines are settled by
  // their first character before each word is tried.
  const first = text.charCodeAt(0) | 32; // ASCII letters to lower case
  if (first !== 116 /* t */ && first !== 117 /* u */ && first !== 99 /* c */ && first !== 115 /* s */ && first !== 108 /* l */) return null;
  for (const word of LEVEL_WORDS) {
    const end = readSpaced(text, 0, word.letters);
    if (end > 0) return { word, end };
  }
  return null;
}

const SECTION = /^ *(S?E?C?TION|SECTION|SCTION|ECTION) *(\d{1,3}) +OF +(\d{1,3})/i;
const ORIGIN_SERIAL = /^ *([A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,4}) +(\d{1,8})/;

/**
 * Whether a line is a classification line: it opens with classification words and holds
 * nothing but them, a SECTION phrase, and an origin and serial (the first line after the
 * header). A line such as `SECRET talks began` is not.
 */
export function isClassificationLine(content: string): boolean {
  const parsed = matchClassificationWords(content);
  if (!parsed) return false;
  const rest = content.slice(parsed.end);
  if (/^\s*$/.test(rest)) return true;
  if (SECTION.test(rest)) return true;
  if (ORIGIN_SERIAL.test(rest)) return true;
  if (/^ *(E F T O|EFTO)\b/i.test(rest)) return true;
  if (/^\s*\/\//.test(rest)) return true; // UNCLASSIFIED//FOR OFFICIAL USE ONLY
  return false;
}

/** The level's words with their first letter doubled or lost, as some copies print them, and the words meant. */
const GARBLED_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:C ?C O N F I D E N T I A L|O N F I D E N T I A L)\b/, 'C O N F I D E N T I A L'],
  [/^(?:S ?S E C R E T|E C R E T)\b/, 'S E C R E T'],
  [/^(?:UUNCLAS|NCLAS)\b/, 'UNCLAS'],
];

/**
 * Whether a line is a classification line whose first letter a copy doubled or lost
 * (`SS E C R E T VALLETTA 000417`, `O N F I D E N T I A L …`, `UUNCLAS …`): not a classification
 * line, and neither an addressee nor captions. The parser leaves it unknown where the
 * classification line belongs, and classification-line-present names it.
 */
export function isGarbledClassificationLine(content: string): boolean {
  return garbledClassificationWords(content) !== null;
}

/**
 * The garbled level's words at the start of `content` ({@link isGarbledClassificationLine}):
 * how many characters they fill, and the words meant (`SS E C R E T` → `S E C R E T`).
 */
export function garbledClassificationWords(content: string): { length: number; meant: string } | null {
  for (const [pattern, meant] of GARBLED_WORDS) {
    const m = pattern.exec(content);
    if (m) return { length: m[0].length, meant };
  }
  return null;
}

/** Result of {@link parseClassificationLine}. */
export interface ClassificationParse {
  readonly node: ClassificationLineNode;
  /** Offset where the line's classification part ends: what follows is preamble glued onto it. */
  readonly end: number;
}

/** Parses a classification line; `year` (the DTG's) completes the cable id. */
export function parseClassificationLine(segment: Segment, year: number | null): ClassificationParse | null {
  const text = segment.text;
  const matched = matchClassificationWords(text);
  if (!matched) return null;
  let at = matched.end;
  const written = text.slice(0, at);
  let efto: Token | null = null;
  if (matched.word.letters === 'UNCLAS') {
    const m = /^ +(E F T O|EFTO)\b/i.exec(text.slice(at));
    if (m) {
      efto = segment.tokenAt(at + m[0].length - m[1].length, m[1].length);
      at += m[0].length;
    }
  }
  const marking = segment.tokenAt(0, at);
  let sectionPhrase: Token | null = null;
  let sectionNumber: Token | null = null;
  let sectionTotal: Token | null = null;
  const sm = SECTION.exec(text.slice(at));
  if (sm) {
    const phraseStart = at + sm[0].length - sm[0].trimStart().length;
    sectionPhrase = segment.tokenAt(phraseStart, sm[0].length - (phraseStart - at));
    const numberIndex = text.indexOf(sm[2], phraseStart + sm[1].length);
    sectionNumber = segment.tokenAt(numberIndex, sm[2].length);
    const totalIndex = at + sm[0].length - sm[3].length;
    sectionTotal = segment.tokenAt(totalIndex, sm[3].length);
    at += sm[0].length;
  }
  let origin: Token | null = null;
  let serial: Token | null = null;
  const om = ORIGIN_SERIAL.exec(text.slice(at));
  if (om) {
    const originIndex = at + om[0].indexOf(om[1]);
    origin = segment.tokenAt(originIndex, om[1].length);
    serial = segment.tokenAt(at + om[0].length - om[2].length, om[2].length);
    at += om[0].length;
  }
  const cableId = origin && serial && year !== null ? cableIdOf(year, origin.text, serial.text) : null;
  const node: ClassificationLineNode = {
    kind: 'classificationLine',
    span: { start: segment.start, end: segment.start + at },
    marking,
    level: matched.word.level,
    form: formOf(matched.word, written, efto),
    efto,
    limitedOfficialUse: matched.word.lou === true,
    sectionPhrase,
    sectionNumber,
    sectionTotal,
    origin,
    serial,
    cableId,
  };
  return { node, end: segment.start + at };
}

function formOf(word: LevelWord, written: string, efto: Token | null): ClassificationForm {
  if (/[a-z]/.test(written)) return 'lowercase';
  if (word.spelled) return 'spelled';
  if (word.canonical.includes(written)) return efto && efto.text !== 'E F T O' ? 'irregular' : 'canonical';
  if (!written.includes(' ') || written === 'TOP SECRET') return 'unspaced';
  return 'irregular';
}

/**
 * The canonical cable id: two-digit year, origin without spaces (station aliases resolved)
 * and the serial without leading zeros: `STATE 010774` in 2009 → `09STATE10774`.
 */
export function cableIdOf(year: number, origin: string, serial: string): string {
  const station = canonicalStation(origin.toUpperCase().replace(/[^A-Z]/g, ''));
  const number = serial.replace(/^0+(?=\d)/, '');
  return `${String(year % 100).padStart(2, '0')}${station}${number}`;
}

/** Whether everything from `offset` to `end` in `text` is white space. */
export function restIsBlank(text: string, offset: number, end: number): boolean {
  for (let i = offset; i < end; i++) if (!isWhite(text.charCodeAt(i))) return false;
  return true;
}
