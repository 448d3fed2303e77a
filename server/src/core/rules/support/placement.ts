/**
 * Where to report something that is missing: on the line where it should stand, so the
 * drafter (and a reader of the problem list) finds the gap at once.
 */
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';

/** The content of zero-based `line`, white space trimmed (an empty span at its start when blank). */
export function lineContentSpan(doc: CableDocument, line: number): Span {
  const start = doc.lines.lineStart(line);
  const end = doc.lines.lineEnd(line);
  let s = start;
  while (s < end && /\s/.test(doc.text[s])) s++;
  let e = end;
  while (e > s && /\s/.test(doc.text[e - 1])) e--;
  return s < e ? { start: s, end: e } : { start, end: start };
}
