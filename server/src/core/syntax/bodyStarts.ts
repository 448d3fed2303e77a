/** Shapes that mark where running text starts, shared by the preamble and body parsers. */
import { isDigit } from '../text/characters';

/**
 * `1.`, `1.(C)`, `12. Text`: a paragraph number at the start of a line (not `1.4`, not
 * `2009.`). Also `1) (C)` and `1 (C)`, which count only with a portion mark after them.
 */
export const PARAGRAPH_START = /^(\d{1,3})(\.(?!\d)(?=\s|\(|$|[A-Z"“'[])|\)(?=\s)| \.(?=\s*\()|(?= {1,3}\())/;

/** Whether a line (residue already skipped) opens with a paragraph number. */
export function startsParagraph(text: string): boolean {
  const m = PARAGRAPH_START.exec(text);
  if (!m) return false;
  return m[2] === '.' || /^\s*\( ?(?:U|SBU|C|S|TS|LOU)\b/i.test(text.slice(m[0].length));
}

/** The number of a line that opens with a paragraph number (any of the accepted forms), or null. */
export function paragraphNumberAt(text: string): number | null {
  const first = text.charCodeAt(0);
  if (!isDigit(first)) return null;
  // One match serves both the test and the number (asked of every numbered body line).
  const m = PARAGRAPH_START.exec(text);
  if (!m) return null;
  return m[2] === '.' || /^\s*\( ?(?:U|SBU|C|S|TS|LOU)\b/i.test(text.slice(m[0].length)) ? Number(m[1]) : null;
}

const SUMMARY_START = /^(?:BEGIN SUMMARY|SUMMARY AND COMMENT\s*[:.]|SUMMARY\s*[:.-]|SUMMARY\s*$|Summary\s*(?:and comment\s*)?[:.-]|Summary\s*$)/;

/** Whether a line opens a summary, or is a dashed rule above a heading. */
export function startsSummary(text: string): boolean {
  return SUMMARY_START.test(text) || isRule(text);
}

/** A line of dashes, underscores or equals signs (a heading's rule). */
export function isRule(text: string): boolean {
  // Asked of most lines (and their neighbours): the first character rules nearly all out.
  const first = text.charCodeAt(0);
  return (first === 45 /* - */ || first === 95 /* _ */ || first === 61 /* = */) && RULE.test(text);
}

const RULE = /^[-_=]{3,}$/;
