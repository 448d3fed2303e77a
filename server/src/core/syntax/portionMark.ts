import type { PortionMarkNode } from './nodes';

/**
 * A portion mark at `offset`: `(U)`, `(SBU/N)`, `(S//NF)`, `(C/REL UK)`, `(c)`. Bounded
 * lengths keep it linear. `(See para 3)` is not one: after the level letters only a
 * separator, spaces or `)` may follow.
 */
const PORTION = /\( ?(TS|SBU|LOU|U|C|S)(?: ?(\/{1,2}|-|,) ?([A-Za-z][A-Za-z ,/-]{0,40}?))? ?\)/iy;

const CANONICAL = /^(?:TS|SBU|U|C|S)(?:\/{1,2}(?:NF|N|NOFORN|OC|ORCON|PR|PROPIN|FOUO|REL(?: TO)? [A-Z][A-Z ,]*))*$/;

/** Reads a portion mark starting exactly at `offset` in `text`; null when there is none. */
export function readPortionMark(text: string, offset: number): PortionMarkNode | null {
  if (text.charCodeAt(offset) !== 40 /* ( */) return null;
  PORTION.lastIndex = offset;
  const m = PORTION.exec(text);
  if (!m) return null;
  const inner = m[0].slice(1, -1);
  const level = m[1].toUpperCase();
  const controls = m[3] ? splitControls(m[3]) : [];
  return {
    kind: 'portionMark',
    span: { start: offset, end: offset + m[0].length },
    text: inner,
    level,
    controls,
    canonical: CANONICAL.test(inner),
  };
}

function splitControls(text: string): string[] {
  const controls: string[] = [];
  for (const part of text.toUpperCase().split(/\/+/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('REL')) controls.push(trimmed.replace(/\s+/g, ' '));
    else for (const piece of trimmed.split(',')) if (piece.trim()) controls.push(piece.trim().replace(/\s+/g, ' '));
  }
  return controls;
}
