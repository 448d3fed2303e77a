/** The REF block: items, their letters, free text and cable citations turned into canonical ids, with spans. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type ReferencesNode } from '../../../server/src/core/index';
import { textOf, unknownTexts } from './support/spans';

/** An invented 2009 cable: its DTG gives the year that citations without one take. */
const HEADER = [
  'VZCZCXRO6127',
  'PP RUEHAK',
  'DE RUEHC #1842 0641517',
  'ZNR UUUUU ZZH',
  'P 051515Z MAR 09',
  'FM SECSTATE WASHDC',
  'TO RUEHAK/AMEMBASSY ANKARA PRIORITY 3318',
  '',
].join('\n');

function parse(refLines: string, header = HEADER): { doc: CableDocument; refs: ReferencesNode } {
  const doc = parseCable(`${header}UNCLAS STATE 031842\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL TU\nSUBJECT: TALKS RESUME\n${refLines}\n\n1. (U) Text.\nCLINTON\n`);
  assert.ok(doc.references, 'the REF block is read');
  return { doc, refs: doc.references };
}

/** Each item: its letter, letter token, style, folded text, and the texts its spans cover. */
function items(doc: CableDocument, refs: ReferencesNode) {
  return refs.items.map((i) => ({
    letter: i.letter,
    letterToken: textOf(doc, i.letterToken?.span),
    style: i.letterStyle,
    text: i.text,
    span: textOf(doc, i.span),
    textSpan: textOf(doc, i.textSpan),
  }));
}

/** Each citation of each item: the text its span covers, its parts as written, and its id. */
function citations(doc: CableDocument, refs: ReferencesNode) {
  return refs.items.map((i) =>
    i.citations.map((c) => ({
      span: textOf(doc, c.span),
      year: textOf(doc, c.year?.span),
      origin: textOf(doc, c.origin.span),
      serial: textOf(doc, c.serial.span),
      cableId: c.cableId,
    })),
  );
}

