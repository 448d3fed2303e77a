/** The classification-authority line: `Classified By: … for reasons 1.4 (b) and (d).` */
import { foldWhitespace, type Segment } from './lines';
import { maskedText } from './mask';
import type { ClassifiedByNode } from './nodes';
import { readPortionMark } from './portionMark';
import type { Span, Token } from '../text/span';

/** `Classified By:`, `CLASSIFIED BY`, `(U) Classified by`, `Classified by:` … */
export const CLASSIFIED_BY_START = /^(?:\( ?[A-Za-z]{1,3} ?\) ?)?(CLASSIFIED|Classified|classified) ?(BY|By|by)\b:?/;

/** Where a Classified By label starts inside a line glued to what comes before. */
export const CLASSIFIED_BY_INSIDE = /(?:^|[^A-Za-z])(CLASSIFIED BY|Classified By|Classified by)\b|(Classified By:)/;

/**
 * `1.4`, `1.5`, and how copies break them: `1 .4`, `1.\n4` (wrapped), `1:4`, `1/4`, and a
 * letter glued on (`1.4b`).
 */
const SECTION = /\b1\s{0,2}[.:/]\s{0,2}([45])(?!\d)/;
const REASON_WORD = /\bREASONS?\b/i;

/** Parses the Classified By block whose label starts the first segment. */
export function parseClassifiedBy(source: string, segments: readonly Segment[], masked: readonly Span[]): ClassifiedByNode {
  const first = segments[0];
  const last = segments[segments.length - 1];
  const portionMark = readPortionMark(source, first.start);
  const lm = CLASSIFIED_BY_START.exec(first.text)!;
  const labelStart = first.start + first.text.indexOf(lm[1]);
  const label: Token = { text: source.slice(labelStart, first.start + lm[0].length), span: { start: labelStart, end: first.start + lm[0].length } };
  const bodyStart = label.span.end;
  const local = maskedText(source, bodyStart, last.end, masked);
  const text = foldWhitespace(local);

  let section: Token | null = null;
  const reasons: Token[] = [];
  const sm = SECTION.exec(local);
  let reasonFrom = -1;
  let classifierEnd = local.length;
  if (sm) {
    section = { text: sm[0], span: { start: bodyStart + sm.index, end: bodyStart + sm.index + sm[0].length } };
    reasonFrom = sm.index + sm[0].length;
    classifierEnd = sm.index;
  }
  const rw = REASON_WORD.exec(local);
  if (rw && rw.index < classifierEnd) classifierEnd = rw.index;
  if (reasonFrom < 0 && rw) reasonFrom = rw.index + rw[0].length;
  if (reasonFrom >= 0) readReasonLetters(local, reasonFrom, bodyStart, reasons);
  // Trailing words and punctuation are cut with anchored patterns and a loop: a pattern
  // ending in `+$` would retry from every character of a long run (quadratic time).
  const folded = foldWhitespace(local.slice(0, classifierEnd)).replace(/^[\s:;,.-]+/, '');
  const classifier = trimTrailing(folded.replace(/\b(?:for|per|under)$/i, ''), ' ,;:.(-');
  return {
    kind: 'classifiedBy',
    span: { start: portionMark ? portionMark.span.start : first.start, end: last.end },
    label,
    portionMark,
    text,
    classifier,
    section,
    reasons,
  };
}

/**
 * Reads reason letters after `from`: `(b) and (d)`, `(B, D)`, `(b/d)`, `b and d`, `(b,d)`,
 * with line breaks anywhere. Stops at the first word that is not a letter or a joiner.
 */
function readReasonLetters(local: string, from: number, base: number, out: Token[]): void {
  const before = out.length;
  let i = from;
  const n = local.length;
  while (i < n) {
    const c = local[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '(' || c === ')' || c === ',' || c === '/' || c === '&' || c === ':' || c === ';') {
      i++;
      continue;
    }
    if (c === '.') {
      // A period right after the section (`1.4. (b)`, `1.4.(b)`) opens the list; after a
      // letter it ends it.
      if (out.length === before && i === from) {
        i++;
        continue;
      }
      break;
    }
    let j = i;
    while (j < n && /[A-Za-z]/.test(local[j])) j++;
    const word = local.slice(i, j);
    if (word.length === 1) {
      out.push({ text: word.toLowerCase(), span: { start: base + i, end: base + j } });
      i = j;
      continue;
    }
    if (/^(and|or)$/i.test(word)) {
      i = j;
      continue;
    }
    break;
  }
}

/** `text` without the characters of `chars` at its end. */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
