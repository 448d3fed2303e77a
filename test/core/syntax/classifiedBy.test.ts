/** The Classified By line: label, classifier, section and reason letters with spans, wrapped text folded. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type ClassifiedByNode } from '../../../server/src/core/index';
import { textOf, unknownTexts } from './support/spans';

function parse(lines: string): { doc: CableDocument; cb: ClassifiedByNode } {
  const doc = parseCable(`C O N F I D E N T I A L STATE 031842\n\nSIPDIS\n\nE.O. 12958: DECL: 03/05/2019\nTAGS: PREL TU\nSUBJECT: TALKS RESUME\n\n${lines}\n\n1. (C) Text.\nCLINTON\n`);
  assert.ok(doc.classifiedBy, 'the Classified By line is read');
  return { doc, cb: doc.classifiedBy };
}

/** The node's parts as the text their spans cover, and its reading. */
function parts(doc: CableDocument, cb: ClassifiedByNode) {
  return {
    span: textOf(doc, cb.span),
    label: textOf(doc, cb.label.span),
    portionMark: textOf(doc, cb.portionMark?.span),
    text: cb.text,
    classifier: cb.classifier,
    section: textOf(doc, cb.section?.span),
    reasons: cb.reasons.map((r) => [r.text, textOf(doc, r.span)]),
  };
}

