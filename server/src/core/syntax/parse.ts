/**
 * The cable parser: text in, {@link CableDocument} out. It never throws and runs in time
 * linear in the text: header, classification line, preamble and body are each read once,
 * line by line, and the inline scanners make one pass over each body block.
 */
import { LineIndex } from '../text/lineIndex';
import { contains, sortedBySpanStart, type Span } from '../text/span';
import { parseBody } from './body';
import { isClassificationLine, isGarbledClassificationLine, parseClassificationLine } from './classificationLine';
import { distributionLogBefore } from './distributionLog';
import { CLASSIFIED_BY_START, parseClassifiedBy } from './classifiedBy';
import { EO_START } from './eoLine';
import { opensHeader, parseHeader } from './header';
import { archiveRecordAt, classificationAfterTab, HEADER_ENDS, mayOpenArchiveRecord } from './archiveCopy';
import { blockWords, findBlockMarkers, findParaCitations, findRefCitations, findResidue, pairMarkers } from './inline';
import { type Line, nextNonBlank, Segment, skipLeadingResidue, splitLines, withGluedBackslashesCut, withoutLeadingResidue } from './lines';
import { maskedText } from './mask';
import type {
  Block,
  BlockMarkerNode,
  CableDocument,
  ClassificationLineNode,
  ClassifiedByNode,
  HeaderNode,
  ParaCitationNode,
  ParagraphNode,
  ParseOptions,
  RefCitationNode,
  ResidueNode,
} from './nodes';
import { type PreambleParse, parsePreamble } from './preamble';
import { REF_START } from './references';
import { SUBJECT_START } from './subjectLine';
import { TAGS_START } from './tagsLine';

/** How many non-blank lines after the header may precede the classification line (datelines, stray text). */
const CLASSIFICATION_LOOKAHEAD = 4;
/** How many times a copy may start over (an archive's copy of the opening, then the cable). */
const MAX_OPENINGS = 4;

function stopsHeader(content: string): boolean {
  // A classification line whose first letter a copy doubled or lost is no addressee either.
  if (content === 'BT' || isClassificationLine(content) || isGarbledClassificationLine(content)) return true;
  // The labels open with E, T or A, S or U (in either case): asked of every header line, most
  // of which open with none of them.
  const first = content.charCodeAt(0) | 32; // ASCII letters to lower case
  if (first !== 101 /* e */ && first !== 116 /* t */ && first !== 97 /* a */ && first !== 115 /* s */ && first !== 117 /* u */) return false;
  return EO_START.test(content) || TAGS_START.test(content) || SUBJECT_START.test(content);
}

/** Where the header ends: {@link stopsHeader}, or an archive's record of the cable (`>`, then the record's date…). */
function headerStops(text: string, lines: readonly Line[]): (content: string, index: number) => boolean {
  return (content, index) => stopsHeader(content) || (mayOpenArchiveRecord(content) && archiveRecordAt(text, lines, index) !== null);
}

/** An archive's copy of the header ends where the cable's header would, or at its `header ends` rule. */
function headerCopyStops(text: string, lines: readonly Line[]): (content: string, index: number) => boolean {
  const stops = headerStops(text, lines);
  return (content, index) => stops(content, index) || HEADER_ENDS.test(content);
}

/**
 * The lines as the header parser reads them: a classification line glued after a tab onto a
 * header line (`…WELLINGTON 2368<tab>C O N F I D E N T I A L …`) is cut off the line, and
 * where it starts is kept in `glued` by line.
 */
function withGluedClassificationCut(text: string, lines: readonly Line[], glued: Map<number, Span>): readonly Line[] {
  // Most copies hold no tab at all: one search of the text settles it. The lines are copied
  // only when one is cut (the same array comes back otherwise).
  if (text.indexOf('\t') < 0) return lines;
  let out: Line[] | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.blank || !line.content.includes('\t')) continue;
    const at = classificationAfterTab(line);
    if (at < 0) continue;
    glued.set(k, { start: at, end: line.contentEnd });
    const cut = line.content.lastIndexOf('\t');
    const content = line.content.slice(0, cut).trimEnd();
    out ??= lines.slice();
    out[k] = { ...line, content, contentEnd: line.contentStart + content.length };
  }
  return out ?? lines;
}

/** What {@link readArchiveRecords} found after the header. */
interface AfterRecords {
  /** The line to look for the classification line from. */
  readonly next: number;
  /** A classification line glued after a tab onto the last line of a copy of the header. */
  readonly glued: Segment | null;
}

