/** Invented cables for the feature tests, and a helper that finds a marked cursor. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCable, type CableDocument } from '../../server/src/core/index';
import { FIXTURES } from '../support/paths';

/** An UNCLAS action request with REF A–C, `para` citations, a summary and a comment. */
export const REQUEST = readFileSync(join(FIXTURES, 'lsp', 'request.cable'), 'utf8');
/** A CONFIDENTIAL cable with NOFORN, a DECL date and a Classified By line. */
export const CLASSIFIED = readFileSync(join(FIXTURES, 'lsp', 'classified.cable'), 'utf8');

/** The offset of the `nth` occurrence of `needle` in `text`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found ${nth} times`);
  }
  return at + delta;
}

/** Parses `marked` with the cursor where `|` stands (the `|` removed). */
export function withCursor(marked: string): { doc: CableDocument; offset: number; text: string } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor in the text');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { doc: parseCable(text), offset, text };
}

/** The text a span covers. */
export function textOf(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
