/** The TAGS line: `TAGS: PREL PGOV TU`, wrapped, comma- or space-separated, colon or not. */
import { isCapitalOrDigit } from '../text/characters';
import { BoundedCache } from '../boundedCache';
import { closestMatches } from '../text/similarity';
import { splitGlued, writtenCountryCodes } from '../vocab/gluedTags';
import { allTags, lookupTag, PERSON_TAGS, type ExtraTags } from '../vocab/tags';
import type { Span } from '../text/span';
import type { Segment } from './lines';
import { maskedText } from './mask';
import type { CaptionNode, ResidueNode, TagNode, TagsNode } from './nodes';

/** `TAGS:`, `TAGS`, and the misspellings copies have (`TAG:`, `TAGES:`, `TAS:`, `AGS:`, `TAGS;`). */
export const TAGS_LABEL = /^(TAGS|TAGES|TAG|TAS|AGS)\b ?([:;]?) */i;

/** Whether a line opens with a TAGS label (followed by a colon or a tag). */
export const TAGS_START = /^(?:TAGS|TAGES|TAG)(?: ?[:;]| +[A-Z[])|^(?:TAS|AGS) ?:/i;

/** A TAGS label glued inside a line after other text. */
export const TAGS_INSIDE = /(?:^|[^A-Za-z])(TAGS:?|Tags:|AGS:) +[A-Za-z[]/;

/** A line of tag-shaped words (two to four capitals, K-tags, commas) with no label. */
export const UNLABELLED_TAGS = /^[A-Z]{2,4}(?:,? +[A-Z]{2,4}){2,14},?$/;

/** Result of {@link parseTags}: the node and the residue found around linked tags. */
export interface TagsParse {
  readonly node: TagsNode;
  readonly residue: ResidueNode[];
}

const LINKED_TAG = /^\[([A-Za-z0-9]{1,12})\]\(#\)/;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly linked: boolean;
  /** Whether a comma (or semicolon) follows the word. */
  readonly commaAfter: boolean;
  /** Whether the word's line uses commas. */
  readonly commaLine: boolean;
}

/**
 * Parses the TAGS label in the first segment (absent on an unlabelled TAGS line) and the tags
 * in every segment. A person's name after OVIP, OEXC, OREP, OTRA or OCON is one tag
 * (`CLINTON, HILLARY`); on a comma-separated line, words between commas that are not known
 * tags form one tag (`HUMAN RIGHTS`).
 */
export function parseTags(segments: readonly Segment[], masked: readonly Span[] = []): TagsParse {
  const first = segments[0];
  const lm = TAGS_LABEL.exec(first.text);
  const label = lm ? first.tokenAt(0, lm[1].length) : first.tokenAt(0, 0);
  const residue: ResidueNode[] = [];
  const words: Word[] = [];
  segments.forEach((segment, index) => {
    // Page banners and headers inside the list are read through as spaces.
    const text = maskedText(segment.source, segment.start, segment.end, masked);
    const commaLine = /[,;]/.test(index === 0 && lm ? text.slice(lm[0].length) : text);
    let i = index === 0 && lm ? lm[0].length : 0;
    while (i < text.length) {
      const c = text[i];
      if (c === ',' || c === ';') {
        i++;
        continue;
      }
      if (c === ' ' || c === '\t') {
        while (text[i] === ' ' || text[i] === '\t') i++;
        continue;
      }
      // (A linked tag opens with its bracket: other words are not copied to be asked.)
      const linked = c === '[' ? LINKED_TAG.exec(text.slice(i, i + 20)) : null;
      if (linked) {
        const tagStart = segment.start + i + 1;
        residue.push({ kind: 'residue', span: { start: segment.start + i, end: tagStart }, what: 'tagLink' });
        residue.push({ kind: 'residue', span: { start: tagStart + linked[1].length, end: segment.start + i + linked[0].length }, what: 'tagLink' });
        i += linked[0].length;
        words.push({ start: tagStart, end: tagStart + linked[1].length, text: linked[1].toUpperCase(), linked: true, commaAfter: /^\s*[,;]/.test(text.slice(i)), commaLine });
        continue;
      }
      const start = i;
      while (i < text.length && text[i] !== ' ' && text[i] !== ',' && text[i] !== ';' && text[i] !== '\t') i++;
      words.push({ start: segment.start + start, end: segment.start + i, text: text.slice(start, i).toUpperCase(), linked: false, commaAfter: /^\s*[,;]/.test(text.slice(i)), commaLine });
    }
  });

  const tags: TagNode[] = [];
  const captions: CaptionNode[] = [];
  const source = first.source;
  const known = (w: Word) => lookupTag(w.text.replace(/[()]/g, '')) !== undefined || isCaption(w);
  /** Whether words[b] is on the same line as words[a], on a line without commas. */
  const sameSpaceLine = (a: number, b: number) => b < words.length && !words[b].commaLine && sameSegment(segments, words[a], words[b]);
  const phraseWordAt = (j: number) => isPhraseWord(words[j]) && !known(words[j]);
  /**
   * Whether the phrase ending at words[j] goes on with the next word: a phrase word, or a
   * function word that is also a country code (`IN`, `TO`) between two phrase words.
   */
  const phraseGoesOn = (j: number) =>
    sameSpaceLine(j, j + 1) && (phraseWordAt(j + 1) || (FUNCTION_WORDS.has(words[j + 1].text) && sameSpaceLine(j + 1, j + 2) && phraseWordAt(j + 2)));
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const bare = word.text.replace(/[()]/g, '');
    if (isCaption(word)) {
      captions.push({ kind: 'caption', span: { start: word.start, end: word.end }, name: word.text, passing: false });
      continue;
    }
    if (PERSON_TAGS.includes(bare)) {
      tags.push(tag(word.start, word.end, bare, word.linked, false));
      // The name: the following words that are not tags themselves.
      let j = k + 1;
      while (j < words.length && !words[j].linked && !known(words[j]) && j - k <= 5) j++;
      if (j > k + 1) {
        const run = words.slice(k + 1, j);
        tags.push(tag(run[0].start, run[run.length - 1].end, personName(source.slice(run[0].start, run[run.length - 1].end)), false, true));
        k = j - 1;
      }
      continue;
    }
    if (word.commaLine && !word.commaAfter && !known(word) && !word.linked) {
      // Words up to the next comma that are not known tags make one tag (`HUMAN RIGHTS`); a
      // function word that is also a country code joins them too (`TIP IN TURKEY`).
      const inItem = (j: number) => j + 1 < words.length && !words[j].commaAfter && words[j + 1].commaLine && !words[j + 1].linked && sameSegment(segments, words[j], words[j + 1]);
      let j = k;
      while (inItem(j) && (!known(words[j + 1]) || (FUNCTION_WORDS.has(words[j + 1].text) && inItem(j + 1) && !known(words[j + 2])))) j++;
      if (j > k) {
        tags.push(tag(word.start, words[j].end, foldSpaces(source.slice(word.start, words[j].end)).toUpperCase(), false, false));
        k = j;
        continue;
      }
    }
    if (!word.commaLine && ((isPhraseWord(word) && !known(word)) || (opensPhrase(word) && phraseGoesOn(k)))) {
      // `ECONOMIC AFFAIRS`, `MEDIA REACTION REPORT`: words that are not tags, written as one;
      // a short word that is no tag may open the phrase (`GOI EXTERNAL`, `NEW ZEALAND`).
      let j = k;
      while (phraseGoesOn(j)) j++;
      if (j > k) {
        tags.push(tag(word.start, words[j].end, foldSpaces(source.slice(word.start, words[j].end)).toUpperCase(), false, false));
        k = j;
        continue;
      }
    }
    tags.push(tag(word.start, word.end, word.text, word.linked, false));
  }
  readGluedParts(tags);
  const separators = separatorsBetween(tags, segments, masked);
  const last = segments[segments.length - 1];
  return {
    node: {
      kind: 'tags',
      span: { start: first.start, end: last.end },
      label,
      hasColon: lm !== null && lm[2] === ':',
      tags,
      captions,
      separators,
    },
    residue,
  };
}

/** No configured extra tags: the parser reads with the bundled table only. */
const NO_EXTRA_TAGS: ExtraTags = new Map();

/**
 * Gives each word that is listed tags run together its parts (`ITPHUM` → `IT` + `PHUM` when
 * the line also writes `IT`; `PHUMPGOV` → `PHUM` + `PGOV`). A word is split only when every
 * part is in the TAGS table, so a real tag, a name or a word with an unlisted piece stays whole.
 */
function readGluedParts(tags: TagNode[]): void {
  const codes = writtenCountryCodes(tags.map((t) => bareTag(t.text)), NO_EXTRA_TAGS);
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k];
    if (t.linked || t.person) continue;
    const bare = bareTag(t.text);
    const pieces = splitGlued(bare, NO_EXTRA_TAGS, codes);
    if (!pieces || !pieces.every((p) => lookupTag(p) !== undefined)) continue;
    let at = t.span.start + t.text.indexOf(bare);
    const parts = pieces.map((p) => {
      const part = tag(at, at + p.length, p, false, false);
      at += p.length;
      return part;
    });
    tags[k] = { ...t, parts };
  }
}

