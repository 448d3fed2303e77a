/**
 * Where to report something that is missing: on the line where it should stand, so the
 * drafter (and a reader of the problem list) finds the gap at once.
 */
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';

/** The content of the line after the one holding `offset` (an empty span on a blank line or at the end). */
export function nextLineSpan(doc: CableDocument, offset: number): Span {
  const line = doc.lines.lineAt(offset) + 1;
  if (line >= doc.lines.lineCount) return { start: doc.text.length, end: doc.text.length };
  return lineContentSpan(doc, line);
}

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

/** The content of the line holding `offset`. */
export function lineSpanAt(doc: CableDocument, offset: number): Span {
  return lineContentSpan(doc, doc.lines.lineAt(offset));
}
