/** Code lens on each REF item: how many times the body cites it. */
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';
import { citationCount } from './citations';

/** A lens over a REF item. */
export interface ReferenceLens {
  readonly span: Span;
  readonly letter: string | null;
  readonly count: number;
  readonly title: string;
}

/** One lens per REF item, on its letter (or its text when unlettered). */
export function referenceLenses(doc: CableDocument): ReferenceLens[] {
  return (doc.references?.items ?? []).map((item) => {
    const count = citationCount(doc, item);
    const title = count === 0 ? 'not cited in the body' : count === 1 ? 'cited once in the body' : `cited ${count} times in the body`;
    return { span: item.letterToken?.span ?? item.textSpan, letter: item.letter, count, title };
  });
}