/**
 * Reads the archive's records of the cable and its copies of the header from line `from` on
 * ({@link archiveRecordAt}): the records become archive-record blocks, each copy of the header
 * a header block of its own (the document's header stays the first).
 */
function readArchiveRecords(text: string, lines: readonly Line[], from: number, glued: ReadonlyMap<number, Span>, blocks: Block[]): AfterRecords {
  let at = nextNonBlank(lines, from);
  let next = from;
  for (let guard = 0; guard < MAX_OPENINGS; guard++) {
    const record = archiveRecordAt(text, lines, at);
    if (!record) break;
    for (const span of record.spans) blocks.push({ kind: 'archiveRecord', span });
    next = record.next;
    let gluedLine: Segment | null = null;
    if (record.copy) {
      const copyLines = lines.slice();
      const first = lines[record.copy.line];
      copyLines[record.copy.line] = { ...first, contentStart: record.copy.start, content: text.slice(record.copy.start, first.contentEnd) };
      const parsed = parseHeader(text, copyLines, record.copy.line, headerCopyStops(text, lines));
      if (parsed.node.lines.length > 0) {
        blocks.push(parsed.node);
        next = parsed.next;
        const gluedSpan = glued.get(parsed.next - 1);
        if (gluedSpan !== undefined) gluedLine = new Segment(text, gluedSpan.start, gluedSpan.end);
      } else {
        next = record.copy.line;
      }
    }
    if (record.rule !== null) {
      // What the copy of the header holds besides header lines stays unknown; the rule is the record's.
      for (let k = next; k < record.rule; k++) if (!lines[k].blank) blocks.push({ kind: 'unknown', span: { start: lines[k].contentStart, end: lines[k].contentEnd } });
      const rule = lines[record.rule];
      blocks.push({ kind: 'archiveRecord', span: { start: rule.contentStart, end: rule.contentEnd } });
      next = record.rule + 1;
    }
    if (gluedLine) return { next, glued: gluedLine };
    at = nextNonBlank(lines, next);
  }
  return { next, glued: null };
}

/** Parses a cable. Never throws: text it cannot place becomes `unknown` nodes. */
export function parseCable(text: string, options: ParseOptions = {}): CableDocument {
  try {
    return parseCableOrThrow(text, options);
  } catch {
    // The parser is written not to throw; this guard keeps an editor alive if a bug slips
    // through, at the price of an empty tree with the whole text as one unknown block.
    return emptyDocument(text, options, true);
  }
}

function emptyDocument(text: string, options: ParseOptions, wholeUnknown: boolean): CableDocument {
  const lines = new LineIndex(text);
  const blocks: Block[] = wholeUnknown && /\S/.test(text) ? [{ kind: 'unknown', span: { start: 0, end: text.length } }] : [];
  return {
    kind: 'document',
    span: { start: 0, end: text.length },
    text,
    lines,
    blocks,
    header: null,
    classification: null,
    captionLines: [],
    sbuBanners: [],
    eo: null,
    tags: null,
    subject: null,
    references: null,
    classifiedBy: null,
    paragraphs: [],
    headings: [],
    signature: null,
    pageHeaders: [],
    pageBanners: [],
    trailer: [],
    residue: [],
    refCitations: [],
    paraCitations: [],
    markedBlocks: [],
    strayClosers: [],
    dateTime: null,
    year: options.year ?? null,
    bodyStart: text.length,
  };
}

/**
 * The parser without its safety net: throws if a bug is hit. For the conformance and fuzz
 * tests, which must see such bugs; editors and the CLI use {@link parseCable}.
 */
