/**
 * Addressee entries as the header rules read them. The line parser gives each TO/INFO line
 * an {@link AddresseeNode}; this reads the same text once more to close two gaps the rules
 * need closed: `ZEN/` in the indicator place (ACP-127 "delivered by other means") and
 * serial ranges (`2276-2279`, one serial per section of a multi-section cable). It also
 * tells stray lines that copies carry inside the header (a damaged classification line,
 * archive metadata) from real addressees, so rules do not judge them as addressees.
 */
import { isCapitalOrDigit, isDigit } from '../../text/characters';
import { memo } from '../../memo';
import type { AddresseeNode, CableDocument, HeaderLine } from '../../syntax/nodes';
import { tokenOf, type Token } from '../../text/span';
import { captionByName } from '../../vocab/captions';
import type { PrecedenceWord } from '../../vocab/precedence';
import { intendedPrecedence } from './precedence';

/** One addressee entry: `[RI/]PLAD[ PRECEDENCE][ NNNN]`. */
export interface AddresseeEntry {
  readonly node: AddresseeNode;
  readonly role: 'to' | 'info';
  /** `TO` or `INFO` on the first entry of a block. */
  readonly label: Token | null;
  /** The entry after its label. */
  readonly body: Token;
  /** The routing indicator before the `/` as written (`RUEHAK`), or `ZEN`. */
  readonly indicator: Token | null;
  /** Whether the indicator place holds `ZEN` (delivered by other means) rather than an RI. */
  readonly otherMeans: boolean;
  /** The separator between indicator and PLAD as written (`/`, ` / `). */
  readonly separator: Token | null;
  readonly plad: Token | null;
  /** The precedence as written: an exact word, or a near miss (`PRIOITY`). */
  readonly precedence: Token | null;
  /** The precedence named exactly, null for a near miss or none. */
  readonly precedenceWord: PrecedenceWord | null;
  /** The per-addressee serial (`7038`) or serial range (`2276-2279`). */
  readonly serial: Token | null;
  /** Whether the line reads as an addressee at all. */
  readonly plausible: boolean;
}

