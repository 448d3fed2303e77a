/** Continuation page headers (`STATE 00012345  002 OF 003`) and page banners, between and inside paragraphs (PAGE-001, PAGE-003). */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type PageHeaderNode } from '../../../server/src/core/index';
import { blockTexts, parseBody, textOf } from './support/bodyCables';

/** A page header's parts as the text they cover. */
function headerParts(doc: CableDocument, h: PageHeaderNode) {
  return [textOf(doc, h.span), textOf(doc, h.origin.span), textOf(doc, h.serial.span), textOf(doc, h.page.span), textOf(doc, h.total.span)];
}

const TALLINN = 'UNCLAS SECTION 01 OF 03 TALLINN 004321\n\nE.O. 12958: N/A\nTAGS: PREL EN\nSUBJECT: PORT LEASE\n\n';

describe('page headers between paragraphs', () => {
  const doc = parseBody('1. (U) The first page ends here.\n\nSTATE 00045678  002 OF 003\n\n2. (U) The second page.\n\nSMITH\n');

  it('reads origin, 8-digit serial, page and total, each with its span', () => {
    assert.deepEqual(
      doc.pageHeaders.map((h) => headerParts(doc, h)),
      [['STATE 00045678  002 OF 003', 'STATE', '00045678', '002', '003']],
    );
  });

  it('belongs to the paragraph before it (a paragraph runs across page headers), which does not break the numbering', () => {
    assert.deepEqual(blockTexts(doc).slice(-3), [
      'paragraph: 1. (U) The first page ends here.\n\nSTATE 00045678  002 OF 003',
      'paragraph: 2. (U) The second page.',
      'signature: SMITH',
    ]);
    assert.deepEqual(
      doc.paragraphs.map((p) => [p.value, p.pageHeaders.map((h) => textOf(doc, h.span))]),
      [
        [1, ['STATE 00045678  002 OF 003']],
        [2, []],
      ],
    );
  });

  it('is a block of its own where no paragraph is open (after a heading)', () => {
    const d = parseBody('1. (U) One.\n\nBACKGROUND\n\nSTATE 00045678  002 OF 003\n\n2. (U) Two.\n\nSMITH\n');
    assert.deepEqual(blockTexts(d).slice(-5), [
      'paragraph: 1. (U) One.',
      'heading: BACKGROUND',
      'pageHeader: STATE 00045678  002 OF 003',
      'paragraph: 2. (U) Two.',
      'signature: SMITH',
    ]);
  });

  it('reads a multi-word origin and the .N page suffix (SAO PAULO 00001234  001.2 OF 002)', () => {
    const d = parseBody('1. (U) One.\n\nSAO PAULO 00001234  001.2 OF 002\n\n2. (U) Two.\n\nSMITH\n');
    assert.deepEqual(
      d.pageHeaders.map((h) => headerParts(d, h)),
      [['SAO PAULO 00001234  001.2 OF 002', 'SAO PAULO', '00001234', '001.2', '002']],
    );
  });
});

