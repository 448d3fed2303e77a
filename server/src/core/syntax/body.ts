/**
 * The body: numbered paragraphs (each running until the next paragraph or heading, across
 * blank lines and page headers), unnumbered text, headings, page headers between blocks,
 * the signature, and the BT / #SSN / NNNN trailer.
 */
import { isWhite, type Line, Segment, skipLeadingResidue } from './lines';
import type {
  Block,
  BulletNode,
  HeadingNode,
  PageBannerNode,
  PageHeaderNode,
  ParagraphNode,
  SignatureNode,
  SubParagraphNode,
  TextBlockNode,
  TrailerLineNode,
} from './nodes';
import { findInlinePageHeaders, isPageBanner, LEGACY_PAGE_BANNER, readWholeLinePageHeader } from './pageHeader';
import { readPortionMark } from './portionMark';
import { isRule, PARAGRAPH_START, paragraphNumberAt } from './bodyStarts';
import { tokenOf, type Token } from '../text/span';
import { isDigit, isWordCharacter } from '../text/characters';

/** What the body parser found. */
export interface BodyParse {
  blocks: Block[];
  paragraphs: ParagraphNode[];
  headings: HeadingNode[];
  pageHeaders: PageHeaderNode[];
  pageBanners: PageBannerNode[];
  signature: SignatureNode | null;
  trailer: TrailerLineNode[];
  /** Offsets where each paragraph's or sub-paragraph's text begins (for `Summary:` openers). */
  textStarts: number[];
}

interface OpenBlock {
  readonly kind: 'paragraph' | 'text';
  readonly start: number;
  end: number;
  readonly number: Token | null;
  readonly value: number;
  readonly numberPunctuation: Token | null;
  readonly portionMark: ParagraphNode['portionMark'];
  readonly textStart: number;
  readonly subs: Array<{ label: Token; portionMark: SubParagraphNode['portionMark']; start: number; end: number }>;
  readonly bullets: BulletNode[];
  readonly pageHeaders: PageHeaderNode[];
  /** Line of the last non-blank content, for heading and paragraph plausibility. */
  lastLine: number;
}

/** `4-12.`, `4 - 5.`: a range of item numbers answered at once. */
const NUMBER_RANGE = /^(\d{1,3}) ?- ?(\d{1,3})\.(?=\s|\(|$)/;

const SUB_LABEL = /^(?:\(([A-Za-z])\)|(\d{1,3})?([A-Za-z])([.)]))(?=\s)/;
const BULLET = /^(--+|-|\*|•|·|–)(?=\s)/;

/**
 * Parses the body from line `first` to the end of the text; from offset `firstOffset` of that
 * line when the body starts inside it (after a Classified By line it was run onto).
 */
