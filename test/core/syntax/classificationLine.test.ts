/**
 * The classification line (RULES.md CLS-001..005, CLS-014): classification words in every
 * form real copies have, EFTO, LIMITED OFFICIAL USE, the SECTION phrase, origin and serial,
 * the cable id, with the exact text every span covers. All cables are invented.
 */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type ClassificationLineNode, type ParseOptions } from '../../../server/src/core/index';
import { assertNotUnknown, textOf, where } from './support/headSpans';

/** A header-only copy dated 14 May 2009 (or `dtg`): the classification line is line 4. */
function headerOf(dtg = '141509Z MAY 09'): string {
  return `O ${dtg}\nFM SECSTATE WASHDC\nTO AMEMBASSY VALLETTA IMMEDIATE 0412\n\n`;
}

const PREAMBLE_AND_BODY = '\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: CONSULTATIONS IN MAY\n\n1. The Department asks for views.\n\nCLINTON\n';

/** A cable whose classification line is `line`, below a 2009 header unless `header` is given. */
function cable(line: string, header: string = headerOf(), options: ParseOptions = {}): CableDocument {
  return parseCable(header + line + PREAMBLE_AND_BODY, options);
}

/** The texts of a classification line's parts, null where a part is absent. */
function parts(doc: CableDocument, node: ClassificationLineNode) {
  return {
    line: textOf(doc, node.span),
    marking: textOf(doc, node.marking.span),
    efto: textOf(doc, node.efto?.span),
    section: textOf(doc, node.sectionPhrase?.span),
    number: textOf(doc, node.sectionNumber?.span),
    total: textOf(doc, node.sectionTotal?.span),
    origin: textOf(doc, node.origin?.span),
    serial: textOf(doc, node.serial?.span),
  };
}

