/** Archive residue pasted into the editor: `¶`, `[1](#)`, `[PREL](#)`, a trailing backslash, and the fused `17.`; each residue node's span. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument } from '../../../server/src/core/index';
import { textOf } from './support/bodyCables';

/** Each residue node as [what, the text it covers, the text of its line]. */
function residue(doc: CableDocument) {
  return doc.residue.map((r) => [r.what, textOf(doc, r.span), doc.lines.lineText(doc.lines.lineAt(r.span.start))]);
}

const PASTED = [
  'UNCLAS STATE 045678',
  '',
  'E.O. 12958: N/A',
  'TAGS: [PREL](#) [PGOV](#) EN',
  '',
  'SUBJECT: PORT LEASE',
  '',
  'REF: A. STATE 11111',
  '¶B. TALLINN 2222',
  '[1](#)C. 08 RIGA 3333',
  '',
  '¶1. (U) First, see REF B.',
  '',
  '[1](#)2. (SBU) Second.',
  '',
  '¶ 3. (U) Third, on January [1](#)20.',
  '',
  '¶',
  '',
  '¶BACKGROUND',
  '',
  '¶4. (U) Fourth, with a damaged line end \\',
  'and more.',
  '',
  'SMITH',
  '',
].join('\n');

describe('archive residue', () => {
  const doc = parseCable(PASTED);

  it('finds every piece of residue, in order, each span covering exactly the residue', () => {
    assert.deepEqual(residue(doc), [
      ['tagLink', '[', 'TAGS: [PREL](#) [PGOV](#) EN'],
      ['tagLink', '](#)', 'TAGS: [PREL](#) [PGOV](#) EN'],
      ['tagLink', '[', 'TAGS: [PREL](#) [PGOV](#) EN'],
      ['tagLink', '](#)', 'TAGS: [PREL](#) [PGOV](#) EN'],
      ['pilcrow', '¶', '¶B. TALLINN 2222'],
      ['link', '[1](#)', '[1](#)C. 08 RIGA 3333'],
      ['pilcrow', '¶', '¶1. (U) First, see REF B.'],
      ['link', '[1](#)', '[1](#)2. (SBU) Second.'],
      ['pilcrow', '¶', '¶ 3. (U) Third, on January [1](#)20.'],
      ['link', '[1](#)', '¶ 3. (U) Third, on January [1](#)20.'],
      ['pilcrow', '¶', '¶'],
      ['pilcrow', '¶', '¶BACKGROUND'],
      ['pilcrow', '¶', '¶4. (U) Fourth, with a damaged line end \\'],
      ['backslash', '\\', '¶4. (U) Fourth, with a damaged line end \\'],
    ]);
  });

  it('reads the linked TAGS as plain tags, each tag span without the link around it', () => {
    assert.deepEqual(
      doc.tags?.tags.map((t) => [t.text, t.linked, textOf(doc, t.span)]),
      [
        ['PREL', true, 'PREL'],
        ['PGOV', true, 'PGOV'],
        ['EN', false, 'EN'],
      ],
    );
  });

  it('reads the REF letters after ¶ and [1](#)', () => {
    assert.deepEqual(
      doc.references?.items.map((r) => [r.letter, textOf(doc, r.letterToken?.span), textOf(doc, r.span)]),
      [
        ['A', 'A.', 'A. STATE 11111'],
        ['B', 'B.', 'B. TALLINN 2222'],
        ['C', 'C.', 'C. 08 RIGA 3333'],
      ],
    );
  });

  it('reads the paragraph numbers after ¶, [1](#) and "¶ ": the paragraph holds the residue, the number does not', () => {
    assert.deepEqual(
      doc.paragraphs.map((p) => [p.value, textOf(doc, p.number.span), textOf(doc, p.portionMark?.span), doc.text.slice(p.span.start, p.span.start + 4)]),
      [
        [1, '1', '(U)', '¶1. '],
        [2, '2', '(SBU)', '[1]('],
        [3, '3', '(U)', '¶ 3.'],
        [4, '4', '(U)', '¶4. '],
      ],
    );
    // The body starts at the number, past the residue before it.
    assert.equal(doc.text.slice(doc.bodyStart, doc.bodyStart + 6), '1. (U)');
  });

  it('keeps a line of residue only inside the paragraph above it, and reads a heading after ¶ without it', () => {
    assert.equal(textOf(doc, doc.paragraphs[2].span), '¶ 3. (U) Third, on January [1](#)20.\n\n¶');
    assert.deepEqual(
      doc.headings.map((h) => [textOf(doc, h.span), textOf(doc, h.text.span)]),
      [['¶BACKGROUND', 'BACKGROUND']],
    );
  });

  it('reads a REF citation through residue between keyword and letter', () => {
    const d = parseCable('1. (U) As REF [1](#)B says.\n');
    assert.deepEqual(
      d.refCitations.map((c) => [textOf(d, c.span), c.letters.map((l) => textOf(d, l.span))]),
      [['REF [1](#)B', ['B']]],
    );
  });

  it('puts no residue in a block of its own when a block holds it', () => {
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'residue'),
      [],
    );
  });

  it('makes a block of its own of residue that no block holds (¶ before a preamble label)', () => {
    const d = parseCable('UNCLAS STATE 045678\n\n¶E.O. 12958: N/A\nTAGS: PREL\nSUBJECT: PORT LEASE\n\n1. (U) Text.\nSMITH\n');
    assert.deepEqual(
      d.blocks.slice(0, 3).map((b) => [b.kind, textOf(d, b.span)]),
      [
        ['classificationLine', 'UNCLAS STATE 045678'],
        ['residue', '¶'],
        ['eoLine', 'E.O. 12958: N/A'],
      ],
    );
  });

  it('reads the fused "17." (a "¶" turned into a 1 before "7.") as paragraph 17, with no residue node: only the numbering rule can tell', () => {
    const d = parseCable('1. (U) One.\n\n2. (U) Two.\n\n3. (U) Three.\n\n4. (U) Four.\n\n5. (U) Five.\n\n6. (U) Six.\n\n17. (U) Seven.\nSMITH\n');
    const last = d.paragraphs[d.paragraphs.length - 1];
    assert.deepEqual([last.value, textOf(d, last.number.span), textOf(d, last.span)], [17, '17', '17. (U) Seven.']);
    assert.deepEqual(d.residue, []);
  });
});
