/**
 * A text with numbered placeholders that renders two ways: as plain text (every placeholder
 * at its default) and as a VS Code / LSP snippet (`${1:default}`), so the same template gives
 * the cable a test lints and the snippet an editor inserts with tab stops.
 */
import type { Span } from '../text/span';

type Piece = { readonly literal: string } | { readonly stop: number; readonly text: string };

/** A rendered template: the plain text, the snippet, and where each tab stop's default lies in the text. */
export interface RenderedTemplate {
  readonly text: string;
  readonly snippet: string;
  /** Tab stop number → the span of its first occurrence in `text`. */
  readonly stops: ReadonlyMap<number, Span>;
}

/** Escapes text for a snippet: `$`, `}` and `\` would otherwise be read as syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Builds a template piece by piece. */
export class SnippetTemplate {
  private readonly pieces: Piece[] = [];
  private next = 1;

  /** Appends literal text. */
  text(literal: string): this {
    if (literal) this.pieces.push({ literal });
    return this;
  }

  /** Appends a placeholder with the next tab stop number and `text` as its default. */
  stop(text: string): this {
    this.pieces.push({ stop: this.next++, text });
    return this;
  }

  render(): RenderedTemplate {
    let text = '';
    let snippet = '';
    const stops = new Map<number, Span>();
    for (const piece of this.pieces) {
      if ('literal' in piece) {
        text += piece.literal;
        snippet += escapeSnippet(piece.literal);
      } else {
        if (!stops.has(piece.stop)) stops.set(piece.stop, { start: text.length, end: text.length + piece.text.length });
        text += piece.text;
        snippet += `\${${piece.stop}:${escapeSnippet(piece.text)}}`;
      }
    }
    return { text, snippet, stops };
  }
}