export function parseCableOrThrow(text: string, options: ParseOptions = {}): CableDocument {
  const index = new LineIndex(text);
  const gluedBackslashes = withGluedBackslashesCut(text, splitLines(index));
  const lines = gluedBackslashes.lines;
  // The header and the classification line are read past residue pasted before them.
  const glued = new Map<number, Span>();
  const headLines = withGluedClassificationCut(text, withoutLeadingResidue(text, lines), glued);
  const residue = withCutBackslashes(findResidue(text), gluedBackslashes.cut);
  const residueSpans: Span[] = residue.map((r) => r.span);
  const blocks: Block[] = [];

  let i = nextNonBlank(lines, 0);
  // Copies sometimes start with text that is not the cable (an e-mail wrapper, a message
  // log, a dateline): the cable starts at the first header or classification line.
  const start = cableStart(headLines, i);
  // A receiving station's distribution log there is read as one; the rest stays unknown.
  const log = distributionLogBefore(lines, i, start);
  if (log) blocks.push(log);
  for (let k = i; k < start; k++) {
    if (lines[k].blank || (log && lines[k].contentStart < log.span.end)) continue;
    blocks.push({ kind: 'unknown', span: { start: lines[k].contentStart, end: lines[k].contentEnd } });
  }
  i = start;
  let header: HeaderNode | null = null;
  let gluedToHeader: Segment | null = null;
  if (i < lines.length && opensHeader(headLines[i].content)) {
    const parsed = parseHeader(text, headLines, i, headerStops(text, headLines));
    if (parsed.node.lines.length > 0) {
      header = parsed.node;
      blocks.push(header);
      i = parsed.next;
      const gluedSpan = glued.get(parsed.next - 1);
      if (gluedSpan) gluedToHeader = new Segment(text, gluedSpan.start, gluedSpan.end);
    }
  }
  const dtg = header?.dtgLine?.dtg ?? null;
  const dateTime = dtg?.value ?? null;
  const year = dateTime?.year ?? (dtg ? yearOfLooseDtg(dtg.year.text) : null) ?? options.year ?? null;

  const trailer: Block[] = [];
  i = nextNonBlank(headLines, i);
  if (i < lines.length && headLines[i].content === 'BT') {
    const line = headLines[i];
    trailer.push({ kind: 'trailerLine', span: { start: line.contentStart, end: line.contentEnd }, which: 'bt', serial: null });
    i = nextNonBlank(headLines, i + 1);
  }

  // The opening (classification line and preamble), read again from a later copy where the
  // copy starts over (an archive's record and copy of the header, or the classification line
  // and preamble written a second time): see mergeOpenings.
  let classification: ClassificationLineNode | null = null;
  let origin: string | null = null;
  const openings: PreambleParse[] = [];
  const classifications: Array<ClassificationLineNode | null> = [];
  let from = i;
  for (let pass = 0; pass < MAX_OPENINGS; pass++) {
    const records = pass === 0 && gluedToHeader ? { next: from, glued: gluedToHeader } : readArchiveRecords(text, headLines, from, glued, blocks);
    const found = records.glued ? classificationFrom(text, records.glued, year, records.next) : findClassificationLine(text, lines, headLines, records.next, year, blocks);
    if (found.node) {
      blocks.push(found.node);
      classification ??= found.node;
      origin ??= found.node.origin?.text ?? null;
    }
    const opening = parsePreamble(text, lines, found.next, found.lead, {
      captionsAllowed: classification !== null || header !== null,
      year,
      origin,
      masked: residueSpans,
      isThisCable: (serial) => isCableSerial(serial, classification, header),
    });
    openings.push(opening);
    classifications.push(found.node);
    if (opening.restart === null || opening.restart <= from) break;
    from = opening.restart;
  }
  appendAll(blocks, trailer);
  const merged = mergeOpenings(openings);
  const preamble = merged.preamble;
  // The chosen copy's classification line, or the first found.
  classification = classifications[merged.chosen] ?? classification;
  appendAll(blocks, preamble.blocks);

  const bodyLine = preamble.bodyLine;
  const body = parseBody(text, lines, bodyLine, origin, preamble.bodyOffset);
  appendAll(blocks, body.blocks);

  // Inline scanning of the running text, page headers and residue read through.
  const refCitations: RefCitationNode[] = [];
  const paraCitations: ParaCitationNode[] = [];
  const markers: BlockMarkerNode[] = [];
  // Sorted once and searched per block, so the scan stays linear however many blocks there are.
  const maskSpans = sortedSpans([...residueSpans, ...body.pageHeaders.map((p) => p.span), ...body.pageBanners.map((b) => b.span)]);
  const textStarts = inAscendingOrder(body.textStarts) ? body.textStarts : [...body.textStarts].sort((a, b) => a - b);
  for (const block of body.blocks) {
    if (block.kind === 'heading' && /^[-=_ ]*SUMMARY(?: AND COMMENT)?:?[-=_ ]*$/i.test(block.text.text)) {
      markers.push({ kind: 'blockMarker', span: block.text.span, block: 'summary', role: 'open' });
      continue;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'text') continue;
    const masks = spansOverlapping(maskSpans, block.span);
    const local = maskedText(text, block.span.start, block.span.end, masks);
    const base = block.span.start;
    // One pass tells which scanners have anything to look for in this block.
    const words = blockWords(local);
    const refs = findRefCitations(local, base, words);
    appendAll(refCitations, refs);
    appendAll(paraCitations, findParaCitations(local, base, refs, words));
    // Only a block with a marker word is searched for markers (where its text starts counts).
    if (!words.end && !words.begin && !words.label) continue;
    const starts = new Set<number>();
    for (let k = firstAtOrAfter(textStarts, base); k < textStarts.length && textStarts[k] < block.span.end; k++) starts.add(textStarts[k] - base);
    appendAll(markers, findBlockMarkers(local, base, starts, words));
  }
  const paired = pairMarkers(markers);

  const allResidue: ResidueNode[] = sortedBySpanStart([...residue, ...preamble.residue], spanOfNode);
  sortedBySpanStart(blocks, spanOfNode);
  const finalBlocks = withUncoveredResidue(withoutNestedInterruptions(blocks), allResidue);

  const firstBody = bodyLine < lines.length ? lines[nextNonBlank(lines, bodyLine)] : undefined;
  return {
    kind: 'document',
    span: { start: 0, end: text.length },
    text,
    lines: index,
    blocks: finalBlocks,
    header,
    classification,
    captionLines: preamble.captionLines,
    sbuBanners: preamble.sbuBanners,
    eo: preamble.eo,
    tags: preamble.tags,
    subject: preamble.subject,
    references: preamble.references,
    classifiedBy: preamble.classifiedBy ?? classifiedByInFirstParagraph(text, body.paragraphs, residueSpans),
    paragraphs: body.paragraphs,
    headings: body.headings,
    signature: body.signature,
    pageHeaders: [...preamble.pageHeaders, ...body.pageHeaders].sort((a, b) => a.span.start - b.span.start),
    pageBanners: [...preamble.pageBanners, ...body.pageBanners].sort((a, b) => a.span.start - b.span.start),
    trailer: [...(trailer as CableDocument['trailer']), ...body.trailer],
    residue: allResidue,
    refCitations,
    paraCitations,
    markedBlocks: paired.blocks,
    strayClosers: paired.stray,
    dateTime,
    year,
    bodyStart: preamble.bodyOffset ?? (firstBody ? skipLeadingResidue(text, firstBody.contentStart, firstBody.contentEnd) : text.length),
  };
}

