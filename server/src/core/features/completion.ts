/**
 * Completion, decided by where the cursor is in the cable and what the line holds so far:
 * TAGS (with their meaning; geographic codes found by country name too); addressees after
 * TO / INFO (indicator/PLAD pairs from the routing table, with a precedence); precedence
 * words after an addressee; classification lines; captions; E.O. lines (DECL defaulting to
 * the DTG + 10 years); portion marks no higher than the cable's classification; the next
 * paragraph number with a mark at the start of a body line; REF letters and paragraph
 * numbers after `REF` and `para`. Work is proportional to the line and the lists offered.
 */
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';
import { CAPTIONS } from '../vocab/captions';
import { CANONICAL_CLASSIFICATION, LEVEL_RANK, PORTION_MEANING, PORTION_RANK, securityLineFor, type Level } from '../vocab/classification';
import { addYears, pad2, type CalendarDate } from '../vocab/dates';
import { EXECUTIVE_ORDERS, ordersInForce } from '../vocab/executiveOrders';
import { isProsign, PRECEDENCES, PROSIGNS } from '../vocab/precedence';
import { allIndicators, lookupIndicator, placeOf } from '../vocab/routingIndicators';
import { allTags, lookupTag, type TagKind } from '../vocab/tags';
import { citationIndex } from './citations';
import { lastStartingBefore, paragraphFirstLine, shorten } from './find';
import type { HoverVocabulary } from './hover';

/** What an entry completes, so the editor can pick an icon. */
export type CompletionKind = 'tag' | 'addressee' | 'precedence' | 'classification' | 'caption' | 'eoLine' | 'portionMark' | 'paragraph' | 'reference';

/** One completion proposal. */
export interface CableCompletion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  /** Longer explanation (plain text). */
  readonly documentation?: string;
  /** What replaces the completion's span. */
  readonly insertText: string;
  /** What the editor matches the typed text against, when not the label. */
  readonly filterText?: string;
  readonly sortText: string;
  readonly preselect?: boolean;
}

/** Proposals and the span they replace (on the cursor's line, containing the cursor). */
export interface CableCompletions {
  readonly span: Span;
  readonly items: readonly CableCompletion[];
  /** True when typing more should ask again (the list was cut to what matched so far). */
  readonly incomplete: boolean;
}

/** What completion needs besides the tree: the configured vocabulary, and today for cables with no DTG. */
export interface CompletionOptions {
  readonly vocabulary?: HoverVocabulary;
  readonly today: CalendarDate;
}

/** At most this many addressees are offered at once; typing more narrows the search. */
const ADDRESSEE_LIMIT = 100;

interface LineContext {
  readonly doc: CableDocument;
  readonly offset: number;
  readonly line: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The line's text before the cursor. */
  readonly before: string;
  readonly options: CompletionOptions;
}

/** Completion at `offset`, or null when nothing is offered there. */
export function completionsAt(doc: CableDocument, offset: number, options: CompletionOptions): CableCompletions | null {
  const line = doc.lines.lineAt(offset);
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  const context: LineContext = { doc, offset, line, lineStart, lineEnd, before: doc.text.slice(lineStart, offset), options };
  for (const provider of PROVIDERS) {
    const result = provider(context);
    if (result && result.items.length > 0) return result;
  }
  return null;
}

type Provider = (context: LineContext) => CableCompletions | null;

// ───────────────────────────── where the cursor is ─────────────────────────────

/** Offset where the preamble (everything before the text paragraphs) ends. */
function preambleEnd(doc: CableDocument): number {
  let end = 0;
  for (const node of [doc.header, doc.classification, doc.eo, doc.tags, doc.subject, doc.references, doc.classifiedBy, ...doc.captionLines, ...doc.sbuBanners]) {
    if (node && node.span.end > end) end = node.span.end;
  }
  return end;
}

function inBody(c: LineContext): boolean {
  const end = preambleEnd(c.doc);
  return c.lineStart > end || (end === 0 && c.doc.header === null && c.doc.classification === null);
}

/** Whether the cursor's line lies between the classification line and the E.O./TAGS/SUBJECT lines. */
function inCaptionZone(c: LineContext): boolean {
  const doc = c.doc;
  if (!doc.classification || c.lineStart <= doc.classification.span.end) return false;
  const next = [doc.eo, doc.tags, doc.subject, doc.references].find((n) => n !== null);
  const limit = next ? next.span.start : doc.bodyStart;
  return c.offset <= limit && c.lineStart >= doc.classification.span.end;
}

