/** The span helpers every parser test asserts with. */
import type { CableDocument, Span } from '../../../../server/src/core/index';

/** The exact text a span covers (null when there is no span). */
export function textOf(doc: CableDocument, span: Span | null | undefined): string | null {
  return span ? doc.text.slice(span.start, span.end) : null;
}

/** The text of each top-level `unknown` block, in order. */
export function unknownTexts(doc: CableDocument): string[] {
  return doc.blocks.filter((b) => b.kind === 'unknown').map((b) => doc.text.slice(b.span.start, b.span.end));
}
