/** Insert Reference…: the next letter in the list's style, a first REF line, or lettering a single reference. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lint, parseCable } from '../../server/src/core/index';
import { insertReference } from '../../server/src/core/features/insertReference';
import { FIXTURES, TODAY } from '../support/paths';

const EXCEEDING = readFileSync(join(FIXTURES, 'extension', 'exceeding.cable'), 'utf8');
const SIMPLE = 'UNCLAS STATE 012345\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PREL\nSUBJECT: TALKS ON THE SHIPPING ACCORD\n\n1. (U) The points.\nSURNAME\n';

function insert(text: string, item: string) {
  const result = insertReference(parseCable(text), item);
  if ('refused' in result) throw new Error(result.refused);
  const after = applyEdits(text, result.edits);
  return { after, letter: result.letter, inserted: after.slice(result.inserted.start, result.inserted.end) };
}

const referenceProblems = (text: string) => lint(parseCable(text), {}, TODAY).filter((p) => p.ruleId.startsWith('references-') && p.severity !== 'hint');

describe('insert reference', () => {
  it('adds the next letter to a lettered list', () => {
    const { after, letter, inserted } = insert(EXCEEDING, '26 STATE 099001');
    assert.equal(letter, 'C');
    assert.equal(inserted, '26 STATE 099001');
    assert.match(after, /^REF: A\. STATE 104512\nB\. ROME 388\nC\. 26 STATE 099001\n\nClassified By/m);
    assert.deepEqual(referenceProblems(after), []);
  });

  it('keeps the list\'s lettering style', () => {
    const paren = EXCEEDING.replace('REF: A. STATE 104512\nB. ROME 388', 'REF: (A) STATE 104512\n(B) ROME 388');
    assert.match(insert(paren, 'LONDON 2001').after, /^\(C\) LONDON 2001$/m);
  });

  it('writes a first REF line below the SUBJECT', () => {
    const { after, letter, inserted } = insert(SIMPLE, 'STATE 000001');
    assert.equal(letter, null);
    assert.equal(inserted, 'STATE 000001');
    assert.match(after, /^SUBJECT: TALKS ON THE SHIPPING ACCORD\n\nREF: STATE 000001\n\n1\. \(U\)/m);
    assert.deepEqual(parseCable(after).references?.items.map((i) => i.text), ['STATE 000001']);
  });

  it('letters a single reference A, the new one B, and makes bare REFTEL cite A', () => {
    const single = SIMPLE.replace('SUBJECT: TALKS ON THE SHIPPING ACCORD\n', 'SUBJECT: TALKS ON THE SHIPPING ACCORD\n\nREF: STATE 000001\n').replace('The points.', 'The points of REFTEL.');
    const { after, letter } = insert(single, 'LONDON 2001');
    assert.equal(letter, 'B');
    assert.match(after, /^REF: A\. STATE 000001\nB\. LONDON 2001$/m);
    assert.match(after, /The points of REFTEL A\./);
    assert.deepEqual(referenceProblems(after), []);
  });

  it('refuses an empty reference, a cable without a SUBJECT, and a list that has reached Z', () => {
    assert.ok('refused' in insertReference(parseCable(SIMPLE), '   '));
    assert.ok('refused' in insertReference(parseCable('1. (U) A fragment.\n'), 'STATE 1'));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l, i) => `${i === 0 ? 'REF: ' : ''}${l}. STATE ${100 + i}`).join('\n');
    const full = SIMPLE.replace('SUBJECT: TALKS ON THE SHIPPING ACCORD\n', `SUBJECT: TALKS ON THE SHIPPING ACCORD\n\n${letters}\n`);
    assert.match((insertReference(parseCable(full), 'STATE 999') as { refused: string }).refused, /Z/);
  });
});