/** A tag without the punctuation written around it: `(ITPHUM),` → `ITPHUM`. */
function bareTag(text: string): string {
  // Most tags are written bare: their two ends (a capital or digit each, what the patterns keep) settle it without the patterns.
  if (isCapitalOrDigit(text.charCodeAt(0)) && isCapitalOrDigit(text.charCodeAt(text.length - 1))) return text;
  return text.replace(/^[^A-Z0-9]+/, '').replace(/[^A-Z0-9]+$/, '');
}

/**
 * The tags of the line as they are read: a word of tags run together gives the tags it holds
 * (each with its own span), every other tag itself.
 */
export function tagsAsRead(tags: TagsNode): TagNode[] {
  return tags.tags.flatMap((t) => t.parts ?? [t]);
}

/**
 * The separators between neighbouring tags: `mixed` when one line has both commas and spaces
 * between its tags, else `comma` when any gap holds a comma, else `space`. The spaces inside a
 * tag of several words (`HUMAN RIGHTS`, `CLINTON, HILLARY`) separate nothing.
 */
function separatorsBetween(tags: readonly TagNode[], segments: readonly Segment[], masked: readonly Span[]): TagsNode['separators'] {
  if (tags.length <= 1) return 'none';
  const from = segments[0].start;
  // One masked copy of the whole list, and a segment index that only moves forward: linear.
  const text = maskedText(segments[0].source, from, segments[segments.length - 1].end, masked);
  let segment = 0;
  const segmentOf = (offset: number) => {
    while (segment + 1 < segments.length && offset > segments[segment].end) segment++;
    return segment;
  };
  let commas = false;
  let mixed = false;
  let lineKinds = { comma: false, space: false };
  for (let k = 1; k < tags.length; k++) {
    const sameLine = segmentOf(tags[k - 1].span.end) === segmentOf(tags[k].span.start);
    if (!sameLine) lineKinds = { comma: false, space: false };
    const gap = text.slice(tags[k - 1].span.end - from, tags[k].span.start - from);
    if (/[,;]/.test(gap)) {
      commas = true;
      if (sameLine) lineKinds.comma = true;
    } else if (sameLine) {
      lineKinds.space = true;
    }
    if (lineKinds.comma && lineKinds.space) mixed = true;
  }
  return mixed ? 'mixed' : commas ? 'comma' : 'space';
}

