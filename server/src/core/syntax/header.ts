/**
 * The ACP-127 transmission header (format lines 1–8), with or without routing indicators.
 * Each line is recognised by its leading keyword or shape; order is left to the rules.
 */
import { isDigit } from '../text/characters';
import { editDistance } from '../text/similarity';
import { captionByName } from '../vocab/captions';
import type { Span, Token } from '../text/span';
import { PRECEDENCES, type PrecedenceWord } from '../vocab/precedence';
import { readDtg } from './dtg';
import { type Line, Segment, lineSegment } from './lines';
import type {
  AddresseeNode,
  DeLineNode,
  DtgLineNode,
  FromLineNode,
  HeaderLine,
  HeaderNode,
  LegacyBannerNode,
  RoutingLineNode,
  SecurityLineNode,
  TransmissionIdNode,
  XmtLineNode,
} from './nodes';

const TRANSMISSION_ID = /^(?:VZCZC|VZCZ|ZCZC|VZC)[A-Z0-9]*(?: [A-Z0-9]+)?$/;
const INDICATOR = /^R[A-Z0-9]{2,9}$/;
const DIGRAPH = /^[A-Z]{1,2}$/;
const DTG_LINE_START = /^([A-Z])(?: ([A-Z]))? +(?=\d{6})/;
/** A DTG line that lost its prosign: `052036Z FEB 09`. */
const BARE_DTG_LINE = /^\d{6}Z? [A-Z]{3} \d{2}$/;
const LEGACY_BANNER = /^(?:(?:TO|INFO) +)?PAGE \d{2}\b/;
const ENTRY_INDICATOR = /^(R[A-Z0-9]{2,9})( *\/ *)/;
const LOOKS_LIKE_ENTRY = /^R[A-Z0-9]{2,9} *\//;
const SERIAL_AT_END = / (\d{1,6})$/;

/** Which kind of header line `content` is, judged by its first word; null when it is not one. */
export type HeaderLineKind = 'transmissionId' | 'routing' | 'de' | 'security' | 'dtg' | 'from' | 'to' | 'info' | 'xmt' | 'legacyBanner';

/** Recognises a header line by its keyword or shape. */
export function headerLineKind(content: string, previous: HeaderLineKind | null): HeaderLineKind | 'routingContinuation' | null {
  // Most header lines are addressee lines, which open with none of the characters a keyword or
  // shape below opens with: they go straight to the digraph test, past the patterns.
  if (mayOpenKeywordLine(content)) {
    const kind = keywordLineKind(content);
    if (kind !== null) return kind;
  }
  // What is left needs a first word of one or two letters (a precedence digraph) or an
  // indicator (R…): the many addressee lines are settled here without splitting them.
  const firstSpace = content.indexOf(' ');
  if ((firstSpace < 0 ? content.length : firstSpace) > 2 && content.charCodeAt(0) !== 82 /* R */) return null;
  // Only a routing line's continuation opens with an indicator: after any other line, a
  // line whose first word is longer than a digraph (most addressee lines, `RUEHC/SECSTATE …`)
  // is settled before it is split.
  if (previous !== 'routing' && firstSpace !== 1 && firstSpace !== 2) return null;
  const words = content.split(/ +/);
  if (words.length >= 2 && DIGRAPH.test(words[0]) && words.slice(1).every((w) => INDICATOR.test(w))) return 'routing';
  // Right after FL1, `OO RUEHTRO/AMEMBASSY TRIPOLI` (a PLAD written after the RI) or `oo ruehtro`
  // is still FL2: read as such, the rules flag its words instead of the header ending there.
  if (previous === 'transmissionId' && words.length >= 2 && /^[A-Za-z]{1,2}$/.test(words[0]) && /^R[A-Z0-9]{2,9}(?:\/|$)/i.test(words[1])) return 'routing';
  if (previous === 'routing' && words.every((w) => INDICATOR.test(w))) return 'routingContinuation';
  return null;
}