/** Whether the line follows the header with no blank line, or is the header's last line. */
function addresseeRole(c: LineContext): 'to' | 'info' | null {
  const header = c.doc.header;
  if (!header || c.line > c.doc.lines.lineAt(header.span.end) + 1) return null;
  const label = /^\s*(TO|INFO)\b/.exec(c.before);
  if (label) return label[1] === 'TO' ? 'to' : 'info';
  for (let i = c.line - 1; i >= 0 && i >= c.line - 400; i--) {
    const content = c.doc.lines.lineText(i).trim();
    if (content === '') return null;
    if (/^TO\b/.test(content)) return 'to';
    if (/^INFO\b/.test(content)) return 'info';
    if (/^(?:FM|FROM|DE|ZN[A-Z]|VZCZC)\b/.test(content)) return null;
  }
  return null;
}

function wordStart(text: string, offset: number, lineStart: number, pattern = /[A-Za-z0-9]/): number {
  let i = offset;
  while (i > lineStart && pattern.test(text[i - 1])) i--;
  return i;
}

function sort(n: number): string {
  return String(n).padStart(5, '0');
}

// ───────────────────────────── TAGS ─────────────────────────────

interface TagEntry {
  readonly tag: string;
  readonly kind: TagKind;
  readonly meaning: string;
  /** The meaning without accents, lower case, for matching country names. */
  readonly plain: string;
}

let tagEntries: TagEntry[] | undefined;

function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function bundledTags(): TagEntry[] {
  tagEntries ??= allTags().map((tag) => {
    const info = lookupTag(tag)!;
    return { tag, kind: info.kind, meaning: info.meaning, plain: plain(info.meaning) };
  });
  return tagEntries;
}

const TAG_KIND_LABEL: Readonly<Record<TagKind, string>> = {
  subject: 'subject',
  program: 'program',
  geo: 'country',
  organization: 'organisation',
  person: 'person',
  unknown: 'tag',
};

const tagsCompletions: Provider = (c) => {
  const tags = c.doc.tags;
  const onTagsLine = /^\s*TAGS?\b/i.test(c.before) || (tags !== null && c.offset >= tags.span.start && c.offset <= tags.span.end);
  if (!onTagsLine) return null;
  if (/^\s*TAGS?$/i.test(c.before)) return null; // still typing the label
  const start = wordStart(c.doc.text, c.offset, c.lineStart);
  const typed = c.doc.text.slice(start, c.offset);
  const upper = typed.toUpperCase();
  const query = plain(typed);
  const present = new Set(tags?.tags.map((t) => t.text) ?? []);
  const extra = c.options.vocabulary?.extraTags;
  const entries: TagEntry[] = [...bundledTags()];
  if (extra) for (const [tag, info] of extra) if (!lookupTag(tag)) entries.push({ tag, kind: info.kind, meaning: info.meaning, plain: plain(info.meaning) });
  const items: CableCompletion[] = [];
  for (const entry of entries) {
    if (present.has(entry.tag) && entry.tag !== upper) continue;
    const byCode = entry.tag.startsWith(upper);
    const byCountry = !byCode && entry.kind === 'geo' && query.length >= 3 && entry.plain.includes(query);
    if (!byCode && !byCountry) continue;
    items.push({
      label: entry.tag,
      kind: 'tag',
      detail: entry.meaning ? `${entry.meaning} (${TAG_KIND_LABEL[entry.kind]})` : TAG_KIND_LABEL[entry.kind],
      insertText: entry.tag,
      // A country found by name must survive the editor's own filtering on what was typed.
      filterText: byCountry ? typed : entry.tag,
      sortText: `${byCode ? 0 : 1}${entry.tag}`,
    });
  }
  return { span: { start, end: c.offset }, items, incomplete: true };
};

// ───────────────────────────── addressees and precedence ─────────────────────────────

interface AddresseeEntry {
  readonly indicator: string;
  readonly name: string;
  readonly key: string;
}

let addresseeEntries: AddresseeEntry[] | undefined;