/**
 * Older cables give the classification authority as paragraph 1 (`1. (U) CLASSIFIED BY …
 * REASON: 1.5 (D).`): read it from there when the preamble has none. The node lies inside
 * the paragraph; it is not a block of its own.
 */
function classifiedByInFirstParagraph(text: string, paragraphs: readonly ParagraphNode[], masked: readonly Span[]): ClassifiedByNode | null {
  const first = paragraphs[0];
  if (!first) return null;
  // At the start of its text, or after `CONFIDENTIAL - ENTIRE TEXT.`
  const head = text.slice(first.textStart, Math.min(first.span.end, first.textStart + 200));
  const m = /^(?:[A-Z ]{0,30}-\s*ENTIRE TEXT\.?\s*)?(?=(?:CLASSIFIED|Classified) ?(?:BY|By|by)\b)/.exec(head);
  if (!m) return null;
  const segment = new Segment(text, first.textStart + m[0].length, first.span.end);
  return parseClassifiedBy(text, [segment], masked);
}

/**
 * The preamble of a copy that starts over, read from one of its copies: the one with the most
 * of the elements (E.O., TAGS, SUBJECT, REF, Classified By), the later one on a tie. The later
 * copy is usually the cable and the earlier one what the archive kept of the opening, cut
 * short (`C. LIMA 2...`); but a later copy may have lost its labels (lines joined), and the
 * elements are all taken from one copy so that no rule finds the parts of two copies out of
 * order. The other copies stay in the tree as what they are, except their REF list and
 * SUBJECT, which become unknown text: the rules read every REF and SUBJECT block of the tree
 * (some copies split one REF list over two labels) and would read them twice. Page headers,
 * banners and residue come from every copy. Returns the preamble and the chosen copy's index.
 */
