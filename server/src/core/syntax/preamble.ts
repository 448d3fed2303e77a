/**
 * The preamble: everything between the classification line and the first paragraph —
 * captions and passing lines, the SBU banner, the E.O. line, TAGS, SUBJECT, REF and
 * Classified By — in whatever order and however glued together the copy has them.
 */
import type { Span } from '../text/span';
import { captionByName } from '../vocab/captions';
import { looksLikeCaptionLine, parseCaptionLine, parseSbuBanner, SBU_BANNER } from './captionLine';
import { isCorrectedCopyNotice, parseCorrectedCopy } from './correctedCopy';
import { CLASSIFIED_BY_INSIDE, CLASSIFIED_BY_START, parseClassifiedBy } from './classifiedBy';
import { readPortionMark } from './portionMark';
import { continuesEoLine, EO_INSIDE, EO_START, parseEoLine } from './eoLine';
import { type Line, Segment, skipLeadingResidue } from './lines';
import type {
  Block,
  CaptionLineNode,
  ClassifiedByNode,
  EoLineNode,
  PageBannerNode,
  PageHeaderNode,
  ReferencesNode,
  ResidueNode,
  SbuBannerNode,
  SubjectNode,
  TagsNode,
} from './nodes';
import { findInlinePageBanners, findInlinePageHeaders, readPageBanner, readWholeLinePageHeader } from './pageHeader';
import { parseReferences, REF_INSIDE, REF_START } from './references';
import { parseSubject, SUBJECT_INSIDE, SUBJECT_START } from './subjectLine';
import { parseTags, TAGS_INSIDE, TAGS_START, UNLABELLED_TAGS } from './tagsLine';
import { isRule, startsParagraph, startsSummary } from './bodyStarts';
import { isClassificationLine, isGarbledClassificationLine, parseClassificationLine } from './classificationLine';
import { archiveRecordAt, isFullClassificationLine, mayOpenArchiveRecord } from './archiveCopy';

type ElementKind = 'eo' | 'tags' | 'subject' | 'refs' | 'classifiedBy';

/** What the preamble parser found. */
export interface PreambleParse {
  blocks: Block[];
  residue: ResidueNode[];
  captionLines: CaptionLineNode[];
  sbuBanners: SbuBannerNode[];
  pageHeaders: PageHeaderNode[];
  pageBanners: PageBannerNode[];
  eo: EoLineNode | null;
  tags: TagsNode | null;
  subject: SubjectNode | null;
  references: ReferencesNode | null;
  classifiedBy: ClassifiedByNode | null;
  /** Index of the line where the body starts (= lines.length when there is none). */
  bodyLine: number;
  /**
   * Offset inside line `bodyLine` where the body starts, when paragraph 1 was run onto the end
   * of the Classified By line ({@link paragraphGluedAfterReason}); null when the body starts
   * with the line's content.
   */
  bodyOffset: number | null;
  /**
   * Index of the line where the copy starts over (an archive's record of the cable, or the
   * classification line with the preamble's labels below it once more), or null. The preamble
   * stops there; the caller reads the opening again from that line.
   */
  restart: number | null;
}

interface OpenElement {
  readonly kind: ElementKind;
  readonly segments: Segment[];
}

/** How the preamble parser should behave. */
export interface PreambleOptions {
  /** Whether caption lines may appear (only after a classification line or header). */
  readonly captionsAllowed: boolean;
  readonly year: number | null;
  /** The cable's origin, to recognise its continuation page headers. */
  readonly origin: string | null;
  /** Spans to read through (residue found by the caller). */
  readonly masked: readonly Span[];
  /**
   * Whether a serial (of a classification line, of an archive record's cable id) is this
   * cable's, so that the copy may start over there: a copy holding a second cable does not
   * start over at its opening.
   */
  readonly isThisCable: (serial: string) => boolean;
}

