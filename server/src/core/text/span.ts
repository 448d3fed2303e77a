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