export function parseBody(source: string, lines: readonly Line[], first: number, origin: string | null, firstOffset: number | null = null): BodyParse {
  const result: BodyParse = { blocks: [], paragraphs: [], headings: [], pageHeaders: [], pageBanners: [], signature: null, trailer: [], textStarts: [] };
  // The body starts inside its first line (paragraph 1 run onto the end of the preamble's
  // Classified By line): that line is read from there, as if it began there.
  if (firstOffset !== null && first < lines.length) lines = withContentFrom(lines, first, firstOffset);

  // The trailer and the signature, read from the end.
  let last = lines.length - 1;
  const trailer: TrailerLineNode[] = [];
  for (; last >= first; last--) {
    const line = lines[last];
    if (line.blank) continue;
    const node = trailerLine(source, line);
    if (!node) break;
    trailer.unshift(node);
  }
  // Older copies put page banners, distribution notes or a stray caption after the
  // signature; they are read past (kept as unknown blocks) to find it.
  const afterSignature: number[] = [];
  let probe = last;
  while (probe >= first && afterSignature.length < 6) {
    const line = lines[probe];
    if (line.blank) {
      probe--;
      continue;
    }
    if (!isClosingNoise(line.content)) break;
    afterSignature.push(probe);
    probe--;
  }
  let signatureLine = -1;
  /** Where the name starts in the signature line's content when it closes a line of text (else 0). */
  let sameLineStart = 0;
  const wholeLines = lines;
  if (probe >= first && isSignature(source, lines, probe, first, origin)) {
    signatureLine = probe;
    last = probe - 1;
    for (const k of afterSignature.reverse()) result.blocks.push({ kind: 'unknown', span: { start: lines[k].contentStart, end: lines[k].contentEnd } });
  } else if (last >= first && isSignature(source, lines, last, first, origin)) {
    signatureLine = last;
    last--;
  } else if (probe >= first && !lines[probe].blank) {
    // `21.  BEIRUT MINIMIZE CONSIDERED.  EAGLETON`: the name closes the last line of text.
    const cut = sameLineSignatureStart(lines[probe].content);
    if (cut > 0) {
      signatureLine = probe;
      sameLineStart = cut;
      last = probe;
      lines = withContentCut(lines, probe, cut);
      for (const k of afterSignature.reverse()) result.blocks.push({ kind: 'unknown', span: { start: lines[k].contentStart, end: lines[k].contentEnd } });
    }
  }

  let open: OpenBlock | null = null;
  let lastParagraphNumber = 0;
  /** The line of the last rule a heading took as its underline (it cannot also be the next heading's overline). */
  let ruleTaken = -1;
  /** The last item number of a numbered list running inside the open paragraph. */
  let listValue: number | null = null;
  /** Whether the items of that list carry portion marks (taken from its first item). */
  let listItemsMarked = false;
  /** How many lists opened right after a heading, outside any paragraph: numbering that restarts section by section. */
  let listsAfterHeadings = 0;
  // Quoted text (BEGIN TEXT … END TEXT) has its own numbering and headings: within it, numbered
  // lines are items of the paragraph that quotes it.
  // The number of the next numbered line below a line: a restart at 1 followed by 2 is a list,
  // a lone 1 is a misnumbered paragraph.
  const nextNumbers = new NextNumberedLines(source, lines, last);
  const quoted = quotedLines(source, lines, first, last);
  const close = () => {
    if (!open) return;
    const block = finish(open);
    if (block.kind === 'paragraph') result.paragraphs.push(block);
    result.blocks.push(block);
    result.pageHeaders.push(...open.pageHeaders);
    open = null;
  };

  for (let i = first; i <= last; i++) {
    const line = lines[i];
    if (line.blank) continue;
    const contentStart = skipLeadingResidue(source, line.contentStart, line.contentEnd);
    if (contentStart >= line.contentEnd) {
      // A line of residue only: it stays inside the open block, or stands alone.
      if (open) open.end = line.contentEnd;
      else result.blocks.push({ kind: 'unknown', span: { start: line.contentStart, end: line.contentEnd } });
      continue;
    }
    // The line's content from `contentStart` on. A segment of it is made only where a token or
    // a page header is read from it (a few lines in a hundred), not for every line.
    const contentEnd = line.contentEnd;
    // The line's content is already a string unless residue stood before it.
    const text = contentStart === line.contentStart ? line.content : source.slice(contentStart, contentEnd);

    const wholeHeader = line.hasOf ? readWholeLinePageHeader(new Segment(source, contentStart, contentEnd), origin, true) : null;
    if (wholeHeader && wholeHeader.span.end >= line.contentEnd) {
      if (open) {
        open.pageHeaders.push(wholeHeader);
        open.end = line.contentEnd;
      } else {
        result.pageHeaders.push(wholeHeader);
        result.blocks.push(wholeHeader);
      }
      continue;
    }

    if (isPageBanner(source, contentStart, contentEnd)) {
      const banner: PageBannerNode = { kind: 'pageBanner', span: { start: contentStart, end: contentEnd } };
      result.pageBanners.push(banner);
      if (open) open.end = line.contentEnd;
      else result.blocks.push(banner);
      continue;
    }

    // A line of residue only (`¶`) counts as the blank line it is once the residue is gone.
    const previousBlank =
      i === first || lines[i - 1].blank || residueOnly(source, lines[i - 1]) || isPageHeaderLine(source, lines[i - 1], origin) || isBannerLine(source, lines[i - 1]);
    // A paragraph number opens with a digit: other lines are settled without the pattern.
    const firstCode = source.charCodeAt(contentStart);
    const pm = isDigit(firstCode) ? PARAGRAPH_START.exec(text) : null;
    const pmMark = pm ? readPortionMark(source, contentStart + skipSpaces(text, pm[0].length)) : null;
    // A table of contents before the first paragraph (`1.   Lead Stories Summary` … `10.  …`,
    // one line each, then the sections numbered from 1 again): a list, not paragraphs.
    // (Asked of a line `1.` only while no paragraph is open yet: once, as paragraph 1 opens after it.)
    const contentsEnd = pm && pm[1] === '1' && pm[2] === '.' && open === null && lastParagraphNumber === 0 && !pmMark ? tableOfContentsEnd(source, lines, i, last) : -1;
    if (contentsEnd >= 0) {
      const contents = newBlock('text', line.contentStart, line.contentEnd, null, 0, null, null, contentStart, i);
      result.textStarts.push(contentStart);
      for (let k = i; k <= contentsEnd; k++) {
        const entry = lines[k];
        const number = PARAGRAPH_START.exec(entry.content)!;
        addListItem(contents, source, k, entry.contentStart, entry.contentEnd, entry.contentStart + number[0].length);
      }
      open = contents;
      close();
      i = contentsEnd;
      continue;
    }
    // `4-12. (U) No data on items 4 to 12.` after item `3.` of a list: the list's items 4 to 12
    // answered at once (a reply to a numbered questionnaire).
    if (open !== null && listValue !== null && isDigit(firstCode)) {
      const range = NUMBER_RANGE.exec(text);
      const from = range ? Number(range[1]) : 0;
      const to = range ? Number(range[2]) : 0;
      const rangeMark = range ? readPortionMark(source, contentStart + skipSpaces(text, range[0].length)) : null;
      if (range && from === listValue + 1 && to > from && !(rangeMark !== null && !listItemsMarked && from === lastParagraphNumber + 1)) {
        listValue = to;
        addListItem(open, source, i, contentStart, contentEnd, contentStart + range[0].length);
        addInlineHeaders(open, source, contentStart, contentEnd, origin, wholeHeader, line.hasOf);
        continue;
      }
    }
    if (pm && (pm[2] === '.' || pmMark)) {
      const value = Number(pm[1]);
      const markAt = skipSpaces(text, pm[0].length);
      const mark = pmMark;
      // A numbered list inside a paragraph (`1. More credit lines …`, the operative
      // paragraphs of a resolution) restarts at 1: its items are not paragraphs. So does a
      // lone `1.` right below a heading (or a lettered section title, `2G. Continual
      // Progress`) in a cable that has numbered from 1 again under its headings before: a
      // section with one item.
      const afterHeading = open === null && result.blocks.length > 0 && result.blocks[result.blocks.length - 1].kind === 'heading';
      const restartsList =
        value === 1 &&
        lastParagraphNumber >= 1 &&
        (nextNumbers.valueBelow(i) === 2 || (listsAfterHeadings > 0 && (afterHeading || (previousBlank && letteredTitleAbove(lines, i, first)))));
      if (open === null && restartsList) {
        // A list after a heading: held by an unnumbered block of its own.
        open = newBlock('text', line.contentStart, line.contentEnd, null, 0, null, null, contentStart, i);
        if (afterHeading) listsAfterHeadings++;
      }
      const continuesList = listValue !== null && value === listValue + 1;
      // `3. (U) DS INITIATED INVESTIGATIONS:` after a list `1. BUENOS AIRES`, `2. CONSTITUENT
      // POSTS` inside paragraph 2: a portion-marked line that is the next paragraph number
      // opens that paragraph when the list's own items carry no mark.
      const paragraphNotItem = continuesList && !restartsList && mark !== null && !listItemsMarked && value === lastParagraphNumber + 1;
      const inList = open !== null && (quoted.has(i) || (continuesList && !paragraphNotItem) || restartsList);
      if (inList && open !== null) {
        if (restartsList || listValue === null) listItemsMarked = mark !== null;
        listValue = value;
        addListItem(open, source, i, contentStart, contentEnd, contentStart + pm[0].length);
        addInlineHeaders(open, source, contentStart, contentEnd, origin, wholeHeader, line.hasOf);
        continue;
      }
      if (mark || previousBlank || open === null || value === lastParagraphNumber + 1) {
        close();
        listValue = null;
        const numberToken = tokenOf(source, contentStart, contentStart + pm[1].length);
        const punctuationAt = pm[2] ? contentStart + pm[1].length + (pm[2].startsWith(' ') ? 1 : 0) : -1;
        const punctuation = pm[2] ? tokenOf(source, punctuationAt, punctuationAt + 1) : null;
        const textStart = mark ? skipSpaces(source, mark.span.end, line.contentEnd) : contentStart + markAt;
        open = newBlock('paragraph', line.contentStart, line.contentEnd, numberToken, value, punctuation, mark, textStart, i);
        result.textStarts.push(textStart);
        lastParagraphNumber = value;
        addInlineHeaders(open, source, contentStart, contentEnd, origin, wholeHeader, line.hasOf);
        continue;
      }
    }

    // A short line between the items of a list inside the open paragraph (`Governor of
    // Colorado - Nov 13-15` above item `3.` of a list at `2.`) is the list's text, not a
    // heading: the numbered line below goes on with the list, not with the paragraphs.
    // Only an unmarked list going on to an unmarked line: a portion-marked line below a
    // heading is a paragraph (a memorandum numbering its record from 1 after its heading).
    const listGoesOnBelow =
      open !== null &&
      listValue !== null &&
      !listItemsMarked &&
      nextNumbers.valueBelow(i) === listValue + 1 &&
      listValue + 1 !== lastParagraphNumber + 1 &&
      !nextNumbers.markedBelow(i);
    if (!quoted.has(i) && !listGoesOnBelow && isHeading(lines, i, first, last, source)) {
      close();
      // A rule line the heading before has taken as its underline is not this one's overline.
      const heading = headingAt(source, lines, i, ruleTaken !== i - 1);
      result.headings.push(heading);
      result.blocks.push(heading);
      // Skip a rule line under the heading; it belongs to the heading.
      if (i + 1 <= last && isRule(lines[i + 1].content)) ruleTaken = ++i;
      continue;
    }
    if (isRule(text) && i + 1 <= last && isHeading(lines, i + 1, first, last, source)) {
      close();
      const heading = headingAt(source, lines, i + 1, true);
      result.headings.push(heading);
      result.blocks.push(heading);
      i += i + 2 <= last && isRule(lines[i + 2].content) ? 2 : 1;
      if (isRule(lines[i].content)) ruleTaken = i;
      continue;
    }

    if (open && previousBlank && !subLabelAt(open, text) && readPortionMark(source, contentStart)) close();
    if (!open) {
      const mark = readPortionMark(source, contentStart);
      const textStart = mark ? skipSpaces(source, mark.span.end, line.contentEnd) : contentStart;
      open = newBlock('text', line.contentStart, line.contentEnd, null, 0, null, mark, textStart, i);
      result.textStarts.push(textStart);
      if (!mark) addSubOrBullet(open, source, contentStart, contentEnd, text, result.textStarts);
      addInlineHeaders(open, source, contentStart, contentEnd, origin, wholeHeader, line.hasOf);
      continue;
    }
    open.end = line.contentEnd;
    open.lastLine = i;
    addSubOrBullet(open, source, contentStart, contentEnd, text, result.textStarts);
    addInlineHeaders(open, source, contentStart, contentEnd, origin, wholeHeader, line.hasOf);
  }
  close();

  if (signatureLine >= 0) {
    const line = wholeLines[signatureLine];
    // Trailing `#` cut by a loop: `/#+$/` would retry from every `#` of a long run.
    let nameEnd = line.content.length;
    while (nameEnd > 0 && line.content[nameEnd - 1] === '#') nameEnd--;
    const name = line.content.slice(sameLineStart, nameEnd).replace(/\s+/g, ' ').trim();
    const signature: SignatureNode = { kind: 'signature', span: { start: line.contentStart + sameLineStart, end: line.contentEnd }, text: name };
    result.signature = signature;
    result.blocks.push(signature);
  }
  result.trailer.push(...trailer);
  result.blocks.push(...trailer);
  return result;
}

