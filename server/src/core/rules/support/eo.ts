/** Shared reading of the E.O. line for the E.O. rules (each read once per tree: ten rules ask). */
import { memo } from '../../memo';
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import { sentBefore } from './cableDate';

/** The first executive order in the format's table took effect on this day. */
const FIRST_ORDER = { year: 1972, month: 6, day: 1 };

/**
 * Whether the E.O. rules should read this cable's E.O. line: not when the cable predates
 * every order (an E.O. line there is an archive's later note), and not when the copy cut the
 * line short (`E.O. 12958: DE...`).
 */
export function eoLineCheckable(doc: CableDocument): boolean {
  return memo(doc, eoLineCheckable, computeEoLineCheckable);
}

function computeEoLineCheckable(doc: CableDocument): boolean {
  const eo = doc.eo;
  if (!eo || sentBefore(doc, FIRST_ORDER)) return false;
  return !doc.text.slice(eo.span.start, eo.span.end).trimEnd().endsWith('...');
}

/** The parts of the E.O. label as written: `E.O.`, the order, the colon and the spaces after it. */
export interface EoLabelParts {
  /** From the label's start to the end of the spaces after the colon (or after the order). */
  readonly span: Span;
  readonly dotted: boolean;
  readonly order: string | null;
  readonly colon: boolean;
  /** Whether the label reads `E.O. nnnnn:` followed by white space (upper or lower case). */
  readonly canonical: boolean;
}

/** Reads the label of the E.O. line. */
export function eoLabelParts(doc: CableDocument): EoLabelParts | null {
  return memo(doc, eoLabelParts, computeEoLabelParts);
}

function computeEoLabelParts(doc: CableDocument): EoLabelParts | null {
  const eo = doc.eo;
  if (!eo) return null;
  const text = doc.text.slice(eo.span.start, eo.span.end);
  const m = /^(E\.[ \t]{0,3}[O0]\.?|EO)([ \t]{0,3})(\d{3,6})?([ \t]{0,3})(:?)([ \t]*)/i.exec(text);
  if (!m) return null;
  const dotted = m[1].includes('.');
  const rest = text.slice(m[0].length);
  // Extra spaces after the colon are the copy's layout, not a slip; none at all is. A line
  // break after it (the instruction wrapped onto the next line) separates as a space does.
  const canonical = /^E\.O\.$/i.test(m[1]) && m[2] === ' ' && m[3] !== undefined && m[4] === '' && m[5] === ':' && (rest === '' || m[6].length > 0 || rest[0] === '\n' || rest[0] === '\r');
  return {
    span: { start: eo.span.start, end: eo.span.start + m[0].length },
    dotted,
    order: m[3] ?? null,
    colon: m[5] === ':',
    canonical,
  };
}