const EXACT_WORDS = new Set<string>(['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE']);
/** Characters real addressee lines use (office symbols bring `//`, `:` and `-`). */
const ADDRESSEE_CHARACTERS = /^[A-Z][A-Z0-9 .()'/&,:+-]*$/;
/** A letter-spaced word of five letters or more: a classification line, not an addressee. */
const LETTER_SPACED = /(?:^|[^A-Z])(?:[A-Z] ){4}[A-Z](?![A-Z])/;
const CLASSIFICATION_WORDS = /NCLAS\b|\bSECTION \d{1,2} OF \d{1,2}\b/;
const METADATA_LABEL = /^[A-Z]+: /;
/** A receiving station's distribution code (`LOG-00`, `EUR-01`): a distribution block, not an address. */
const DISTRIBUTION_CODE = /(?:^|\s)[A-Z]{1,5}-\d{2}(?=\s|$)/;

/** Every TO and INFO entry of the header proper (see {@link headerProper}), in text order (memoised per tree). */
export function addresseeEntries(doc: CableDocument): readonly AddresseeEntry[] {
  return memo(doc, addresseeEntries, computeAddresseeEntries);
}

function computeAddresseeEntries(doc: CableDocument): readonly AddresseeEntry[] {
  const entries: AddresseeEntry[] = [];
  // A line of the header proper is not stray, so its entry is plausible (see isStray).
  for (const line of headerProper(doc)) if (line.kind === 'addressee') entries.push(readEntryOf(doc.text, line, true));
  return entries;
}

/** The plausible entries only: what rules about addressees should judge. */
export function realAddressees(doc: CableDocument): readonly AddresseeEntry[] {
  return memo(doc, realAddressees, computeRealAddressees);
}

function computeRealAddressees(doc: CableDocument): readonly AddresseeEntry[] {
  return addresseeEntries(doc).filter((e) => e.plausible);
}

/**
 * The header lines that make up the transmission header itself. Copies sometimes carry
 * stray text among the header lines (a receiving station's distribution block before the
 * DTG line, archive metadata followed by a second copy of the header); the header parser
 * reads them as addressees. Stray lines split the header into runs, and the header proper
 * is the first run that holds the DTG or FM line (all lines when none does). Stray lines
 * themselves are left out.
 */
export function headerProper(doc: CableDocument): readonly HeaderLine[] {
  return memo(doc, headerProper, computeHeaderProper);
}

function computeHeaderProper(doc: CableDocument): readonly HeaderLine[] {
  const header = doc.header;
  if (!header) return [];
  const runs: HeaderLine[][] = [[]];
  for (const line of header.lines) {
    if (isStray(doc.text, line)) {
      if (runs[runs.length - 1].length > 0) runs.push([]);
      continue;
    }
    runs[runs.length - 1].push(line);
  }
  return runs.find((run) => run.some((l) => l.kind === 'dtgLine' || l.kind === 'fromLine')) ?? runs.flat();
}

function isStray(text: string, line: HeaderLine): boolean {
  if (line.kind === 'unknown') return !/^(?:TO|INFO)$/.test(text.slice(line.span.start, line.span.end));
  if (line.kind !== 'addressee') return false;
  let start = line.label ? line.label.span.end : line.span.start;
  const end = line.span.end;
  while (start < end && text.charCodeAt(start) === 32) start++;
  const plain = plainEntryKind(text, start, end);
  // A plain entry is plausible; only one of capitals alone may be a lone word.
  if (plain === PLAIN_CAPITALS) return isLoneWord(text.slice(start, end));
  if (plain === PLAIN) return false;
  const entry = text.slice(start, end);
  return !isPlausible(entry) || isLoneWord(entry);
}

/** {@link plainEntryKind}: an entry that needs the full reading. */
const NOT_PLAIN = 0;
/** {@link plainEntryKind}: a plausible entry with a character other than a capital. */
const PLAIN = 1;
/** {@link plainEntryKind}: a plausible entry of capitals only. */
const PLAIN_CAPITALS = 2;

/**
 * Whether the entry `text[start, end)` is plain: a capital, then capitals, digits, spaces (fewer
 * than four) and addressee punctuation other than `:` and `-`, with no `NCLAS` nor `SECTION `.
 * No pattern of {@link isPlausible} can match such an entry, so it is plausible, settled in
 * place without a copy; any other entry (empty, lower case, beyond ASCII…) is left to the
 * full reading.
 */
function plainEntryKind(text: string, start: number, end: number): number {
  if (start >= end) return NOT_PLAIN;
  let spaces = 0;
  let capitalsOnly = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      // CLASSIFICATION_WORDS needs one of these (a false alarm past the end only costs the full reading).
      if ((c === 78 /* N */ && text.startsWith('NCLAS', i)) || (c === 83 /* S */ && text.startsWith('SECTION ', i))) return NOT_PLAIN;
      continue;
    }
    if (i === start) return NOT_PLAIN;
    capitalsOnly = false;
    if (c === 32) {
      // LETTER_SPACED needs four spaces.
      if (++spaces >= 4) return NOT_PLAIN;
      // METADATA_LABEL needs a colon, DISTRIBUTION_CODE a hyphen.
    } else if (c === 58 /* : */ || c === 45 /* - */ || !isEntryPunctuation(c)) return NOT_PLAIN;
  }
  return capitalsOnly ? PLAIN_CAPITALS : PLAIN;
}

/**
 * The token for `[start, end)`: the parser's own when it has read the same stretch (its
 * tokens are slices of the same text), a new one otherwise. Most entries read the same.
 */
function parsedOrNewToken(parsed: Token | null, text: string, start: number, end: number): Token {
  return parsed !== null && parsed.span.start === start && parsed.span.end === end ? parsed : tokenOf(text, start, end);
}

