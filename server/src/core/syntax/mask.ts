import type { Span } from '../text/span';

/**
 * The text of `[start, end)` with the `masked` spans (page headers, archive residue) turned
 * into spaces. The result has the same length, so an index into it plus `start` is an
 * offset into the document: parsers read through interruptions without losing positions.
 */
export function maskedText(source: string, start: number, end: number, masked: readonly Span[]): string {
  const relevant = masked.filter((m) => m.end > start && m.start < end);
  if (relevant.length === 0) return source.slice(start, end);
  let out = '';
  let at = start;
  for (const m of relevant) {
    const from = Math.max(m.start, start);
    const to = Math.min(m.end, end);
    if (from > at) out += source.slice(at, from);
    if (to > Math.max(from, at)) out += ' '.repeat(to - Math.max(from, at));
    at = Math.max(at, to);
  }
  if (at < end) out += source.slice(at, end);
  return out;
}
