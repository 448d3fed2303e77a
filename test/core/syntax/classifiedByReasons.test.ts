/** The reason letters of the Classified By line, however the copy breaks `1.4`. */
import { strict as assert } from 'node:assert';
import { parseCable } from '../../../server/src/core/index';

function reasonsOf(line: string): { section: string | null; letters: string[] } {
  const doc = parseCable(`C O N F I D E N T I A L STATE 012345\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PREL\nSUBJECT: TEST\n\n${line}\n\n1. (C) Text.\n`);
  assert.ok(doc.classifiedBy, 'the Classified By line is read');
  return { section: doc.classifiedBy.section?.text ?? null, letters: doc.classifiedBy.reasons.map((r) => r.text) };
}

describe('Classified By reasons', () => {
  it('reads the canonical forms', () => {
    assert.deepEqual(reasonsOf('Classified By: Amb. Jane Roe for reasons 1.4 (b) and (d).'), { section: '1.4', letters: ['b', 'd'] });
    assert.deepEqual(reasonsOf('CLASSIFIED BY: Jane Roe, CDA. REASON: 1.5 (D)'), { section: '1.5', letters: ['d'] });
  });

  it('reads a section wrapped or spaced inside (1.\\n4, 1 .4)', () => {
    assert.deepEqual(reasonsOf('Classified By: DCM John Doe for reasons 1.\n4 (b) and (d).'), { section: '1.\n4', letters: ['b', 'd'] });
    assert.deepEqual(reasonsOf('Classified By: DCM John Doe for reasons 1\n.4 (b) and (d).'), { section: '1\n.4', letters: ['b', 'd'] });
  });

  it('reads a letter glued to the section and a period after it', () => {
    assert.deepEqual(reasonsOf('Classified By: DCM John Doe, reasons 1.4b and d.'), { section: '1.4', letters: ['b', 'd'] });
    assert.deepEqual(reasonsOf('Classified By: DCM John Doe for reasons 1.4. (b), (d).'), { section: '1.4', letters: ['b', 'd'] });
  });

  it('reads a colon or slash typed for the period', () => {
    assert.deepEqual(reasonsOf('Classified By: Ambassador John Doe for Reasons 1:4 b,d'), { section: '1:4', letters: ['b', 'd'] });
  });
});
