/**
 * The preamble: everything between the classification line and the first paragraph —
 * captions and passing lines, the SBU banner, the E.O. line, TAGS, SUBJECT, REF and
 * Classified By — in whatever order and however glued together the copy has them.
 */
import type { Span } from '../text/span';
import { looksLikeCaptionLine, parseCaptionLine, parseSbuBanner, SBU_BANNER } from './captionLine';
import { CLASSIFIED_BY_INSIDE, CLASSIFIED_BY_START, parseClassifiedBy } from './classifiedBy';
import { EO_INSIDE, EO_START, parseEoLine } from './eoLine';
import { type Line, Segment, skipLeadingResidue } from './lines';
import type {
  Block,
  CaptionLineNode,
  ClassifiedByNode,
  EoLineNode,
  PageHeaderNode,
  ReferencesNode,
  ResidueNode,
  SbuBannerNode,
  SubjectNode,
  TagsNode,
} from './nodes';
import { readWholeLinePageHeader } from './pageHeader';
import { parseReferences, REF_INSIDE, REF_START } from './references';
import { parseSubject, SUBJECT_INSIDE, SUBJECT_START } from './subjectLine';
import { parseTags, TAGS_START } from './tagsLine';
import { startsParagraph, startsSummary } from './bodyStarts';

type ElementKind = 'eo' | 'tags' | 'subject' | 'refs' | 'classifiedBy';

/** What the preamble parser found. */
export interface PreambleParse {
  blocks: Block[];
  residue: ResidueNode[];
  captionLines: CaptionLineNode[];
  sbuBanners: SbuBannerNode[];
  pageHeaders: PageHeaderNode[];
  eo: EoLineNode | null;
  tags: TagsNode | null;
  subject: SubjectNode | null;
  references: ReferencesNode | null;
  classifiedBy: ClassifiedByNode | null;
  /** Index of the line where the body starts (= lines.length when there is none). */
  bodyLine: number;
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
}