describe('page headers inside a paragraph (PAGE-003)', () => {
  it('reads a header that falls mid-sentence on its own line: the paragraph runs through it and holds it', () => {
    const doc = parseBody('1. (U) The delegation arrived on Monday and\nSTATE 00045678  002 OF 003\nmet the Minister.\n\n2. (U) Next.\n\nSMITH\n');
    const [first] = doc.paragraphs;
    assert.equal(textOf(doc, first.span), '1. (U) The delegation arrived on Monday and\nSTATE 00045678  002 OF 003\nmet the Minister.');
    assert.deepEqual(
      first.pageHeaders.map((h) => headerParts(doc, h)),
      [['STATE 00045678  002 OF 003', 'STATE', '00045678', '002', '003']],
    );
    assert.equal(doc.pageHeaders[0], first.pageHeaders[0]);
    // Inside the paragraph, the header is not a top-level block as well.
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'pageHeader'),
      [],
    );
    assert.deepEqual(
      doc.paragraphs.map((p) => p.value),
      [1, 2],
    );
  });

  it('reads a header glued inside a line of text', () => {
    const doc = parseBody('1. (U) The talks went STATE 00045678  002 OF 003 well by all accounts.\n\nSMITH\n');
    assert.deepEqual(
      doc.paragraphs[0].pageHeaders.map((h) => headerParts(doc, h)),
      [['STATE 00045678  002 OF 003', 'STATE', '00045678', '002', '003']],
    );
  });

  it('lists a header glued inside the first line of the body once (the preamble hands that line over to the body)', () => {
    const doc = parseBody('1. (U) The talks STATE 00045678  002 OF 003 opened.\n\n2. (U) Two.\n\nSMITH\n');
    assert.deepEqual(
      doc.pageHeaders.map((h) => textOf(doc, h.span)),
      ['STATE 00045678  002 OF 003'],
    );
    assert.equal(doc.pageHeaders[0], doc.paragraphs[0].pageHeaders[0]);
    const unnumbered = parseBody('The talks STATE 00045678  002 OF 003 opened.\n\nSMITH\n');
    assert.deepEqual(
      unnumbered.pageHeaders.map((h) => textOf(unnumbered, h.span)),
      ['STATE 00045678  002 OF 003'],
    );
  });

  it('keeps a paragraph whole across a header between its blank lines, and the next paragraph number counts on', () => {
    const doc = parseBody('1. (U) First part.\n\nSTATE 00045678  002 OF 003\n\nsecond part of the same paragraph.\n\n2. (U) Next.\n\nSMITH\n');
    assert.deepEqual(
      doc.paragraphs.map((p) => textOf(doc, p.span)),
      ['1. (U) First part.\n\nSTATE 00045678  002 OF 003\n\nsecond part of the same paragraph.', '2. (U) Next.'],
    );
  });

  it('reads a REF citation and a summary through the header', () => {
    const doc = parseBody('1. (U) Summary: As REF\nSTATE 00045678  002 OF 003\nA says, the talks went well. End summary.\n\n2. (U) Next.\n\nSMITH\n');
    assert.deepEqual(
      doc.refCitations.map((c) => [textOf(doc, c.keyword.span), c.letters.map((l) => textOf(doc, l.span))]),
      [['REF', ['A']]],
    );
    assert.equal(textOf(doc, doc.refCitations[0].span), 'REF\nSTATE 00045678  002 OF 003\nA');
    assert.deepEqual(
      doc.markedBlocks.map((b) => [b.block, textOf(doc, b.open.span), textOf(doc, b.close?.span)]),
      [['summary', 'Summary:', 'End summary']],
    );
  });

  it('takes the signature below the last page, not the header', () => {
    const doc = parseBody('1. (U) Text.\n\nSTATE 00045678  003 OF 003\n\n2. (U) Last.\n\nSMITH\n');
    assert.equal(textOf(doc, doc.signature?.span), 'SMITH');
  });
});

describe('page headers with and without the cable’s classification line', () => {
  it('with the classification line, accepts a malformed header of the cable’s own origin (6-digit serial, 2 OF 3) for the rules to flag', () => {
    const doc = parseCable(`${TALLINN}1. (U) One and\nTALLINN 004321  002 OF 003\ntwo.\n\nTALLINN 00004321 3 OF 3\n\n2. (U) Three.\n\nROE\n`);
    assert.deepEqual(
      doc.pageHeaders.map((h) => headerParts(doc, h)),
      [
        ['TALLINN 004321  002 OF 003', 'TALLINN', '004321', '002', '003'],
        ['TALLINN 00004321 3 OF 3', 'TALLINN', '00004321', '3', '3'],
      ],
    );
  });

  it('with the classification line, does not take text of another origin with a short number for a header', () => {
    const doc = parseCable(`${TALLINN}1. (U) The fund spent\nEUROS 120000 2 OF 3\ntimes.\n\nROE\n`);
    assert.deepEqual(doc.pageHeaders, []);
  });

  it('without a classification line (a fragment), reads the strict 8-digit form only', () => {
    const doc = parseCable('1. (U) One and\nTALLINN 00004321  002 OF 003\ntwo.\n\nTALLINN 004321  003 OF 003\n\n2. (U) Three.\n');
    assert.equal(doc.classification, null);
    assert.deepEqual(
      doc.pageHeaders.map((h) => textOf(doc, h.span)),
      ['TALLINN 00004321  002 OF 003'],
    );
  });
});

describe('page banners of older copies', () => {
  it('reads a PAGE banner and a lone classification word between paragraphs as banners, not text', () => {
    const doc = parseBody('1. (U) One.\n\nPAGE 02 BERLIN 04321 01 OF 02 121530Z\n\nCONFIDENTIAL\n\n2. (U) Two.\n\nSMITH\n');
    assert.deepEqual(
      doc.pageBanners.map((b) => textOf(doc, b.span)),
      ['PAGE 02 BERLIN 04321 01 OF 02 121530Z', 'CONFIDENTIAL'],
    );
    assert.deepEqual(
      doc.paragraphs.map((p) => p.value),
      [1, 2],
    );
    assert.deepEqual(doc.pageHeaders, []);
  });

  it('keeps a paragraph whole across a banner that falls inside it', () => {
    const doc = parseBody('1. (U) The first half\nPAGE 02 BERLIN 04321 01 OF 02 121530Z\nand the second half.\n\nSMITH\n');
    assert.equal(textOf(doc, doc.paragraphs[0].span), '1. (U) The first half\nPAGE 02 BERLIN 04321 01 OF 02 121530Z\nand the second half.');
    assert.deepEqual(
      doc.pageBanners.map((b) => textOf(doc, b.span)),
      ['PAGE 02 BERLIN 04321 01 OF 02 121530Z'],
    );
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'pageBanner'),
      [],
    );
  });
});
