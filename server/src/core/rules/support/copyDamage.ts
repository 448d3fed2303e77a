/**
 * Signs that a copy of a cable lost text before it reached the editor, so rules about
 * missing parts should stay quiet rather than blame the drafter.
 */
import type { CableDocument } from '../../syntax/nodes';

/**
 * Whether a line of the preamble (from the classification line to the first paragraph) is
 * cut short with `...`: archive copies abbreviate long lines that way, and the E.O., TAGS or
 * SUBJECT line may be in the part that was lost.
 */
export function preambleTruncated(doc: CableDocument): boolean {
  const from = doc.classification ? doc.classification.span.end : 0;
  const to = Math.min(doc.bodyStart, doc.text.length);
  const first = doc.lines.lineAt(from);
  const last = doc.lines.lineAt(to);
  for (let line = first; line <= last; line++) {
    if (/\.\.\.\s*$/.test(doc.lines.lineText(line))) return true;
  }
  return false;
}
