/**
 * Signs that a copy of a cable lost text before it reached the editor, so rules about
 * missing parts should stay quiet rather than blame the drafter.
 */
import { memo } from '../../memo';
import type { CableDocument } from '../../syntax/nodes';

/**
 * Whether a line of the preamble (from the classification line to the first paragraph) is
 * cut short with `...`: archive copies abbreviate long lines that way, and the E.O., TAGS or
 * SUBJECT line may be in the part that was lost.
 */
export function preambleTruncated(doc: CableDocument): boolean {
  return memo(doc, preambleTruncated, computePreambleTruncated);
}

const CUT_SHORT = /\.\.\.\s*$/;

function computePreambleTruncated(doc: CableDocument): boolean {
  const from = doc.classification ? doc.classification.span.end : 0;
  const to = Math.min(doc.bodyStart, doc.text.length);
  const first = doc.lines.lineAt(from);
  const last = doc.lines.lineAt(to);
  for (let line = first; line <= last; line++) {
    if (endsCutShort(doc, line)) return true;
  }
  return false;
}

/**
 * Whether `line` ends in `...` and blanks ({@link CUT_SHORT}), read from its end in place: past
 * ASCII blanks, a full stop needs two more before it, and any other ASCII character settles it;
 * a line ending in other characters (Unicode blanks) is left to the pattern.
 */
function endsCutShort(doc: CableDocument, line: number): boolean {
  const text = doc.text;
  const start = doc.lines.lineStart(line);
  let end = doc.lines.lineEnd(line);
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const last = end > start ? text.charCodeAt(end - 1) : -1;
  if (last === 46 /* . */) return end - start >= 3 && text.charCodeAt(end - 2) === 46 && text.charCodeAt(end - 3) === 46;
  if (last >= 0 && last < 128 && !(last >= 9 && last <= 13)) return false;
  return CUT_SHORT.test(doc.lines.lineText(line));
}

/**
 * Whether the preamble could not be read reliably: the copy has a transmission header but
 * no classification line was found (archive metadata before it, a mangled line), so the
 * parser may have taken the real preamble for body text.
 */
export function preambleUnreliable(doc: CableDocument): boolean {
  return doc.header !== null && doc.classification === null;
}

/** A SUBJECT label with its colon, as a line opens with it. */
export const SUBJECT_LABEL_LINE = /^(?:SUBJECT|SUBJ|SUBJET)\s*:/i;
/** A TAGS label with its colon, as a line opens with it. */
export const TAGS_LABEL_LINE = /^(?:TAGS|TAG)\s*[:;]/i;

/** Whether some line of the text opens with `label` (a regular expression anchored at the line start). */
export function someLineStartsWith(doc: CableDocument, label: RegExp): boolean {
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (label.test(doc.lines.lineText(line).trimStart())) return true;
  }
  return false;
}

/** Whether the copy ends before any body text (the archive kept the preamble only). */
export function bodyMissing(doc: CableDocument): boolean {
  return doc.bodyStart >= doc.text.length;
}

/** Lines longer than this were never transmitted: a paragraph was joined onto one line. */
const REFLOWED_LINE = 200;

/**
 * Whether the copy was reflowed: its paragraphs joined onto one long line each, as in
 * press-released copies, which also dropped the SUBJECT line and colons after labels. One
 * long line (a table, a list of addresses) does not make a reflowed copy; long lines for at
 * least half the paragraphs do.
 */
export function looksReflowed(doc: CableDocument): boolean {
  return memo(doc, looksReflowed, computeLooksReflowed);
}

function computeLooksReflowed(doc: CableDocument): boolean {
  let long = 0;
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (doc.lines.lineEnd(line) - doc.lines.lineStart(line) > REFLOWED_LINE) long++;
  }
  return long > 0 && long >= Math.ceil(doc.paragraphs.length / 2);
}
