/** The E.O. line in the forms real cables write it: its order, declassification instruction, date and spans. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type EoLineNode } from '../../../server/src/core/index';
import { textOf, unknownTexts } from './support/spans';

/** Parses an invented classified cable whose E.O. line is `eoLine`. */
function parse(eoLine: string): { doc: CableDocument; eo: EoLineNode } {
  const doc = parseCable(`C O N F I D E N T I A L STATE 031842\n\nSIPDIS\n\n${eoLine}\nTAGS: PREL TU\nSUBJECT: TALKS RESUME\n\n1. (C) Text.\nCLINTON\n`);
  assert.ok(doc.eo, 'the E.O. line is read');
  return { doc, eo: doc.eo };
}

/** The parts of the E.O. line as the text they cover, and its reading. */
function parts(doc: CableDocument, eo: EoLineNode) {
  return {
    line: textOf(doc, eo.span),
    label: textOf(doc, eo.label.span),
    order: textOf(doc, eo.order?.span),
    instruction: textOf(doc, eo.instruction?.span),
    keyword: textOf(doc, eo.keyword?.span),
    dateText: textOf(doc, eo.dateText?.span),
    form: eo.form,
    date: eo.date,
    dateValid: eo.dateValid,
    dateCanonical: eo.dateCanonical,
    canonicalLabel: eo.canonicalLabel,
  };
}