/** Whether `text[start, end)` is all ASCII (upper-casing it then keeps every offset). */
function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Whether `text[start, end)` upper-cased equals `upper` (all capitals and spaces). */
function equalsUpper(text: string, start: number, upper: string): boolean {
  for (let k = 0; k < upper.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 97 && c <= 122 ? c - 32 : c) !== upper.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The length of the serial (`7038`, `2276-2279`: `\d{1,6}(?:-\d{1,6})?` as the whole word) that ends `text[start, end)`
 * after a space, or 0 when there is none. Only the last word can be it, so it is read from the
 * last space, in place, rather than by a pattern ending in `$` (tried from every space).
 */
function serialAtEnd(text: string, start: number, end: number): number {
  const space = text.lastIndexOf(' ', end - 1);
  if (space < start) return 0;
  const wordStart = space + 1;
  const firstEnd = digitsEnd(text, wordStart, end);
  if (firstEnd === wordStart || firstEnd - wordStart > 6) return 0;
  if (firstEnd === end) return end - wordStart;
  if (text.charCodeAt(firstEnd) !== 45 /* - */) return 0;
  const secondEnd = digitsEnd(text, firstEnd + 1, end);
  return secondEnd === end && secondEnd > firstEnd + 1 && secondEnd - firstEnd - 1 <= 6 ? end - wordStart : 0;
}

/** Where the run of digits from `from` ends (at `end` at the latest). */
function digitsEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The length of the indicator place that opens `text[start, end)`
 * (`^(R[A-Z0-9]{2,9}|ZEN)( *\/ *)`: `R` and two to nine capitals or digits, or `ZEN`, then a
 * slash between optional spaces), or 0 when there is none; the indicator itself is the run of
 * capitals and digits it opens with. Read in place, without a copy or a match.
 */
function indicatorPlaceLength(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  let i: number;
  if (first === 82 /* R */) {
    i = capitalOrDigitRunEnd(text, start, end);
    // R and 2 to 9 more (the pattern cannot stop inside a run of them).
    if (i - start < 3 || i - start > 10) return 0;
  } else if (first === 90 /* Z */ && end - start >= 3 && text.startsWith('ZEN', start)) {
    i = start + 3;
  } else {
    return 0;
  }
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i >= end || text.charCodeAt(i) !== 47 /* / */) return 0;
  i++;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - start;
}

/** Where the run of capitals and digits from `from` ends (at `end` at the latest). */
function capitalOrDigitRunEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isCapitalOrDigit(text.charCodeAt(i))) i++;
  return i;
}


/** Reads one entry from the text of its node. */
export function readEntry(text: string, node: AddresseeNode): AddresseeEntry {
  return readEntryOf(text, node, null);
}

/** {@link readEntry}; `plausible` when the caller already knows it (null: judge it here). */
function readEntryOf(text: string, node: AddresseeNode, plausible: boolean | null): AddresseeEntry {
  let start = node.label ? node.label.span.end : node.span.start;
  const end = node.span.end;
  while (start < end && text.charCodeAt(start) === 32) start++;
  const body = tokenOf(text, start, end);

  let at = start;
  let indicator: Token | null = null;
  let separator: Token | null = null;
  const place = indicatorPlaceLength(text, start, end);
  if (place > 0) {
    // ZEN is followed by a space or the slash, so its run of capitals is its own three letters.
    const indicatorEnd = capitalOrDigitRunEnd(text, start, end);
    indicator = parsedOrNewToken(node.indicator, text, at, indicatorEnd);
    separator = parsedOrNewToken(node.separator, text, indicatorEnd, at + place);
    at += place;
  }

  let restEnd = end;
  let serial: Token | null = null;
  const serialLength = serialAtEnd(text, at, restEnd);
  if (serialLength > 0) {
    serial = parsedOrNewToken(node.serial, text, restEnd - serialLength, restEnd);
    restEnd -= serialLength + 1;
  }
  while (restEnd > at && text.charCodeAt(restEnd - 1) === 32) restEnd--;

  // Read case-blind: a word in lower case is still the precedence (header-character-set
  // reports the case), so fixing the case never reveals a new problem.
  let precedence: Token | null = null;
  let precedenceWord: PrecedenceWord | null = null;
  if (isAscii(text, at, restEnd)) {
    // ASCII keeps its length in capitals, so only the last word is copied and upper-cased.
    if (restEnd - at >= 16 && equalsUpper(text, restEnd - 16, ' NIACT IMMEDIATE')) {
      precedence = parsedOrNewToken(node.precedence, text, restEnd - 15, restEnd);
      precedenceWord = 'NIACT IMMEDIATE';
    } else {
      const space = text.lastIndexOf(' ', restEnd - 1);
      // Only a word of 4 to 12 letters opening with F, I, P or R can be a precedence or one
      // slip from one (intendedPrecedence): most last words are passed over without a copy.
      if (space > at && mayNamePrecedence(text, space + 1, restEnd)) {
        const word = text.slice(space + 1, restEnd).toUpperCase();
        if (EXACT_WORDS.has(word) || intendedPrecedence(word) !== null) {
          precedence = parsedOrNewToken(node.precedence, text, restEnd - word.length, restEnd);
          if (EXACT_WORDS.has(word)) precedenceWord = word as PrecedenceWord;
        }
      }
    }
  } else {
    const rest = text.slice(at, restEnd).toUpperCase();
    if (rest.endsWith(' NIACT IMMEDIATE')) {
      precedence = tokenOf(text, restEnd - 15, restEnd);
      precedenceWord = 'NIACT IMMEDIATE';
    } else {
      const space = rest.lastIndexOf(' ');
      const word = rest.slice(space + 1);
      if (space > 0 && (EXACT_WORDS.has(word) || intendedPrecedence(word) !== null)) {
        precedence = tokenOf(text, restEnd - word.length, restEnd);
        if (EXACT_WORDS.has(word)) precedenceWord = word as PrecedenceWord;
      }
    }
  }
  let pladEnd = precedence ? precedence.span.start : restEnd;
  while (pladEnd > at && text.charCodeAt(pladEnd - 1) === 32) pladEnd--;
  const plad = pladEnd > at ? parsedOrNewToken(node.plad, text, at, pladEnd) : null;

  return {
    node,
    role: node.role,
    label: node.label,
    body,
    indicator,
    otherMeans: indicator?.text === 'ZEN',
    separator,
    plad,
    precedence,
    precedenceWord,
    serial,
    plausible: plausible ?? (isPlausible(body.text) && !(indicator === null && isLoneWord(body.text))),
  };
}

