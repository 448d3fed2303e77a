/** Shapes that mark where running text starts, shared by the preamble and body parsers. */

/** `1.`, `1.(C)`, `12. Text`: a paragraph number at the start of a line (not `1.4`, not `2009.`). */
export const PARAGRAPH_START = /^(\d{1,3})(\.)(?!\d)(?=\s|\(|$|[A-Z"“'[])/;

/** Whether a line (residue already skipped) opens with a paragraph number. */
export function startsParagraph(text: string): boolean {
  return PARAGRAPH_START.test(text);
}

const SUMMARY_START = /^(?:BEGIN SUMMARY|SUMMARY AND COMMENT\s*[:.]|SUMMARY\s*[:.-]|SUMMARY\s*$|Summary\s*(?:and comment\s*)?[:.-]|Summary\s*$)/;

/** Whether a line opens a summary, or is a dashed rule above a heading. */
export function startsSummary(text: string): boolean {
  return SUMMARY_START.test(text) || isRule(text);
}

/** A line of dashes, underscores or equals signs (a heading's rule). */
export function isRule(text: string): boolean {
  return /^[-_=]{3,}$/.test(text);
}