/**
 * Whether `content` opens as one of the lines {@link keywordLineKind} knows can: with `D` (DE),
 * `Z` (ZN…, ZCZC), `F` or `f` (FM, FROM), `T` (TO), `I` (INFO), `X` (XMT), `P` (PAGE), `V`
 * (VZCZC), a digit (a DTG line without its prosign) or a capital and a space (a DTG line's
 * prosign).
 */
function mayOpenKeywordLine(content: string): boolean {
  const first = content.charCodeAt(0);
  switch (first) {
    case 68 /* D */:
    case 90 /* Z */:
    case 70 /* F */:
    case 102 /* f */:
    case 84 /* T */:
    case 73 /* I */:
    case 88 /* X */:
    case 80 /* P */:
    case 86 /* V */:
      return true;
  }
  if (isDigit(first)) return true;
  return first >= 65 && first <= 90 && content.charCodeAt(1) === 32;
}

/** The header line a keyword or shape makes of `content`, or null (see {@link mayOpenKeywordLine}). */
function keywordLineKind(content: string): HeaderLineKind | null {
  if (content.startsWith('DE ')) return 'de';
  if (/^ZN[A-Z]\b/.test(content)) return 'security';
  // Keywords are upper case in a header; `Fm …` is still read as the FM line (a rule flags the case).
  if (/^(?:FM|FROM) /i.test(content)) return 'from';
  if (content.startsWith('TO ') || content === 'TO' || /^TO(?=R[A-Z0-9]{2,9} *\/)/.test(content)) return 'to';
  if (content.startsWith('INFO ') || content === 'INFO') return 'info';
  if (/^XMT\b/.test(content)) return 'xmt';
  if (LEGACY_BANNER.test(content)) return 'legacyBanner';
  if (TRANSMISSION_ID.test(content)) return 'transmissionId';
  if (DTG_LINE_START.test(content) || BARE_DTG_LINE.test(content)) return 'dtg';
  return null;
}

/** Whether a line can open a header: the first line of a transmission or of a header-only copy. */
export function opensHeader(content: string): boolean {
  const kind = headerLineKind(content, null);
  // A receiving station's distribution log (`INFO  LOG-00 EEB-00 …`) is not an addressee line.
  if (kind === 'info' && /\b[A-Z]{2,6}-00\b/.test(content)) return false;
  return kind !== null && kind !== 'xmt' && kind !== 'legacyBanner';
}

/** Result of {@link parseHeader}. */
export interface HeaderParse {
  readonly node: HeaderNode;
  /** Index of the first line after the header. */
  readonly next: number;
}

/**
 * Reads header lines from `first` on, stopping at the first line that is not one (the
 * classification line, a preamble label, body text) or where `stopsHeader` says so (given the
 * line's content and its index). Blank lines inside the header are allowed when a header line
 * follows them.
 */
