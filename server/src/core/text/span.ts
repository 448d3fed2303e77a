/**
 * A half-open range of UTF-16 code-unit offsets into a cable's text: `start` is the first
 * code unit, `end` the one after the last. Every node of the syntax tree carries one.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of the text together with where it stands. */
export interface Token {
  readonly text: string;
  readonly span: Span;
}

/** Builds a span; `end` is clamped so it never precedes `start`. */
export function span(start: number, end: number): Span {
  return { start, end: end < start ? start : end };
}

/** The span that covers both `a` and `b`. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Whether `inner` lies entirely within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Whether `offset` falls inside `s` (the end counts, so a cursor just after a word is in it). */
export function touches(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The token of `[start, end)` in `source`. */
export function tokenOf(source: string, start: number, end: number): Token {
  return { text: source.slice(start, end), span: { start, end } };
}

/** A token for `text` found at `start`. */
export function token(text: string, start: number): Token {
  return { text, span: { start, end: start + text.length } };
}

/**
 * `items` sorted in place, stably, by the start of the span `spanOf` gives each. Most lists are
 * built in text order already: one pass finds that out for less than the sort's comparisons,
 * and a sort that would leave the list as it is is skipped.
 */
export function sortedBySpanStart<T>(items: T[], spanOf: (item: T) => Span): T[] {
  for (let k = 1; k < items.length; k++) {
    if (spanOf(items[k]).start < spanOf(items[k - 1]).start) return items.sort((a, b) => spanOf(a).start - spanOf(b).start);
  }
  return items;
}