describe('Classified By line', () => {
  it('reads the post style: label, classifier, section and each letter with its span', () => {
    const { doc, cb } = parse('Classified By: Ambassador Jane Tallis for reasons 1.4 (b) and (d).');
    assert.deepEqual(parts(doc, cb), {
      span: 'Classified By: Ambassador Jane Tallis for reasons 1.4 (b) and (d).',
      label: 'Classified By:',
      portionMark: null,
      text: 'Ambassador Jane Tallis for reasons 1.4 (b) and (d).',
      classifier: 'Ambassador Jane Tallis',
      section: '1.4',
      reasons: [
        ['b', 'b'],
        ['d', 'd'],
      ],
    });
    assert.deepEqual(unknownTexts(doc), []);
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      ['classificationLine', 'captionLine', 'eoLine', 'tags', 'subject', 'classifiedBy', 'paragraph', 'signature'],
    );
  });

  it('reads letters inside one pair of parentheses (b,d)', () => {
    const { doc, cb } = parse('Classified By: Ambassador Jane Tallis for reasons 1.4 (b,d)');
    assert.deepEqual(parts(doc, cb).reasons, [
      ['b', 'b'],
      ['d', 'd'],
    ]);
  });

  it('reads the Department style in capitals ((B) AND (D)), letters lower-cased, spans on the capitals', () => {
    const { doc, cb } = parse('CLASSIFIED BY: PAUL TANNER, DAS, EUR; REASON: 1.4 (B) AND (D)');
    assert.deepEqual(parts(doc, cb), {
      span: 'CLASSIFIED BY: PAUL TANNER, DAS, EUR; REASON: 1.4 (B) AND (D)',
      label: 'CLASSIFIED BY:',
      portionMark: null,
      text: 'PAUL TANNER, DAS, EUR; REASON: 1.4 (B) AND (D)',
      classifier: 'PAUL TANNER, DAS, EUR',
      section: '1.4',
      reasons: [
        ['b', 'B'],
        ['d', 'D'],
      ],
    });
  });

  it('reads a portion mark before the label and section 1.5', () => {
    const { doc, cb } = parse('(U) Classified By: Jane Tallis, CDA. Reason: 1.5 (d).');
    assert.deepEqual(parts(doc, cb), {
      span: '(U) Classified By: Jane Tallis, CDA. Reason: 1.5 (d).',
      label: 'Classified By:',
      portionMark: '(U)',
      text: 'Jane Tallis, CDA. Reason: 1.5 (d).',
      classifier: 'Jane Tallis, CDA',
      section: '1.5',
      reasons: [['d', 'd']],
    });
  });

  it('folds a line wrapped twice, the classifier and the letters across the breaks', () => {
    const { doc, cb } = parse('Classified By: Political Counselor\nMary Tallis, reasons 1.4 (b)\nand (d).');
    assert.deepEqual(parts(doc, cb), {
      span: 'Classified By: Political Counselor\nMary Tallis, reasons 1.4 (b)\nand (d).',
      label: 'Classified By:',
      portionMark: null,
      text: 'Political Counselor Mary Tallis, reasons 1.4 (b) and (d).',
      classifier: 'Political Counselor Mary Tallis',
      section: '1.4',
      reasons: [
        ['b', 'b'],
        ['d', 'd'],
      ],
    });
    assert.equal(doc.blocks.filter((b) => b.kind === 'classifiedBy').length, 1);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('takes a REASON line below a blank line when the classifier line gives none', () => {
    const { doc, cb } = parse('CLASSIFIED BY: J. Rossi, Consul General.\n\nREASON: 1.4 (b), (d)');
    assert.equal(textOf(doc, cb.span), 'CLASSIFIED BY: J. Rossi, Consul General.\n\nREASON: 1.4 (b), (d)');
    assert.equal(textOf(doc, cb.section?.span), '1.4');
    assert.deepEqual(cb.reasons.map((r) => r.text), ['b', 'd']);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('does not take a REASON line below a blank line when the reason is already given', () => {
    const { doc, cb } = parse('Classified By: J. Rossi, Consul General, for reasons 1.4 (b).\n\nREASON: 1.4 (d)');
    assert.equal(textOf(doc, cb.span), 'Classified By: J. Rossi, Consul General, for reasons 1.4 (b).');
    assert.deepEqual(cb.reasons.map((r) => r.text), ['b']);
  });

  it('reads a line that gives no reason: no section, no letters', () => {
    const { doc, cb } = parse('Classified by: Jane Tallis.');
    assert.deepEqual(parts(doc, cb), {
      span: 'Classified by: Jane Tallis.',
      label: 'Classified by:',
      portionMark: null,
      text: 'Jane Tallis.',
      classifier: 'Jane Tallis',
      section: null,
      reasons: [],
    });
  });

  describe('paragraph 1 run onto the end of the line', () => {
    /** An invented cable whose Classified By line ends with paragraph 1 (a copy with joined lines). */
    function glued(line: string, after = '2. (U) The Minister will reply next week.'): CableDocument {
      return parseCable(`C O N F I D E N T I A L STATE 031842\n\nSIPDIS\n\nE.O. 12958: DECL: 03/05/2019\nTAGS: PREL TU\nSUBJECT: TALKS RESUME\n\n${line}\n\n${after}\nCLINTON\n`);
    }

    it('reads paragraph 1 after the reason letters as the first paragraph, with its own span', () => {
      const doc = glued('CLASSIFIED BY: Jane Tallis, Ambassador. REASON: 1.4 (b), (d) 1.(C) In a short meeting the Minister agreed.');
      assert.ok(doc.classifiedBy);
      assert.equal(textOf(doc, doc.classifiedBy.span), 'CLASSIFIED BY: Jane Tallis, Ambassador. REASON: 1.4 (b), (d)');
      assert.deepEqual(
        doc.classifiedBy.reasons.map((r) => r.text),
        ['b', 'd'],
      );
      assert.deepEqual(
        doc.paragraphs.map((p) => [p.value, textOf(doc, p.span), textOf(doc, p.portionMark?.span)]),
        [
          [1, '1.(C) In a short meeting the Minister agreed.', '(C)'],
          [2, '2. (U) The Minister will reply next week.', '(U)'],
        ],
      );
      assert.equal(doc.bodyStart, doc.paragraphs[0].span.start);
      assert.deepEqual(unknownTexts(doc), []);
    });

    it('reads it after a full stop and a space (for reasons 1.4 (B) and (D). 1. (C) …)', () => {
      const doc = glued('Classified By: Ambassador Jane Tallis for reasons 1.4 (B) and (D). 1. (C) The Minister agreed.');
      assert.equal(textOf(doc, doc.classifiedBy?.span), 'Classified By: Ambassador Jane Tallis for reasons 1.4 (B) and (D).');
      assert.deepEqual(
        doc.paragraphs.map((p) => p.value),
        [1, 2],
      );
    });

    it('leaves the line whole when what follows the reason is no numbered, portion-marked paragraph 1', () => {
      for (const line of [
        'Classified By: Ambassador Jane Tallis for reasons 1.4 (b) and (d) 1.5 (c).',
        'Classified By: Ambassador Jane Tallis for reasons 1.4 (b) and (d) 2. (C) The Minister agreed.',
        'Classified By: Ambassador Jane Tallis for reasons 1.4 (b) and (d) 1. The Minister agreed.',
        // No reason read: the number may be anything.
        'Classified By: Ambassador Jane Tallis 1. (C) The Minister agreed.',
      ]) {
        const doc = glued(line, '1. (U) The Minister will reply next week.');
        assert.equal(textOf(doc, doc.classifiedBy?.span), line, line);
        assert.deepEqual(
          doc.paragraphs.map((p) => p.value),
          [1],
          line,
        );
      }
    });

    it('leaves the line whole when the copy joined the whole body onto it (1. (C) … 2. (S) …)', () => {
      const line = 'Classified By: Ambassador Jane Tallis for reasons 1.4 (b) and (d). 1. (C) The Minister agreed. 2. (S) He asked for time.';
      const doc = glued(line, '');
      assert.equal(textOf(doc, doc.classifiedBy?.span), line);
      assert.equal(doc.paragraphs.length, 0);
    });
  });
});
