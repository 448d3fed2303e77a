/**
 * The corrected-copy notice: a cable sent again with a correction says so among its captions,
 * often letter-spaced like the classification, and names what was corrected:
 * `C O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)`, `CORRECTED COPY - SIPDIS CAPTION REMOVED`.
 */
import type { Segment } from './lines';
import type { CorrectedCopyNode } from './nodes';

/**
 * The notice's words at the start of a line, letter-spaced or not, with an opening bracket
 * allowed before them. Each optional space is a single character, so the pattern cannot
 * backtrack far.
 */
const NOTICE = /^\(?[ \t]*C ?O ?R ?R ?E ?C ?T ?E ?D[ \t]{1,8}C ?O ?P ?Y(?![A-Za-z])/i;

/** What may stand between the notice's words and its note, and after the note. */
const OPENING = ' \t:-–—';
const CLOSING = ' \t.-–—';

/** Whether a line (its trimmed content) is a corrected-copy notice. */
export function isCorrectedCopyNotice(content: string): boolean {
  return NOTICE.test(content);
}

/** Parses a corrected-copy notice line; call only where {@link isCorrectedCopyNotice} holds. */
export function parseCorrectedCopy(segment: Segment): CorrectedCopyNode {
  const text = segment.text;
  const words = NOTICE.exec(text);
  let start = words ? words[0].length : 0;
  let end = text.length;
  const trim = () => {
    while (start < end && OPENING.includes(text[start])) start++;
    while (end > start && CLOSING.includes(text[end - 1])) end--;
  };
  trim();
  // Brackets around the note, or an unmatched one (the notice's own opening bracket before
  // its words closes after the note), are not the note's: `(PARAGRAPH NUMBERS)`, `(… - PARAS 4-6 RENUMBERED)`.
  const balance = (from: number, to: number) => {
    let depth = 0;
    for (let i = from; i < to; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    return depth;
  };
  if (start < end && text[start] === '(' && text[end - 1] === ')' && balance(start + 1, end - 1) === 0) {
    start++;
    end--;
  } else if (start < end && text[end - 1] === ')' && balance(start, end) < 0) {
    end--;
  } else if (start < end && text[start] === '(' && balance(start, end) > 0) {
    start++;
  }
  trim();
  return { kind: 'correctedCopy', span: segment.span, note: start < end ? segment.tokenAt(start, end - start) : null };
}