function labelAt(text: string): ElementKind | 'sbu' | null {
  // Each label opens with one of a few letters (in either case: a case-blind pattern matches
  // an ASCII letter only with an ASCII letter), so the first character settles which
  // patterns can match, in the order they are tried.
  const first = text.charCodeAt(0) | 32; // ASCII letters to lower case (other characters matter only as themselves below)
  const raw = text.charCodeAt(0);
  if (first === 101 /* e */ && EO_START.test(text)) return 'eo';
  if ((first === 116 /* t */ || first === 97 /* a */) && TAGS_START.test(text)) return 'tags';
  if ((first === 115 /* s */ || first === 117 /* u */) && SUBJECT_START.test(text)) return 'subject';
  if ((first === 99 /* c */ || raw === 40 /* ( */) && CLASSIFIED_BY_START.test(text)) return 'classifiedBy';
  if (first === 114 /* r */ && REF_START.test(text)) return 'refs';
  if ((first === 116 /* t */ || first === 101 /* e */ || first === 115 /* s */ || first === 117 /* u */ || raw === 47 /* / */) && SBU_BANNER.test(text)) return 'sbu';
  return null;
}

/**
 * Parses the preamble from line `first` (and `lead`, the rest of the classification line
 * when text was glued onto it) until the body starts.
 */