const QUOTE_OPENS = /\b(?:BEGIN|Begin) (?:[A-Za-z-]+ ){0,3}(?:TEXT|Text|text|QUOTE|Quote)\b/;
const QUOTE_CLOSES = /\b(?:END|End) (?:OF )?(?:[A-Za-z-]+ ){0,3}(?:TEXT|Text|text|QUOTE|Quote)\b/;

/**
 * The value of the next line below a given one (up to line `last`) that opens with a paragraph
 * number, 0 if none. It is asked only of a line numbered 1 after the cable's first paragraph,
 * so it is searched for from there rather than computed for every line; the answer is kept
 * until the search passes the line found, so lines asked in increasing order are each read
 * at most once.
 */
class NextNumberedLines {
  /** The last line asked about, the numbered line found below it (`last + 1`: none) and its value. */
  private askedAt = -1;
  private foundAt = -1;
  private foundValue = 0;

  constructor(
    private readonly source: string,
    private readonly lines: readonly Line[],
    private readonly last: number,
  ) {}

  valueBelow(i: number): number {
    // Between the line asked last and the line found below it, the answer is the same.
    if (i >= this.askedAt && i < this.foundAt) {
      this.askedAt = i;
      return this.foundValue;
    }
    this.askedAt = i;
    this.foundAt = this.last + 1;
    this.foundValue = 0;
    for (let j = i + 1; j <= this.last; j++) {
      const value = this.numberOf(this.lines[j]);
      if (value === null) continue;
      this.foundAt = j;
      this.foundValue = value;
      break;
    }
    return this.foundValue;
  }