describe('syntax: classification line', () => {
  it('UNCLAS SECTION 01 OF 03 STATE 010774 in a 2009 cable: parts, positions and the cable id 09STATE10774', () => {
    const doc = cable('UNCLAS SECTION 01 OF 03 STATE 010774');
    const node = doc.classification!;
    assert.equal(node.kind, 'classificationLine');
    assert.equal(doc.blocks[1], node);
    assert.deepEqual(parts(doc, node), {
      line: 'UNCLAS SECTION 01 OF 03 STATE 010774',
      marking: 'UNCLAS',
      efto: null,
      section: 'SECTION 01 OF 03',
      number: '01',
      total: '03',
      origin: 'STATE',
      serial: '010774',
    });
    assert.equal(node.level, 'UNCLASSIFIED');
    assert.equal(node.form, 'canonical');
    assert.equal(node.limitedOfficialUse, false);
    assert.equal(node.marking.text, 'UNCLAS');
    assert.equal(node.origin?.text, 'STATE');
    assert.equal(node.serial?.text, '010774');
    assert.equal(node.cableId, '09STATE10774');
    assert.equal(where(doc, node.span), '4:0-4:36');
    assert.equal(where(doc, node.marking.span), '4:0-4:6');
    assert.equal(where(doc, node.sectionPhrase!.span), '4:7-4:23');
    assert.equal(where(doc, node.sectionNumber!.span), '4:15-4:17');
    assert.equal(where(doc, node.sectionTotal!.span), '4:21-4:23');
    assert.equal(where(doc, node.origin!.span), '4:24-4:29');
    assert.equal(where(doc, node.serial!.span), '4:30-4:36');
    assertNotUnknown(doc, 'UNCLAS SECTION 01 OF 03 STATE 010774');
  });

  const forms: Array<[string, { level: string; form: string; marking: string; efto: string | null; lou: boolean }]> = [
    ['UNCLAS STATE 044417', { level: 'UNCLASSIFIED', form: 'canonical', marking: 'UNCLAS', efto: null, lou: false }],
    ['UNCLAS E F T O STATE 044417', { level: 'UNCLASSIFIED', form: 'canonical', marking: 'UNCLAS E F T O', efto: 'E F T O', lou: false }],
    ['UNCLAS EFTO STATE 044417', { level: 'UNCLASSIFIED', form: 'irregular', marking: 'UNCLAS EFTO', efto: 'EFTO', lou: false }],
    ['C O N F I D E N T I A L STATE 044417', { level: 'CONFIDENTIAL', form: 'canonical', marking: 'C O N F I D E N T I A L', efto: null, lou: false }],
    ['S E C R E T STATE 044417', { level: 'SECRET', form: 'canonical', marking: 'S E C R E T', efto: null, lou: false }],
    ['T O P S E C R E T STATE 044417', { level: 'TOP SECRET', form: 'canonical', marking: 'T O P S E C R E T', efto: null, lou: false }],
    ['T O P  S E C R E T STATE 044417', { level: 'TOP SECRET', form: 'canonical', marking: 'T O P  S E C R E T', efto: null, lou: false }],
    ['CONFIDENTIAL STATE 044417', { level: 'CONFIDENTIAL', form: 'unspaced', marking: 'CONFIDENTIAL', efto: null, lou: false }],
    ['SECRET STATE 044417', { level: 'SECRET', form: 'unspaced', marking: 'SECRET', efto: null, lou: false }],
    ['TOP SECRET STATE 044417', { level: 'TOP SECRET', form: 'unspaced', marking: 'TOP SECRET', efto: null, lou: false }],
    ['S E C R ET STATE 044417', { level: 'SECRET', form: 'irregular', marking: 'S E C R ET', efto: null, lou: false }],
    ['Secret STATE 044417', { level: 'SECRET', form: 'lowercase', marking: 'Secret', efto: null, lou: false }],
    ['c o n f i d e n t i a l STATE 044417', { level: 'CONFIDENTIAL', form: 'lowercase', marking: 'c o n f i d e n t i a l', efto: null, lou: false }],
    ['UNCLASSIFIED STATE 044417', { level: 'UNCLASSIFIED', form: 'spelled', marking: 'UNCLASSIFIED', efto: null, lou: false }],
    ['LIMITED OFFICIAL USE STATE 044417', { level: 'UNCLASSIFIED', form: 'canonical', marking: 'LIMITED OFFICIAL USE', efto: null, lou: true }],
    ['Limited Official Use STATE 044417', { level: 'UNCLASSIFIED', form: 'lowercase', marking: 'Limited Official Use', efto: null, lou: true }],
  ];
  for (const [line, expected] of forms) {
    it(`classification words: ${line}`, () => {
      const doc = cable(line);
      const node = doc.classification!;
      assert.deepEqual(
        { level: node.level, form: node.form, marking: textOf(doc, node.marking.span), efto: textOf(doc, node.efto?.span), lou: node.limitedOfficialUse },
        expected,
      );
      assert.equal(node.marking.text, expected.marking);
      assert.equal(textOf(doc, node.span), line);
      assert.equal(textOf(doc, node.origin?.span), 'STATE');
      assert.equal(textOf(doc, node.serial?.span), '044417');
      assert.equal(node.sectionPhrase, null);
      assert.equal(node.cableId, '09STATE44417');
      assertNotUnknown(doc, line);
    });
  }

  it('SECTION phrase with double spaces around it: each part where it is written', () => {
    const line = 'S E C R E T  SECTION 02 OF 04  BERN 000912';
    const doc = cable(line);
    const node = doc.classification!;
    assert.deepEqual(parts(doc, node), {
      line,
      marking: 'S E C R E T',
      efto: null,
      section: 'SECTION 02 OF 04',
      number: '02',
      total: '04',
      origin: 'BERN',
      serial: '000912',
    });
    assert.equal(where(doc, node.sectionPhrase!.span), '4:13-4:29');
    assert.equal(where(doc, node.origin!.span), '4:31-4:35');
    assert.equal(node.cableId, '09BERN912');
  });

  it('UNCLAS E F T O with a SECTION phrase', () => {
    const doc = cable('UNCLAS E F T O SECTION 01 OF 02 KABUL 000712');
    assert.deepEqual(parts(doc, doc.classification!), {
      line: 'UNCLAS E F T O SECTION 01 OF 02 KABUL 000712',
      marking: 'UNCLAS E F T O',
      efto: 'E F T O',
      section: 'SECTION 01 OF 02',
      number: '01',
      total: '02',
      origin: 'KABUL',
      serial: '000712',
    });
    assert.equal(doc.classification!.cableId, '09KABUL712');
  });

  it('a SECTION phrase with one-digit numbers is still read, digits as written', () => {
    const doc = cable('UNCLAS SECTION 1 OF 3 STATE 044417');
    const node = doc.classification!;
    assert.equal(textOf(doc, node.sectionPhrase?.span), 'SECTION 1 OF 3');
    assert.equal(node.sectionNumber?.text, '1');
    assert.equal(node.sectionTotal?.text, '3');
    assert.equal(textOf(doc, node.serial?.span), '044417');
  });

  it('a five-digit serial is read as written; the cable id drops leading zeros only', () => {
    const doc = cable('UNCLAS STATE 44417');
    assert.equal(textOf(doc, doc.classification!.serial?.span), '44417');
    assert.equal(doc.classification!.cableId, '09STATE44417');
  });

  const origins: Array<[string, string, string]> = [
    ['UNCLAS SAO PAULO 000318', 'SAO PAULO', '09SAOPAULO318'],
    ['C O N F I D E N T I A L SECTION 01 OF 02 ADDIS ABABA 000207', 'ADDIS ABABA', '09ADDISABABA207'],
    ['UNCLAS THE HAGUE 000671', 'THE HAGUE', '09THEHAGUE671'],
    ['S E C R E T  RIO DE JANEIRO 000045', 'RIO DE JANEIRO', '09RIODEJANEIRO45'],
    // A station alias is resolved in the id: USUN is USUN NEW YORK.
    ['UNCLAS USUN NEW YORK 000455', 'USUN NEW YORK', '09USUNNEWYORK455'],
    ['UNCLAS USUN 000455', 'USUN', '09USUNNEWYORK455'],
  ];
  for (const [line, origin, id] of origins) {
    it(`origin of several words: ${line} → ${id}`, () => {
      const doc = cable(line);
      const node = doc.classification!;
      assert.equal(textOf(doc, node.span), line);
      assert.equal(textOf(doc, node.origin?.span), origin);
      assert.equal(node.origin?.text, origin);
      assert.equal(node.cableId, id);
      assertNotUnknown(doc, line);
    });
  }

  it('the cable id takes its year from the DTG (two-digit pivot: 99 is 1999)', () => {
    const doc = cable('UNCLAS STATE 044417', headerOf('141509Z MAY 99'));
    assert.equal(doc.year, 1999);
    assert.equal(doc.classification!.cableId, '99STATE44417');
  });

  it('the DTG year wins over the year option', () => {
    const doc = cable('UNCLAS STATE 044417', headerOf(), { year: 2007 });
    assert.equal(doc.year, 2009);
    assert.equal(doc.classification!.cableId, '09STATE44417');
  });

  it('without a DTG the cable id takes the year option, and is null without one', () => {
    const withYear = cable('UNCLAS STATE 044417', '', { year: 2007 });
    assert.equal(withYear.header, null);
    assert.equal(withYear.blocks[0], withYear.classification);
    assert.equal(where(withYear, withYear.classification!.span), '0:0-0:19');
    assert.equal(withYear.classification!.cableId, '07STATE44417');

    const noYear = cable('UNCLAS STATE 044417', '');
    assert.equal(noYear.year, null);
    assert.equal(textOf(noYear, noYear.classification!.serial?.span), '044417');
    assert.equal(noYear.classification!.cableId, null);
  });

  it('a classification word alone where the cable starts is the classification line, without origin or serial', () => {
    const doc = cable('CONFIDENTIAL');
    const node = doc.classification!;
    assert.deepEqual(parts(doc, node), {
      line: 'CONFIDENTIAL',
      marking: 'CONFIDENTIAL',
      efto: null,
      section: null,
      number: null,
      total: null,
      origin: null,
      serial: null,
    });
    assert.equal(node.level, 'CONFIDENTIAL');
    assert.equal(node.form, 'unspaced');
    assert.equal(node.cableId, null);
    assertNotUnknown(doc, 'CONFIDENTIAL');
  });

  it('a caption glued after the serial is not part of the classification line', () => {
    const doc = cable('UNCLAS SECTION 01 OF 02 STATE 044417 SIPDIS');
    const node = doc.classification!;
    assert.equal(textOf(doc, node.span), 'UNCLAS SECTION 01 OF 02 STATE 044417');
    assert.equal(textOf(doc, node.serial?.span), '044417');
    assert.deepEqual(
      doc.captionLines.map((c) => [textOf(doc, c.span), where(doc, c.span)]),
      [
        ['SIPDIS', '4:37-4:43'],
        ['SIPDIS', '6:0-6:6'],
      ],
    );
    assertNotUnknown(doc, 'UNCLAS SECTION 01 OF 02 STATE 044417 SIPDIS');
  });

  it('SECRETARY is not SECRET: a line opening with it is no classification line', () => {
    const doc = cable('SECRETARY VISIT STATE 044417', '');
    assert.equal(doc.classification, null);
  });

  it('the level values follow the words, whatever the form', () => {
    const levels = ['UNCLAS', 'UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'C O N F I D E N T I A L', 'Confidential', 'S E C R E T', 'T O P S E C R E T'].map(
      (words) => cable(`${words} STATE 044417`).classification?.level,
    );
    assert.deepEqual(levels, ['UNCLASSIFIED', 'UNCLASSIFIED', 'UNCLASSIFIED', 'CONFIDENTIAL', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET']);
  });
});