function mergeOpenings(openings: readonly PreambleParse[]): { preamble: PreambleParse; chosen: number } {
  if (openings.length === 1) return { preamble: openings[0], chosen: 0 };
  const count = (o: PreambleParse) => [o.eo, o.tags, o.subject, o.references, o.classifiedBy].filter((e) => e !== null).length;
  let chosen = 0;
  for (let k = 1; k < openings.length; k++) if (count(openings[k]) >= count(openings[chosen])) chosen = k;
  const read = openings[chosen];
  const unread = new Set<Block>();
  openings.forEach((o, k) => {
    if (k === chosen) return;
    if (o.references) unread.add(o.references);
    if (o.subject) unread.add(o.subject);
  });
  const last = openings[openings.length - 1];
  const preamble: PreambleParse = {
    blocks: openings.flatMap((o) => o.blocks).map((b): Block => (unread.has(b) ? { kind: 'unknown', span: b.span } : b)),
    residue: openings.flatMap((o) => o.residue),
    captionLines: read.captionLines,
    sbuBanners: openings.flatMap((o) => o.sbuBanners),
    pageHeaders: openings.flatMap((o) => o.pageHeaders),
    pageBanners: openings.flatMap((o) => o.pageBanners),
    eo: read.eo,
    tags: read.tags,
    subject: read.subject,
    references: read.references,
    classifiedBy: read.classifiedBy,
    bodyLine: last.bodyLine,
    bodyOffset: last.bodyOffset,
    restart: null,
  };
  return { preamble, chosen };
}

/** The residue found in the text with the glued line-ending backslashes cut from the lines added, in order. */
function withCutBackslashes(residue: ResidueNode[], cut: readonly number[]): ResidueNode[] {
  if (cut.length === 0) return residue;
  const added: ResidueNode[] = cut.map((at) => ({ kind: 'residue', span: { start: at, end: at + 1 }, what: 'backslash' }));
  return [...residue, ...added].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Whether `serial` is the serial of the cable whose classification line or DE line is known:
 * the same number, or the same last four digits as the DE line's station serial. True when
 * neither is known.
 */
function isCableSerial(serial: string, classification: ClassificationLineNode | null, header: HeaderNode | null): boolean {
  const known = classification?.serial?.text;
  if (known !== undefined && /^\d+$/.test(known)) return Number(known) === Number(serial);
  const station = header?.de?.serial?.text;
  if (station !== undefined && /^\d+$/.test(station)) return Number(station) % 10_000 === Number(serial) % 10_000;
  return true;
}

/** A classification line found, with what follows it on its line and the line after it. */
interface FoundClassification {
  readonly node: ClassificationLineNode | null;
  readonly lead: Segment | null;
  /** The line the preamble starts at. */
  readonly next: number;
}

/** The classification line glued after a tab onto the header's last line (`next` is the line after it). */
function classificationFrom(text: string, segment: Segment, year: number | null, next: number): FoundClassification {
  const parsed = parseClassificationLine(segment, year);
  if (!parsed) return { node: null, lead: null, next };
  return { node: parsed.node, lead: new Segment(text, parsed.end, segment.end).trimmed(), next };
}

/**
 * The classification line among the first lines from `from` (datelines and stray text may
 * come first; those become unknown blocks), stopping at the first preamble label.
 */
function findClassificationLine(text: string, lines: readonly Line[], headLines: readonly Line[], from: number, year: number | null, blocks: Block[]): FoundClassification {
  const searchFrom = nextNonBlank(headLines, from);
  let seenNonBlank = 0;
  for (let j = searchFrom; j < lines.length && seenNonBlank < CLASSIFICATION_LOOKAHEAD; j++) {
    const line = headLines[j];
    if (line.blank) continue;
    seenNonBlank++;
    // The classification line comes before the preamble: stop at the first preamble label.
    const c = line.content;
    if (EO_START.test(c) || TAGS_START.test(c) || SUBJECT_START.test(c) || CLASSIFIED_BY_START.test(c) || REF_START.test(c)) break;
    if (!isClassificationLine(line.content)) continue;
    // A classification word alone (`CONFIDENTIAL`) is the classification line only where the
    // cable starts; further down it is a page banner of an older copy.
    if (seenNonBlank > 1 && /^[A-Za-z ]+$/.test(line.content)) continue;
    const parsed = parseClassificationLine(new Segment(text, line.contentStart, line.contentEnd), year);
    if (!parsed) continue;
    for (let k = searchFrom; k < j; k++) {
      if (!lines[k].blank) blocks.push({ kind: 'unknown', span: { start: lines[k].contentStart, end: lines[k].contentEnd } });
    }
    return { node: parsed.node, lead: new Segment(text, parsed.end, line.contentEnd).trimmed(), next: j + 1 };
  }
  return { node: null, lead: null, next: searchFrom };
}

/** How far into a copy the cable's first line is looked for. */
const PRELUDE_LIMIT = 60;

/**
 * The line where the cable starts: `first` when it opens a header or is a classification line;
 * otherwise the first transmission id, DTG line followed by FM, or classification line within
 * the first lines; `first` when there is none (a fragment).
 */
function cableStart(lines: readonly Line[], first: number): number {
  if (first >= lines.length) return first;
  const content = lines[first].content;
  if (opensHeader(content) || isClassificationLine(content)) return first;
  let seen = 0;
  for (let j = first + 1; j < lines.length && seen < PRELUDE_LIMIT; j++) {
    const line = lines[j];
    if (line.blank) continue;
    seen++;
    const text = line.content;
    if (/^VZCZC/.test(text)) return j;
    // The DTG line, with the operating signals a copy may carry after it (`ZDK`: a suspected duplicate).
    if (/^[A-Z](?: [A-Z])? \d{6}Z? [A-Z]{3} \d{2}(?: Z[A-Z]{2}\d?){0,3}$/.test(text)) {
      const next = nextNonBlank(lines, j + 1);
      if (next < lines.length && /^(?:FM|FROM) /.test(lines[next].content)) return j;
    }
    // (`\d{3}$` on trimmed text: `\d{3,}\s*$` would retry from every digit of a long run.)
    if (isClassificationLine(text) && /\d{3}$/.test(text.trimEnd())) return j;
  }
  return first;
}

/** The year of a DTG whose other parts are wrong (`302036Z FEB 09` is still a 2009 cable). */
function yearOfLooseDtg(yearText: string): number | null {
  if (/^\d{4}$/.test(yearText)) return Number(yearText);
  if (/^\d{2}$/.test(yearText)) {
    const n = Number(yearText);
    return n >= 66 ? 1900 + n : 2000 + n;
  }
  return null;
}

/**
 * Appends `items` to `target` one by one: `target.push(...items)` passes every item as an
 * argument and overflows the stack when a pasted text yields a few hundred thousand.
 */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Whether `values` never decrease. */
function inAscendingOrder(values: readonly number[]): boolean {
  for (let k = 1; k < values.length; k++) if (values[k] < values[k - 1]) return false;
  return true;
}

/** A node's span (the key the document's lists are sorted by). */
function spanOfNode(node: { readonly span: Span }): Span {
  return node.span;
}

/** Index of the first of the sorted `values` that is at least `at`. */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Spans sorted by start, with the running maximum of their ends (residue may lie inside a page header). */
interface SortedSpans {
  readonly spans: readonly Span[];
  readonly reach: readonly number[];
}

function sortedSpans(spans: Span[]): SortedSpans {
  const sorted = spans.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let max = -1;
  for (const s of sorted) reach.push((max = Math.max(max, s.end)));
  return { spans: sorted, reach };
}

/** The spans that overlap `within`: a binary search to the first that can, then a short walk. */
function spansOverlapping({ spans, reach }: SortedSpans, within: Span): Span[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reach[mid] <= within.start) low = mid + 1;
    else high = mid;
  }
  const out: Span[] = [];
  for (let k = low; k < spans.length && spans[k].start < within.end; k++) if (spans[k].end > within.start) out.push(spans[k]);
  return out;
}