function bundledAddressees(): AddresseeEntry[] {
  if (!addresseeEntries) {
    const list: AddresseeEntry[] = [];
    for (const indicator of allIndicators()) {
      const info = lookupIndicator(indicator)!;
      // Names seen in cable headers are the PLADs drafters write; the book's names come after.
      const names = [...new Set([...info.seenNames, ...info.bookNames.slice(0, 1)])].filter((n) => /^[A-Z0-9][A-Z0-9 .()'/,-]*$/.test(n) && !/ \d+$/.test(n));
      for (const name of names) list.push({ indicator, name, key: `${indicator}/${name}` });
    }
    // State posts (RUEH…) first: most addressees are embassies and consulates.
    list.sort((a, b) => Number(!a.indicator.startsWith('RUEH')) - Number(!b.indicator.startsWith('RUEH')) || (a.key < b.key ? -1 : 1));
    addresseeEntries = list;
  }
  return addresseeEntries;
}

function prosignWord(letter: string | undefined): string | null {
  if (!letter || !isProsign(letter)) return null;
  return PROSIGNS[letter].word.split(' (')[0];
}

/** The precedence a new addressee most likely takes: the DTG line's prosign for its role. */
function defaultPrecedence(doc: CableDocument, role: 'to' | 'info'): string {
  const prosigns = doc.header?.dtgLine?.prosigns ?? [];
  if (role === 'to') return prosignWord(prosigns[0]?.text) ?? 'ROUTINE';
  return prosignWord(prosigns[1]?.text) ?? 'ROUTINE';
}

const addresseeCompletions: Provider = (c) => {
  const role = addresseeRole(c);
  if (!role) return null;
  const label = /^\s*(?:TO|INFO)?\s*/.exec(c.before)!;
  const queryStart = c.lineStart + label[0].length;
  const query = c.before.slice(label[0].length);
  const slash = query.indexOf('/');
  if (slash >= 0 && /\S\s+[A-Z]*$/i.test(query.slice(slash + 1))) return precedenceCompletions(c);
  if (!/^[A-Z0-9 ./()'-]*$/i.test(query)) return null;
  const upper = query.toUpperCase();
  const precedence = defaultPrecedence(c.doc, role);
  const items: CableCompletion[] = [];
  const consider = (entry: AddresseeEntry, order: number): boolean => {
    const matches = entry.key.startsWith(upper) || (upper.length >= 2 && !upper.includes('/') && entry.name.includes(upper));
    if (!matches) return true;
    items.push({
      label: entry.key,
      kind: 'addressee',
      detail: `${role === 'to' ? 'action' : 'info'} addressee, ${precedence}`,
      insertText: `${entry.key} ${precedence}`,
      filterText: upper && !entry.key.startsWith(upper) ? query : entry.key,
      sortText: sort(order),
    });
    return items.length < ADDRESSEE_LIMIT;
  };
  let order = 0;
  for (const [indicator, names] of c.options.vocabulary?.extraIndicators ?? []) {
    for (const name of names) if (!consider({ indicator, name, key: `${indicator}/${name}` }, order++)) break;
  }
  for (const entry of bundledAddressees()) if (!consider(entry, order++)) break;
  return { span: { start: queryStart, end: c.offset }, items, incomplete: true };
};

function precedenceCompletions(c: LineContext): CableCompletions {
  const start = wordStart(c.doc.text, c.offset, c.lineStart, /[A-Za-z]/);
  const items = PRECEDENCES.map((p, i) => ({
    label: p.word,
    kind: 'precedence' as const,
    detail: `precedence, prosign ${p.prosign}`,
    documentation: p.meaning,
    insertText: p.word,
    sortText: sort(i),
  }));
  return { span: { start, end: c.offset }, items, incomplete: false };
}

// ───────────────────────────── classification, captions, E.O. ─────────────────────────────

const LEVEL_WORDS: ReadonlyArray<{ words: string; level: Level; note: string }> = [
  { words: CANONICAL_CLASSIFICATION.UNCLASSIFIED, level: 'UNCLASSIFIED', note: 'unclassified; SBU text adds the SENSITIVE caption' },
  { words: 'UNCLAS E F T O', level: 'UNCLASSIFIED', note: 'unclassified, Encrypted For Transmission Only' },
  { words: CANONICAL_CLASSIFICATION.CONFIDENTIAL, level: 'CONFIDENTIAL', note: 'CONFIDENTIAL' },
  { words: CANONICAL_CLASSIFICATION.SECRET, level: 'SECRET', note: 'SECRET' },
  { words: CANONICAL_CLASSIFICATION['TOP SECRET'], level: 'TOP SECRET', note: 'TOP SECRET' },
];

/** The origin a classification line names: STATE for the Department, else the post's city. */
function originOf(doc: CableDocument): string | null {
  const plad = doc.header?.from?.plad?.text;
  if (!plad) return null;
  if (/^SECSTATE\b/.test(plad)) return 'STATE';
  return placeOf(plad) || null;
}

function classificationItems(c: LineContext): CableCompletion[] {
  const existing = c.doc.classification;
  let rest = '';
  if (existing) {
    const parts = [existing.sectionPhrase, existing.origin, existing.serial].filter((t) => t !== null).map((t) => t!.text);
    rest = parts.length > 0 ? ` ${parts.join(' ')}` : '';
  } else {
    const origin = originOf(c.doc);
    rest = origin ? ` ${origin} ` : '';
  }
  return LEVEL_WORDS.map((l, i) => ({
    label: l.words,
    kind: 'classification' as const,
    detail: l.note,
    documentation: `Security line ${securityLineFor(l.level)}; the E.O. line ${l.level === 'UNCLASSIFIED' ? 'says N/A' : 'needs DECL: and a date'}.`,
    insertText: `${l.words}${rest}`,
    sortText: sort(i),
  }));
}

const classificationCompletions: Provider = (c) => {
  const doc = c.doc;
  const existing = doc.classification;
  const onExisting = existing !== null && c.offset >= existing.span.start && c.offset <= existing.span.end;
  const headerEnd = doc.header?.span.end ?? -1;
  const beforeEverything = existing === null && c.lineStart > headerEnd && (doc.eo === null || c.offset < doc.eo.span.start) && (doc.subject === null || c.offset < doc.subject.span.start) && c.offset < doc.bodyStart;
  const typing = /^\s*[A-Z ]*$/i.test(c.before);
  if (!(onExisting || beforeEverything) || !typing) return null;
  const start = c.lineStart + (/^\s*/.exec(c.before)?.[0].length ?? 0);
  return { span: { start, end: onExisting ? existing!.span.end : c.lineEnd }, items: classificationItems(c), incomplete: false };
};

const captionCompletions: Provider = (c) => {
  if (!inCaptionZone(c)) return null;
  if (/^\s*E\.?O\b/i.test(c.before)) return null;
  const comma = c.before.lastIndexOf(',');
  const from = comma >= 0 ? comma + 1 : 0;
  const typed = c.before.slice(from).replace(/^\s+/, '');
  if (!/^[A-Z ]*$/i.test(typed)) return null;
  const start = c.offset - typed.length;
  const present = new Set(c.doc.captionLines.flatMap((l) => l.captions.map((caption) => caption.name)));
  const items: CableCompletion[] = CAPTIONS.filter((caption) => caption.meaning !== 'Attention line.' && !present.has(caption.name)).map((caption, i) => ({
    label: caption.name,
    kind: 'caption' as const,
    detail: `${caption.kind} caption`,
    documentation: caption.meaning,
    insertText: caption.name,
    sortText: sort(i),
  }));
  // On an empty line where the E.O. line belongs, offer it too.
  const eo = c.doc.eo === null && /^E?$/i.test(typed) && comma < 0 ? eoItems(c) : [];
  return { span: { start, end: c.offset }, items: [...items, ...eo], incomplete: false };
};

function formatDate(date: CalendarDate): string {
  return `${pad2(date.month)}/${pad2(date.day)}/${date.year}`;
}

function eoItems(c: LineContext): CableCompletion[] {
  const doc = c.doc;
  const base: CalendarDate = doc.dateTime ?? c.options.today;
  const orders = ordersInForce(base);
  const inForce = orders.length > 0 ? orders : [EXECUTIVE_ORDERS[EXECUTIVE_ORDERS.length - 1]];
  const classified = doc.classification !== null && doc.classification.level !== 'UNCLASSIFIED';
  const declassify = formatDate(addYears(base, 10));
  const items: CableCompletion[] = [];
  for (const order of inForce) {
    const na = {
      label: `E.O. ${order.number}: N/A`,
      kind: 'eoLine' as const,
      detail: 'unclassified cable',
      documentation: 'N/A: nothing to declassify. For unclassified cables, including SBU and EFTO.',
      insertText: `E.O. ${order.number}: N/A`,
      sortText: sort(classified ? 10 + items.length : items.length),
      preselect: !classified && items.length === 0,
    };
    const decl = {
      label: `E.O. ${order.number}: DECL: ${declassify}`,
      kind: 'eoLine' as const,
      detail: `classified cable, declassify ${doc.dateTime ? '10 years after the DTG' : 'in 10 years'}`,
      documentation: `Declassify on ${declassify}: 10 years after ${doc.dateTime ? 'the DTG' : 'today'}, the usual period (at most 25).`,
      insertText: `E.O. ${order.number}: DECL: ${declassify}`,
      sortText: sort(classified ? items.length : 10 + items.length),
      preselect: classified && items.length === 0,
    };
    items.push(na, decl);
    if (order.number === '12356') {
      items.push({ label: `E.O. ${order.number}: DECL: OADR`, kind: 'eoLine', detail: "originating agency's determination required", insertText: `E.O. ${order.number}: DECL: OADR`, sortText: sort(20 + items.length) });
    }
  }
  return items;
}

const eoCompletions: Provider = (c) => {
  // `E.` or `EO` starts an E.O. line; a lone `E` may still become EXDIS (the captions offer both).
  if (!/^\s*E\.?(?:O\.?)?[ \d:A-Z/.]*$/i.test(c.before) || !/^\s*E(?:\.|O)/i.test(c.before)) return null;
  if (inBody(c) && !(c.doc.eo && c.offset <= c.doc.eo.span.end)) return null;
  const start = c.lineStart + (/^\s*/.exec(c.before)?.[0].length ?? 0);
  return { span: { start, end: c.lineEnd }, items: eoItems(c), incomplete: false };
};

// ───────────────────────────── body ─────────────────────────────

/** The cable's level for portion marks: its classification line's, or every level when it has none. */
function allowedRank(doc: CableDocument): number {
  return doc.classification ? LEVEL_RANK[doc.classification.level] : 4;
}

const MARKS: ReadonlyArray<{ mark: string; level: string; note?: string }> = [
  { mark: 'U', level: 'U' },
  { mark: 'SBU', level: 'SBU' },
  { mark: 'SBU/N', level: 'SBU', note: 'SBU NOFORN' },
  { mark: 'C', level: 'C' },
  { mark: 'C/NF', level: 'C', note: 'CONFIDENTIAL NOFORN' },
  { mark: 'S', level: 'S' },
  { mark: 'S/NF', level: 'S', note: 'SECRET NOFORN' },
  { mark: 'TS', level: 'TS' },
  { mark: 'TS/NF', level: 'TS', note: 'TOP SECRET NOFORN' },
];

/** Marks allowed in this cable, the one to preselect first (the previous paragraph's, else the lowest). */
function allowedMarks(doc: CableDocument, offset: number): { marks: typeof MARKS; preferred: string } {
  const rank = allowedRank(doc);
  const marks = MARKS.filter((m) => PORTION_RANK[m.level] <= rank);
  const previous = doc.paragraphs[lastStartingBefore(doc.paragraphs, offset - 1)]?.portionMark?.text.toUpperCase();
  const preferred = previous && marks.some((m) => m.mark === previous) ? previous : marks[0].mark;
  return { marks, preferred };
}

function markDetail(m: (typeof MARKS)[number]): string {
  return m.note ?? PORTION_MEANING[m.level].split(' (')[0];
}

const portionMarkCompletions: Provider = (c) => {
  const paragraphMark = /^\s*(?:\d{1,3}|[A-Za-z])\.\s*(\([A-Za-z/ ]{0,12})$/.exec(c.before) ?? /^\s*(?:\d{1,3}|[A-Za-z])\. ()$/.exec(c.before);
  const subjectMark = /^\s*SUBJECT:\s*(\(?[A-Za-z/ ]{0,12})$/i.exec(c.before);
  const match = paragraphMark ?? subjectMark;
  if (!match) return null;
  if (paragraphMark && !inBody(c)) return null;
  const start = c.offset - match[1].length;
  const end = c.doc.text[c.offset] === ')' ? c.offset + 1 : c.offset;
  const { marks, preferred } = allowedMarks(c.doc, c.offset);
  const items = marks.map((m, i) => ({
    label: `(${m.mark})`,
    kind: 'portionMark' as const,
    detail: markDetail(m),
    insertText: subjectMark ? `(${m.mark}) ` : `(${m.mark})`,
    sortText: sort(i),
    preselect: m.mark === preferred,
  }));
  return { span: { start, end }, items, incomplete: false };
};

const paragraphStartCompletions: Provider = (c) => {
  if (!/^\s*\d{0,3}$/.test(c.before) || !inBody(c)) return null;
  if (c.doc.signature && c.lineStart >= c.doc.signature.span.start) return null;
  const previous = c.doc.paragraphs[lastStartingBefore(c.doc.paragraphs, c.lineStart - 1)];
  const next = previous ? previous.value + 1 : 1;
  const { marks, preferred } = allowedMarks(c.doc, c.lineStart);
  const start = c.lineStart + (/^\s*/.exec(c.before)?.[0].length ?? 0);
  const items: CableCompletion[] = marks.map((m, i) => ({
    label: `${next}. (${m.mark})`,
    kind: 'paragraph' as const,
    detail: `paragraph ${next}, ${markDetail(m)}`,
    insertText: `${next}. (${m.mark}) `,
    filterText: String(next),
    sortText: sort(i),
    preselect: m.mark === preferred,
  }));
  // Unclassified cables may leave paragraphs unmarked.
  if (allowedRank(c.doc) <= 1) items.push({ label: `${next}.`, kind: 'paragraph', detail: `paragraph ${next}, no portion mark`, insertText: `${next}. `, filterText: String(next), sortText: sort(99) });
  return { span: { start, end: c.offset }, items, incomplete: false };
};

const REF_BEFORE = /\b(?:REFS?|REFTELS?)\s+(?:[A-Z](?:\s*,\s*|\s+AND\s+|\s*&\s*)){0,10}([A-Z]?)$/i;
const PARA_BEFORE = /\b(?:PARAS?|PARAGRAPHS?)\.?\s+(?:\d{1,3}(?:\s*,\s*|\s+AND\s+|\s*-\s*)){0,10}(\d{0,3})$/i;

const citationCompletions: Provider = (c) => {
  if (!inBody(c)) return null;
  const tail = c.before.slice(-80);
  const ref = REF_BEFORE.exec(tail);
  if (ref) {
    const index = citationIndex(c.doc);
    const items = [...index.referenceByLetter.values()].map((item, i) => ({
      label: item.letter!,
      kind: 'reference' as const,
      detail: shorten(item.text, 60),
      documentation: item.citations.map((x) => x.cableId).filter(Boolean).join(', ') || undefined,
      insertText: item.letter!,
      sortText: sort(i),
    }));
    return { span: { start: c.offset - ref[1].length, end: c.offset }, items, incomplete: false };
  }
  const para = PARA_BEFORE.exec(tail);
  if (para) {
    const items = c.doc.paragraphs.map((p, i) => ({
      label: String(p.value),
      kind: 'paragraph' as const,
      detail: shorten(paragraphFirstLine(c.doc, p), 60),
      insertText: String(p.value),
      sortText: sort(i),
    }));
    return { span: { start: c.offset - para[1].length, end: c.offset }, items, incomplete: false };
  }
  return null;
};

/** Tried in order; the first that has something to offer answers. */
const PROVIDERS: readonly Provider[] = [
  tagsCompletions,
  eoCompletions,
  portionMarkCompletions,
  citationCompletions,
  addresseeCompletionsWithClassification,
  classificationCompletions,
  captionCompletions,
  paragraphStartCompletions,
];

/** Right below the header both another addressee and the classification line may come next. */
function addresseeCompletionsWithClassification(c: LineContext): CableCompletions | null {
  const addressees = addresseeCompletions(c);
  if (!addressees || c.before.trim() !== '' || c.doc.classification !== null) return addressees;
  const header = c.doc.header;
  if (!header || c.lineStart < header.span.end) return addressees;
  return { ...addressees, items: [...classificationItems(c).map((i) => ({ ...i, sortText: `0${i.sortText}` })), ...addressees.items.map((i) => ({ ...i, sortText: `1${i.sortText}` }))] };
}