function labelAt(text: string): ElementKind | 'sbu' | null {
  if (EO_START.test(text)) return 'eo';
  if (TAGS_START.test(text)) return 'tags';
  if (SUBJECT_START.test(text)) return 'subject';
  if (CLASSIFIED_BY_START.test(text)) return 'classifiedBy';
  if (REF_START.test(text)) return 'refs';
  if (SBU_BANNER.test(text)) return 'sbu';
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
    eo: null,
    tags: null,
    subject: null,
    references: null,
    classifiedBy: null,
    bodyLine: lines.length,
  };
  const seen = new Set<ElementKind>();
  // Held in an object so the closures below and the loop see the same element.
  const state: { current: OpenElement | null } = { current: null };
  let sawSubjectOrLater = false;

  const close = () => {
    if (!state.current) return;
    const { kind, segments } = state.current;
    state.current = null;
    switch (kind) {
      case 'eo': {
        const node = parseEoLine(segments[0]);
        result.eo ??= node;
        result.blocks.push(node);
        // An E.O. line never wraps: anything after it on other segments is unknown.
        for (const extra of segments.slice(1)) result.blocks.push({ kind: 'unknown', span: extra.span });
        break;
      }
      case 'tags': {
        const { node, residue } = parseTags(segments);
        result.tags ??= node;
        result.blocks.push(node);
        result.residue.push(...residue);
        break;
      }
      case 'subject': {
        const node = parseSubject(source, segments, options.masked);
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
        result.classifiedBy ??= node;
        result.blocks.push(node);
        break;
      }
    }
  };

  const allMasks = (): Span[] => [...options.masked, ...result.pageHeaders.map((p) => p.span)].sort((a, b) => a.start - b.start);

  /** Finds a label glued inside `segment` after its start, for kinds not yet seen. */
  const innerLabel = (segment: Segment, within: ElementKind | null): number => {
    const text = segment.text;
    let best = -1;
    const consider = (index: number) => {
      if (index > 0 && (best < 0 || index < best)) best = index;
    };
    if (!seen.has('eo') && within !== 'eo') {
      const m = EO_INSIDE.exec(text);
      if (m) consider(m.index + m[0].length - m[1].length);
    }
    if (!seen.has('tags') && within !== 'tags' && within !== 'subject') {
      const m = /(?:^|[^A-Za-z])(TAGS:?) +[A-Z]/.exec(text);
      if (m) consider(m.index + m[0].indexOf(m[1]));
    }
    if (!seen.has('subject') && within !== 'subject') {
      const m = SUBJECT_INSIDE.exec(text);
      if (m) consider(m.index + m[0].indexOf(m[1]));
    }
    if (!seen.has('refs') && within === 'subject') {
      const m = REF_INSIDE.exec(text);
      if (m) consider(m.index);
    }
    if (!seen.has('classifiedBy') && within !== 'classifiedBy') {
      const m = CLASSIFIED_BY_INSIDE.exec(text);
      if (m) consider(m.index + m[0].indexOf(m[1]));
    }
    return best;
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
        close();
        seen.add(kind);
        if (kind === 'subject' || kind === 'refs' || kind === 'classifiedBy') sawSubjectOrLater = true;
        state.current = { kind, segments: [] };
      } else if (state.current === null) {
        if (lineStart && (startsParagraph(piece.text) || startsSummary(piece.text) || startsPortionMarkedText(piece.text))) return 'body';
        const split = innerLabel(piece, null);
        const part = split > 0 ? piece.until(split).trimmed() : piece;
        const captionLike = options.captionsAllowed && seen.size === 0 && looksLikeCaptionLine(part.text);
        if (lineStart && split <= 0 && (sawSubjectOrLater || !options.captionsAllowed || (!captionLike && (seen.size > 0 || isProse(part.text))))) {
          return 'body';
        }
        if (captionLike) {
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
      const active = state.current;
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
      if (state.current && !continuesAcrossBlank(state.current.kind, lines, i)) close();
      continue;
    }
    const contentStart = skipLeadingResidue(source, line.contentStart, line.contentEnd);
    if (contentStart >= line.contentEnd) continue; // residue alone: the caller keeps it as a residue node
    const segment = new Segment(source, contentStart, line.contentEnd);
    const pageHeader = readWholeLinePageHeader(segment, options.origin);
    if (pageHeader) {
      result.pageHeaders.push(pageHeader);
      result.blocks.push(pageHeader);
      continue;
    }
    const text = segment.text;
    const open = state.current;
    if (open && labelAt(text) === null && continues(open.kind, text)) {
      const split = innerLabel(segment, open.kind);
      if (split > 0) {
        open.segments.push(segment.until(split).trimmed());
        if (feed(segment.from(split).trimmed(), false) === 'body') {
          result.bodyLine = i;
          break;
        }
      } else {
        open.segments.push(segment);
      }
      continue;
    }
    if (open && labelAt(text) === null) close();
    if (feed(segment, true) === 'body') {
      close();
      result.bodyLine = i;
      return result;
    }
  }
  close();
  return result;
}

/** A line of running text rather than a caption or stray header residue. */
function isProse(text: string): boolean {
  return text.length > 60 && /[a-z]/.test(text);
}

/** Unnumbered text that opens with a portion mark: `(U) Following text continues…`. */
function startsPortionMarkedText(text: string): boolean {
  return /^\( ?(?:U|SBU|C|S|TS|LOU)(?:\/{1,2}[A-Z ,]+)? ?\) ?\S/i.test(text) && !CLASSIFIED_BY_START.test(text);
}

/** Whether a line with no label continues an open element. */
function continues(kind: ElementKind, text: string): boolean {
  if (startsParagraph(text) || SBU_BANNER.test(text)) return false;
  switch (kind) {
    case 'eo':
      return false;
    case 'tags':
      // Wrapped TAGS hold tag-like words only.
      return /^[A-Z0-9 ,;/&'()[\]#.-]+$/.test(text) && text.split(/[ ,]+/).length <= 12;
    case 'subject':
    case 'classifiedBy':
      return !startsSummary(text);
    case 'refs':
      return !startsSummary(text) && !startsPortionMarkedText(text);
  }
}

/** A REF block goes on past a blank line when the next line is its next lettered item. */
function continuesAcrossBlank(kind: ElementKind, lines: readonly Line[], blankIndex: number): boolean {
  if (kind !== 'refs') return false;
  for (let j = blankIndex + 1; j < lines.length; j++) {
    if (lines[j].blank) continue;
    const text = lines[j].content.replace(/^(?:¶|\[\d+\]\(#\)|\s)+/, '');
    return /^(?:\(?[B-Z][.):]|\[[B-Z]\]|\([B-Z]\))\s/.test(text) && !startsParagraph(text);
  }
  return false;
}
