/**
 * The ACP-127 transmission header (RULES.md HDR, FL1–FL8) and the BT / #SSN / NNNN trailer:
 * node kinds, values and the exact text every span covers. All cables are invented.
 */
import { strict as assert } from 'node:assert';
import { parseCable, type AddresseeNode, type CableDocument } from '../../../server/src/core/index';
import { assertNoUnknown, assertNotUnknown, textOf, where } from './support/headSpans';

/** A full SIPDIS-era transmission copy: wrapped RI list, every header line, the trailer. */
const FULL_LINES = [
  'VZCZCXRO7316', // 0
  'OO RUEHBW RUEHDL RUEHKM RUEHLO', // 1
  'RUEHMD RUEHNR', // 2
  'DE RUEHC #4417/01 1341512', // 3
  'ZNR UUUUU ZZH', // 4
  'O P 141509Z MAY 09', // 5
  'FM SECSTATE WASHDC', // 6
  'TO RUEHLO/AMEMBASSY LONDON IMMEDIATE 2281', // 7
  'RUEHMD/AMEMBASSY MADRID NIACT IMMEDIATE 6604', // 8
  'RUEHNR/AMEMBASSY NAIROBI IMMEDIATE 0937', // 9
  'INFO RUEHBW/AMEMBASSY BELGRADE PRIORITY 1150', // 10
  'RUEHDL/AMEMBASSY DUBLIN ROUTINE 0412', // 11
  'RUEHKM/AMEMBASSY KAMPALA', // 12
  'RUEHZL/EUROPEAN POLITICAL COLLECTIVE', // 13
  'XMT/AMEMBASSY VALLETTA', // 14
  'AMEMBASSY TALLINN', // 15
  '', // 16
  'UNCLAS SECTION 01 OF 02 STATE 044417', // 17
  '',
  'SIPDIS',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL',
  'SUBJECT: CONSULTATIONS ON THE SPRING MINISTERIAL',
  '',
  "1. (U) The Department asks for posts' views by May 20.",
  '',
  'CLINTON', // 27
  'BT', // 28
  '#4417', // 29
  'NNNN', // 30
];

function parseLines(lines: readonly string[], eol = '\n'): CableDocument {
  return parseCable(lines.join(eol) + eol);
}

/** The full cable with line `index` replaced (and more replacements if given). */
function fullWith(replacements: Record<number, string>): CableDocument {
  return parseLines(FULL_LINES.map((line, i) => replacements[i] ?? line));
}

/** The texts of an addressee's parts, null where a part is absent. */
function entry(doc: CableDocument, node: AddresseeNode) {
  return {
    line: textOf(doc, node.span),
    role: node.role,
    label: textOf(doc, node.label?.span),
    indicator: textOf(doc, node.indicator?.span),
    separator: textOf(doc, node.separator?.span),
    plad: textOf(doc, node.plad?.span),
    precedence: textOf(doc, node.precedence?.span),
    precedenceWord: node.precedenceWord,
    serial: textOf(doc, node.serial?.span),
  };
}

