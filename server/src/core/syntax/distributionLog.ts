/**
 * The receiving station's distribution log: a copy printed where the cable was received may
 * open, above the transmission header, with the offices it was distributed to (`ACTION EUR-00`,
 * `INFO  LOG-00   EEB-00   AF-00 …`, rows of office codes, `/001W`, a dashed line with the
 * copy's check and time) and, on a Department copy, the drafting lines printed with it
 * (`DRAFTED BY:`, `APPROVED BY:`, the clearances). None of it is the cable as drafted.
 */
import type { Line } from './lines';
import type { DistributionLogNode } from './nodes';

/** The log's first line: the action, origin or info office, each code with its count (`LOG-00`). */
const LOG_OPENER = /^(?:ACTION|ORIGIN|INFO)[ \t]{1,8}[A-Z][A-Z0-9]{0,5}-\d\d(?![A-Za-z0-9-])/;

/** A row of office codes with their counts, or the row's closing count (`/001W`, `(TEDE) /000R`). */
const LOG_ROW = /^(?:\(?[A-Z][A-Z0-9]{0,5}-\d\d\)?[ \t]+)*(?:\(?[A-Z][A-Z0-9]{0,5}-\d\d\)?|(?:\([A-Z]{1,6}\)[ \t]*)?\/\d{3}[A-Z])(?:[ \t]+\)?[ \t]*\/\d{3}[A-Z])?$/;

/** The dashed line that closes the log, with the copy's check and time (`------5A9C83  271329Z /38`). */
const CHECK_LINE = /^-{6,}[0-9A-F]{6}[ \t]+\d{6}Z\b/;

/** How many lines above the cable a log may fill (the longest seen hold about 25). */
const LOG_LIMIT = 60;

/**
 * The distribution log among the lines `[first, end)` that come before the cable's first line,
 * as one node from the first of them, when one of them opens a log; null otherwise (the lines
 * are then something else: an e-mail wrapper, a dateline). The log ends at its dashed check
 * line, or without one at its last row of office codes: what follows is not the log's (a
 * transmission header the parser did not take for the cable's start stays as it was).
 */
export function distributionLogBefore(lines: readonly Line[], first: number, end: number): DistributionLogNode | null {
  let from = -1;
  let opened = false;
  let lastRow = -1;
  let check = -1;
  for (let k = first; k < end && k - first < LOG_LIMIT; k++) {
    const line = lines[k];
    if (line.blank) continue;
    if (from < 0) from = k;
    const content = line.content;
    if (!opened && LOG_OPENER.test(content)) opened = true;
    if (!opened) continue;
    // The check line closes a log that has opened; one above the log's first line is not its.
    if (CHECK_LINE.test(content)) check = k;
    else if (LOG_ROW.test(content)) lastRow = k;
  }
  const to = check >= 0 ? check : lastRow;
  if (!opened || to < 0) return null;
  return { kind: 'distributionLog', span: { start: lines[from].contentStart, end: lines[to].contentEnd } };
}