export function parsePreamble(source: string, lines: readonly Line[], first: number, lead: Segment | null, options: PreambleOptions): PreambleParse {
  const result: PreambleParse = {
    blocks: [],
    residue: [],
    captionLines: [],
    sbuBanners: [],
    pageHeaders: [],
    pageBanners: [],
    eo: null,
    tags: null,
    subject: null,
    references: null,
    classifiedBy: null,
    bodyLine: lines.length,
    bodyOffset: null,
    restart: null,
  };
  const seen = new Set<ElementKind>();
  // A fragment without a classification line may still open with captions or passing lines
  // before its E.O., TAGS or SUBJECT line: allow them when such a label follows shortly.
  const captionsAllowed = options.captionsAllowed || labelFollows(lines, first, 12);
  // Held in an object so the closures below and the loop see the same element.
  const state: { current: OpenElement | null } = { current: null };
  let sawSubjectOrLater = false;

  // The spans the element parsers read through, gathered and sorted again only when a page
  // header or banner was found since (an element closes several times per cable, and the
  // residue of a damaged copy may run to thousands of spans). Both lists only grow until the
  // preamble returns.
  let masks: Span[] = [];
  let maskedHeaders = -1;
  let maskedBanners = -1;
  const allMasks = (): Span[] => {
    if (maskedHeaders !== result.pageHeaders.length || maskedBanners !== result.pageBanners.length) {
      masks = [...options.masked, ...result.pageHeaders.map((p) => p.span), ...result.pageBanners.map((b) => b.span)].sort((a, b) => a.start - b.start);
      maskedHeaders = result.pageHeaders.length;
      maskedBanners = result.pageBanners.length;
    }
    return masks;
  };

  const close = () => {
    if (!state.current) return;
    const { kind, segments } = state.current;
    state.current = null;
    switch (kind) {
      case 'eo': {
        // An E.O. line wraps only after a label that stands alone (`continues`): its
        // instruction on the next line is read with it. Anything else after it is unknown.
        const wrapped = segments.length > 1 && continuesEoLine(segments[0].text, segments[1].text);
        const node = parseEoLine(wrapped ? new Segment(source, segments[0].start, segments[1].end) : segments[0]);
        result.eo ??= node;
        result.blocks.push(node);
        for (const extra of segments.slice(wrapped ? 2 : 1)) result.blocks.push({ kind: 'unknown', span: extra.span });
        break;
      }
      case 'tags': {
        const { node, residue } = parseTags(segments, allMasks());
        result.tags ??= node;
        result.blocks.push(node);
        result.residue.push(...residue);
        break;
      }
      case 'subject': {
        const node = parseSubject(source, segments, allMasks());
        result.subject ??= node;
        result.blocks.push(node);
        break;
      }
      case 'refs': {
        const node = parseReferences(source, segments, allMasks(), options.year);
        result.references ??= node;
        result.blocks.push(node);
        break;
      }
      case 'classifiedBy': {
        const node = parseClassifiedBy(source, segments, allMasks());
        // Some copies repeat the line, once garbled: keep the one that gives a reason.
        if (result.classifiedBy === null || (result.classifiedBy.reasons.length === 0 && node.reasons.length > 0)) result.classifiedBy = node;
        result.blocks.push(node);
        break;
      }
    }
  };

  /** Finds a label glued inside `segment` after its start, for kinds not yet seen. */
  const innerLabel = (segment: Segment, within: ElementKind | null): number => {
    const text = segment.text;
    // Each label holds a part these searches find far faster than the patterns read the line
    // (most lines hold none): TAGS `AGS` or `ags:`, SUBJECT and REF a colon, Classified By
    // `LASSIFIED` or `lassified`.
    const colon = text.includes(':');
    let best = -1;
    const consider = (index: number) => {
      if (index > 0 && (best < 0 || index < best)) best = index;
    };
    if (!seen.has('eo') && within !== 'eo') {
      const m = EO_INSIDE.exec(text);
      if (m) consider(m.index + m[0].length - m[1].length);
    }
    if (!seen.has('tags') && within !== 'tags' && within !== 'subject' && (text.includes('AGS') || text.includes('ags:'))) {
      const m = TAGS_INSIDE.exec(text);
      if (m) consider(m.index + m[0].indexOf(m[1]));
    }
    if (!seen.has('subject') && within !== 'subject' && colon) {
      const m = SUBJECT_INSIDE.exec(text);
      if (m) consider(m.index + m[0].indexOf(m[1]));
    }
    if (!seen.has('refs') && (within === 'subject' || within === 'tags' || within === 'eo' || within === null) && colon) {
      const m = REF_INSIDE.exec(text);
      // Outside an element, only after capitals (`PROGRAM REF: A. …`), not in running text.
      if (m && (within !== null || !/[a-z]/.test(text.slice(0, m.index)))) consider(m.index + m[0].indexOf(m[1]));
    }
    if (!seen.has('classifiedBy') && within !== 'classifiedBy' && (text.includes('LASSIFIED') || text.includes('lassified'))) {
      const m = CLASSIFIED_BY_INSIDE.exec(text);
      if (m) consider(m.index + m[0].indexOf(m[1] ?? m[2]));
    }
    return best;
  };

  const start = (kind: ElementKind) => {
    close();
    seen.add(kind);
    if (kind === 'subject' || kind === 'refs' || kind === 'classifiedBy') sawSubjectOrLater = true;
    state.current = { kind, segments: [] };
  };

  /** Handles one piece of text that starts with a label or continues the current element. */
  const feed = (segment: Segment, lineStart: boolean): 'consumed' | 'body' => {
    let piece = segment;
    while (!piece.isEmpty) {
      const kind = labelAt(piece.text);
      if (kind === 'sbu') {
        close();
        const node = parseSbuBanner(piece);
        result.sbuBanners.push(node);
        result.blocks.push(node);
        return 'consumed';
      }
      if (kind !== null) {
        start(kind);
      } else if (state.current === null) {
        if (lineStart && (startsParagraph(piece.text) || startsSummary(piece.text) || startsPortionMarkedText(piece.text))) return 'body';
        // Captions, passing lines and notices stand only above the preamble's first element.
        const inCaptions = captionsAllowed && seen.size === 0;
        let split = innerLabel(piece, null);
        // A corrected-copy notice that names the part it corrects holds that part's label as
        // words (`(ADDING "CLASSIFIED BY" LINE)`, `- TAGS`, `- REF: A ADDED`): only an E.O. label
        // with its order, run onto the notice in a copy with joined lines, ends it.
        if (split > 0 && inCaptions && isCorrectedCopyNotice(piece.text)) {
          const eo = EO_INSIDE.exec(piece.text);
          split = eo ? eo.index + eo[0].length - eo[1].length : -1;
        }
        const part = split > 0 ? piece.until(split).trimmed() : piece;
        // A line of tags with no label between the E.O. line and SUBJECT is the TAGS line.
        if (seen.has('eo') && !seen.has('tags') && !seen.has('subject') && UNLABELLED_TAGS.test(part.text)) {
          start('tags');
          state.current!.segments.push(part);
          if (split <= 0) return 'consumed';
          piece = piece.from(split).trimmed();
          continue;
        }
        // A corrected-copy notice stands among the captions, often letter-spaced.
        const notice = inCaptions && isCorrectedCopyNotice(part.text);
        const captionLike = notice || (inCaptions && !isGarbledClassificationLine(part.text) && looksLikeCaptionLine(part.text));
        if (lineStart && split <= 0 && (sawSubjectOrLater || !captionsAllowed || (!captionLike && (seen.size > 0 || isProse(part.text))))) {
          return 'body';
        }
        if (notice) {
          result.blocks.push(parseCorrectedCopy(part));
        } else if (captionLike) {
          const node = parseCaptionLine(part);
          result.captionLines.push(node);
          result.blocks.push(node);
        } else {
          result.blocks.push({ kind: 'unknown', span: part.span });
        }
        if (split <= 0) return 'consumed';
        piece = piece.from(split).trimmed();
        continue;
      }
      const active = state.current!;
      const split = innerLabel(piece, active.kind);
      if (split > 0) {
        active.segments.push(piece.until(split).trimmed());
        piece = piece.from(split).trimmed();
        continue;
      }
      active.segments.push(piece);
      return 'consumed';
    }
    return 'consumed';
  };

  if (lead && !lead.isEmpty) feed(lead, false);

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      if (state.current && !continuesAcrossBlank(state.current, lines, i)) close();
      continue;
    }
    const contentStart = skipLeadingResidue(source, line.contentStart, line.contentEnd);
    if (contentStart >= line.contentEnd) continue; // residue alone: the caller keeps it as a residue node
    if (startsOver(source, lines, i, seen, options)) {
      close();
      result.restart = i;
      result.bodyLine = i;
      return result;
    }
    let segment = new Segment(source, contentStart, line.contentEnd);
    const pageHeader = line.hasOf ? readWholeLinePageHeader(segment, options.origin, true) : null;
    if (pageHeader) {
      result.pageHeaders.push(pageHeader);
      if (pageHeader.span.end >= segment.end) {
        result.blocks.push(pageHeader);
        continue;
      }
      // A header opening the line, with text of the preamble after it: a block of its own
      // (dropped by the caller when the element it interrupts runs on past it).
      result.blocks.push(pageHeader);
      segment = new Segment(source, pageHeader.span.end, line.contentEnd).trimmed();
    }
    const banner = readPageBanner(segment);
    if (banner) {
      result.pageBanners.push(banner);
      result.blocks.push(banner);
      continue;
    }
    // Page headers and banners glued inside a line are read through, not parsed as text.
    const headersBeforeLine = result.pageHeaders.length;
    if (line.hasOf) for (const inside of findInlinePageHeaders(segment, options.origin)) result.pageHeaders.push(inside);
    for (const inside of findInlinePageBanners(segment)) result.pageBanners.push(inside);
    const text = segment.text;
    const open = state.current;
    if (open && labelAt(text) === null) {
      const split = innerLabel(segment, open.kind);
      const head = split > 0 ? segment.until(split).trimmed() : segment;
      if (continues(open, head.text)) {
        open.segments.push(head);
        if (split > 0 && feed(segment.from(split).trimmed(), false) === 'body') {
          result.bodyLine = i;
          break;
        }
        continue;
      }
      close();
    }
    if (feed(segment, true) === 'body') {
      close();
      // The line is the body's first: the body parser reads the page headers inside it.
      result.pageHeaders.length = headersBeforeLine;
      result.bodyLine = i;
      return result;
    }
    // `… REASON: 1.4 (b), (d) 1.(C) In a brief meeting …`: paragraph 1 run onto the end of the
    // Classified By line (a copy that joins lines). The body starts there, on this line.
    const current: OpenElement | null = state.current;
    // Only a Classified By line of a few lines, holding a ` 1.` before a portion mark, is asked
    // (each asking reads the whole element again; the reason's own `1.4` is no such line).
    if (current?.kind === 'classifiedBy' && current.segments.length <= MAX_CLASSIFIED_BY_LINES && GLUED_PARAGRAPH_ONE.test(text)) {
      const last = current.segments[current.segments.length - 1];
      const glued = last && last.end === segment.end ? paragraphGluedAfterReason(source, current.segments, allMasks()) : -1;
      if (glued > last.start) {
        current.segments[current.segments.length - 1] = new Segment(source, last.start, glued).trimmed();
        close();
        result.pageHeaders.length = headersBeforeLine;
        result.bodyLine = i;
        result.bodyOffset = glued;
        return result;
      }
    }
  }
  close();
  return result;
}