  /** Whether the numbered line below line `i` ({@link valueBelow}) has a portion mark after its number. */
  markedBelow(i: number): boolean {
    if (this.valueBelow(i) === 0 || this.foundAt > this.last) return false;
    const line = this.lines[this.foundAt];
    const start = skipLeadingResidue(this.source, line.contentStart, line.contentEnd);
    const number = PARAGRAPH_START.exec(this.source.slice(start, line.contentEnd));
    return number !== null && readPortionMark(this.source, start + skipSpaces(this.source.slice(start, line.contentEnd), number[0].length)) !== null;
  }

  private numberOf(line: Line): number | null {
    if (line.blank) return null;
    const start = skipLeadingResidue(this.source, line.contentStart, line.contentEnd);
    // A paragraph number opens with a digit: other lines are not copied to be asked.
    const first = this.source.charCodeAt(start);
    if (!isDigit(first)) return null;
    return paragraphNumberAt(this.source.slice(start, line.contentEnd));
  }
}

/**
 * Lines strictly inside a quoted-text block. A block that is closed quotes what lies between
 * its markers. One that is never closed (`13. (S) Begin text of the report, paragraphs 42-47`
 * and no `End text`) quotes the numbered lines below it only when the first of them does not
 * go on from the paragraph that opened it: then they are the quoted document's own paragraphs,
 * up to a line that does go on (the cable's next paragraph number, or any paragraph with a
 * portion mark) or the end of the body. An opener followed by the cable's next paragraph
 * quotes nothing. marked-blocks-balanced reports the missing `End text` either way.
 */
function quotedLines(source: string, lines: readonly Line[], first: number, last: number): Set<number> {
  const inside = new Set<number>();
  // Most cables quote nothing: one search of the body settles it.
  if (first > last) return inside;
  const from = lines[first].start;
  const to = lines[last].end;
  if (!wordIn(source, 'BEGIN ', from, to) && !wordIn(source, 'Begin ', from, to)) return inside;
  let openedAt = -1;
  for (let i = first; i <= last; i++) {
    const text = lines[i].content;
    if (openedAt < 0) {
      if (QUOTE_OPENS.test(text) && !QUOTE_CLOSES.test(text)) openedAt = i;
    } else if (QUOTE_CLOSES.test(text)) {
      for (let k = openedAt + 1; k < i; k++) inside.add(k);
      openedAt = -1;
    }
  }
  if (openedAt >= 0) quoteUnclosed(source, lines, first, last, openedAt, inside);
  return inside;
}

