/**
 * Caption, handling and passing lines between the classification line and the E.O. line
 * (RULES.md CAP-001, CAP-002, CAP-007, CLS-012): one per line, several on a line, comma-
 * separated, passing and attention phrases, and the SENSITIVE BUT UNCLASSIFIED banner, with
 * the exact text every span covers. All cables are invented.
 */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type CaptionLineNode } from '../../../server/src/core/index';
import { CAPTIONS } from '../../../server/src/core/vocab/captions';
import { assertNoUnknown, assertNotUnknown, textOf, where } from './support/headSpans';

const HEAD = 'O 141509Z MAY 09\nFM SECSTATE WASHDC\nTO AMEMBASSY VALLETTA IMMEDIATE 0412\n\nUNCLAS STATE 044417\n\n';
const TAIL = '\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: CONSULTATIONS IN MAY\n\n1. The Department asks for views.\n\nCLINTON\n';
/** The line on which the first caption line stands (after the header, classification line and a blank). */
const FIRST = 6;

/** A cable whose caption and handling lines are `lines`, from line {@link FIRST} on. */
function cable(...lines: string[]): CableDocument {
  return parseCable(HEAD + lines.join('\n') + TAIL);
}

/** Each caption of a line as `text covered | name | passing`. */
function captionsOf(doc: CableDocument, line: CaptionLineNode): string[] {
  return line.captions.map((c) => `${textOf(doc, c.span)} | ${c.name}${c.passing ? ' | passing' : ''}`);
}

