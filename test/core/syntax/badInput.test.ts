/**
 * Bad input gets a tree, never an exception: empty text, blank lines only, a body without a
 * header, binary junk and NUL bytes, CRLF and lone-CR line ends, a BOM, tabs, astral-plane
 * characters, a 5 MB single line. Each is parsed with the throwing parser (a bug is not
 * hidden by the safety net of `parseCable`), and every character that is not white space
 * lies in exactly one top-level block.
 */
import { strict as assert } from 'node:assert';
import type { CableDocument } from '../../../server/src/core/index';
import { parseCableOrThrow } from '../../../server/src/core/syntax/parse';
import { treeViolations } from '../../hardening/support/invariants';
import { blockTexts, textOf } from './support/bodyCables';

/** Parses with the throwing parser and checks the tree's shape. */
function parseSound(text: string): CableDocument {
  let doc: CableDocument | undefined;
  assert.doesNotThrow(() => {
    doc = parseCableOrThrow(text);
  });
  assert.deepEqual(treeViolations(doc!), []);
  return doc!;
}

/** A small invented cable with its lines joined by `eol`. */
function cable(eol: string): string {
  return ['UNCLAS STATE 012345', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: PORT LEASE', '', '1. (U) The first line', 'and the second line.', '', '2. (U) Next.', 'RICE', ''].join(eol);
}

describe('bad input', () => {
  it('an empty text: no blocks, no parts, the body starting at the end', () => {
    const doc = parseSound('');
    assert.deepEqual(doc.blocks, []);
    assert.equal(doc.classification, null);
    assert.deepEqual(doc.paragraphs, []);
    assert.equal(doc.signature, null);
    assert.equal(doc.bodyStart, 0);
    assert.deepEqual(doc.span, { start: 0, end: 0 });
  });

  it('only blank lines (spaces, tabs, line ends): no blocks', () => {
    const text = '\n\n   \n\t\n\r\n';
    const doc = parseSound(text);
    assert.deepEqual(doc.blocks, []);
    assert.equal(doc.bodyStart, text.length);
  });

  it('a body without a header: paragraphs and a signature, no classification or preamble', () => {
    const doc = parseSound('1. (U) Text without a header.\n\n2. (U) More.\nRICE\n');
    assert.equal(doc.header, null);
    assert.equal(doc.classification, null);
    assert.equal(doc.subject, null);
    assert.deepEqual(blockTexts(doc), ['paragraph: 1. (U) Text without a header.', 'paragraph: 2. (U) More.', 'signature: RICE']);
    assert.equal(doc.bodyStart, 0);
  });

  it('binary junk and NUL bytes: kept in blocks, a paragraph after them still read', () => {
    const text = '\u0000\u0001\u00ff\ufffd\u0000abc\u0007\n\u0000\u0000\n\n1. (U) A\u0000B.\n';
    const doc = parseSound(text);
    assert.deepEqual(
      doc.paragraphs.map((p) => [p.value, textOf(doc, p.span)]),
      [[1, '1. (U) A\u0000B.']],
    );
    assert.equal(textOf(doc, doc.blocks[0].span), '\u0000\u0001\u00ff\ufffd\u0000abc\u0007\n\u0000\u0000');
  });

  it('a megabyte of NUL bytes', () => {
    const doc = parseSound('\u0000'.repeat(1 << 20));
    assert.equal(doc.paragraphs.length, 0);
  });

  it('CRLF line ends: the same tree, spans covering the CRLF inside a paragraph', () => {
    const doc = parseSound(cable('\r\n'));
    assert.equal(textOf(doc, doc.classification?.span), 'UNCLAS STATE 012345');
    assert.equal(textOf(doc, doc.subject?.span), 'SUBJECT: PORT LEASE');
    assert.deepEqual(
      doc.paragraphs.map((p) => textOf(doc, p.span)),
      ['1. (U) The first line\r\nand the second line.', '2. (U) Next.'],
    );
    assert.equal(textOf(doc, doc.signature?.span), 'RICE');
    const second = doc.paragraphs[1];
    assert.deepEqual(doc.lines.positionAt(second.span.start), { line: 9, character: 0 });
  });

  it('lone-CR line ends: the same tree, lines counted at each CR', () => {
    const doc = parseSound(cable('\r'));
    assert.deepEqual(
      doc.paragraphs.map((p) => textOf(doc, p.span)),
      ['1. (U) The first line\rand the second line.', '2. (U) Next.'],
    );
    assert.equal(textOf(doc, doc.signature?.span), 'RICE');
    assert.deepEqual(doc.lines.positionAt(doc.signature!.span.start), { line: 10, character: 0 });
  });

  it('LF, CRLF and lone CR give the same tree: citations, markers closed across a line break, sub-paragraphs, page headers', () => {
    const lines = [
      'UNCLAS SECTION 01 OF 02 STATE 045678',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL',
      'SUBJECT: PORT LEASE',
      '',
      'REF: A. STATE 11111',
      'B. TALLINN 2222',
      '',
      '1. (U) Summary: As REFS A',
      'and B say, see paras 2',
      'and 3. END',
      'SUMMARY.',
      '',
      'BACKGROUND',
      '',
      '2. (U) Steps:',
      '',
      'A. (U) One',
      'B. Two',
      '-- Bullet',
      'STATE 00045678  002 OF 002',
      'more.',
      '',
      '3. (U) BEGIN TEXT:',
      '',
      '1. Quoted.',
      '',
      'END TEXT.',
      'RICE',
      '',
    ];
    const shape = (eol: string) => {
      const doc = parseSound(lines.join(eol));
      // Every span's text with its line breaks written as LF, so the three can be compared.
      const n = (span: { start: number; end: number }) => textOf(doc, span)!.replace(/\r\n?/g, '\n');
      return {
        blocks: doc.blocks.map((b) => `${b.kind}: ${n(b.span)}`),
        refItems: doc.references?.items.map((i) => n(i.span)),
        refCitations: doc.refCitations.map((c) => n(c.span)),
        paraCitations: doc.paraCitations.map((c) => [n(c.span), c.numbers.map((x) => x.text)]),
        markedBlocks: doc.markedBlocks.map((b) => [b.block, n(b.span)]),
        strayClosers: doc.strayClosers.map((s) => n(s.span)),
        subParagraphs: doc.paragraphs.map((p) => p.subParagraphs.map((s) => n(s.span))),
        bullets: doc.paragraphs.map((p) => p.bullets.map((b) => n(b.span))),
        pageHeaders: doc.pageHeaders.map((h) => n(h.span)),
        signature: doc.signature?.text,
      };
    };
    const lf = shape('\n');
    assert.deepEqual(lf.markedBlocks, [
      ['summary', 'Summary: As REFS A\nand B say, see paras 2\nand 3. END\nSUMMARY'],
      ['text', 'BEGIN TEXT:\n\n1. Quoted.\n\nEND TEXT'],
    ]);
    assert.deepEqual(lf.refCitations, ['REFS A\nand B']);
    assert.deepEqual(lf.paraCitations, [['paras 2\nand 3', ['2', '3']]]);
    assert.deepEqual(shape('\r\n'), lf);
    assert.deepEqual(shape('\r'), lf);
  });

  it('mixed LF, CRLF and CR in one text', () => {
    const doc = parseSound('UNCLAS STATE 012345\r\n\nE.O. 12958: N/A\rTAGS: PREL\nSUBJECT: PORT LEASE\r\n\r1. (U) One.\n\r\n2. (U) Two.\rRICE');
    assert.deepEqual(
      doc.paragraphs.map((p) => textOf(doc, p.span)),
      ['1. (U) One.', '2. (U) Two.'],
    );
    assert.equal(textOf(doc, doc.signature?.span), 'RICE');
  });

  it('a byte-order mark: read as white space, the classification line after it', () => {
    const doc = parseSound(`\ufeff${cable('\n')}`);
    assert.equal(textOf(doc, doc.classification?.span), 'UNCLAS STATE 012345');
    assert.equal(doc.classification?.span.start, 1);
    assert.equal(doc.paragraphs.length, 2);
  });

  it('tabs: between number, mark and text, and before a bullet', () => {
    const doc = parseSound('UNCLAS STATE 012345\n\nE.O. 12958: N/A\nTAGS:\tPREL\nSUBJECT:\tPORT LEASE\n\n1.\t(U)\tThe steps:\n\t-- Call the port.\nRICE\n');
    const [first] = doc.paragraphs;
    assert.equal(textOf(doc, first.portionMark?.span), '(U)');
    assert.equal(doc.text.slice(first.textStart, first.textStart + 9), 'The steps');
    assert.deepEqual(
      first.bullets.map((b) => [textOf(doc, b.marker.span), textOf(doc, b.span)]),
      [['--', '-- Call the port.']],
    );
    assert.deepEqual(
      doc.tags?.tags.map((t) => t.text),
      ['PREL'],
    );
  });

  it('astral-plane characters: spans in UTF-16 code units, columns in UTF-16 through LineIndex', () => {
    const text = 'UNCLAS STATE 012345\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: PORT LEASE\n\n1. (U) The 😀 team met 𝐀 and see REF A.\nRICE\n';
    const doc = parseSound(text);
    const [citation] = doc.refCitations;
    assert.equal(textOf(doc, citation.span), 'REF A');
    // `1. (U) The ` is 11 code units, the emoji 2, ` team met ` 10, `𝐀` 2, ` and see ` 9.
    assert.deepEqual(doc.lines.positionAt(citation.span.start), { line: 6, character: 34 });
    const afterEmoji = text.indexOf(' team');
    assert.deepEqual(doc.lines.positionAt(afterEmoji), { line: 6, character: 13 });
    assert.equal(doc.lines.offsetAt({ line: 6, character: 13 }), afterEmoji);
    assert.equal(textOf(doc, doc.paragraphs[0].span), '1. (U) The 😀 team met 𝐀 and see REF A.');
  });

  it('lone surrogates: no exception, a sound tree', () => {
    const doc = parseSound('1. (U) Broken \ud800 and \udc00 halves.\nRICE\n');
    assert.equal(textOf(doc, doc.paragraphs[0].span), '1. (U) Broken \ud800 and \udc00 halves.');
  });

  it('a 5 MB single line: parsed without an exception into one block', function () {
    this.timeout(120_000);
    const text = `1. (U) ${'The Minister said that REF A and para 3 stand. '.repeat(110_000)}`;
    assert.ok(text.length > 5_000_000);
    const doc = parseSound(text);
    assert.equal(doc.blocks.length, 1);
    assert.deepEqual(doc.paragraphs[0].span, { start: 0, end: text.trimEnd().length });
    assert.equal(doc.refCitations.length, 110_000);
  });
});