describe('E.O. line', () => {
  it('reads N/A with no keyword and no date', () => {
    const { doc, eo } = parse('E.O. 12958: N/A');
    assert.deepEqual(parts(doc, eo), {
      line: 'E.O. 12958: N/A',
      label: 'E.O.',
      order: '12958',
      instruction: 'N/A',
      keyword: null,
      dateText: null,
      form: 'na',
      date: null,
      dateValid: false,
      dateCanonical: false,
      canonicalLabel: true,
    });
    assert.deepEqual(unknownTexts(doc), []);
    assert.equal(doc.blocks.filter((b) => b.kind === 'eoLine').length, 1);
  });

  it('reads DECL: with an MM/DD/YYYY date', () => {
    const { doc, eo } = parse('E.O. 12958: DECL: 03/05/2019');
    assert.deepEqual(parts(doc, eo), {
      line: 'E.O. 12958: DECL: 03/05/2019',
      label: 'E.O.',
      order: '12958',
      instruction: 'DECL: 03/05/2019',
      keyword: 'DECL',
      dateText: '03/05/2019',
      form: 'date',
      date: { year: 2019, month: 3, day: 5 },
      dateValid: true,
      dateCanonical: true,
      canonicalLabel: true,
    });
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads a one-digit month and day and a two-digit year (3/5/19), expanded but not canonical', () => {
    const { doc, eo } = parse('E.O. 12958: DECL: 3/5/19');
    assert.equal(textOf(doc, eo.dateText?.span), '3/5/19');
    assert.deepEqual(eo.date, { year: 2019, month: 3, day: 5 });
    assert.equal(eo.dateValid, true);
    assert.equal(eo.dateCanonical, false);
    assert.equal(eo.form, 'date');
  });

  it('reads a one-digit month and day with four-digit year (3/5/2019) as canonical', () => {
    const { doc, eo } = parse('E.O. 12958: DECL: 3/5/2019');
    assert.equal(textOf(doc, eo.dateText?.span), '3/5/2019');
    assert.deepEqual(eo.date, { year: 2019, month: 3, day: 5 });
    assert.equal(eo.dateCanonical, true);
  });

  it('expands a two-digit year of the last century (06/30/98 is 1998)', () => {
    const { eo } = parse('E.O. 12958: DECL: 06/30/98');
    assert.deepEqual(eo.date, { year: 1998, month: 6, day: 30 });
    assert.equal(eo.dateValid, true);
  });

  it('reads a year-first date (2019/03/05) under E.O. 13526', () => {
    const { doc, eo } = parse('E.O. 13526: DECL: 2019/03/05');
    assert.deepEqual(parts(doc, eo), {
      line: 'E.O. 13526: DECL: 2019/03/05',
      label: 'E.O.',
      order: '13526',
      instruction: 'DECL: 2019/03/05',
      keyword: 'DECL',
      dateText: '2019/03/05',
      form: 'date',
      date: { year: 2019, month: 3, day: 5 },
      dateValid: true,
      dateCanonical: false,
      canonicalLabel: true,
    });
  });

  it('keeps a date that names no real day, marked invalid (02/30/2019)', () => {
    const { eo } = parse('E.O. 12958: DECL: 02/30/2019');
    assert.deepEqual(eo.date, { year: 2019, month: 2, day: 30 });
    assert.equal(eo.dateValid, false);
    assert.equal(eo.dateCanonical, true);
    assert.equal(eo.form, 'date');
  });

  it('reads the date when the colon after DECL is missing (DECL 03/05/2019)', () => {
    const { doc, eo } = parse('E.O. 12958: DECL 03/05/2019');
    assert.equal(textOf(doc, eo.keyword?.span), 'DECL');
    assert.equal(textOf(doc, eo.dateText?.span), '03/05/2019');
    assert.deepEqual(eo.date, { year: 2019, month: 3, day: 5 });
    assert.equal(eo.form, 'date');
  });

  it('reads a spelled-out keyword and a date written in words (DECLASSIFY ON: MARCH 5, 2019)', () => {
    const { doc, eo } = parse('E.O. 12958: DECLASSIFY ON: MARCH 5, 2019');
    assert.equal(textOf(doc, eo.keyword?.span), 'DECLASSIFY ON');
    assert.equal(textOf(doc, eo.dateText?.span), 'MARCH 5, 2019');
    assert.deepEqual(eo.date, { year: 2019, month: 3, day: 5 });
    assert.equal(eo.dateValid, true);
    assert.equal(eo.dateCanonical, false);
  });

  it('reads DECL: OADR as the legacy indefinite marking', () => {
    const { doc, eo } = parse('E.O. 12356: DECL: OADR');
    assert.deepEqual(parts(doc, eo), {
      line: 'E.O. 12356: DECL: OADR',
      label: 'E.O.',
      order: '12356',
      instruction: 'DECL: OADR',
      keyword: 'DECL',
      dateText: null,
      form: 'oadr',
      date: null,
      dateValid: false,
      dateCanonical: false,
      canonicalLabel: true,
    });
  });

  it('reads an exemption code after DECL: (1.6X1) as another instruction, with no date', () => {
    const { doc, eo } = parse('E.O. 12958: DECL: 1.6X1');
    assert.equal(eo.form, 'other');
    assert.equal(textOf(doc, eo.keyword?.span), 'DECL');
    assert.equal(textOf(doc, eo.instruction?.span), 'DECL: 1.6X1');
    assert.equal(eo.dateText, null);
    assert.equal(eo.date, null);
  });

  it('reads a downgrade instruction (DNG: CO 03/05/2015) as another instruction: its date is no declassification date', () => {
    const { doc, eo } = parse('E.O. 12958: DNG: CO 03/05/2015');
    assert.equal(eo.form, 'other');
    assert.equal(textOf(doc, eo.keyword?.span), 'DNG');
    assert.equal(textOf(doc, eo.instruction?.span), 'DNG: CO 03/05/2015');
    assert.equal(eo.dateText, null);
    assert.equal(eo.date, null);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads the pre-1995 schedule codes (GDS)', () => {
    const { doc, eo } = parse('E.O. 11652: GDS');
    assert.equal(eo.form, 'schedule');
    assert.equal(textOf(doc, eo.order?.span), '11652');
    assert.equal(textOf(doc, eo.instruction?.span), 'GDS');
    assert.equal(eo.keyword, null);
  });

  it('reads the legacy label with no dots and no colon (EO 12958 DECL:)', () => {
    const { doc, eo } = parse('EO 12958 DECL: 03/05/2019');
    assert.deepEqual(parts(doc, eo), {
      line: 'EO 12958 DECL: 03/05/2019',
      label: 'EO',
      order: '12958',
      instruction: 'DECL: 03/05/2019',
      keyword: 'DECL',
      dateText: '03/05/2019',
      form: 'date',
      date: { year: 2019, month: 3, day: 5 },
      dateValid: true,
      dateCanonical: true,
      canonicalLabel: false,
    });
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('marks a label with no space before the order as not canonical (E.O.12958: N/A)', () => {
    const { doc, eo } = parse('E.O.12958: N/A');
    assert.equal(eo.canonicalLabel, false);
    assert.equal(textOf(doc, eo.label.span), 'E.O.');
    assert.equal(textOf(doc, eo.order?.span), '12958');
    assert.equal(eo.form, 'na');
  });

  for (const line of ['E.O.  12958: DECL: 03/05/2019', 'E.0. 12958: DECL: 03/05/2019', 'e.0.  12958:  DECL: 03/05/2019']) {
    it(`reads a label with two spaces or a zero for the letter O as the E.O. line, not canonical (${line})`, () => {
      const { doc, eo } = parse(line);
      assert.equal(eo.canonicalLabel, false);
      assert.equal(textOf(doc, eo.order?.span), '12958');
      assert.equal(eo.form, 'date');
      assert.deepEqual(eo.date, { year: 2019, month: 3, day: 5 });
      assert.ok(doc.tags && doc.subject);
      assert.deepEqual(unknownTexts(doc), []);
    });
  }

  it('reads an order mistyped with four digits (E.O. 1295: …) as the E.O. line, with that number', () => {
    const { doc, eo } = parse('E.O. 1295: DECL: 07/24/2018');
    assert.equal(textOf(doc, eo.order?.span), '1295');
    assert.deepEqual(eo.date, { year: 2018, month: 7, day: 24 });
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads a line with no instruction after the order as missing one', () => {
    const { doc, eo } = parse('E.O. 12958:');
    assert.equal(textOf(doc, eo.span), 'E.O. 12958:');
    assert.equal(eo.instruction, null);
    assert.equal(eo.form, 'missing');
  });

  it('reads an instruction wrapped onto the line below a label that stands alone (E.O. 12958: / DECL: 04/05/2011)', () => {
    const { doc, eo } = parse('E.O. 12958:\nDECL: 04/05/2021');
    assert.equal(textOf(doc, eo.span), 'E.O. 12958:\nDECL: 04/05/2021');
    assert.equal(textOf(doc, eo.instruction?.span), 'DECL: 04/05/2021');
    assert.equal(textOf(doc, eo.keyword?.span), 'DECL');
    assert.equal(textOf(doc, eo.dateText?.span), '04/05/2021');
    assert.deepEqual(eo.date, { year: 2021, month: 4, day: 5 });
    assert.equal(eo.form, 'date');
    assert.deepEqual(unknownTexts(doc), []);
    // The preamble goes on below it: TAGS and SUBJECT are read, not taken for the body.
    assert.equal(textOf(doc, doc.tags?.span), 'TAGS: PREL TU');
    assert.equal(textOf(doc, doc.subject?.span), 'SUBJECT: TALKS RESUME');
  });

  it('reads N/A wrapped onto the line below the label', () => {
    const { doc, eo } = parse('E.O. 12958: \nN/A');
    assert.equal(textOf(doc, eo.instruction?.span), 'N/A');
    assert.equal(eo.form, 'na');
  });

  it('does not take the line below for the instruction when the label already has one, or the line is no instruction', () => {
    const filled = parse('E.O. 12958: N/A\nDECL: 04/05/2021');
    assert.equal(textOf(filled.doc, filled.eo.span), 'E.O. 12958: N/A');
    const prose = parse('E.O. 12958:\nDECLINING EXPORTS');
    assert.equal(textOf(prose.doc, prose.eo.span), 'E.O. 12958:');
    assert.equal(prose.eo.form, 'missing');
    // Across a blank line the instruction is not the E.O. line's.
    const apart = parse('E.O. 12958:\n\nDECL: 04/05/2021');
    assert.equal(textOf(apart.doc, apart.eo.span), 'E.O. 12958:');
  });

  it('reads an E.O. line glued after a caption on the same line', () => {
    const doc = parseCable('C O N F I D E N T I A L STATE 031842\n\nSIPDIS E.O. 12958: DECL: 03/05/2019\nTAGS: PREL TU\nSUBJECT: TALKS RESUME\n\n1. (C) Text.\n');
    assert.ok(doc.eo);
    assert.equal(textOf(doc, doc.eo.span), 'E.O. 12958: DECL: 03/05/2019');
    assert.equal(textOf(doc, doc.eo.dateText?.span), '03/05/2019');
    assert.deepEqual(
      doc.captionLines.map((c) => textOf(doc, c.span)),
      ['SIPDIS'],
    );
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads the E.O. line, TAGS and SUBJECT run together on one line as three nodes', () => {
    const doc = parseCable('UNCLAS STATE 031842\n\nE.O. 12958: N/A TAGS: PREL TU SUBJECT: TALKS RESUME\n\n1. (U) Text.\n');
    assert.equal(textOf(doc, doc.eo?.span), 'E.O. 12958: N/A');
    assert.equal(textOf(doc, doc.eo?.instruction?.span), 'N/A');
    assert.equal(textOf(doc, doc.tags?.span), 'TAGS: PREL TU');
    assert.equal(textOf(doc, doc.subject?.span), 'SUBJECT: TALKS RESUME');
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('places the E.O. line between the captions and TAGS in the block order', () => {
    const { doc } = parse('E.O. 12958: DECL: 03/05/2019');
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      ['classificationLine', 'captionLine', 'eoLine', 'tags', 'subject', 'paragraph', 'signature'],
    );
  });
});
