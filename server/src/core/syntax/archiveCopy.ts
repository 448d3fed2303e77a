/**
 * An archive's record of a cable, found between two copies of the cable's opening. Some
 * archived copies hold the opening twice: the header (sometimes with the start of the
 * preamble, cut short), then the archive's record of the cable (its id, date, origin,
 * classification and references), then the header once more, or the cable from its
 * classification line. The record is not cable text; the header after it is a copy of the
 * header. Three shapes of record are known:
 *
 * - a block of `key: value` lines opened by `id: 90003`, whose `header:` line is followed by
 *   the copy of the header and a `----- header ends -----` rule;
 * - the values alone, one a line (a `>` line or the record's number, then its date and time,
 *   the cable id, …), up to the copy of the header or the classification line;
 * - one line of values separated by tabs, opened by a date and time, whose last value is the
 *   first line of the copy of the header.
 */
import { isDigit } from '../text/characters';
import type { Span } from '../text/span';
import { isClassificationLine } from './classificationLine';
import { opensHeader } from './header';
import { type Line, nextNonBlank } from './lines';

/** The first line of a metadata block (`id: 90003`). */
const METADATA_START = /^id: \d+$/;
/** The metadata block's last label, after which the copy of the header starts. */
const METADATA_HEADER_LABEL = /^header:$/;
/** The rule closing the archive's copy of the header (`----- header ends -----`). */
export const HEADER_ENDS = /^-{3,} ?header ends ?-{3,}$/i;
/** How far below a metadata block's first line its `header ends` rule may stand. */
const METADATA_LINES = 80;
/** A record's date and time on a line of its own (`9/16/2009 9:24`, `04.10.2009 01:32`, `2006-03-09 22:28:00`). */
const RECORD_DATE_LINE = /^(?:\d{1,2}[./]\d{1,2}[./]\d{4} \d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?)$/;
/** The record's number on a line of its own, before its date (`55988`). */
const RECORD_NUMBER_LINE = /^\d{4,7}$/;
/** How many value lines a `>` record holds at most before the copy of the header. */
const RECORD_VALUE_LINES = 8;
/** A tab-separated record line opens with its date and time, then a tab. */
const TAB_RECORD_START = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t/;
/** A tab-separated record has at least this many tabs (date, id, origin, classification, references, …). */
const TAB_RECORD_TABS = 4;

/** An archive record and where the copy of the header after it starts. */
export interface ArchiveRecord {
  /** The record's own text, line by line: metadata, not cable text. */
  readonly spans: readonly Span[];
  /** Where the copy of the header starts: its line and the offset in it; null when the record has none. */
  readonly copy: { readonly line: number; readonly start: number } | null;
  /** The line of the `header ends` rule that closes the copy, when the record has one. */
  readonly rule: number | null;
  /** The first line after the record when it holds no copy of the header. */
  readonly next: number;
  /** The serial of the cable id the record gives (`2129` of `refid: 07LIMA2129`), or null. */
  readonly serial: string | null;
}

/** A cable id in a record (`07LIMA2129`, `06USMISSIONGENEVA2654`): the serial is the digits at its end. */
const RECORD_CABLE_ID = /\b\d{2}[A-Z]{2,30}(\d{1,7})\b/;

function withSerial(source: string, record: Omit<ArchiveRecord, 'serial'>): ArchiveRecord {
  for (const span of record.spans) {
    const m = RECORD_CABLE_ID.exec(source.slice(span.start, span.end));
    if (m) return { ...record, serial: m[1] };
  }
  return { ...record, serial: null };
}

/**
 * A classification line with more than its words (an origin and serial, a section phrase):
 * one that a record's classification value (`SECRET`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`)
 * or a table's column cannot be mistaken for.
 */
export function isFullClassificationLine(text: string): boolean {
  // The classification words settle most lines by their first letter; the search for a digit
  // reads the whole line.
  return isClassificationLine(text) && /\d/.test(text);
}

/** Whether a line opens an archive record ({@link archiveRecordAt} tells whether the rest of it follows). */
export function mayOpenArchiveRecord(content: string): boolean {
  // Asked of every header and preamble line: a record opens with `>`, `id: ` or a digit.
  const first = content.charCodeAt(0);
  if (first !== 105 /* i */ && !isDigit(first)) return content === '>';
  return content === '>' || METADATA_START.test(content) || TAB_RECORD_START.test(content) || RECORD_NUMBER_LINE.test(content);
}