/**
 * The blocks without the page headers and banners that lie inside another block: a REF list
 * or a subject that runs on across a page break holds the page's header, as a paragraph does
 * (they stay in the document's `pageHeaders` and `pageBanners`). `blocks` is sorted by start.
 */
function withoutNestedInterruptions(blocks: Block[]): Block[] {
  let reach = -1;
  const kept: Block[] = [];
  for (const block of blocks) {
    const interruption = block.kind === 'pageHeader' || block.kind === 'pageBanner';
    if (interruption && block.span.end <= reach) continue;
    kept.push(block);
    if (!interruption) reach = Math.max(reach, block.span.end);
  }
  return kept;
}

/** Residue that no block holds (a `¶` before a label at a line start) becomes a block of its own. */
function withUncoveredResidue(blocks: Block[], residue: readonly ResidueNode[]): Block[] {
  const extra: Block[] = [];
  let b = 0;
  for (const r of residue) {
    while (b < blocks.length && blocks[b].span.end <= r.span.start) b++;
    const holder = blocks[b];
    if (holder && contains(holder.span, r.span)) continue;
    if (b > 0 && contains(blocks[b - 1].span, r.span)) continue;
    extra.push(r);
  }
  if (extra.length === 0) return blocks;
  return [...blocks, ...extra].sort((a, b2) => a.span.start - b2.span.start);
}
