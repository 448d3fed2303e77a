/**
 * Small lookups the language features share: the node under an offset (by binary search
 * over nodes kept in text order), the letter inside a lettered token, a paragraph's first
 * line, and Markdown escaping for hover text.
 */
import { foldWhitespace } from '../syntax/lines';
import type { Block, CableDocument, ParagraphNode } from '../syntax/nodes';
import type { Span } from '../text/span';

/**
 * The item of `items` (sorted by position, not overlapping) whose span holds `offset`; an
 * offset just past an item's end counts as in it (a cursor after a word is on the word),
 * unless the next item starts there. Logarithmic.
 */
export function findAt<T extends { readonly span: Span }>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = items[mid].span;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return items[mid];
  }
  // `low` is the first item starting after `offset`; the one before may end exactly here.
  const before = items[low - 1];
  return before && before.span.end === offset ? before : undefined;
}

/** The index of the last item (sorted by start) that starts at or before `offset`, or -1. */
export function lastStartingBefore<T extends { readonly span: Span }>(items: readonly T[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid].span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The top-level block holding `offset`, if any. */
export function blockAt(doc: CableDocument, offset: number): Block | undefined {
  return findAt(doc.blocks, offset);
}

/** Whether `offset` lies in `span`, its end included. */
export function inSpan(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/**
 * The span of the letter itself inside a lettered token as written (`A.`, `(b)`, `C)`), or
 * null when the token holds no single letter (a range such as `A-C` spans several).
 */
export function letterSpanIn(text: string, span: Span): Span | null {
  let found: number | null = null;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) continue;
    if (found !== null) return null;
    found = i;
  }
  return found === null ? null : { start: found, end: found + 1 };
}

/** The text of a paragraph after its number and mark, up to the end of its first line. */
export function paragraphFirstLine(doc: CableDocument, paragraph: ParagraphNode): string {
  const line = doc.lines.lineAt(paragraph.textStart);
  const end = Math.min(doc.lines.lineEnd(line), paragraph.span.end);
  return foldWhitespace(doc.text.slice(paragraph.textStart, end));
}

/** The paragraph whose number is `value` (the first, when the number is repeated). */
export function paragraphNumbered(doc: CableDocument, value: number): ParagraphNode | undefined {
  return doc.paragraphs.find((p) => p.value === value);
}

/** Shortens `text` to about `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}

/** Escapes the characters Markdown would read as formatting, so cable text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}
