/** REF letters in the list and in the text, in the forms drafters type them. */
import { strict as assert } from 'node:assert';
import { parseCable } from '../../../server/src/core/index';

function parse(refLine: string, body: string) {
  return parseCable(`UNCLAS STATE 012345\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n${refLine}\n\n1. (U) ${body}\n`);
}

describe('REF letters', () => {
  it('reads a letter whose parenthesis is glued to the item (B)ASUNCION 418)', () => {
    const doc = parse('REFS: A) ASUNCION 426  B)ASUNCION 418', 'Text.');
    assert.deepEqual(doc.references?.items.map((i) => i.letter), ['A', 'B']);
    assert.equal(doc.references?.items[1].citations[0].serial.text, '418');
  });

  it('cites a capital A after a lower-case keyword (ref A points)', () => {
    const doc = parse('REF: A. STATE 1 B. STATE 2', 'Post delivered ref A points and reftel B demarche.');
    assert.deepEqual(doc.refCitations.map((c) => c.letters.map((l) => l.text).join('')), ['A', 'B']);
  });

  it('cites a letter after an abbreviated keyword (Ref. A), not an article after one that ends a sentence', () => {
    const doc = parse('REF: A. STATE 1 B. STATE 2', 'As noted (Ref. B), talks resume. We read the ref. A new round follows.');
    assert.deepEqual(doc.refCitations.map((c) => c.letters.map((l) => l.text).join('')), ['B', '']);
  });

  it('still reads the article in lower-case text (in reftel a senior official)', () => {
    const doc = parse('REF: STATE 1', 'As noted in reftel a senior official agreed.');
    assert.deepEqual(doc.refCitations.map((c) => c.letters.length), [0]);
  });
});