/** ` 1.(C)`, ` 1. (C)`: paragraph 1 and the opening of its portion mark, after a space (see {@link paragraphGluedAfterReason}). */
const GLUED_PARAGRAPH_ONE = / 1\. {0,2}\(/;

/** How many segments a Classified By element may have for a paragraph glued to its end to be looked for. */
const MAX_CLASSIFIED_BY_LINES = 3;

/** How many non-blank lines below a classification line that starts the copy over may come before its E.O., TAGS or SUBJECT line (captions, passing lines). */
const OPENING_AGAIN_LOOKAHEAD = 12;

/**
 * Whether the copy starts over at line `i`: an archive's record of the cable
 * ({@link archiveRecordAt}), or, once the preamble has given its TAGS or SUBJECT, a full
 * classification line (with its origin and serial or section phrase) of this cable whose E.O.,
 * TAGS or SUBJECT line follows again: a copy that holds the cable's opening twice.
 */
function startsOver(source: string, lines: readonly Line[], i: number, seen: ReadonlySet<ElementKind>, options: PreambleOptions): boolean {
  const content = lines[i].content;
  if (mayOpenArchiveRecord(content)) {
    const record = archiveRecordAt(source, lines, i);
    if (record) return record.serial === null || options.isThisCable(record.serial);
  }
  if (!seen.has('tags') && !seen.has('subject')) return false;
  if (!isFullClassificationLine(content)) return false;
  const serial = parseClassificationLine(new Segment(content, 0, content.length), options.year)?.node.serial?.text;
  if (serial === undefined || !options.isThisCable(serial)) return false;
  let nonBlank = 0;
  for (let j = i + 1; j < lines.length && nonBlank < OPENING_AGAIN_LOOKAHEAD; j++) {
    if (lines[j].blank) continue;
    nonBlank++;
    const text = lines[j].content;
    if (startsParagraph(text) || isClassificationLine(text)) return false;
    const kind = labelAt(text);
    if (kind === 'eo' || kind === 'tags' || kind === 'subject') return true;
  }
  return false;
}

/** Whether a preamble label (E.O., TAGS, SUBJECT, REF, Classified By) starts one of the next `limit` non-blank lines. */
function labelFollows(lines: readonly Line[], from: number, limit: number): boolean {
  let seen = 0;
  for (let j = from; j < lines.length && seen < limit; j++) {
    if (lines[j].blank) continue;
    seen++;
    const kind = labelAt(lines[j].content);
    if (kind !== null && kind !== 'sbu') return true;
    if (startsParagraph(lines[j].content)) return false;
  }
  return false;
}

/** A line of running text rather than a caption or stray header residue. */
function isProse(text: string): boolean {
  return text.length > 60 && /[a-z]/.test(text);
}

/** Unnumbered text that opens with a portion mark: `(U) Following text continues…`. */
function startsPortionMarkedText(text: string): boolean {
  return /^\( ?(?:U|SBU|C|S|TS|LOU)(?:\/{1,2}[A-Z ,]+)? ?\) ?\S/i.test(text) && !CLASSIFIED_BY_START.test(text);
}

/**
 * The offset where paragraph 1 starts when it was run onto the end of a Classified By line,
 * right after the reason's letters (`REASON: 1.4 (b), (d) 1.(C) In a brief …`, `for reasons
 * 1.4 (B) and (D). 1. (C) The …`); -1 otherwise. Only this clear shape counts: the section
 * and at least one reason letter read, then nothing but closing punctuation and spaces before
 * `1.` and a portion mark. Any other text after the reason (`1.4 (d) 1.5 (b)`, a name) is
 * the line's own.
 */
function paragraphGluedAfterReason(source: string, segments: readonly Segment[], masked: readonly Span[]): number {
  const node = parseClassifiedBy(source, segments, masked);
  if (node.section === null || node.reasons.length === 0) return -1;
  const end = segments[segments.length - 1].end;
  let at = node.reasons[node.reasons.length - 1].span.end;
  // The letter's closing parenthesis, a full stop, spaces: at most a few characters.
  for (let k = 0; k < 4 && at < end && (source[at] === ')' || source[at] === '.' || source[at] === ' '); k++) at++;
  if (at >= end || source[at - 1] !== ' ' || source[at] !== '1') return -1;
  const rest = source.slice(at, Math.min(end, at + 20));
  // `1.(C)`, `1. (C)`, `1.  (SBU)`: the number, its full stop and a portion mark.
  const number = /^1\. {0,2}(?=\()/.exec(rest);
  if (!number || readPortionMark(source, at + number[0].length) === null) return -1;
  // A copy that joined the whole body onto this line (`1. (C) … 2. (S/NF) …`) is no such
  // shape: the body parser reads paragraphs by lines and would take paragraph 1 for all of it.
  if (holdsNumberedParagraph(source, at + number[0].length, end)) return -1;
  return at;
}

/** A paragraph number and portion mark after a space (` 2. (S/NF)`) between `from` and `end`. */
const GLUED_PARAGRAPH = / \d{1,2}\. {0,2}(?=\()/g;

/** Whether a numbered, portion-marked paragraph starts inside `[from, end)` of the text. */
function holdsNumberedParagraph(source: string, from: number, end: number): boolean {
  const text = source.slice(from, end);
  GLUED_PARAGRAPH.lastIndex = 0;
  for (let m = GLUED_PARAGRAPH.exec(text); m !== null; m = GLUED_PARAGRAPH.exec(text)) {
    if (readPortionMark(source, from + m.index + m[0].length) !== null) return true;
  }
  return false;
}

/** Whether a line with no label continues an open element. */
function continues(element: OpenElement, text: string): boolean {
  if (text.length === 0) return true;
  if (startsParagraph(text) || SBU_BANNER.test(text)) return false;
  switch (element.kind) {
    case 'eo':
      // `E.O. 12958:` alone, `DECL: 04/05/2011` on the line below: a wrapped instruction.
      return element.segments.length === 1 && continuesEoLine(element.segments[0].text, text);
    case 'tags':
      // Wrapped TAGS hold tag-like words only; a caption such as SIPDIS ends them.
      if (captionByName(text.toUpperCase()) !== undefined) return false;
      if (/^[A-Z0-9 ,;/&'()[\]#.-]+$/.test(text) && text.split(/[ ,]+/).length <= 12) return true;
      // After a trailing comma, the list goes on whatever the case.
      return element.segments.length > 0 && /,\s*$/.test(element.segments[element.segments.length - 1].text) && text.split(/[ ,]+/).length <= 8;
    case 'subject':
      // A rule line, a classification line or a summary ends the subject; `SUBJECT:` alone
      // takes the next line.
      if (isRule(text) || isClassificationLine(text)) return false;
      return !startsSummary(text) || element.segments.length === 1;
    case 'classifiedBy':
      return !startsSummary(text);
    case 'refs':
      // `(C) 03 BRASILIA 3347` is the next item, not a portion-marked paragraph.
      return !startsSummary(text) && (!startsPortionMarkedText(text) || /^\([A-Z]\)\s*(?:\d|[A-Z][A-Za-z]+ [A-Za-z ]*\d)/.test(text));
  }
}

const REF_ITEM_LABEL = /^(?:\(?[A-Z][.):]|\[[A-Z]\]|\([A-Z]\))\s/;

/**
 * A REF block goes on past a blank line when what follows still belongs to it: its next
 * lettered item, a serial cut off from its origin, or a line that carries further items;
 * and a `REFS:` label with nothing after it yet takes the items below the blank line.
 * A subject whose label stands alone takes the next line too, and a Classified By line with no
 * reason takes a `REASON:` line right below the blank line.
 */
function continuesAcrossBlank(element: OpenElement, lines: readonly Line[], blankIndex: number): boolean {
  if (element.kind === 'subject') return element.segments.length === 1 && /^\S+\s*:?$/.test(element.segments[0].text);
  // `CLASSIFIED BY: J. Smith, Consul General.` / blank line / `REASON: 1.4 (b), (d)`.
  if (element.kind === 'classifiedBy') {
    const next = lines[blankIndex + 1];
    return next !== undefined && !next.blank && /^REASONS?\s*:/i.test(next.content) && !/\b1\s*\.\s*[45]\b/.test(element.segments.map((g) => g.text).join(' '));
  }
  if (element.kind !== 'refs') return false;
  for (let j = blankIndex + 1; j < lines.length; j++) {
    if (lines[j].blank) continue;
    const text = lines[j].content.replace(/^(?:¶|\[\d+\]\(#\)|\s)+/, '');
    if (startsParagraph(text) || labelAt(text) !== null || startsSummary(text)) return false;
    if (element.segments.length === 1 && /^\S+\s*[:.]?$/.test(element.segments[0].text)) return true;
    if (REF_ITEM_LABEL.test(text)) return true;
    if (/^\d{1,7}\b/.test(text)) return true;
    // `C) RIO` / blank line / `DE JANEIRO 1291`: an origin cut off from its serial.
    const lastText = element.segments[element.segments.length - 1]?.text ?? '';
    if (/[A-Za-z]$/.test(lastText) && /^[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3} \d{1,7}\b/.test(text)) return true;
    return /^[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3} \d{1,7}\b.* [B-Z][.)] /.test(text);
  }
  return false;
}