describe('syntax: caption and handling lines', () => {
  it('SIPDIS, NOFORN, SENSITIVE, EXDIS, NODIS, LIMDIS one per line: one caption line each', () => {
    const names = ['SIPDIS', 'NOFORN', 'SENSITIVE', 'EXDIS', 'NODIS', 'LIMDIS'];
    const doc = cable(...names);
    assert.deepEqual(
      doc.captionLines.map((line) => ({
        kind: line.kind,
        text: textOf(doc, line.span),
        at: where(doc, line.span),
        comma: line.commaSeparated,
        captions: captionsOf(doc, line),
      })),
      names.map((name, i) => ({
        kind: 'captionLine',
        text: name,
        at: `${FIRST + i}:0-${FIRST + i}:${name.length}`,
        comma: false,
        captions: [`${name} | ${name}`],
      })),
    );
    // The caption lines are the top-level blocks between the classification and E.O. lines.
    assert.deepEqual(
      doc.blocks.slice(1, 9).map((b) => b.kind),
      ['classificationLine', 'captionLine', 'captionLine', 'captionLine', 'captionLine', 'captionLine', 'captionLine', 'eoLine'],
    );
    assert.equal(doc.captionLines[0], doc.blocks[2]);
    assertNoUnknown(doc);
  });

  it('every caption the vocabulary knows, one per line, is read as that caption', () => {
    const names = CAPTIONS.map((c) => c.name);
    const doc = cable(...names);
    assert.equal(doc.captionLines.length, names.length);
    doc.captionLines.forEach((line, i) => {
      assert.equal(textOf(doc, line.span), names[i]);
      assert.equal(where(doc, line.span), `${FIRST + i}:0-${FIRST + i}:${names[i].length}`);
      assert.deepEqual(captionsOf(doc, line), [`${names[i]} | ${names[i]}`], `caption ${names[i]}`);
    });
    assert.equal(textOf(doc, doc.eo?.span), 'E.O. 12958: N/A');
    assertNoUnknown(doc);
  });

  it('comma-separated captions on one line, with a passing phrase (NOFORN, SIPDIS, FOR DCMS …)', () => {
    const doc = cable('NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS');
    assert.equal(doc.captionLines.length, 1);
    const line = doc.captionLines[0];
    assert.equal(line.commaSeparated, true);
    assert.equal(textOf(doc, line.span), 'NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS');
    assert.deepEqual(captionsOf(doc, line), [
      'NOFORN | NOFORN',
      'SIPDIS | SIPDIS',
      'FOR DCMS AND ALL CABLE DRAFTERS | FOR DCMS AND ALL CABLE DRAFTERS | passing',
    ]);
    assert.deepEqual(
      line.captions.map((c) => where(doc, c.span)),
      [`${FIRST}:0-${FIRST}:6`, `${FIRST}:8-${FIRST}:14`, `${FIRST}:16-${FIRST}:47`],
    );
    assertNotUnknown(doc, 'NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS');
  });

  const commaLines: Array<[string, string[]]> = [
    ['LIMDIS, SIPDIS, SENSITIVE', ['LIMDIS | LIMDIS', 'SIPDIS | SIPDIS', 'SENSITIVE | SENSITIVE']],
    // Spaces around a comma are not part of a caption.
    ['EXDIS , SIPDIS', ['EXDIS | EXDIS', 'SIPDIS | SIPDIS']],
    // A known caption of several words between commas is a caption, not a passing phrase.
    ['NODIS, ROGER CHANNEL', ['NODIS | NODIS', 'ROGER CHANNEL | ROGER CHANNEL']],
    ['DEPT FOR EUR/WE AND INR, PASS TO USTR', ['DEPT FOR EUR/WE AND INR | DEPT FOR EUR/WE AND INR | passing', 'PASS TO USTR | PASS TO USTR | passing']],
  ];
  for (const [text, expected] of commaLines) {
    it(`comma-separated: ${text}`, () => {
      const doc = cable(text);
      assert.equal(doc.captionLines.length, 1);
      assert.equal(doc.captionLines[0].commaSeparated, true);
      assert.equal(textOf(doc, doc.captionLines[0].span), text);
      assert.deepEqual(captionsOf(doc, doc.captionLines[0]), expected);
      assertNotUnknown(doc, text);
    });
  }

  const spaceLines: Array<[string, string[]]> = [
    ['SIPDIS SENSITIVE', ['SIPDIS | SIPDIS', 'SENSITIVE | SENSITIVE']],
    ['NODIS STADIS', ['NODIS | NODIS', 'STADIS | STADIS']],
    // A caption of several words is one caption, not one per word.
    ['NODIS ROGER CHANNEL', ['NODIS | NODIS', 'ROGER CHANNEL | ROGER CHANNEL']],
  ];
  for (const [text, expected] of spaceLines) {
    it(`several captions separated by spaces: ${text}`, () => {
      const doc = cable(text);
      assert.equal(doc.captionLines.length, 1);
      assert.equal(doc.captionLines[0].commaSeparated, false);
      assert.deepEqual(captionsOf(doc, doc.captionLines[0]), expected);
      assertNotUnknown(doc, text);
    });
  }

  it('column of the second caption on a space-separated line', () => {
    const doc = cable('NODIS ROGER CHANNEL');
    assert.deepEqual(
      doc.captionLines[0].captions.map((c) => where(doc, c.span)),
      [`${FIRST}:0-${FIRST}:5`, `${FIRST}:6-${FIRST}:19`],
    );
  });

  const passing: Array<[string, string]> = [
    ['DEPT FOR EUR/WE', 'DEPT FOR EUR/WE'],
    ['PASS TO USTR', 'PASS TO USTR'],
    ['DEPT PASS TO USTR AND USDOC', 'DEPT PASS TO USTR AND USDOC'],
    ['OSLO FOR DATT', 'OSLO FOR DATT'],
    ['FOR ALL CABLE DRAFTERS', 'FOR ALL CABLE DRAFTERS'],
    // The name is upper case and single-spaced; the span keeps the text as written.
    ['Dept for EUR/WE', 'DEPT FOR EUR/WE'],
    ['Dept  for  EUR/WE', 'DEPT FOR EUR/WE'],
  ];
  for (const [text, name] of passing) {
    it(`passing or attention line: ${text}`, () => {
      const doc = cable('SIPDIS', text);
      assert.equal(doc.captionLines.length, 2);
      const line = doc.captionLines[1];
      assert.equal(line.commaSeparated, false);
      assert.equal(textOf(doc, line.span), text);
      assert.equal(where(doc, line.span), `${FIRST + 1}:0-${FIRST + 1}:${text.length}`);
      assert.deepEqual(captionsOf(doc, line), [`${text} | ${name} | passing`]);
      assertNotUnknown(doc, text);
    });
  }

  // Passing instructions to several offices or posts on one line, separated by semicolons,
  // and names with initials or a title's full stop: each instruction is one passing caption.
  const passingLists: Array<[string, string[]]> = [
    ['ROME FOR DCM; LONDON FOR POL', ['ROME FOR DCM', 'LONDON FOR POL']],
    ['NSC FOR SENIOR DIRECTOR J. PRICE', ['NSC FOR SENIOR DIRECTOR J. PRICE']],
    ['DEFENSE FOR OSD/ISP (A. NOLAN)', ['DEFENSE FOR OSD/ISP (A. NOLAN)']],
    ['RIO DE JANEIRO FOR RSO; USDOC ALSO FOR PTO AND NIST;', ['RIO DE JANEIRO FOR RSO', 'USDOC ALSO FOR PTO AND NIST']],
    ['USNATO FOR AMB. CARVER, DCM', ['USNATO FOR AMB. CARVER, DCM']],
  ];
  for (const [text, names] of passingLists) {
    it(`passing instructions: ${text}`, () => {
      const doc = cable('SIPDIS', text);
      assert.equal(doc.captionLines.length, 2);
      const line = doc.captionLines[1];
      assert.equal(textOf(doc, line.span), text);
      assert.deepEqual(captionsOf(doc, line), names.map((name) => `${name} | ${name} | passing`));
      assertNoUnknown(doc);
    });
  }

  it('an instruction wrapped onto the next line: the first part of the second line ends it', () => {
    const doc = cable('SIPDIS', 'EUR FOR FRONT OFFICE; EUR/WE FOR', 'HOLT/MARSH; NSC FOR PRICE/NOLAN;');
    assert.deepEqual(
      doc.captionLines.slice(1).map((line) => captionsOf(doc, line)),
      [
        ['EUR FOR FRONT OFFICE | EUR FOR FRONT OFFICE | passing', 'EUR/WE FOR | EUR/WE FOR | passing'],
        ['HOLT/MARSH | HOLT/MARSH | passing', 'NSC FOR PRICE/NOLAN | NSC FOR PRICE/NOLAN | passing'],
      ],
    );
    assertNoUnknown(doc);
  });

  it('known captions run onto the start of a passing phrase are captions of their own', () => {
    const doc = cable('SENSITIVE SIPDIS DEPT FOR EUR/WE; COMMERCE FOR ANN HOLT');
    assert.deepEqual(captionsOf(doc, doc.captionLines[0]), [
      'SENSITIVE | SENSITIVE',
      'SIPDIS | SIPDIS',
      'DEPT FOR EUR/WE | DEPT FOR EUR/WE | passing',
      'COMMERCE FOR ANN HOLT | COMMERCE FOR ANN HOLT | passing',
    ]);
    const noforn = cable('NOFORN SIPDIS STATE FOR NEA/FO AND NEA/MAG');
    assert.deepEqual(captionsOf(noforn, noforn.captionLines[0]), [
      'NOFORN | NOFORN',
      'SIPDIS | SIPDIS',
      'STATE FOR NEA/FO AND NEA/MAG | STATE FOR NEA/FO AND NEA/MAG | passing',
    ]);
  });

  it('capitals with FOR that are not a list of instructions stay what they were', () => {
    // Every piece after a semicolon must open with its office or post.
    const doc = cable('SIPDIS', 'WE ASK FOR YOUR HELP; THANK YOU.');
    assert.equal(doc.captionLines.length, 1);
  });

  it('SIPDIS twice (the drafted caption and the system one) gives two caption lines', () => {
    const doc = cable('SIPDIS', 'SENSITIVE', 'SIPDIS');
    assert.deepEqual(
      doc.captionLines.map((l) => `${textOf(doc, l.span)} ${where(doc, l.span)}`),
      [`SIPDIS ${FIRST}:0-${FIRST}:6`, `SENSITIVE ${FIRST + 1}:0-${FIRST + 1}:9`, `SIPDIS ${FIRST + 2}:0-${FIRST + 2}:6`],
    );
  });

  it('caption lines separated by blank lines are each read', () => {
    const doc = cable('NOFORN', '', 'SIPDIS', '', 'DEPT FOR EUR/WE');
    assert.deepEqual(
      doc.captionLines.map((l) => `${textOf(doc, l.span)} ${where(doc, l.span)}`),
      [`NOFORN ${FIRST}:0-${FIRST}:6`, `SIPDIS ${FIRST + 2}:0-${FIRST + 2}:6`, `DEPT FOR EUR/WE ${FIRST + 4}:0-${FIRST + 4}:15`],
    );
    assertNoUnknown(doc);
  });

  it('a misspelt caption is still a caption line, named as written, so a rule can flag it', () => {
    const doc = cable('SIPIDS', 'NOFRON, SIPDIS');
    assert.deepEqual(
      doc.captionLines.map((l) => captionsOf(doc, l)),
      [['SIPIDS | SIPIDS'], ['NOFRON | NOFRON', 'SIPDIS | SIPDIS']],
    );
    assertNoUnknown(doc);
  });
});