export function parseHeader(
  source: string,
  lines: readonly Line[],
  first: number,
  stopsHeader: (content: string, index: number) => boolean,
): HeaderParse {
  const nodes: HeaderLine[] = [];
  let role: 'to' | 'info' | null = null;
  let inExemptions = false;
  let previous: HeaderLineKind | null = null;
  let i = first;
  let last = first;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      const next = nextNonBlank(lines, i);
      if (next < 0) break;
      const content = lines[next].content;
      if (stopsHeader(content, next)) break;
      const kind = headerLineKind(content, previous);
      const continues = (kind !== null && kind !== 'transmissionId') || (role !== null && LOOKS_LIKE_ENTRY.test(content));
      if (!continues) break;
      continue;
    }
    const content = line.content;
    if (stopsHeader(content, i)) break;
    const segment = lineSegment(source, line);
    const kind = headerLineKind(content, previous);
    if (kind === 'transmissionId' && nodes.length > 0) break;
    let node: HeaderLine | null = null;
    switch (kind) {
      case 'transmissionId':
        node = transmissionId(segment);
        break;
      case 'routing':
      case 'routingContinuation':
        node = routingLine(segment, kind === 'routing');
        break;
      case 'de':
        node = deLine(segment);
        break;
      case 'security':
        node = securityLine(segment);
        break;
      case 'dtg':
        node = dtgLine(segment);
        break;
      case 'from':
        node = fromLine(segment);
        break;
      case 'to':
      case 'info': {
        role = kind;
        const labelLength = kind === 'to' ? 2 : 4;
        const rest = segment.from(labelLength).trimmed();
        const label = segment.tokenAt(0, labelLength);
        if (LEGACY_BANNER.test(content)) {
          node = legacyBanner(segment);
        } else if (rest.isEmpty) {
          // `TO` alone on its line: the first addressee follows on the next line.
          node = { kind: 'unknown', span: label.span };
        } else if (/^XMT\b/.test(rest.text)) {
          node = { ...xmtLine(rest, kind), span: segment.span };
          inExemptions = true;
        } else {
          node = addressee(rest, kind, label, segment.span);
          inExemptions = false;
        }
        break;
      }
      case 'xmt':
        node = xmtLine(segment, role ?? 'to');
        inExemptions = true;
        break;
      case 'legacyBanner':
        node = legacyBanner(segment);
        break;
      default:
        if (role !== null && mayBeAddressee(content)) {
          if (inExemptions && !LOOKS_LIKE_ENTRY.test(content)) {
            node = { kind: 'xmtLine', span: segment.span, role, label: null, plad: segment.token(segment.start, segment.end) };
          } else {
            node = addressee(segment, role, null);
            inExemptions = false;
          }
        }
    }
    if (node === null) break;
    if (kind !== null && kind !== 'routingContinuation') previous = kind;
    nodes.push(node);
    last = i;
  }
  const firstLine = lines[first];
  const lastLine = lines[last];
  const node = buildHeader(nodes, { start: firstLine.contentStart, end: lastLine.contentEnd });
  return { node, next: nodes.length === 0 ? first : last + 1 };
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  for (let j = from + 1; j < lines.length; j++) if (!lines[j].blank) return j;
  return -1;
}

/**
 * An addressee continuation line is upper case (PLADs are), or starts with `RI/`; a caption
 * alone (`SIPDIS`) or a receiving station's distribution line (`INFO LOG-00 …`) is not one.
 */
function mayBeAddressee(content: string): boolean {
  if (LOOKS_LIKE_ENTRY.test(content)) return true;
  if (captionByName(content) !== undefined || /^(?:E\.O\.|TAGS|SUBJECT|C O N F|S E C R E T)/.test(content)) return false;
  if (/\b[A-Z]{2,6}-00\b/.test(content)) return false;
  return content.length <= 100 && !/[a-z]/.test(content);
}

function buildHeader(lines: HeaderLine[], spanOf: { start: number; end: number }): HeaderNode {
  const routing: RoutingLineNode[] = [];
  const to: AddresseeNode[] = [];
  const info: AddresseeNode[] = [];
  const exemptions: XmtLineNode[] = [];
  let transmissionIdNode: TransmissionIdNode | null = null;
  let de: DeLineNode | null = null;
  let security: SecurityLineNode | null = null;
  let dtg: DtgLineNode | null = null;
  let from: FromLineNode | null = null;
  for (const line of lines) {
    switch (line.kind) {
      case 'transmissionId':
        transmissionIdNode ??= line;
        break;
      case 'routingLine':
        routing.push(line);
        break;
      case 'deLine':
        de ??= line;
        break;
      case 'securityLine':
        security ??= line;
        break;
      case 'dtgLine':
        dtg ??= line;
        break;
      case 'fromLine':
        from ??= line;
        break;
      case 'addressee':
        (line.role === 'to' ? to : info).push(line);
        break;
      case 'xmtLine':
        exemptions.push(line);
        break;
    }
  }
  return {
    kind: 'header',
    span: spanOf,
    lines,
    transmissionId: transmissionIdNode,
    routing,
    de,
    security,
    dtgLine: dtg,
    from,
    to,
    info,
    exemptions,
  };
}

function transmissionId(segment: Segment): TransmissionIdNode {
  return { kind: 'transmissionId', span: segment.span, id: segment.text.replace(/ /g, '') };
}

function routingLine(segment: Segment, withDigraph: boolean): RoutingLineNode {
  const words = wordTokens(segment);
  return {
    kind: 'routingLine',
    span: segment.span,
    digraph: withDigraph ? words[0] : null,
    indicators: withDigraph ? words.slice(1) : words,
  };
}

