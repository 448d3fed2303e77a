/** The SUBJECT line, possibly wrapped, with an optional portion mark. */
import { foldWhitespace, type Segment } from './lines';
import { maskedText } from './mask';
import type { SubjectNode } from './nodes';
import { readPortionMark } from './portionMark';
import type { Span } from '../text/span';

/** `SUBJECT:`, `SUBJ:`, and misspellings seen in copies (`SUBJET:`, `UBJECT:`). */
export const SUBJECT_START = /^(SUBJECT|SUBJ|SUBJET|SUBJEC|SUBECT|UBJECT)\s*:|^(SUBJECT) +(?=[A-Z(])/i;

/** Where a SUBJECT label starts inside a line glued to what comes before. */
export const SUBJECT_INSIDE = /(?:^|[^A-Za-z])(SUBJECT|SUBJ|Subject)\s*:/;

/** Parses a subject whose label starts the first segment; `masked` spans (page headers, residue) are skipped. */
export function parseSubject(source: string, segments: readonly Segment[], masked: readonly Span[]): SubjectNode {
  const first = segments[0];
  const last = segments[segments.length - 1];
  const lm = SUBJECT_START.exec(first.text)!;
  const label = first.tokenAt(0, (lm[1] ?? lm[2]).length);
  let textStart = first.start + lm[0].length;
  // A label alone on its line takes its text from the next: the text starts there.
  while (textStart < last.end && (source[textStart] === ' ' || source[textStart] === '\t' || source[textStart] === '\n' || source[textStart] === '\r')) textStart++;
  const portionMark = readPortionMark(source, textStart);
  const afterMark = portionMark ? portionMark.span.end : textStart;
  const text = foldWhitespace(maskedText(source, afterMark, last.end, masked));
  return {
    kind: 'subject',
    span: { start: first.start, end: last.end },
    label,
    portionMark,
    text,
    textSpan: { start: textStart, end: Math.max(textStart, last.end) },
  };
}