describe('REF block', () => {
  it('reads one unlettered item citing a cable with its year', () => {
    const { doc, refs } = parse('REF: 08 STATE 100866');
    assert.equal(doc.year, 2009);
    assert.equal(textOf(doc, refs.span), 'REF: 08 STATE 100866');
    assert.equal(textOf(doc, refs.label.span), 'REF');
    assert.equal(refs.label.text, 'REF');
    assert.deepEqual(items(doc, refs), [{ letter: null, letterToken: null, style: 'none', text: '08 STATE 100866', span: '08 STATE 100866', textSpan: '08 STATE 100866' }]);
    assert.deepEqual(citations(doc, refs), [[{ span: '08 STATE 100866', year: '08', origin: 'STATE', serial: '100866', cableId: '08STATE100866' }]]);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it("gives a citation with no year the cable's own year from its DTG (STATE 12345 in 2009)", () => {
    const { doc, refs } = parse('REF: STATE 12345');
    assert.deepEqual(citations(doc, refs), [[{ span: 'STATE 12345', year: null, origin: 'STATE', serial: '12345', cableId: '09STATE12345' }]]);
  });

  it('gives a citation with no year no id when the cable has no year', () => {
    const { doc, refs } = parse('REF: STATE 12345', '');
    assert.equal(doc.year, null);
    assert.deepEqual(citations(doc, refs), [[{ span: 'STATE 12345', year: null, origin: 'STATE', serial: '12345', cableId: null }]]);
  });

  it('takes the year the caller gives for a fragment with no DTG', () => {
    const doc = parseCable('REF: A. STATE 12345\nB. 07 ANKARA 456\n', { year: 2008 });
    assert.equal(doc.year, 2008);
    assert.deepEqual(
      doc.references?.items.map((i) => i.citations.map((c) => c.cableId)),
      [['08STATE12345'], ['07ANKARA456']],
    );
  });

  it('reads lettered items several to a line (A. B. C.), a free-text item among them', () => {
    const { doc, refs } = parse('REF: A. 08 STATE 100866 B. ANKARA 456 C. MEMCON OF 3/4/09');
    assert.deepEqual(items(doc, refs), [
      { letter: 'A', letterToken: 'A.', style: 'dot', text: '08 STATE 100866', span: 'A. 08 STATE 100866', textSpan: '08 STATE 100866' },
      { letter: 'B', letterToken: 'B.', style: 'dot', text: 'ANKARA 456', span: 'B. ANKARA 456', textSpan: 'ANKARA 456' },
      { letter: 'C', letterToken: 'C.', style: 'dot', text: 'MEMCON OF 3/4/09', span: 'C. MEMCON OF 3/4/09', textSpan: 'MEMCON OF 3/4/09' },
    ]);
    assert.deepEqual(citations(doc, refs), [
      [{ span: '08 STATE 100866', year: '08', origin: 'STATE', serial: '100866', cableId: '08STATE100866' }],
      [{ span: 'ANKARA 456', year: null, origin: 'ANKARA', serial: '456', cableId: '09ANKARA456' }],
      [],
    ]);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads lettered items that a Unicode line separator (U+2028) keeps apart on one line', () => {
    const { doc, refs } = parse('REF: A. ANKARA 101\u2028B. 08 STATE 6413\u2028C. ANKARA 1840');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.letter, i.text]),
      [
        ['A', 'ANKARA 101'],
        ['B', '08 STATE 6413'],
        ['C', 'ANKARA 1840'],
      ],
    );
  });

  it('reads lettered items one per line as one REF block', () => {
    const { doc, refs } = parse('REF: A. STATE 12345\nB. ANKARA 456\nC. MEMCON OF 3/4/09');
    assert.equal(textOf(doc, refs.span), 'REF: A. STATE 12345\nB. ANKARA 456\nC. MEMCON OF 3/4/09');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.letter, i.span]),
      [
        ['A', 'A. STATE 12345'],
        ['B', 'B. ANKARA 456'],
        ['C', 'C. MEMCON OF 3/4/09'],
      ],
    );
    assert.equal(doc.blocks.filter((b) => b.kind === 'references').length, 1);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads items indented under the first one', () => {
    const { doc, refs } = parse('REF: A. STATE 12345\n     B. ANKARA 456');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.letter, i.span, i.letterToken]),
      [
        ['A', 'A. STATE 12345', 'A.'],
        ['B', 'B. ANKARA 456', 'B.'],
      ],
    );
  });

  it('reads letters closed by a parenthesis (A) B))', () => {
    const { doc, refs } = parse('REF: A) STATE 12345 B) 08 ANKARA 456');
    assert.deepEqual(items(doc, refs), [
      { letter: 'A', letterToken: 'A)', style: 'paren', text: 'STATE 12345', span: 'A) STATE 12345', textSpan: 'STATE 12345' },
      { letter: 'B', letterToken: 'B)', style: 'paren', text: '08 ANKARA 456', span: 'B) 08 ANKARA 456', textSpan: '08 ANKARA 456' },
    ]);
    assert.deepEqual(
      citations(doc, refs).map((c) => c.map((x) => x.cableId)),
      [['09STATE12345'], ['08ANKARA456']],
    );
  });

  it('reads letters enclosed in parentheses ((A) (B))', () => {
    const { doc, refs } = parse('REF: (A) STATE 12345 (B) ANKARA 456');
    assert.deepEqual(items(doc, refs), [
      { letter: 'A', letterToken: '(A)', style: 'enclosed', text: 'STATE 12345', span: '(A) STATE 12345', textSpan: 'STATE 12345' },
      { letter: 'B', letterToken: '(B)', style: 'enclosed', text: 'ANKARA 456', span: '(B) ANKARA 456', textSpan: 'ANKARA 456' },
    ]);
  });

  it('reads the REFS: label and a year written after the serial (BAGHDAD 123/08, QUITO 4525-07)', () => {
    const { doc, refs } = parse('REFS: A. BAGHDAD 123/08 B. QUITO 4525-07');
    assert.equal(textOf(doc, refs.label.span), 'REFS');
    assert.deepEqual(citations(doc, refs), [
      [{ span: 'BAGHDAD 123/08', year: '08', origin: 'BAGHDAD', serial: '123', cableId: '08BAGHDAD123' }],
      [{ span: 'QUITO 4525-07', year: '07', origin: 'QUITO', serial: '4525', cableId: '07QUITO4525' }],
    ]);
  });

  it('reads serials of one origin joined by slashes as several citations (Kabul 936/935), a two-digit suffix still as the year', () => {
    const { doc, refs } = parse('REF: A. Kabul 936/935 B. 08 ROME 5353/5194/4319 and previous C. BAGHDAD 123/08');
    assert.deepEqual(citations(doc, refs), [
      [
        { span: 'Kabul 936', year: null, origin: 'Kabul', serial: '936', cableId: '09KABUL936' },
        { span: '935', year: null, origin: 'Kabul', serial: '935', cableId: '09KABUL935' },
      ],
      [
        { span: '08 ROME 5353', year: '08', origin: 'ROME', serial: '5353', cableId: '08ROME5353' },
        { span: '5194', year: '08', origin: 'ROME', serial: '5194', cableId: '08ROME5194' },
        { span: '4319', year: '08', origin: 'ROME', serial: '4319', cableId: '08ROME4319' },
      ],
      [{ span: 'BAGHDAD 123/08', year: '08', origin: 'BAGHDAD', serial: '123', cableId: '08BAGHDAD123' }],
    ]);
  });

  it('reads a four-digit year, an origin of several words and two serials of one origin', () => {
    const { doc, refs } = parse('REF: A. 2008 SAO PAULO 456 B. BRASILIA 2799 AND 2764');
    assert.deepEqual(citations(doc, refs), [
      [{ span: '2008 SAO PAULO 456', year: '2008', origin: 'SAO PAULO', serial: '456', cableId: '08SAOPAULO456' }],
      [
        { span: 'BRASILIA 2799', year: null, origin: 'BRASILIA', serial: '2799', cableId: '09BRASILIA2799' },
        { span: '2764', year: null, origin: 'BRASILIA', serial: '2764', cableId: '09BRASILIA2764' },
      ],
    ]);
  });

  it('reads a year in parentheses after the serial or before the origin, the parentheses inside the citation', () => {
    const { doc, refs } = parse('REF: A. ANKARA 456 (08) B. (07) ATHENS 2291');
    assert.deepEqual(citations(doc, refs), [
      [{ span: 'ANKARA 456 (08)', year: '08', origin: 'ANKARA', serial: '456', cableId: '08ANKARA456' }],
      [{ span: '(07) ATHENS 2291', year: '07', origin: 'ATHENS', serial: '2291', cableId: '07ATHENS2291' }],
    ]);
  });

  it('reads SECSTATE as STATE and a glued canonical id', () => {
    const { doc, refs } = parse('REF: A. SECSTATE 74879 B. 08STATE100866');
    assert.deepEqual(citations(doc, refs), [
      [{ span: 'SECSTATE 74879', year: null, origin: 'SECSTATE', serial: '74879', cableId: '09STATE74879' }],
      [{ span: '08STATE100866', year: '08', origin: 'STATE', serial: '100866', cableId: '08STATE100866' }],
    ]);
  });

  it('reads a station or its short name run into a serial with no year as a cable of the year (HK05511, ANKARA456), but not a short number (ROME12)', () => {
    const { doc, refs } = parse('REF: A) USDOC 05667 B)HK05511 C. ANKARA456 D. ROME12');
    assert.deepEqual(citations(doc, refs), [
      [{ span: 'USDOC 05667', year: null, origin: 'USDOC', serial: '05667', cableId: '09USDOC5667' }],
      [{ span: 'HK05511', year: null, origin: 'HK', serial: '05511', cableId: '09HONGKONG5511' }],
      [{ span: 'ANKARA456', year: null, origin: 'ANKARA', serial: '456', cableId: '09ANKARA456' }],
      [],
    ]);
  });

  it('reads a portion mark written between the station and the serial (KUWAIT (C)02293) inside the citation', () => {
    const { doc, refs } = parse('REF: KUWAIT (C)02293');
    assert.deepEqual(citations(doc, refs), [[{ span: 'KUWAIT (C)02293', year: null, origin: 'KUWAIT', serial: '02293', cableId: '09KUWAIT2293' }]]);
  });

  it('reads the cable meant when the letter O is typed for a zero in the year or serial, or a zero for the O of a station (O4 ATHENS 944, LAGOS O1512, 05 TOKYO 4650 typed TOKY0)', () => {
    const { doc, refs } = parse('REF: A. O4 ATHENS 944 B. LAGOS O1512 C. 05 TOKY0 4650');
    assert.deepEqual(citations(doc, refs), [
      [{ span: 'O4 ATHENS 944', year: 'O4', origin: 'ATHENS', serial: '944', cableId: '04ATHENS944' }],
      [{ span: 'LAGOS O1512', year: null, origin: 'LAGOS', serial: 'O1512', cableId: '09LAGOS1512' }],
      [{ span: '05 TOKY0 4650', year: '05', origin: 'TOKY0', serial: '4650', cableId: '05TOKYO4650' }],
    ]);
  });

  it('reads no citation from O-words that are no year or serial (TO 456, ANKARA O12, NO4 ANKARA 12 keeps no year)', () => {
    const { doc, refs } = parse('REF: A. TO 456 B. ANKARA O12 C. NO4 ANKARA 123');
    assert.deepEqual(citations(doc, refs), [[], [], [{ span: 'ANKARA 123', year: null, origin: 'ANKARA', serial: '123', cableId: '09ANKARA123' }]]);
  });

  it('reads no citation across other parentheses before a serial (ANKARA (X) 456)', () => {
    const { doc, refs } = parse('REF: ANKARA (X) 456');
    assert.deepEqual(citations(doc, refs), [[]]);
  });

  it('drops the leading zeros of a serial from the id (STATE 012345)', () => {
    const { doc, refs } = parse('REF: 08 STATE 012345');
    assert.deepEqual(citations(doc, refs), [[{ span: '08 STATE 012345', year: '08', origin: 'STATE', serial: '012345', cableId: '08STATE12345' }]]);
  });

  it('reads unlettered items separated by semicolons as several items', () => {
    const { doc, refs } = parse('REF: STATE 12345; 08 ANKARA 456');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.letter, i.span]),
      [
        [null, 'STATE 12345'],
        [null, '08 ANKARA 456'],
      ],
    );
    assert.deepEqual(
      citations(doc, refs).map((c) => c.map((x) => x.cableId)),
      [['09STATE12345'], ['08ANKARA456']],
    );
  });

  it('reads free text that cites no cable as an item with no citation, whatever its digits', () => {
    const { doc, refs } = parse('REF: A. MEMCON OF 3/4/09\nB. TALLIS-MARTIN E-MAIL OF 02/26/09');
    assert.deepEqual(items(doc, refs), [
      { letter: 'A', letterToken: 'A.', style: 'dot', text: 'MEMCON OF 3/4/09', span: 'A. MEMCON OF 3/4/09', textSpan: 'MEMCON OF 3/4/09' },
      { letter: 'B', letterToken: 'B.', style: 'dot', text: 'TALLIS-MARTIN E-MAIL OF 02/26/09', span: 'B. TALLIS-MARTIN E-MAIL OF 02/26/09', textSpan: 'TALLIS-MARTIN E-MAIL OF 02/26/09' },
    ]);
    assert.deepEqual(citations(doc, refs), [[], []]);
  });

  it('folds an item wrapped onto the next line', () => {
    const { doc, refs } = parse('REF: A. STATE 12345 AND\nPREVIOUS B. ANKARA 456');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.text, i.span]),
      [
        ['STATE 12345 AND PREVIOUS', 'A. STATE 12345 AND\nPREVIOUS'],
        ['ANKARA 456', 'B. ANKARA 456'],
      ],
    );
  });

  it('reads a label with no colon before a lettered item (REF A) …)', () => {
    const { doc, refs } = parse('REF A) STATE 12345 B) ANKARA 456');
    assert.equal(textOf(doc, refs.label.span), 'REF');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.letter, i.span]),
      [
        ['A', 'A) STATE 12345'],
        ['B', 'B) ANKARA 456'],
      ],
    );
  });

  it('reads a REFS: label alone, its items below a blank line', () => {
    const { doc, refs } = parse('REFS:\n\nA. STATE 12345\nB. ANKARA 456');
    assert.equal(textOf(doc, refs.span), 'REFS:\n\nA. STATE 12345\nB. ANKARA 456');
    assert.deepEqual(
      items(doc, refs).map((i) => [i.letter, i.span]),
      [
        ['A', 'A. STATE 12345'],
        ['B', 'B. ANKARA 456'],
      ],
    );
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('keeps a note after the citation in the item text (NOTAL), the citation without it', () => {
    const { doc, refs } = parse('REF: A. STATE 12345 (NOTAL) B. ANKARA 456');
    assert.equal(refs.items[0].text, 'STATE 12345 (NOTAL)');
    assert.equal(textOf(doc, refs.items[0].span), 'A. STATE 12345 (NOTAL)');
    assert.deepEqual(
      citations(doc, refs).map((c) => c.map((x) => x.span)),
      [['STATE 12345'], ['ANKARA 456']],
    );
  });

  it('cites no cable in a message cited by its DTG', () => {
    const { doc, refs } = parse('REF: A. SECDEF MSG DTG 261415Z FEB 09 B. STATE 12345');
    assert.equal(refs.items[0].text, 'SECDEF MSG DTG 261415Z FEB 09');
    assert.deepEqual(citations(doc, refs), [[], [{ span: 'STATE 12345', year: null, origin: 'STATE', serial: '12345', cableId: '09STATE12345' }]]);
  });

  it('reads a REF label glued to the end of the subject line', () => {
    const glued = parseCable(`${HEADER}UNCLAS STATE 031842\n\nE.O. 12958: N/A\nTAGS: PREL TU\nSUBJECT: TALKS RESUMEREF: A. STATE 12345 B. ANKARA 456\n\n1. (U) Text.\n`);
    assert.equal(textOf(glued, glued.subject?.span), 'SUBJECT: TALKS RESUME');
    assert.equal(glued.subject?.text, 'TALKS RESUME');
    assert.equal(textOf(glued, glued.references?.span), 'REF: A. STATE 12345 B. ANKARA 456');
    assert.deepEqual(
      glued.references?.items.map((i) => i.citations[0]?.cableId),
      ['09STATE12345', '09ANKARA456'],
    );
    assert.deepEqual(unknownTexts(glued), []);
  });

  it('keeps the Classified By line below the REF block out of it', () => {
    const { doc, refs } = parse('REF: A. STATE 12345 B. ANKARA 456\n\nClassified By: DCM Paul Tanner for reasons 1.4 (b) and (d).');
    assert.equal(textOf(doc, refs.span), 'REF: A. STATE 12345 B. ANKARA 456');
    assert.ok(doc.classifiedBy);
    assert.equal(textOf(doc, doc.classifiedBy.span), 'Classified By: DCM Paul Tanner for reasons 1.4 (b) and (d).');
  });
});