/** Captions that are never tags nor keywords; a caption written on the TAGS line is not a tag. */
const CAPTIONS_NOT_TAGS: ReadonlySet<string> = new Set(['SIPDIS', 'NOFORN', 'NODIS', 'EXDIS', 'LIMDIS', 'STADIS']);

function isCaption(word: Word): boolean {
  return !word.linked && CAPTIONS_NOT_TAGS.has(word.text);
}

const FUNCTION_WORDS = new Set(['AND', 'OF', 'IN', 'WITH', 'THE', 'FOR', 'ON', 'TO']);
let shortTags: string[] | null = null;

/**
 * A word of a descriptive phrase rather than a tag: a function word, or six letters or more,
 * or five letters that are not one edit from a tag (so the typo `POGOV` stays a tag of its own).
 */
function isPhraseWord(word: Word): boolean {
  if (word.linked || !/^[A-Z]+$/.test(word.text)) return false;
  if (FUNCTION_WORDS.has(word.text)) return true;
  // (The recursion is bounded: only words of up to 16 letters are tried.)
  if (word.text.length >= 6) return word.text.length > 16 || !madeOfTags(word.text);
  if (word.text.length < 5) return false;
  return shortTagsNear(word.text).length === 0;
}

/**
 * The four-letter tags one edit from `word` (compared with every such tag of the table): the
 * answer is kept per word, as TAGS lines write the same words cable after cable.
 */
function shortTagsNear(word: string): readonly string[] {
  return SHORT_TAGS_NEAR.get(word, (w) => {
    shortTags ??= allTags().filter((t) => t.length === 4);
    return closestMatches(w, shortTags, 1);
  });
}

const SHORT_TAGS_NEAR = new BoundedCache<string, readonly string[]>(5000);

/**
 * A word of three letters that no table lists and that is not one slip from a four-letter tag
 * with the same first letter (so `PGV` stays a tag of its own): an abbreviation or a short word
 * that may open a descriptive phrase (`GOI EXTERNAL`, `TIP IN TURKEY`, `NEW ZEALAND`).
 */
function opensPhrase(word: Word): boolean {
  if (word.linked || !/^[A-Z]{3}$/.test(word.text) || lookupTag(word.text) !== undefined) return false;
  return shortTagsNear(word.text).every((t) => t[0] !== word.text[0]);
}

/**
 * Whether a word is tags run together (`MASSMNUC`, `ITPHUM`): known tags of two or four
 * letters, end to end, at least one of four. Country codes alone do not make a run: `POLITICS`
 * is PO + LI + TI + CS, and a word.
 */
function madeOfTags(word: string, hasLongTag = false): boolean {
  if (word.length === 0) return hasLongTag;
  for (const length of [4, 2]) {
    if (word.length >= length && lookupTag(word.slice(0, length)) !== undefined && madeOfTags(word.slice(length), hasLongTag || length === 4)) return true;
  }
  return false;
}

function tag(start: number, end: number, text: string, linked: boolean, person: boolean): TagNode {
  return { kind: 'tag', span: { start, end }, text, linked, person };
}

function sameSegment(segments: readonly Segment[], a: Word, b: Word): boolean {
  return segments.some((s) => a.start >= s.start && b.end <= s.end);
}

function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A person's name as the tag gives it: upper case, brackets dropped, spaces folded (`CLINTON, HILLARY`). */
function personName(text: string): string {
  return foldSpaces(text.replace(/[()]/g, '').replace(/,\s*$/, '')).toUpperCase();
}