describe('syntax: transmission header', () => {
  const doc = parseLines(FULL_LINES);
  const header = doc.header!;

  it('reads every header line as a header node, in order, with nothing unknown', () => {
    assert.equal(doc.blocks[0].kind, 'header');
    assert.equal(doc.blocks[0], header);
    assert.deepEqual(
      header.lines.map((l) => l.kind),
      [
        'transmissionId',
        'routingLine',
        'routingLine',
        'deLine',
        'securityLine',
        'dtgLine',
        'fromLine',
        'addressee',
        'addressee',
        'addressee',
        'addressee',
        'addressee',
        'addressee',
        'addressee',
        'xmtLine',
        'xmtLine',
      ],
    );
    // One node per line, each covering exactly its line.
    assert.deepEqual(
      header.lines.map((l) => textOf(doc, l.span)),
      FULL_LINES.slice(0, 16),
    );
    assertNoUnknown(doc);
  });

  for (const garbled of ['SS E C R E T VALLETTA 000417', 'CC O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000417', 'O N F I D E N T I A L VALLETTA 000417', 'UUNCLAS VALLETTA 000417']) {
    it(`ends at a classification line whose first letter was doubled or lost, which is no addressee (${garbled})`, () => {
      const text = `P 141509Z MAY 09\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC PRIORITY 5219\nINFO EUROPEAN POLITICAL COLLECTIVE PRIORITY\n${garbled}\n\nSIPDIS\n\nE.O. 12958: DECL: 05/14/2019\nTAGS: PREL MT\nSUBJECT: TALKS\n\n1. (C) Text.\n`;
      const doc = parseCable(text);
      assert.deepEqual(doc.header?.info.map((a) => textOf(doc, a.span)), ['INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY']);
      assert.equal(doc.classification, null);
      assert.deepEqual(doc.blocks.slice(1, 3).map((b) => [b.kind, textOf(doc, b.span)]), [['unknown', garbled], ['captionLine', 'SIPDIS']]);
    });
  }

  it('spans the header from FL1 to the last addressee, not the blank line after it', () => {
    assert.equal(textOf(doc, header.span), FULL_LINES.slice(0, 16).join('\n'));
    assert.equal(where(doc, header.span), '0:0-15:17');
  });

  it('FL1: the transmission identifier (VZCZC, channel designator, sequence number)', () => {
    const id = header.transmissionId!;
    assert.equal(id.kind, 'transmissionId');
    assert.equal(id.id, 'VZCZCXRO7316');
    assert.equal(textOf(doc, id.span), 'VZCZCXRO7316');
    assert.equal(where(doc, id.span), '0:0-0:12');
  });

  it('FL1 written with a space: the id drops the space, the span keeps the line as written', () => {
    const spaced = fullWith({ 0: 'VZCZC XRO7316' });
    const id = spaced.header!.transmissionId!;
    assert.equal(id.id, 'VZCZCXRO7316');
    assert.equal(textOf(spaced, id.span), 'VZCZC XRO7316');
    assertNotUnknown(spaced, 'VZCZC XRO7316');
  });

  it('FL2: the precedence digraph and its routing indicators', () => {
    const [first] = header.routing;
    assert.equal(first.kind, 'routingLine');
    assert.equal(textOf(doc, first.span), 'OO RUEHBW RUEHDL RUEHKM RUEHLO');
    assert.equal(textOf(doc, first.digraph?.span), 'OO');
    assert.equal(first.digraph?.text, 'OO');
    assert.deepEqual(
      first.indicators.map((t) => [t.text, textOf(doc, t.span), where(doc, t.span)]),
      [
        ['RUEHBW', 'RUEHBW', '1:3-1:9'],
        ['RUEHDL', 'RUEHDL', '1:10-1:16'],
        ['RUEHKM', 'RUEHKM', '1:17-1:23'],
        ['RUEHLO', 'RUEHLO', '1:24-1:30'],
      ],
    );
  });

  it('FL2 wrapped: a continuation line of routing indicators has no digraph', () => {
    assert.equal(header.routing.length, 2);
    const continuation = header.routing[1];
    assert.equal(continuation.kind, 'routingLine');
    assert.equal(continuation.digraph, null);
    assert.equal(textOf(doc, continuation.span), 'RUEHMD RUEHNR');
    assert.deepEqual(
      continuation.indicators.map((t) => [textOf(doc, t.span), where(doc, t.span)]),
      [
        ['RUEHMD', '2:0-2:6'],
        ['RUEHNR', '2:7-2:13'],
      ],
    );
    assertNotUnknown(doc, 'RUEHMD RUEHNR');
  });

  it('FL2 wrapped over three lines: each continuation is its own routing line', () => {
    const wrapped = parseLines([
      ...FULL_LINES.slice(0, 2),
      'RUEHMD',
      'RUEHNR RUEHSA',
      ...FULL_LINES.slice(3),
    ]);
    assert.deepEqual(
      wrapped.header!.routing.map((r) => [textOf(wrapped, r.digraph?.span), r.indicators.map((t) => textOf(wrapped, t.span))]),
      [
        ['OO', ['RUEHBW', 'RUEHDL', 'RUEHKM', 'RUEHLO']],
        [null, ['RUEHMD']],
        [null, ['RUEHNR', 'RUEHSA']],
      ],
    );
    assert.equal(textOf(wrapped, wrapped.header!.de?.span), 'DE RUEHC #4417/01 1341512');
  });

  it('FL2 with a PLAD written after its RI: still the routing line, and the header goes on', () => {
    const wrong = fullWith({ 1: 'OO  RUEHLO/AMEMBASSY LONDON', 2: 'RUEHMD RUEHNR' });
    const h = wrong.header!;
    assert.equal(textOf(wrong, h.routing[0].span), 'OO  RUEHLO/AMEMBASSY LONDON');
    assert.equal(textOf(wrong, h.routing[0].digraph?.span), 'OO');
    assert.deepEqual(
      h.routing[0].indicators.map((t) => [textOf(wrong, t.span), where(wrong, t.span)]),
      [
        ['RUEHLO/AMEMBASSY', '1:4-1:20'],
        ['LONDON', '1:21-1:27'],
      ],
    );
    // The lines below are still read as the header, and the classification line is found.
    assert.equal(textOf(wrong, h.routing[1]?.span), 'RUEHMD RUEHNR');
    assert.equal(textOf(wrong, h.de?.span), 'DE RUEHC #4417/01 1341512');
    assert.equal(h.to.length, 3);
    assert.equal(textOf(wrong, wrong.classification?.span), 'UNCLAS SECTION 01 OF 02 STATE 044417');
    assertNoUnknown(wrong);
  });

  it('FL2 in lower case: still the routing line, and the header goes on', () => {
    const lower = fullWith({ 1: 'oo ruehbw ruehdl ruehkm ruehlo' });
    const h = lower.header!;
    assert.equal(textOf(lower, h.routing[0].span), 'oo ruehbw ruehdl ruehkm ruehlo');
    assert.equal(textOf(lower, h.routing[0].digraph?.span), 'oo');
    assert.deepEqual(
      h.routing[0].indicators.map((t) => textOf(lower, t.span)),
      ['ruehbw', 'ruehdl', 'ruehkm', 'ruehlo'],
    );
    assert.equal(textOf(lower, h.de?.span), 'DE RUEHC #4417/01 1341512');
    assert.equal(textOf(lower, lower.classification?.span), 'UNCLAS SECTION 01 OF 02 STATE 044417');
    assertNoUnknown(lower);
  });

  it('FL3: the DE line (originating RI, # station serial, /section, Julian filing time)', () => {
    const de = header.de!;
    assert.equal(de.kind, 'deLine');
    assert.equal(textOf(doc, de.span), 'DE RUEHC #4417/01 1341512');
    assert.equal(textOf(doc, de.indicator?.span), 'RUEHC');
    assert.equal(de.hasHash, true);
    assert.equal(de.serial?.text, '4417');
    assert.equal(textOf(doc, de.serial?.span), '4417');
    assert.equal(where(doc, de.serial!.span), '3:10-3:14');
    assert.equal(textOf(doc, de.section?.span), '01');
    assert.equal(where(doc, de.section!.span), '3:15-3:17');
    assert.equal(textOf(doc, de.filingTime?.span), '1341512');
    assert.equal(where(doc, de.filingTime!.span), '3:18-3:25');
    assert.deepEqual(de.julian, { day: 134, hour: 15, minute: 12 });
    assert.equal(de.extra, null);
  });

  const deForms: Array<[string, { hash: boolean; serial: string | null; section: string | null; time: string | null; julian: object | null; extra: string | null }]> = [
    ['DE RUEHC #4417 1341512', { hash: true, serial: '4417', section: null, time: '1341512', julian: { day: 134, hour: 15, minute: 12 }, extra: null }],
    ['DE RUEHC 4417/01 1341512', { hash: false, serial: '4417', section: '01', time: '1341512', julian: { day: 134, hour: 15, minute: 12 }, extra: null }],
    ['DE RUEHC #441/01 1341512', { hash: true, serial: '441', section: '01', time: '1341512', julian: { day: 134, hour: 15, minute: 12 }, extra: null }],
    // A split time: the first part is read as the filing time, the rest is left over.
    ['DE RUEHC #4417/01 134 1512', { hash: true, serial: '4417', section: '01', time: '134', julian: null, extra: '1512' }],
    // A DTG written where the Julian time belongs.
    ['DE RUEHC #4417/01 141509Z', { hash: true, serial: '4417', section: '01', time: '141509', julian: null, extra: 'Z' }],
  ];
  for (const [line, expected] of deForms) {
    it(`FL3 variant: ${line}`, () => {
      const variant = fullWith({ 3: line });
      const de = variant.header!.de!;
      assert.equal(textOf(variant, de.span), line);
      assert.equal(textOf(variant, de.indicator?.span), 'RUEHC');
      assert.deepEqual(
        {
          hash: de.hasHash,
          serial: textOf(variant, de.serial?.span),
          section: textOf(variant, de.section?.span),
          time: textOf(variant, de.filingTime?.span),
          julian: de.julian,
          extra: textOf(variant, de.extra?.span),
        },
        expected,
      );
      assertNotUnknown(variant, line);
    });
  }

  it('FL4: the security line ZNR UUUUU ZZH', () => {
    const security = header.security!;
    assert.equal(security.kind, 'securityLine');
    assert.equal(textOf(doc, security.span), 'ZNR UUUUU ZZH');
    assert.equal(textOf(doc, security.prefix.span), 'ZNR');
    assert.equal(textOf(doc, security.code?.span), 'UUUUU');
    assert.equal(where(doc, security.code!.span), '4:4-4:9');
    assert.equal(security.specat, null);
    assert.equal(textOf(doc, security.operatingSignal?.span), 'ZZH');
    assert.equal(where(doc, security.operatingSignal!.span), '4:10-4:13');
    assert.equal(security.extra, null);
  });

  const securityForms: Array<[string, string, { prefix: string; code: string | null; specat: string | null; signal: string | null; extra: string | null }]> = [
    ['ZNR UUUUU', 'UNCLAS SECTION 01 OF 02 STATE 044417', { prefix: 'ZNR', code: 'UUUUU', specat: null, signal: null, extra: null }],
    ['ZNY CCCCC ZZH', 'C O N F I D E N T I A L SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'CCCCC', specat: null, signal: 'ZZH', extra: null }],
    ['ZNY CCCCC', 'C O N F I D E N T I A L SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'CCCCC', specat: null, signal: null, extra: null }],
    ['ZNY SSSSS ZZH', 'S E C R E T SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'SSSSS', specat: null, signal: 'ZZH', extra: null }],
    ['ZNY SSSSS/BBBBB ZZH', 'S E C R E T SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'SSSSS', specat: 'BBBBB', signal: 'ZZH', extra: null }],
    ['ZNY TTTTT ZZH', 'T O P S E C R E T SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'TTTTT', specat: null, signal: 'ZZH', extra: null }],
    ['ZNY TTTTT', 'T O P S E C R E T SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'TTTTT', specat: null, signal: null, extra: null }],
    // Wrong but still read part by part, so the rules can say what is wrong.
    ['ZNY CCCC ZZH', 'C O N F I D E N T I A L SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'CCCC', specat: null, signal: 'ZZH', extra: null }],
    ['ZNY SSSSS ZHH', 'S E C R E T SECTION 01 OF 02 STATE 044417', { prefix: 'ZNY', code: 'SSSSS', specat: null, signal: 'ZHH', extra: null }],
    ['ZNR UUUUU ZZH XX', 'UNCLAS SECTION 01 OF 02 STATE 044417', { prefix: 'ZNR', code: 'UUUUU', specat: null, signal: 'ZZH', extra: 'XX' }],
  ];
  for (const [line, classification, expected] of securityForms) {
    it(`FL4 variant: ${line}`, () => {
      const variant = fullWith({ 4: line, 17: classification });
      const security = variant.header!.security!;
      assert.equal(textOf(variant, security.span), line);
      assert.deepEqual(
        {
          prefix: textOf(variant, security.prefix.span),
          code: textOf(variant, security.code?.span),
          specat: textOf(variant, security.specat?.span),
          signal: textOf(variant, security.operatingSignal?.span),
          extra: textOf(variant, security.extra?.span),
        },
        expected,
      );
      assertNotUnknown(variant, line);
      assert.equal(textOf(variant, variant.classification?.span), classification);
    });
  }

  it('FL5: two precedence prosigns and the DTG DDHHMMZ MON YY', () => {
    const line = header.dtgLine!;
    assert.equal(line.kind, 'dtgLine');
    assert.equal(textOf(doc, line.span), 'O P 141509Z MAY 09');
    assert.deepEqual(
      line.prosigns.map((p) => [textOf(doc, p.span), where(doc, p.span)]),
      [
        ['O', '5:0-5:1'],
        ['P', '5:2-5:3'],
      ],
    );
    const dtg = line.dtg!;
    assert.equal(dtg.kind, 'dtg');
    assert.equal(textOf(doc, dtg.span), '141509Z MAY 09');
    assert.equal(where(doc, dtg.span), '5:4-5:18');
    assert.deepEqual(
      [dtg.day, dtg.hour, dtg.minute, dtg.zone!, dtg.month, dtg.year].map((t) => [t.text, textOf(doc, t.span)]),
      [
        ['14', '14'],
        ['15', '15'],
        ['09', '09'],
        ['Z', 'Z'],
        ['MAY', 'MAY'],
        ['09', '09'],
      ],
    );
    assert.equal(where(doc, dtg.month.span), '5:12-5:15');
    assert.deepEqual(dtg.value, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
    assert.deepEqual(doc.dateTime, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
    assert.equal(doc.year, 2009);
  });

  it('FL5 with one prosign (FLASH): Z 141509Z MAY 09, with ZZ on FL2 and a FLASH addressee', () => {
    const flash = fullWith({ 1: 'ZZ RUEHBW RUEHDL RUEHKM RUEHLO', 5: 'Z 141509Z MAY 09', 9: 'RUEHNR/AMEMBASSY NAIROBI FLASH 0937' });
    const h = flash.header!;
    assert.equal(textOf(flash, h.routing[0].digraph?.span), 'ZZ');
    assert.deepEqual(
      h.dtgLine!.prosigns.map((p) => textOf(flash, p.span)),
      ['Z'],
    );
    assert.equal(textOf(flash, h.dtgLine!.dtg?.span), '141509Z MAY 09');
    assert.equal(where(flash, h.dtgLine!.dtg!.span), '5:2-5:16');
    assert.deepEqual(h.dtgLine!.dtg!.value, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
    assert.deepEqual(entry(flash, h.to[2]), {
      line: 'RUEHNR/AMEMBASSY NAIROBI FLASH 0937',
      role: 'to',
      label: null,
      indicator: 'RUEHNR',
      separator: '/',
      plad: 'AMEMBASSY NAIROBI',
      precedence: 'FLASH',
      precedenceWord: 'FLASH',
      serial: '0937',
    });
  });

  const impossible: Array<[string, string]> = [
    ['O P 302036Z FEB 09', '30 February'],
    ['O P 142409Z MAY 09', 'hour 24'],
    ['O P 141560Z MAY 09', 'minute 60'],
    ['O P 141509Z MAI 09', 'no such month'],
  ];
  for (const [line, why] of impossible) {
    it(`FL5 naming no real moment (${why}) is still read, with a null value and the year kept`, () => {
      const bad = fullWith({ 5: line });
      const dtgLine = bad.header!.dtgLine!;
      assert.equal(textOf(bad, dtgLine.span), line);
      assert.deepEqual(
        dtgLine.prosigns.map((p) => textOf(bad, p.span)),
        ['O', 'P'],
      );
      const dtg = dtgLine.dtg!;
      assert.equal(textOf(bad, dtg.span), line.slice(4));
      assert.equal(dtg.value, null);
      assert.equal(bad.dateTime, null);
      // The year is still the DTG's, so the cable id can be formed.
      assert.equal(bad.year, 2009);
      assert.equal(bad.classification?.cableId, '09STATE44417');
      assertNotUnknown(bad, line);
    });
  }

  it('FL5 without the zone letter and with a four-digit year: parts read as written', () => {
    const loose = fullWith({ 5: 'O P 141509 MAY 2009' });
    const dtg = loose.header!.dtgLine!.dtg!;
    assert.equal(textOf(loose, dtg.span), '141509 MAY 2009');
    assert.equal(dtg.zone, null);
    assert.equal(textOf(loose, dtg.month.span), 'MAY');
    assert.equal(textOf(loose, dtg.year.span), '2009');
    assert.deepEqual(dtg.value, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
  });

  it('FL5 with the month spelled out: the month token covers the whole word and the value is null', () => {
    const spelled = fullWith({ 5: 'O P 141509Z JANUARY 09' });
    const dtg = spelled.header!.dtgLine!.dtg!;
    assert.equal(textOf(spelled, dtg.month.span), 'JANUARY');
    assert.equal(textOf(spelled, dtg.year.span), '09');
    assert.equal(dtg.value, null);
  });

  it('FL5 that lost its prosigns: the DTG alone is still the DTG line', () => {
    const bare = fullWith({ 5: '141509Z MAY 09' });
    const dtgLine = bare.header!.dtgLine!;
    assert.equal(textOf(bare, dtgLine.span), '141509Z MAY 09');
    assert.deepEqual(dtgLine.prosigns, []);
    assert.equal(where(bare, dtgLine.dtg!.span), '5:0-5:14');
    assert.deepEqual(dtgLine.dtg!.value, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
    assertNotUnknown(bare, '141509Z MAY 09');
  });

  it('FL6: the FM line and its PLAD', () => {
    const from = header.from!;
    assert.equal(from.kind, 'fromLine');
    assert.equal(textOf(doc, from.span), 'FM SECSTATE WASHDC');
    assert.equal(textOf(doc, from.label.span), 'FM');
    assert.equal(textOf(doc, from.plad?.span), 'SECSTATE WASHDC');
    assert.equal(where(doc, from.plad!.span), '6:3-6:18');
    assert.equal(from.indicator, null);
    assert.equal(from.precedence, null);
  });

  it('FL6 with an RI and a precedence (not allowed on FM): the PLAD is the text as written, the parts are found', () => {
    const wrong = fullWith({ 6: 'FM RUEHC/SECSTATE WASHDC IMMEDIATE' });
    const from = wrong.header!.from!;
    assert.equal(textOf(wrong, from.plad?.span), 'RUEHC/SECSTATE WASHDC IMMEDIATE');
    assert.equal(textOf(wrong, from.indicator?.span), 'RUEHC');
    assert.equal(textOf(wrong, from.precedence?.span), 'IMMEDIATE');
    assertNotUnknown(wrong, 'FM RUEHC/SECSTATE WASHDC IMMEDIATE');
  });

  it('FL7: TO addressees RI/PLAD PRECEDENCE NNNN, with IMMEDIATE and NIACT IMMEDIATE', () => {
    assert.equal(header.to.length, 3);
    assert.deepEqual(
      header.to.map((a) => entry(doc, a)),
      [
        {
          line: 'TO RUEHLO/AMEMBASSY LONDON IMMEDIATE 2281',
          role: 'to',
          label: 'TO',
          indicator: 'RUEHLO',
          separator: '/',
          plad: 'AMEMBASSY LONDON',
          precedence: 'IMMEDIATE',
          precedenceWord: 'IMMEDIATE',
          serial: '2281',
        },
        {
          line: 'RUEHMD/AMEMBASSY MADRID NIACT IMMEDIATE 6604',
          role: 'to',
          label: null,
          indicator: 'RUEHMD',
          separator: '/',
          plad: 'AMEMBASSY MADRID',
          precedence: 'NIACT IMMEDIATE',
          precedenceWord: 'NIACT IMMEDIATE',
          serial: '6604',
        },
        {
          line: 'RUEHNR/AMEMBASSY NAIROBI IMMEDIATE 0937',
          role: 'to',
          label: null,
          indicator: 'RUEHNR',
          separator: '/',
          plad: 'AMEMBASSY NAIROBI',
          precedence: 'IMMEDIATE',
          precedenceWord: 'IMMEDIATE',
          serial: '0937',
        },
      ],
    );
    assert.equal(where(doc, header.to[0].indicator!.span), '7:3-7:9');
    assert.equal(where(doc, header.to[0].serial!.span), '7:37-7:41');
    assert.equal(where(doc, header.to[1].precedence!.span), '8:24-8:39');
  });

  it('FL8: INFO addressees with PRIORITY, ROUTINE, no precedence, and a collective', () => {
    assert.deepEqual(
      header.info.map((a) => entry(doc, a)),
      [
        {
          line: 'INFO RUEHBW/AMEMBASSY BELGRADE PRIORITY 1150',
          role: 'info',
          label: 'INFO',
          indicator: 'RUEHBW',
          separator: '/',
          plad: 'AMEMBASSY BELGRADE',
          precedence: 'PRIORITY',
          precedenceWord: 'PRIORITY',
          serial: '1150',
        },
        {
          line: 'RUEHDL/AMEMBASSY DUBLIN ROUTINE 0412',
          role: 'info',
          label: null,
          indicator: 'RUEHDL',
          separator: '/',
          plad: 'AMEMBASSY DUBLIN',
          precedence: 'ROUTINE',
          precedenceWord: 'ROUTINE',
          serial: '0412',
        },
        {
          line: 'RUEHKM/AMEMBASSY KAMPALA',
          role: 'info',
          label: null,
          indicator: 'RUEHKM',
          separator: '/',
          plad: 'AMEMBASSY KAMPALA',
          precedence: null,
          precedenceWord: null,
          serial: null,
        },
        {
          line: 'RUEHZL/EUROPEAN POLITICAL COLLECTIVE',
          role: 'info',
          label: null,
          indicator: 'RUEHZL',
          separator: '/',
          plad: 'EUROPEAN POLITICAL COLLECTIVE',
          precedence: null,
          precedenceWord: null,
          serial: null,
        },
      ],
    );
    assert.equal(where(doc, header.info[0].label!.span), '10:0-10:4');
    assert.equal(where(doc, header.info[0].plad!.span), '10:12-10:30');
  });

  it('XMT: the exempted PLADs after a collective, the first with its XMT label', () => {
    assert.deepEqual(
      header.exemptions.map((x) => ({
        kind: x.kind,
        line: textOf(doc, x.span),
        role: x.role,
        label: textOf(doc, x.label?.span),
        plad: textOf(doc, x.plad?.span),
      })),
      [
        { kind: 'xmtLine', line: 'XMT/AMEMBASSY VALLETTA', role: 'info', label: 'XMT', plad: 'AMEMBASSY VALLETTA' },
        { kind: 'xmtLine', line: 'AMEMBASSY TALLINN', role: 'info', label: null, plad: 'AMEMBASSY TALLINN' },
      ],
    );
    assert.equal(where(doc, header.exemptions[0].plad!.span), '14:4-14:22');
    // The exempted posts are not addressees.
    assert.ok(!header.info.some((a) => textOf(doc, a.plad?.span)?.includes('TALLINN')));
  });

  it('XMT written with a space instead of the slash is still an exemption line', () => {
    const spaced = fullWith({ 14: 'XMT AMEMBASSY VALLETTA' });
    const x = spaced.header!.exemptions[0];
    assert.equal(textOf(spaced, x.label?.span), 'XMT');
    assert.equal(textOf(spaced, x.plad?.span), 'AMEMBASSY VALLETTA');
    assert.equal(spaced.header!.exemptions.length, 2);
  });

  it('an addressee with a misspelt precedence and spaces around the slash: parts found, no precedence word', () => {
    const typo = fullWith({ 7: 'TO RUEHLO / AMEMBASSY LONDON IMMEDAITE 2281' });
    assert.deepEqual(entry(typo, typo.header!.to[0]), {
      line: 'TO RUEHLO / AMEMBASSY LONDON IMMEDAITE 2281',
      role: 'to',
      label: 'TO',
      indicator: 'RUEHLO',
      separator: ' / ',
      plad: 'AMEMBASSY LONDON',
      precedence: 'IMMEDAITE',
      precedenceWord: null,
      serial: '2281',
    });
    assertNotUnknown(typo, 'TO RUEHLO / AMEMBASSY LONDON IMMEDAITE 2281');
  });

  it('keeps reading the header across a blank line between two of its lines', () => {
    const gap = parseLines([...FULL_LINES.slice(0, 4), '', ...FULL_LINES.slice(4)]);
    assert.equal(gap.blocks[0].kind, 'header');
    assert.equal(textOf(gap, gap.header!.security?.span), 'ZNR UUUUU ZZH');
    assert.equal(gap.header!.to.length, 3);
    assert.equal(where(gap, gap.header!.security!.span), '5:0-5:13');
    assertNoUnknown(gap);
  });

  it('reads CRLF line ends: spans hold no carriage return and positions are the same as with LF', () => {
    const crlf = parseLines(FULL_LINES, '\r\n');
    const h = crlf.header!;
    assert.deepEqual(
      h.lines.map((l) => textOf(crlf, l.span)),
      FULL_LINES.slice(0, 16),
    );
    assert.equal(where(crlf, h.de!.serial!.span), '3:10-3:14');
    assert.equal(where(crlf, h.dtgLine!.dtg!.span), '5:4-5:18');
    assert.equal(where(crlf, h.span), '0:0-15:17');
    assert.equal(textOf(crlf, crlf.classification?.span), 'UNCLAS SECTION 01 OF 02 STATE 044417');
    assertNoUnknown(crlf);
  });
});

describe('syntax: header without routing indicators', () => {
  const lines = [
    'P 141509Z MAY 09',
    'FM AMEMBASSY VALLETTA',
    'TO SECSTATE WASHDC IMMEDIATE 0518',
    'ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE PRIORITY',
    'INFO AMEMBASSY ROME PRIORITY 0220',
    'USMISSION USNATO',
    '',
    'UNCLAS VALLETTA 000518',
    '',
    'E.O. 12958: N/A',
    'TAGS: PREL MT',
    'SUBJECT: MINISTER TO VISIT BRUSSELS',
    '',
    '1. (U) The Foreign Minister travels on May 19.',
    '',
    'SMITH',
  ];
  const doc = parseCable(lines.join('\n') + '\n');
  const header = doc.header!;

  it('starts at the DTG line and has no FL1–FL4 nodes', () => {
    assert.equal(doc.blocks[0], header);
    assert.equal(textOf(doc, header.span), lines.slice(0, 6).join('\n'));
    assert.equal(header.transmissionId, null);
    assert.deepEqual(header.routing, []);
    assert.equal(header.de, null);
    assert.equal(header.security, null);
    assert.deepEqual(
      header.lines.map((l) => l.kind),
      ['dtgLine', 'fromLine', 'addressee', 'addressee', 'addressee', 'addressee'],
    );
    assertNoUnknown(doc);
  });

  it('reads the DTG with its single prosign', () => {
    assert.deepEqual(
      header.dtgLine!.prosigns.map((p) => textOf(doc, p.span)),
      ['P'],
    );
    assert.equal(textOf(doc, header.dtgLine!.dtg?.span), '141509Z MAY 09');
    assert.deepEqual(doc.dateTime, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
  });

  it('reads bare PLADs with their precedences and serials, and a collective', () => {
    assert.deepEqual(
      [...header.to, ...header.info].map((a) => entry(doc, a)),
      [
        {
          line: 'TO SECSTATE WASHDC IMMEDIATE 0518',
          role: 'to',
          label: 'TO',
          indicator: null,
          separator: null,
          plad: 'SECSTATE WASHDC',
          precedence: 'IMMEDIATE',
          precedenceWord: 'IMMEDIATE',
          serial: '0518',
        },
        {
          line: 'ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE PRIORITY',
          role: 'to',
          label: null,
          indicator: null,
          separator: null,
          plad: 'ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE',
          precedence: 'PRIORITY',
          precedenceWord: 'PRIORITY',
          serial: null,
        },
        {
          line: 'INFO AMEMBASSY ROME PRIORITY 0220',
          role: 'info',
          label: 'INFO',
          indicator: null,
          separator: null,
          plad: 'AMEMBASSY ROME',
          precedence: 'PRIORITY',
          precedenceWord: 'PRIORITY',
          serial: '0220',
        },
        {
          line: 'USMISSION USNATO',
          role: 'info',
          label: null,
          indicator: null,
          separator: null,
          plad: 'USMISSION USNATO',
          precedence: null,
          precedenceWord: null,
          serial: null,
        },
      ],
    );
    assert.equal(where(doc, header.to[0].plad!.span), '2:3-2:18');
  });

  it('a TO line alone without a second addressee: TO SECSTATE WASHDC IMMEDIATE', () => {
    const single = parseCable('O 141509Z MAY 09\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC IMMEDIATE\n\nUNCLAS VALLETTA 000519\n\n1. Text.\n\nSMITH\n');
    const h = single.header!;
    assert.deepEqual(
      h.to.map((a) => entry(single, a)),
      [
        {
          line: 'TO SECSTATE WASHDC IMMEDIATE',
          role: 'to',
          label: 'TO',
          indicator: null,
          separator: null,
          plad: 'SECSTATE WASHDC',
          precedence: 'IMMEDIATE',
          precedenceWord: 'IMMEDIATE',
          serial: null,
        },
      ],
    );
    assert.deepEqual(h.info, []);
    assert.equal(textOf(single, single.classification?.span), 'UNCLAS VALLETTA 000519');
    assert.equal(single.classification?.cableId, '09VALLETTA519');
  });
});

describe('syntax: BT / #SSN / NNNN trailer', () => {
  it('reads the closing BT, the #SSN and NNNN after the signature', () => {
    const doc = parseLines(FULL_LINES);
    assert.deepEqual(
      doc.trailer.map((t) => ({ kind: t.kind, which: t.which, text: textOf(doc, t.span), serial: textOf(doc, t.serial?.span), at: where(doc, t.span) })),
      [
        { kind: 'trailerLine', which: 'bt', text: 'BT', serial: null, at: '28:0-28:2' },
        { kind: 'trailerLine', which: 'ssn', text: '#4417', serial: '4417', at: '29:0-29:5' },
        { kind: 'trailerLine', which: 'nnnn', text: 'NNNN', serial: null, at: '30:0-30:4' },
      ],
    );
    assert.equal(doc.trailer[1].serial?.text, '4417');
    assert.equal(where(doc, doc.trailer[1].serial!.span), '29:1-29:5');
    // The trailer lines are top-level blocks of their own, after the signature.
    assert.deepEqual(
      doc.blocks.slice(-4).map((b) => `${b.kind}: ${textOf(doc, b.span)}`),
      ['signature: CLINTON', 'trailerLine: BT', 'trailerLine: #4417', 'trailerLine: NNNN'],
    );
    for (const line of ['BT', '#4417', 'NNNN']) assertNotUnknown(doc, line);
  });

  it('reads the opening BT between the header and the classification line (pure ACP-127 form)', () => {
    // BT takes the place of the blank line after the header.
    const lines = [...FULL_LINES.slice(0, 16), 'BT', ...FULL_LINES.slice(17)];
    const doc = parseLines(lines);
    // The header stops before BT.
    assert.equal(textOf(doc, doc.header!.span), FULL_LINES.slice(0, 16).join('\n'));
    assert.deepEqual(
      doc.trailer.map((t) => `${t.which} ${textOf(doc, t.span)} ${where(doc, t.span)}`),
      ['bt BT 16:0-16:2', 'bt BT 28:0-28:2', 'ssn #4417 29:0-29:5', 'nnnn NNNN 30:0-30:4'],
    );
    assert.deepEqual(
      doc.blocks.slice(0, 3).map((b) => `${b.kind}: ${(textOf(doc, b.span) ?? '').split('\n')[0]}`),
      ['header: VZCZCXRO7316', 'trailerLine: BT', 'classificationLine: UNCLAS SECTION 01 OF 02 STATE 044417'],
    );
    assertNoUnknown(doc);
  });

  it('a cable without the trailer has none', () => {
    const doc = parseLines(FULL_LINES.slice(0, 28));
    assert.deepEqual(doc.trailer, []);
    assert.equal(textOf(doc, doc.signature?.span), 'CLINTON');
  });
});