/** Whether `text[start, end)` may be a precedence word as written, in any case: 4 to 12 characters opening with F, I, P or R. */
function mayNamePrecedence(text: string, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 12) return false;
  const first = text.charCodeAt(start) & ~32;
  return first === 70 /* F */ || first === 73 /* I */ || first === 80 /* P */ || first === 82 /* R */;
}

/**
 * Whether a header line's text (after any TO/INFO label) reads as an addressee entry. Case is
 * not judged (header-character-set reports it); the header parser already keeps lines with
 * lower case out of the addressees unless they carry a TO/INFO label or an indicator.
 */
export function isPlausible(written: string): boolean {
  // One pass over the entry settles the character set and counts its spaces; an entry beyond
  // ASCII (whose capitals may differ in length or letters) is read by the patterns alone.
  let spaces = 0;
  let lower = false;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c > 127) return isPlausibleUpper(written.toUpperCase());
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) continue;
    // The first character is a letter; spaces, digits and punctuation may follow.
    else if (i === 0) return false;
    else if (c === 32) spaces++;
    else if (!isEntryPunctuation(c)) return false;
  }
  if (written.length === 0) return false;
  const entry = lower ? written.toUpperCase() : written;
  // A letter-spaced word of five letters needs four spaces.
  return (spaces < 4 || !LETTER_SPACED.test(entry)) && isPlausibleRest(entry);
}

/** Digits and the punctuation addressee lines use ([0-9 .()'/&,:+-] less the space). */
function isEntryPunctuation(c: number): boolean {
  return isDigit(c) || c === 46 || c === 40 || c === 41 || c === 39 || c === 47 || c === 38 || c === 44 || c === 58 || c === 43 || c === 45;
}

/** {@link isPlausible} of an entry already in capitals, by the patterns. */
function isPlausibleUpper(entry: string): boolean {
  return entry.length > 0 && ADDRESSEE_CHARACTERS.test(entry) && !LETTER_SPACED.test(entry) && isPlausibleRest(entry);
}

/** The tests of {@link isPlausible} after the character set and letter spacing. */
function isPlausibleRest(entry: string): boolean {
  return (
    // The unanchored patterns are tried only when what they need is there.
    !((entry.includes('NCLAS') || entry.includes('SECTION ')) && CLASSIFICATION_WORDS.test(entry)) &&
    !METADATA_LABEL.test(entry) &&
    !(entry.includes('-') && DISTRIBUTION_CODE.test(entry))
  );
}

/**
 * A lone short word or caption with no indicator (`SIPDIS`, `PROG`): a caption or tag line
 * that a copy without a classification line ran into the header, not an addressee.
 */
function isLoneWord(written: string): boolean {
  // A word of ASCII letters only can be one (other ASCII is never upper-cased into a letter).
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  const entry = written.toUpperCase();
  return /^[A-Z]+$/.test(entry) && (entry.length <= 4 || captionByName(entry) !== undefined);
}

/**
 * Whether a PLAD names a collective (`EUROPEAN POLITICAL COLLECTIVE`, also addressed by
 * name as `WESTERN HEMISPHERIC AFFAIRS DIPL POSTS`).
 */
export function isCollective(plad: string): boolean {
  const trimmed = plad.trim();
  // The pattern is tried only on the few PLADs ending in one of its words.
  return (trimmed.endsWith('COLLECTIVE') || trimmed.endsWith('POSTS')) && /\b(?:COLLECTIVE|POSTS)$/.test(trimmed);
}