/** The archive record starting at line `at`, or null when none starts there. */
export function archiveRecordAt(source: string, lines: readonly Line[], at: number): ArchiveRecord | null {
  if (at >= lines.length) return null;
  const content = lines[at].content;
  const record = METADATA_START.test(content)
    ? metadataBlock(lines, at)
    : content === '>' || RECORD_NUMBER_LINE.test(content)
      ? valueLines(lines, at)
      : TAB_RECORD_START.test(content)
        ? tabRecord(source, lines[at], at)
        : null;
  return record && withSerial(source, record);
}

function metadataBlock(lines: readonly Line[], at: number): Omit<ArchiveRecord, 'serial'> | null {
  const last = Math.min(lines.length, at + METADATA_LINES);
  let label = -1;
  for (let k = at + 1; k < last; k++) {
    const content = lines[k].content;
    if (label < 0 && METADATA_HEADER_LABEL.test(content)) label = k;
    if (!HEADER_ENDS.test(content)) continue;
    // Without a `header:` label, the whole block up to the rule is the record.
    const recordEnd = label >= 0 ? label : k;
    const copyLine = label >= 0 ? nextNonBlank(lines, label + 1) : k;
    return { spans: contentSpans(lines, at, recordEnd + 1), copy: copyLine < k ? { line: copyLine, start: lines[copyLine].contentStart } : null, rule: k, next: k + 1 };
  }
  return null;
}

function valueLines(lines: readonly Line[], at: number): Omit<ArchiveRecord, 'serial'> | null {
  const first = nextNonBlank(lines, at + 1);
  if (first >= lines.length || !RECORD_DATE_LINE.test(lines[first].content)) return null;
  for (let k = first + 1, seen = 0; k < lines.length && seen < RECORD_VALUE_LINES; k++) {
    if (lines[k].blank) continue;
    seen++;
    const content = lines[k].content;
    if (opensHeader(content)) return { spans: contentSpans(lines, at, k), copy: { line: k, start: lines[k].contentStart }, rule: null, next: k };
    // No copy of the header: the cable follows from its classification line.
    if (isFullClassificationLine(content)) return { spans: contentSpans(lines, at, k), copy: null, rule: null, next: k };
  }
  return null;
}

/** The record on line `at` (`line`) that holds its fields separated by tabs. */
function tabRecord(source: string, line: Line, at: number): Omit<ArchiveRecord, 'serial'> | null {
  const content = line.content;
  let tabs = 0;
  for (let k = content.indexOf('\t'); k >= 0; k = content.indexOf('\t', k + 1)) tabs++;
  if (tabs < TAB_RECORD_TABS) return null;
  const lastTab = line.contentStart + content.lastIndexOf('\t');
  const lastValue = source.slice(lastTab + 1, line.contentEnd).trim();
  if (lastValue.length > 0 && opensHeader(lastValue)) {
    const start = lastTab + 1 + source.slice(lastTab + 1, line.contentEnd).search(/\S/);
    let end = lastTab;
    while (end > line.contentStart && /\s/.test(source[end - 1])) end--;
    return { spans: [{ start: line.contentStart, end }], copy: { line: at, start }, rule: null, next: at + 1 };
  }
  return { spans: [{ start: line.contentStart, end: line.contentEnd }], copy: null, rule: null, next: at + 1 };
}

function contentSpans(lines: readonly Line[], from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let k = from; k < to; k++) if (!lines[k].blank) spans.push({ start: lines[k].contentStart, end: lines[k].contentEnd });
  return spans;
}


/**
 * Where a classification line glued after a tab onto another line starts (an addressee line
 * and the classification line pasted side by side: `…WELLINGTON 2368<tab>C O N F I D E N T I A L …`),
 * or -1. Only a full classification line counts: its words and the origin and serial, or a
 * section phrase; a classification word alone after a tab may be a table's column.
 */
export function classificationAfterTab(line: Line): number {
  const tab = line.content.lastIndexOf('\t');
  if (tab < 0) return -1;
  const rest = line.content.slice(tab + 1);
  const lead = rest.length - rest.trimStart().length;
  const text = rest.trim();
  if (text.length === 0 || line.content.slice(0, tab).trim().length === 0 || !isFullClassificationLine(text)) return -1;
  return line.contentStart + tab + 1 + lead;
}