/**
 * Whether `word` stands in `[from, to)` of `source` at a word's start (as `\b` tells it):
 * found by a forward search for the word itself, which skips the text many times faster than
 * a pattern with a word boundary tried at every offset.
 */
function wordIn(source: string, word: string, from: number, to: number): boolean {
  for (let at = source.indexOf(word, from); at >= 0 && at + word.length <= to; at = source.indexOf(word, at + 1)) {
    if (at === from || !isWordCharacter(source.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** The lines an unclosed quoted-text opener at `openedAt` quotes (see {@link quotedLines}). */
function quoteUnclosed(source: string, lines: readonly Line[], first: number, last: number, openedAt: number, inside: Set<number>): void {
  const numberOf = (line: Line): { value: number; marked: boolean } | null => {
    if (line.blank) return null;
    const start = skipLeadingResidue(source, line.contentStart, line.contentEnd);
    const text = source.slice(start, line.contentEnd);
    const value = paragraphNumberAt(text);
    if (value === null) return null;
    const m = PARAGRAPH_START.exec(text);
    return { value, marked: m !== null && readPortionMark(source, start + skipSpaces(text, m[0].length)) !== null };
  };
  // The number of the paragraph that holds the opener: the nearest numbered line at or above it.
  let holder: number | null = null;
  for (let k = openedAt; k >= first && holder === null; k--) holder = numberOf(lines[k])?.value ?? null;
  if (holder === null) return;
  // The cable goes on at a line numbered next after the holder, or at a portion-marked
  // paragraph (the quoted document's paragraphs carry no marks of the cable).
  const resumes = (n: { value: number; marked: boolean }) => n.value === holder + 1 || n.marked;
  const quoted: number[] = [];
  let numbered = 0;
  for (let k = openedAt + 1; k <= last; k++) {
    const n = numberOf(lines[k]);
    if (n && resumes(n)) break;
    if (n) numbered++;
    quoted.push(k);
  }
  if (numbered === 0) return;
  for (const k of quoted) inside.add(k);
}

function skipSpaces(text: string, from: number, end = text.length): number {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function newBlock(
  kind: 'paragraph' | 'text',
  start: number,
  end: number,
  number: Token | null,
  value: number,
  numberPunctuation: Token | null,
  portionMark: ParagraphNode['portionMark'],
  textStart: number,
  line: number,
): OpenBlock {
  return { kind, start, end, number, value, numberPunctuation, portionMark, textStart, subs: [], bullets: [], pageHeaders: [], lastLine: line };
}

function finish(open: OpenBlock): ParagraphNode | TextBlockNode {
  const subParagraphs: SubParagraphNode[] = open.subs.map((s) => ({
    kind: 'subParagraph',
    span: { start: s.start, end: s.end },
    label: s.label,
    portionMark: s.portionMark,
  }));
  const span = { start: open.start, end: open.end };
  if (open.kind === 'paragraph') {
    return {
      kind: 'paragraph',
      span,
      number: open.number!,
      value: open.value,
      numberPunctuation: open.numberPunctuation,
      portionMark: open.portionMark,
      textStart: open.textStart,
      subParagraphs,
      bullets: open.bullets,
      pageHeaders: open.pageHeaders,
    };
  }
  return { kind: 'text', span, portionMark: open.portionMark, subParagraphs, bullets: open.bullets, pageHeaders: open.pageHeaders };
}

/** Whether `text` opens with the next sub-paragraph label of `open` (`A.` first, then `B.` …). */
function subLabelAt(open: OpenBlock, text: string): RegExpExecArray | null {
  const sm = SUB_LABEL.exec(text);
  if (!sm) return null;
  const letter = sm[1] ?? sm[3];
  const previous = open.subs.length > 0 ? open.subs[open.subs.length - 1].label.text : null;
  const previousLetter = previous ? previous.replace(/[^A-Za-z]/g, '') : null;
  const expected = previousLetter ? String.fromCharCode(previousLetter.charCodeAt(0) + 1) : null;
  return letter === 'A' || letter === 'a' || letter === expected ? sm : null;
}

/** A sub-paragraph label or bullet opening the line content `[start, end)` of `source`; `text` is that content. */
function addSubOrBullet(open: OpenBlock, source: string, start: number, end: number, text: string, textStarts: number[]): void {
  const sm = subLabelAt(open, text);
  if (sm) {
    const label = tokenOf(source, start, start + sm[0].length);
    const markAt = skipSpaces(text, sm[0].length);
    const portionMark = readPortionMark(source, start + markAt);
    open.subs.push({ label, portionMark, start, end });
    textStarts.push(portionMark ? skipSpaces(source, portionMark.span.end, end) : start + markAt);
    return;
  }
  if (open.subs.length > 0) open.subs[open.subs.length - 1].end = end;
  const bm = BULLET.exec(text);
  if (bm) {
    const markAt = skipSpaces(text, bm[0].length);
    const portionMark = readPortionMark(source, start + markAt);
    open.bullets.push({ kind: 'bullet', span: { start, end }, marker: tokenOf(source, start, start + bm[0].length), portionMark });
    textStarts.push(portionMark ? skipSpaces(source, portionMark.span.end, end) : start + markAt);
  }
}

/** Adds line `index`, content `[start, end)` labelled by its number `[start, labelEnd)`, to `block` as an item of the numbered list it holds. */
function addListItem(block: OpenBlock, source: string, index: number, start: number, end: number, labelEnd: number): void {
  block.subs.push({ label: tokenOf(source, start, labelEnd), portionMark: null, start, end });
  block.end = end;
  block.lastLine = index;
}

/** The page headers of the line content `[start, end)` of `source`: the one opening it (`atStart`) and any inside it. */
function addInlineHeaders(open: OpenBlock, source: string, start: number, end: number, origin: string | null, atStart: PageHeaderNode | null, hasOf: boolean): void {
  if (atStart) open.pageHeaders.push(atStart);
  if (!hasOf) return;
  for (const header of findInlinePageHeaders(new Segment(source, start, end), origin)) {
    if (atStart && header.span.start < atStart.span.end) continue;
    open.pageHeaders.push(header);
  }
}

function isBannerLine(source: string, line: Line): boolean {
  return !line.blank && isPageBanner(source, line.contentStart, line.contentEnd);
}

function isPageHeaderLine(source: string, line: Line, origin: string | null): boolean {
  return !line.blank && line.hasOf && readWholeLinePageHeader(new Segment(source, line.contentStart, line.contentEnd), origin) !== null;
}

function trailerLine(source: string, line: Line): TrailerLineNode | null {
  const text = line.content;
  const span = { start: line.contentStart, end: line.contentEnd };
  if (text === 'BT') return { kind: 'trailerLine', span, which: 'bt', serial: null };
  if (text === 'NNNN') return { kind: 'trailerLine', span, which: 'nnnn', serial: null };
  const m = /^#(\d{3,5})$/.exec(text);
  if (m) return { kind: 'trailerLine', span, which: 'ssn', serial: { text: m[1], span: { start: line.contentStart + 1, end: line.contentEnd } } };
  void source;
  return null;
}

const SIGNATURE = /^[A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?){0,2}#*$/;

/**
 * Lines that may follow the signature in older copies: a classification banner alone, a
 * legacy page banner, `NNNN`, a stray caption, a communications centre note.
 */
function isClosingNoise(text: string): boolean {
  return (
    /^(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE|SIPDIS|NOFORN|NNNN|BT|#+)$/.test(text) ||
    /^NOTE BY [A-Z/]+:/.test(text) ||
    /^NOTE: NOT PASSED/.test(text) ||
    /^(?:Declassified\/Released|Systematic Review)\b/.test(text) ||
    /\bClassification: [A-Z]+$/.test(text) ||
    /^[>#*.\\-]+$/.test(text) ||
    LEGACY_PAGE_BANNER.test(text)
  );
}

/** A heading with its rules on the same line. */
const INLINE_RULED_HEADING = /^(?:[-=_]{3,} *[A-Za-z][A-Za-z ]{1,40}?(?: *[-=_]{3,})?|[A-Za-z][A-Za-z ]{1,40}? +[-=_]{3,})$/;


/**
 * A name closing the last line of text after the end of a sentence and two spaces or more
 * (`CONSIDERED.  EAGLETON`): one capitalised word of three letters or more, upper case in
 * upper-case text. Only the line's last 40 characters are tried.
 */
const SAME_LINE_SIGNATURE = /[.!?)"”] {2,}([A-Z][A-Za-z'’-]{2,24})#*$/;

/** Words that close a line without being a name. */
const NOT_SAME_LINE_NAME = /^(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|MINIMIZE|CONSIDERED|THANKS|REGARDS|ENDS|DECL|FYI|OADR)$/;

/** Where a name closing `content` starts (see {@link SAME_LINE_SIGNATURE}), or -1. */
function sameLineSignatureStart(content: string): number {
  const from = Math.max(0, content.length - 40);
  const m = SAME_LINE_SIGNATURE.exec(content.slice(from));
  if (!m) return -1;
  const name = m[1];
  if (NOT_SIGNATURE.test(name) || NOT_SAME_LINE_NAME.test(name)) return -1;
  const start = from + m.index + m[0].length - m[0].replace(/^[.!?)"”] +/, '').length;
  // Upper-case text is signed in upper case; mixed-case text in upper case or capitalised.
  const upperCase = name === name.toUpperCase();
  if (!upperCase && (!/^[A-Z][a-z'’-]+$/.test(name) || !/[a-z]/.test(content.slice(0, start)))) return -1;
  return start;
}

/** `2G. Continual Progress`, `B. Emergency Drills`: a section's letter (after its number) and a short title. */
const LETTERED_TITLE = /^\d{0,2}[A-Z]\. {1,4}[A-Z][^.]{0,70}$/;

/** How many blank lines may stand between a lettered section title and the line below it. */
const MAX_BLANKS_BELOW_TITLE = 3;

/** Whether the nearest non-blank line above line `i` (past a few blank lines) is a lettered section title. */
function letteredTitleAbove(lines: readonly Line[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 1 - MAX_BLANKS_BELOW_TITLE; k--) {
    if (lines[k].blank) continue;
    return LETTERED_TITLE.test(lines[k].content);
  }
  return false;
}

/** How many entries a table of contents must have at least (fewer are too weak a sign). */
const MIN_CONTENTS_ENTRIES = 3;

/** How long a table-of-contents entry may be: a title, not a paragraph's first line. */
const MAX_CONTENTS_ENTRY_LENGTH = 80;

/**
 * The last line of a table of contents that opens the body at line `first`, or -1. Its shape:
 * at least three lines in a row, numbered 1, 2, 3 … with no portion mark, each a short title
 * on one line, then a blank line, and the next numbered line below opens again at `1.` (the
 * sections the contents list). Media-reaction cables open this way.
 */
function tableOfContentsEnd(source: string, lines: readonly Line[], first: number, last: number): number {
  let end = first - 1;
  for (let k = first, expected = 1; k <= last; k++, expected++) {
    const line = lines[k];
    if (line.blank || line.contentStart !== skipLeadingResidue(source, line.contentStart, line.contentEnd)) break;
    if (line.content.length > MAX_CONTENTS_ENTRY_LENGTH || paragraphNumberAt(line.content) !== expected) break;
    const number = PARAGRAPH_START.exec(line.content)!;
    if (number[2] !== '.' || readPortionMark(source, line.contentStart + skipSpaces(line.content, number[0].length)) !== null) break;
    end = k;
  }
  if (end - first + 1 < MIN_CONTENTS_ENTRIES || end + 1 > last || !lines[end + 1].blank) return -1;
  for (let k = end + 2; k <= last; k++) {
    const line = lines[k];
    if (line.blank || !isDigit(source.charCodeAt(line.contentStart))) continue;
    const value = paragraphNumberAt(line.content);
    if (value !== null) return value === 1 ? end : -1;
  }
  return -1;
}

/** The lines with line `index` starting at offset `from` (inside its content). */
function withContentFrom(lines: readonly Line[], index: number, from: number): Line[] {
  const copy = lines.slice();
  const line = lines[index];
  const start = Math.min(Math.max(from, line.contentStart), line.contentEnd);
  const content = line.content.slice(start - line.contentStart);
  copy[index] = { ...line, start, contentStart: start, content, blank: content.length === 0, hasOf: line.hasOf && content.includes(' OF ') };
  return copy;
}

/** `lines` with line `index` ending before `cut` (the line's text without the name that closes it). */
function withContentCut(lines: readonly Line[], index: number, cut: number): Line[] {
  const copy = lines.slice();
  const line = lines[index];
  const content = line.content.slice(0, cut).trimEnd();
  copy[index] = { ...line, content, contentEnd: line.contentStart + content.length, end: line.contentStart + content.length, hasOf: line.hasOf && content.includes(' OF ') };
  return copy;
}

/** The downgrading group marking of older cables (`GP-3`), on its own line above the signature. */
const GROUP_MARKING = /^GP-\d$/;

const NOT_SIGNATURE = /^(?:END|BEGIN|SUMMARY|COMMENT|NOTE|BT|NNNN|SIPDIS|UNQUOTE|QUOTE|TEXT)\b/i;

/**
 * Whether the last line of the text is a signature: one to three capitalised words, a name's
 * shape. The line above decides whether it ends a sentence instead; a continuation page header,
 * page banner or group marking (`GP-3`) right above the name is read past (PAGE-003), so the
 * line above that decides.
 */
function isSignature(source: string, lines: readonly Line[], index: number, first: number, origin: string | null): boolean {
  const text = lines[index].content;
  if (text.length > 40 || !SIGNATURE.test(text) || NOT_SIGNATURE.test(text)) return false;
  if (PARAGRAPH_START.test(text)) return false;
  let above = index - 1;
  while (above >= first && (isPageHeaderLine(source, lines[above], origin) || isBannerLine(source, lines[above]) || GROUP_MARKING.test(lines[above].content))) above--;
  if (text === text.toUpperCase()) {
    // An upper-case name is a signature unless it is the wrapped end of a sentence.
    if (above < first) return true;
    const previous = lines[above];
    if (previous.blank) return true;
    return /[.!?:)"”'’-]$/.test(previous.content) || /[a-z]/.test(previous.content) || isRule(previous.content);
  }
  // A mixed-case name (`Clinton`) counts only after the end of a sentence.
  if (above < first) return false;
  const previous = lines[above];
  return previous.blank || /[.!?)"”]$/.test(previous.content);
}

/**
 * A heading: a short line standing between blank lines (or dashed rules) that is not a
 * sentence: upper case, or mixed case when a numbered paragraph follows it.
 */
/** Whether a line holds archive residue and nothing else. */
function residueOnly(source: string, line: Line): boolean {
  return !line.blank && skipLeadingResidue(source, line.contentStart, line.contentEnd) >= line.contentEnd;
}

function isHeading(lines: readonly Line[], i: number, first: number, last: number, source: string): boolean {
  const line = lines[i];
  // Cheap tests first: most body lines are long, or run on from the line above.
  if (line.contentEnd - line.contentStart > 90) return false;
  // Read past residue before it (`¶THE WORKSHOP`), as paragraph numbers are.
  const start = skipLeadingResidue(source, line.contentStart, line.contentEnd);
  const length = line.contentEnd - start;
  // A heading stands alone: a blank line, a rule or residue alone above it and below it.
  const alone =
    (i === first || lines[i - 1].blank || residueOnly(source, lines[i - 1]) || isRule(lines[i - 1].content)) &&
    (i === last || lines[i + 1].blank || residueOnly(source, lines[i + 1]) || isRule(lines[i + 1].content));
  // Without a run of three rule characters (the ruled heading tested first below), a line of
  // the wrong length or that does not stand alone is no heading: most lines are settled here,
  // before their text is copied. (The residue the content may start with holds no rule
  // character, so the content answers for the text.)
  if (length < 2 || length > 80 || !alone) {
    // Such a line is a heading only when ruled on its own line (INLINE_RULED_HEADING below;
    // every later test fails for it), and that shape opens or ends with a rule character:
    // nearly every line is settled by its two ends, before it is searched for a rule run.
    if (!isRuleCharacter(source.charCodeAt(start)) && !isRuleCharacter(source.charCodeAt(line.contentEnd - 1))) return false;
    if (!holdsRuleRun(source, line.contentStart, line.contentEnd)) return false;
  }
  const text = source.slice(start, line.contentEnd);
  // `------- SUMMARY -------`, `Summary =======`: a heading ruled on its own line.
  if (holdsRuleRun(source, start, line.contentEnd) && INLINE_RULED_HEADING.test(text)) return true;
  if (!alone) return false;
  if (text.length < 2 || text.length > 80 || GROUP_MARKING.test(text)) return false;
  if (PARAGRAPH_START.test(text) || BULLET.test(text) || SUB_LABEL.test(text) || isRule(text)) return false;
  if (/^(?:END|BEGIN)\b/i.test(text)) return false;
  if (/[.,;]$/.test(text) || hasMoreWordsThan(text, 12)) return false;
  if (text.startsWith('(') || text.startsWith('[') || text.includes('¶')) return false;
  if (!hasTwoLetters(text)) return false;
  if (!/[a-z]/.test(text)) return true;
  if (/^[a-z]/.test(text) || hasMoreWordsThan(text, 8)) return false;
  for (let j = i + 1; j <= last; j++) {
    if (lines[j].blank || isRule(lines[j].content)) continue;
    const next = skipLeadingResidue(source, lines[j].contentStart, lines[j].contentEnd);
    return PARAGRAPH_START.test(source.slice(next, lines[j].contentEnd));
  }
  return false;
}

/**
 * Whether `text` (trimmed) has more than `count` words, as `text.split(/\s+/).length > count`
 * counts them, without making the pieces: one word more than there are runs of white space.
 */
function hasMoreWordsThan(text: string, count: number): boolean {
  let words = 1;
  for (let k = 0; k < text.length; k++) {
    if (!isWhite(text.charCodeAt(k))) continue;
    while (k + 1 < text.length && isWhite(text.charCodeAt(k + 1))) k++;
    if (++words > count) return true;
  }
  return false;
}

/** Whether `text` holds at least two ASCII letters. */
function hasTwoLetters(text: string): boolean {
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122 && ++letters >= 2) return true;
  }
  return false;
}

/** Whether `code` is `-`, `=` or `_`, the characters of a rule. */
function isRuleCharacter(code: number): boolean {
  return code === 45 /* - */ || code === 61 /* = */ || code === 95 /* _ */;
}

/**
 * Whether `[start, end)` of `source` holds `---`, `===` or `___` (asked of most body lines).
 * Every run of three characters covers exactly one offset `start + 3k + 2`, so only those are
 * read, and a run is looked for around one only when it holds a rule character: a third of
 * the line, where three searches for the runs read it three times. The document's text is
 * read, not the line's content: a line's content is a slice of it, which a loop of character
 * reads pays for on every read.
 */
function holdsRuleRun(source: string, start: number, end: number): boolean {
  for (let at = start + 2; at < end; at += 3) {
    const c = source.charCodeAt(at);
    if (c !== 45 /* - */ && c !== 61 /* = */ && c !== 95 /* _ */) continue;
    const before = source.charCodeAt(at - 1) === c;
    const after = at + 1 < end && source.charCodeAt(at + 1) === c;
    if (before && (after || source.charCodeAt(at - 2) === c)) return true;
    if (after && at + 2 < end && source.charCodeAt(at + 2) === c) return true;
  }
  return false;
}

function headingAt(source: string, lines: readonly Line[], i: number, ruleAboveFree: boolean): HeadingNode {
  const line = lines[i];
  const rules: Token[] = [];
  let start = line.contentStart;
  let end = line.contentEnd;
  const above = lines[i - 1];
  const below = lines[i + 1];
  if (ruleAboveFree && above && !above.blank && isRule(above.content)) {
    rules.push({ text: above.content, span: { start: above.contentStart, end: above.contentEnd } });
    start = above.contentStart;
  }
  if (below && !below.blank && isRule(below.content)) {
    rules.push({ text: below.content, span: { start: below.contentStart, end: below.contentEnd } });
    end = below.contentEnd;
  }
  const textStart = skipLeadingResidue(source, line.contentStart, line.contentEnd);
  return { kind: 'heading', span: { start, end }, text: tokenOf(source, textStart, line.contentEnd), rules };
}
