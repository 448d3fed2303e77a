import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseCable, type Span } from '../../server/src/core/index';
import {
  completionsAt,
  definitionAt,
  documentLinks,
  documentSymbols,
  foldingRanges,
  highlightsAt,
  hoverAt,
  prepareRename,
  referenceLenses,
  referencesAt,
} from '../../server/src/core/features/index';
import { CLASSIFIED, REQUEST } from './cables';

const TODAY = { year: 2026, month: 11, day: 27 };

/** Runs every feature at `offset` and checks that what comes back lies inside the text. */
function exercise(text: string, offsets: Iterable<number>): void {
  const doc = parseCable(text);
  const inside = (span: Span, what: string) => assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} span ${span.start}-${span.end} outside 0-${text.length}`);
  for (const s of documentSymbols(doc)) inside(s.span, 'symbol');
  for (const f of foldingRanges(doc)) inside(f.span, 'fold');
  for (const l of referenceLenses(doc)) inside(l.span, 'lens');
  for (const l of documentLinks(doc, 'https://x.example/{id}')) inside(l.span, 'link');
  for (const offset of offsets) {
    const hover = hoverAt(doc, offset);
    if (hover) inside(hover.span, 'hover');
    const completion = completionsAt(doc, offset, { today: TODAY });
    if (completion) inside(completion.span, 'completion');
    const definition = definitionAt(doc, offset);
    if (definition) inside(definition.span, 'definition');
    for (const span of referencesAt(doc, offset, true)) inside(span, 'reference');
    for (const h of highlightsAt(doc, offset)) inside(h.span, 'highlight');
    const rename = prepareRename(doc, offset);
    if ('span' in rename) inside(rename.span, 'rename');
  }
}

const every = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => i);

describe('features: robustness', () => {
  it('answers at every offset of the test cables without throwing', () => {
    exercise(REQUEST, every(REQUEST));
    exercise(CLASSIFIED, every(CLASSIFIED));
  });

  it('answers on every prefix of a cable (a cable being typed)', () => {
    for (let end = 0; end <= REQUEST.length; end += 23) exercise(REQUEST.slice(0, end), [end, Math.floor(end / 2)]);
  });

  it('answers on random cable-like text', () => {
    const piece = fc.constantFrom('REF', 'REFS', 'REFTEL', 'A', 'b', '-', 'para', '3', '1.', '(C)', '(S//NF)', 'TAGS:', 'TO', 'INFO', 'RUEHFR/', 'E.O.', 'DECL:', 'SUBJECT:', 'UNCLAS', '¶', '[1](#)', '\n', '\n\n', ' ', 'Summary:', 'End summary.', 'C O N F I D E N T I A L', 'ZNR UUUUU', 'DE RUEHC #0001 0011200', '010101Z JAN 09');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(), (pieces, seed) => {
        const text = pieces.join(' ');
        exercise(text, [seed % (text.length + 1), text.length, 0]);
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });
});
