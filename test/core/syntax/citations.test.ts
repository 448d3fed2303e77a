/** Citations in the body text: `REF A`, `REFS B and C`, `REFTEL`, `ref (b)`, and `para N` / `paras 3-5`, with spans. */
import { strict as assert } from 'node:assert';
import type { CableDocument } from '../../../server/src/core/index';
import { CONFIDENTIAL_PREAMBLE, parseBody, textOf } from './support/bodyCables';

/** Each REF citation as [whole, keyword, [letter, the text its span covers]…]. */
function refs(doc: CableDocument) {
  return doc.refCitations.map((c) => [textOf(doc, c.span), textOf(doc, c.keyword.span), c.letters.map((l) => [l.text, textOf(doc, l.span)])]);
}

/** Each para citation as [whole, keyword, [number, the text its span covers]…]. */
function paras(doc: CableDocument) {
  return doc.paraCitations.map((c) => [textOf(doc, c.span), textOf(doc, c.keyword.span), c.numbers.map((n) => [n.text, textOf(doc, n.span)])]);
}

/** A cable with REF A–D whose paragraph 1 is `text`, followed by paragraphs 2 to 6. */
function cite(text: string): CableDocument {
  return parseBody(`1. (C) ${text}\n\n2. (C) Two.\n\n3. (C) Three.\n\n4. (C) Four.\n\n5. (C) Five.\n\n6. (C) Six.\n\nROE\n`, CONFIDENTIAL_PREAMBLE);
}

describe('citations: REF', () => {
  it('reads REF A, REFS B and C, REFTEL and ref (b), each with its keyword and letter spans', () => {
    const doc = cite('As REF A notes and REFS B and C confirm, REFTEL was clear; see also ref (b).');
    assert.deepEqual(refs(doc), [
      ['REF A', 'REF', [['A', 'A']]],
      ['REFS B and C', 'REFS', [['B', 'B'], ['C', 'C']]],
      ['REFTEL', 'REFTEL', []],
      ['ref (b)', 'ref', [['B', '(b)']]],
    ]);
  });

  it('lists the letters of a range, the implied ones with the range span (reftels A-C)', () => {
    const doc = cite('The points in reftels A-C stand.');
    assert.deepEqual(refs(doc), [['reftels A-C', 'reftels', [['A', 'A'], ['B', 'A-C'], ['C', 'C']]]]);
  });

  it('reads letters joined by a slash or a comma (REFTELS C/D, refs A, B)', () => {
    const doc = cite('Per REFTELS C/D and refs A, B we wait.');
    assert.deepEqual(refs(doc), [
      ['REFTELS C/D', 'REFTELS', [['C', 'C'], ['D', 'D']]],
      ['refs A, B', 'refs', [['A', 'A'], ['B', 'B']]],
    ]);
  });

  it('reads the abbreviated Ref. B, but not a sentence that opens with A after ref. (as in the ref. A new …)', () => {
    const doc = cite('See Ref. B for the text.');
    assert.deepEqual(refs(doc), [['Ref. B', 'Ref', [['B', 'B']]]]);
    const sentence = cite('It was in the ref. A new text followed.');
    assert.deepEqual(refs(sentence), [['ref', 'ref', []]]);
  });

  it('does not take the article for a letter (in reftel a senior official)', () => {
    const doc = cite('As reported in reftel a senior official resigned.');
    assert.deepEqual(refs(doc), [['reftel', 'reftel', []]]);
  });

  it('reads a citation wrapped across a line break (REFS B\\nand C)', () => {
    const doc = cite('As REFS B\nand C report, the fee rose.');
    assert.deepEqual(refs(doc), [['REFS B\nand C', 'REFS', [['B', 'B'], ['C', 'C']]]]);
  });

  it('finds citations in the body only, not in the subject or the REF list', () => {
    const doc = parseBody('1. (U) No citation here.\n\nSMITH\n', 'UNCLAS STATE 045678\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: REPLY TO REF A\n\nREF: A. STATE 11111\n\n');
    assert.deepEqual(doc.refCitations, []);
  });

  it('finds citations in unnumbered text too', () => {
    const doc = parseBody('The Ministry answered REF A today.\n\nSMITH\n');
    assert.deepEqual(refs(doc), [['REF A', 'REF', [['A', 'A']]]]);
    assert.equal(doc.paragraphs.length, 0);
  });
});

describe('citations: para N', () => {
  it('reads para 5 and paras 3-5 with their keyword and number spans; a range lists its inner numbers', () => {
    const doc = cite('See para 5 and paras 3-5 below.');
    assert.deepEqual(paras(doc), [
      ['para 5', 'para', [['5', '5']]],
      // The inner number of a range was not written: it carries the span of the range's end.
      ['paras 3-5', 'paras', [['3', '3'], ['4', '5'], ['5', '5']]],
    ]);
  });

  it('reads paras 2 and 4, paragraph 6 and PARA 3', () => {
    const doc = cite('As paras 2 and 4 say, paragraph 6 and PARA 3 apply.');
    assert.deepEqual(paras(doc), [
      ['paras 2 and 4', 'paras', [['2', '2'], ['4', '4']]],
      ['paragraph 6', 'paragraph', [['6', '6']]],
      ['PARA 3', 'PARA', [['3', '3']]],
    ]);
  });

  it('does not read a paragraph of another document as a citation (para 3 of ref A, REFTEL PARA 5, paragraph 2 of UNSCR 1540)', () => {
    const doc = cite('Compare para 3 of ref A, REFTEL PARA 5 and paragraph 2 of UNSCR 1540; see para 4.');
    assert.deepEqual(paras(doc), [['para 4', 'para', [['4', '4']]]]);
    assert.deepEqual(
      refs(doc).map((r) => r[0]),
      ['ref A', 'REFTEL'],
    );
  });

  it('does not read a section number for a para (para 1.4)', () => {
    const doc = cite('Under para 1.4 the rule holds.');
    assert.deepEqual(paras(doc), []);
  });
});