describe('syntax: SENSITIVE BUT UNCLASSIFIED banner', () => {
  const banners: Array<[string, boolean]> = [
    ['SENSITIVE BUT UNCLASSIFIED -- PLEASE PROTECT ACCORDINGLY', false],
    ['SENSITIVE BUT UNCLASSIFIED/NOFORN -- PLEASE PROTECT ACCORDINGLY', true],
    ['SENSITIVE BUT UNCLASSIFIED', false],
    ['SBU - PLEASE PROTECT ACCORDINGLY', false],
    ['THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. NOT FOR INTERNET DISTRIBUTION.', false],
    ['Sensitive but unclassified - please protect accordingly', false],
  ];
  for (const [text, noforn] of banners) {
    it(`banner: ${text}`, () => {
      const doc = cable(text);
      assert.deepEqual(
        doc.sbuBanners.map((b) => ({ kind: b.kind, text: textOf(doc, b.span), at: where(doc, b.span), noforn: b.noforn })),
        [{ kind: 'sbuBanner', text, at: `${FIRST}:0-${FIRST}:${text.length}`, noforn }],
      );
      // A banner is not a caption line.
      assert.deepEqual(doc.captionLines, []);
      assert.equal(doc.blocks[2], doc.sbuBanners[0]);
      assertNotUnknown(doc, text);
    });
  }

  it('a banner among caption lines keeps its place in the blocks', () => {
    const doc = cable('SIPDIS', 'SENSITIVE BUT UNCLASSIFIED -- PLEASE PROTECT ACCORDINGLY', 'DEPT FOR EUR/WE');
    assert.deepEqual(
      doc.blocks.slice(2, 6).map((b) => `${b.kind}: ${textOf(doc, b.span)}`),
      [
        'captionLine: SIPDIS',
        'sbuBanner: SENSITIVE BUT UNCLASSIFIED -- PLEASE PROTECT ACCORDINGLY',
        'captionLine: DEPT FOR EUR/WE',
        'eoLine: E.O. 12958: N/A',
      ],
    );
    assertNoUnknown(doc);
  });
});
