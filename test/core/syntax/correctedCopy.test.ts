/**
 * The corrected-copy notice among the captions: letter-spaced or not, with or without a
 * bracket, with what was corrected as its note. All cables are invented.
 */
import { strict as assert } from 'node:assert';
import { parseCable, type CorrectedCopyNode } from '../../../server/src/core/index';
import { assertNoUnknown, textOf, where } from './support/headSpans';

const HEAD = 'O 141509Z MAY 09\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC PRIORITY 0412\n\nC O N F I D E N T I A L VALLETTA 000417\n\n';
const TAIL = '\n\nE.O. 12958: DECL: 05/14/2019\nTAGS: PREL MT\nSUBJECT: PORT ACCORD\n\nClassified By: Ambassador Ann Reyes for reasons 1.4 (b) and (d).\n\n1. (C) The minister asked for time.\n\nREYES\n';
/** The line on which the first line after the classification line stands. */
const FIRST = 6;

function notices(...lines: string[]) {
  const text = HEAD + lines.join('\n') + TAIL;
  const doc = parseCable(text);
  const found = doc.blocks.filter((b): b is CorrectedCopyNode => b.kind === 'correctedCopy');
  return { doc, text, found };
}

describe('syntax: corrected-copy notice', () => {
  const shapes: Array<[string, string | null]> = [
    ['C O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)', 'PARAGRAPH NUMBERS'],
    ['C O R R E C T E D COPY - SIPDIS CAPTION REMOVED', 'SIPDIS CAPTION REMOVED'],
    ['(C O R R E C T E D C O P Y - PARAS 4-6 RENUMBERED)', 'PARAS 4-6 RENUMBERED'],
    ['CORRECTED COPY: SIGNATURE CORRECTED', 'SIGNATURE CORRECTED'],
    ['C O R R E C T E D  C O P Y  (PARAGRAPH 3) TEXT ADDED', '(PARAGRAPH 3) TEXT ADDED'],
    ['C O R R E C T E D  C O P Y', null],
    ['Corrected copy - text of para 3', 'text of para 3'],
  ];
  for (const [line, note] of shapes) {
    it(`reads ${line}`, () => {
      const { doc, found } = notices('SIPDIS', line, 'NOFORN');
      assert.equal(found.length, 1);
      assert.equal(textOf(doc, found[0].span), line);
      assert.equal(where(doc, found[0].span), `${FIRST + 1}:0-${FIRST + 1}:${line.length}`);
      assert.equal(found[0].note?.text ?? null, note);
      // The captions around it are still read, and nothing is left unknown.
      assert.deepEqual(doc.captionLines.map((l) => l.captions.map((c) => c.name)), [['SIPDIS'], ['NOFORN']]);
      assert.ok(doc.eo && doc.subject && doc.classifiedBy);
      assert.equal(doc.paragraphs.length, 1);
      assertNoUnknown(doc);
    });
  }

  it('stands in the blocks in its place, right after the classification line', () => {
    const { doc, found } = notices('C O R R E C T E D C O P Y (TAGS CORRECTED)', 'SIPDIS');
    assert.deepEqual(
      doc.blocks.slice(1, 5).map((b) => b.kind),
      ['classificationLine', 'correctedCopy', 'captionLine', 'eoLine'],
    );
    assert.equal(found[0].note?.text, 'TAGS CORRECTED');
  });

  it('keeps a label quoted in its note (ADDING "CLASSIFIED BY" LINE) as words, and reads the preamble below', () => {
    const line = 'C O R R E C T E D C O P Y (ADDING "CLASSIFIED BY" LINE';
    const { doc, found } = notices('SIPDIS', line, 'SIPDIS');
    assert.equal(textOf(doc, found[0].span), line);
    assert.equal(found[0].note?.text, 'ADDING "CLASSIFIED BY" LINE');
    assert.ok(doc.eo && doc.tags && doc.subject && doc.classifiedBy);
    assert.match(doc.text.slice(doc.classifiedBy.span.start, doc.classifiedBy.span.end), /^Classified By: Ambassador/);
    assertNoUnknown(doc);
  });

  it('ends at an E.O. line run onto it in a copy with joined lines', () => {
    const { doc, found } = notices('SIPDIS', 'CORRECTED COPY - TAGS E.O. 12958: DECL: 05/14/2019');
    assert.equal(found[0].note?.text, 'TAGS');
    assert.equal(textOf(doc, doc.eo!.span), 'E.O. 12958: DECL: 05/14/2019');
  });

  it('is not read in the body or in words that only begin alike', () => {
    const inBody = parseCable(HEAD + 'SIPDIS' + TAIL.replace('1. (C) The minister asked for time.', '1. (C) The minister asked for time.\n\nCORRECTED COPY OF THE TEXT FOLLOWS.'));
    assert.equal(inBody.blocks.filter((b) => b.kind === 'correctedCopy').length, 0);
    const { found } = notices('SIPDIS', 'CORRECTED COPYRIGHT NOTICE');
    assert.equal(found.length, 0);
  });
});