/** The space-separated words of a segment, as tokens. */
export function wordTokens(segment: Segment): Token[] {
  const tokens: Token[] = [];
  const text = segment.text;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const start = i;
    while (i < text.length && text.charCodeAt(i) !== 32) i++;
    if (i > start) tokens.push(segment.tokenAt(start, i - start));
  }
  return tokens;
}

const DE_LINE = /^DE +(\S+)(?: +(#?)(\d+)(?:\/(\d+))?)?(?: +(\d+))?/;

function deLine(segment: Segment): DeLineNode {
  const text = segment.text;
  const m = DE_LINE.exec(text);
  let indicator: Token | null = null;
  let serial: Token | null = null;
  let section: Token | null = null;
  let filingTime: Token | null = null;
  let hasHash = false;
  let consumed = 2;
  if (m) {
    let at = text.indexOf(m[1], 2);
    indicator = segment.tokenAt(at, m[1].length);
    at += m[1].length;
    if (m[3] !== undefined) {
      at = text.indexOf(m[2] + m[3], at);
      hasHash = m[2] === '#';
      serial = segment.tokenAt(at + m[2].length, m[3].length);
      at += m[2].length + m[3].length;
      if (m[4] !== undefined) {
        section = segment.tokenAt(at + 1, m[4].length);
        at += 1 + m[4].length;
      }
    }
    if (m[5] !== undefined) {
      at = text.indexOf(m[5], at);
      filingTime = segment.tokenAt(at, m[5].length);
      at += m[5].length;
    }
    consumed = at;
  }
  const rest = segment.from(consumed).trimmed();
  const julian =
    filingTime && /^\d{7}$/.test(filingTime.text)
      ? { day: Number(filingTime.text.slice(0, 3)), hour: Number(filingTime.text.slice(3, 5)), minute: Number(filingTime.text.slice(5, 7)) }
      : null;
  return {
    kind: 'deLine',
    span: segment.span,
    indicator,
    serial,
    hasHash,
    section,
    filingTime,
    julian,
    extra: rest.isEmpty ? null : segment.token(rest.start, rest.end),
  };
}

function securityLine(segment: Segment): SecurityLineNode {
  const words = wordTokens(segment);
  const prefix = words[0];
  let code: Token | null = null;
  let specat: Token | null = null;
  let operatingSignal: Token | null = null;
  let index = 1;
  if (words[index]) {
    const word = words[index];
    const slash = word.text.indexOf('/');
    if (slash > 0) {
      code = { text: word.text.slice(0, slash), span: { start: word.span.start, end: word.span.start + slash } };
      specat = { text: word.text.slice(slash + 1), span: { start: word.span.start + slash + 1, end: word.span.end } };
    } else {
      code = word;
    }
    index++;
  }
  if (words[index] && /^Z[A-Z]{2}$/.test(words[index].text)) operatingSignal = words[index++];
  const extra = words.length > index ? segment.token(words[index].span.start, words[words.length - 1].span.end) : null;
  return { kind: 'securityLine', span: segment.span, prefix, code, specat, operatingSignal, extra };
}

function dtgLine(segment: Segment): DtgLineNode {
  const m = DTG_LINE_START.exec(segment.text);
  const prosigns: Token[] = [];
  let dtgIndex = 0;
  if (m) {
    prosigns.push(segment.tokenAt(0, 1));
    if (m[2]) prosigns.push(segment.tokenAt(2, 1));
    dtgIndex = m[0].length;
  }
  return { kind: 'dtgLine', span: segment.span, prosigns, dtg: readDtg(segment, dtgIndex) };
}

function fromLine(segment: Segment): FromLineNode {
  const labelLength = /^FROM/i.test(segment.text) ? 4 : 2;
  const label = segment.tokenAt(0, labelLength);
  const rest = segment.from(labelLength).trimmed();
  const entry = addressee(rest, 'to', null);
  return {
    kind: 'fromLine',
    span: segment.span,
    label,
    plad: rest.isEmpty ? null : rest.token(rest.start, rest.end),
    indicator: entry.indicator,
    precedence: entry.precedence,
  };
}

const PRECEDENCE_WORDS: readonly PrecedenceWord[] = PRECEDENCES.map((p) => p.word);
const SINGLE_PRECEDENCE_WORDS = ['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE'];

/**
 * The precedence word a trailing word stands for: exact, or within two edits of IMMEDIATE,
 * PRIORITY or ROUTINE (one of FLASH) when the word is long enough not to be a place name.
 */
function precedenceCandidate(word: string): { exact: boolean } | null {
  if (SINGLE_PRECEDENCE_WORDS.includes(word)) return { exact: true };
  if (!/^[A-Z]{5,12}$/.test(word)) return null;
  for (const candidate of SINGLE_PRECEDENCE_WORDS) {
    const allowed = candidate === 'FLASH' ? 1 : 2;
    if (word[0] === candidate[0] && editDistance(word, candidate, allowed) <= allowed) return { exact: false };
  }
  return null;
}

/** Whether the segment's last character is an ASCII digit. */
function endsInDigit(segment: Segment): boolean {
  const code = segment.source.charCodeAt(segment.end - 1);
  return segment.end > segment.start && isDigit(code);
}

/**
 * Parses one addressee entry `[RI/]PLAD[ PRECEDENCE][ NNNN]`; the node spans `span` (the
 * whole line, label included, when the entry follows a TO or INFO label on it).
 */
function addressee(segment: Segment, role: 'to' | 'info', label: Token | null, span: Span = segment.span): AddresseeNode {
  let rest = segment;
  let indicator: Token | null = null;
  let separator: Token | null = null;
  // An indicator opens with R: other entries are not copied to be asked.
  const im = !segment.isEmpty && segment.source.charCodeAt(segment.start) === 82 /* R */ ? ENTRY_INDICATOR.exec(rest.text) : null;
  if (im) {
    indicator = rest.tokenAt(0, im[1].length);
    separator = rest.tokenAt(im[1].length, im[2].length);
    rest = rest.from(im[0].length);
  }
  let serial: Token | null = null;
  // Only an entry that ends in a digit can end in a serial: the pattern is not tried at every
  // space of the others.
  const sm = endsInDigit(segment) ? SERIAL_AT_END.exec(rest.text) : null;
  if (sm) {
    serial = rest.tokenAt(rest.text.length - sm[1].length, sm[1].length);
    rest = rest.until(rest.text.length - sm[0].length).trimmed();
  }
  let precedence: Token | null = null;
  let precedenceWord: PrecedenceWord | null = null;
  const text = rest.text;
  if (text.endsWith(' NIACT IMMEDIATE') || text === 'NIACT IMMEDIATE') {
    precedence = rest.tokenAt(text.length - 15, 15);
    precedenceWord = 'NIACT IMMEDIATE';
  } else {
    const space = text.lastIndexOf(' ');
    const word = text.slice(space + 1);
    const candidate = space > 0 ? precedenceCandidate(word) : null;
    if (candidate) {
      precedence = rest.tokenAt(space + 1, word.length);
      if (candidate.exact) precedenceWord = word as PrecedenceWord;
    }
  }
  if (precedence) rest = rest.until(precedence.span.start - rest.start).trimmed();
  const plad = rest.isEmpty ? null : rest.token(rest.start, rest.end);
  return {
    kind: 'addressee',
    span,
    role,
    label,
    indicator,
    separator,
    plad,
    precedence,
    precedenceWord: precedenceWord && PRECEDENCE_WORDS.includes(precedenceWord) ? precedenceWord : null,
    serial,
  };
}

function xmtLine(segment: Segment, role: 'to' | 'info'): XmtLineNode {
  const m = /^XMT\/? */.exec(segment.text);
  const rest = segment.from(m ? m[0].length : 0).trimmed();
  return {
    kind: 'xmtLine',
    span: segment.span,
    role,
    label: segment.tokenAt(0, 3),
    plad: rest.isEmpty ? null : rest.token(rest.start, rest.end),
  };
}

function legacyBanner(segment: Segment): LegacyBannerNode {
  return { kind: 'legacyBanner', span: segment.span };
}
