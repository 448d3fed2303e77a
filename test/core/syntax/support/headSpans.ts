/**
 * Span helpers for the transmission header, classification line and caption tests: the text
 * a span covers, where it stands as line and UTF-16 column, and a check that a line the
 * parser should understand was not left in an `unknown` node.
 */
import { strict as assert } from 'node:assert';
import type { CableDocument, Span } from '../../../../server/src/core/index';
import { textOf } from './spans';

export { textOf };

/** A span as `line:column-line:column` (zero-based, UTF-16 columns), via the document's LineIndex. */
export function where(doc: CableDocument, span: Span): string {
  const start = doc.lines.positionAt(span.start);
  const end = doc.lines.positionAt(span.end);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The span of the line of `doc` whose text (without its line break) is exactly `line`. */
export function lineSpan(doc: CableDocument, line: string): Span {
  for (let n = 0; n < doc.lines.lineCount; n++) {
    if (doc.lines.lineText(n) === line) return { start: doc.lines.lineStart(n), end: doc.lines.lineEnd(n) };
  }
  throw new Error(`no line ${JSON.stringify(line)} in the cable`);
}

/**
 * Asserts that no `unknown` node — a top-level block, or a line inside the header — overlaps
 * the line whose text is `line`.
 */
export function assertNotUnknown(doc: CableDocument, line: string): void {
  const span = lineSpan(doc, line);
  const unknown = [...doc.blocks, ...(doc.header?.lines ?? [])].filter(
    (node) => node.kind === 'unknown' && node.span.start < span.end && span.start < node.span.end,
  );
  assert.deepEqual(
    unknown.map((node) => textOf(doc, node.span)),
    [],
    `line ${JSON.stringify(line)} is (partly) in an unknown node`,
  );
}

/** Asserts that the document has no `unknown` node at all, top-level or inside the header. */
export function assertNoUnknown(doc: CableDocument): void {
  const unknown = [...doc.blocks, ...(doc.header?.lines ?? [])].filter((node) => node.kind === 'unknown');
  assert.deepEqual(
    unknown.map((node) => textOf(doc, node.span)),
    [],
  );
}
