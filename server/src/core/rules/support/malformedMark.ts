/**
 * Portion marks written so that they cannot be read as marks: `C) Summary`, `(Confidential)`,
 * `[C]`, `(S NF)`, `(NC)`. Where a paragraph opens with one of these, the drafter meant a
 * mark: the syntax rule reports it, and the rule for unmarked paragraphs leaves it alone.
 */
import type { Span } from '../../text/span';
import { readPortionMark } from '../../syntax/portionMark';

/** What was written and what was meant. */
export interface MalformedMark {
  readonly span: Span;
  readonly written: string;
  /** The canonical mark meant, with its parentheses, when it is certain (`(C)` for `(Confidential)`). */
  readonly meant: string | null;
}

const WORD_LEVEL: Readonly<Record<string, string>> = {
  UNCLASSIFIED: 'U',
  UNCLAS: 'U',
  CONFIDENTIAL: 'C',
  SECRET: 'S',
  'TOP SECRET': 'TS',
  'SENSITIVE BUT UNCLASSIFIED': 'SBU',
};

/** Bracketed text of at most 40 characters at `offset`: `(…)` or `[…]`. */
const ENCLOSED = /[([]([^()[\]\n]{1,40})[)\]]/y;
/** A level letter with its closing parenthesis but no opening one: `C) `. */
const NO_OPEN = /(TS|SBU|U|C|S)\)(?=[ \t])/y;
/** An opening parenthesis and a level, never closed: `(C Summary`. */
const NO_CLOSE = /\((TS|SBU|U|C|S)(?:\/{1,2}NF)?[ \t]+(?![xX]{4})(?=[A-Za-z])/y;

/** A malformed mark at `offset`, or null (also null when a well-formed mark is there). */
export function malformedMarkAt(text: string, offset: number): MalformedMark | null {
  if (readPortionMark(text, offset)) return null;
  ENCLOSED.lastIndex = offset;
  const enclosed = ENCLOSED.exec(text);
  if (enclosed) {
    const inner = enclosed[1].trim().toUpperCase().replace(/\s+/g, ' ');
    const span = { start: offset, end: offset + enclosed[0].length };
    const written = enclosed[0];
    const bracket = written.startsWith('[');
    const wordMatch = /^(TOP SECRET|SENSITIVE BUT UNCLASSIFIED|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET)(?:\s*\/{1,2}\s*(NOFORN|NF|REL [A-Z ,]{1,20}))?$/.exec(inner);
    if (wordMatch) {
      const level = WORD_LEVEL[wordMatch[1]];
      const control = wordMatch[2] ? `/${wordMatch[2] === 'NOFORN' ? 'NF' : wordMatch[2]}` : '';
      return { span, written, meant: `(${level}${control})` };
    }
    // `(CONFIDENTIAL -- ENTIRE PARAGRAPH)`: the level spelled out with a note.
    const noted = /^(TOP SECRET|UNCLASSIFIED|CONFIDENTIAL|SECRET)\b ?[-:,]/.exec(inner);
    if (noted) return { span, written, meant: `(${WORD_LEVEL[noted[1]]})` };
    const spaced = /^(TS|SBU|U|C|S) (NF|NOFORN)$/.exec(inner);
    if (spaced) return { span, written, meant: `(${spaced[1]}/NF)` };
    if (bracket && /^(TS|SBU|U|C|S)(?:\/{1,2}NF)?$/.test(inner)) return { span, written, meant: `(${inner})` };
    // Garbled marks: only mark letters, short (`(NC)`, `(N/SF)`), but not a word such as `(US)`.
    if (/^[UCSTBNF/ ]{1,6}$/.test(inner) && /[UCS]/.test(inner) && inner !== 'US') return { span, written, meant: null };
    return null;
  }
  NO_OPEN.lastIndex = offset;
  const noOpen = NO_OPEN.exec(text);
  if (noOpen) {
    return { span: { start: offset, end: offset + noOpen[0].length }, written: noOpen[0], meant: `(${noOpen[1]})` };
  }
  NO_CLOSE.lastIndex = offset;
  const noClose = NO_CLOSE.exec(text);
  if (noClose) {
    const written = noClose[0].trimEnd();
    return { span: { start: offset, end: offset + written.length }, written, meant: null };
  }
  return null;
}
