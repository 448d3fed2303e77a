/**
 * The `inspect` model: its field names are an interface other tools read, so every field of
 * one complete invented cable is asserted exactly, and so are the nulls of a fragment.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCable } from '../../server/src/core/index';
import { cableModel } from '../../server/src/core/model';
import { main } from '../../server/src/cli';

/** An invented CONFIDENTIAL cable with every part the model reads. */
const CABLE = [
  'VZCZCXRO7315', //                                            line 1
  'PP RUEHAK RUEHIT',
  'DE RUEHC #3157/01 0731841',
  'ZNY CCCCC ZZH',
  'P 141838Z MAR 09', //                                        line 5
  'FM SECSTATE WASHDC',
  'TO RUEHAK/AMEMBASSY ANKARA PRIORITY 4102',
  'RUEHTH/AMEMBASSY ATHENS PRIORITY 2291',
  'INFO RUEHIT/AMCONSUL ISTANBUL ROUTINE 0815',
  'RUEHBS/USEU BRUSSELS', //                                    line 10
  '',
  'C O N F I D E N T I A L SECTION 01 OF 02 STATE 023157',
  '',
  'NOFORN',
  'SIPDIS', //                                                  line 15
  '',
  'E.O. 12958: DECL: 03/14/2019',
  'TAGS: PREL ETRD TU GR',
  'SUBJECT: (C) AEGEAN TRADE TALKS: GUIDANCE FOR THE',
  'SECOND ROUND', //                                            line 20
  'REF: A. 08 STATE 118204',
  'B. ANKARA 377',
  'C. MEMCON OF 2/27/09',
  '',
  'Classified By: EUR Deputy Assistant Secretary Paul Tanner', // line 25
  'for reasons 1.4 (b) and (d).',
  '',
  '1. (C) Summary: Washington wants both delegations to',
  'close the customs chapter this round. End summary.',
  '', //                                                        line 30
  '2. (U) Posts should deliver the points in para 3.',
  '',
  '3. (C/NF) Points follow.',
  'CLINTON',
  '',
].join('\n');

const EXPECTED = {
  transmissionId: 'VZCZCXRO7315',
  dtg: { text: '141838Z MAR 09', iso: '2009-03-14T18:38Z' },
  from: 'SECSTATE WASHDC',
  to: [
    { ri: 'RUEHAK', name: 'AMEMBASSY ANKARA', precedence: 'PRIORITY', serial: '4102' },
    { ri: 'RUEHTH', name: 'AMEMBASSY ATHENS', precedence: 'PRIORITY', serial: '2291' },
  ],
  info: [
    { ri: 'RUEHIT', name: 'AMCONSUL ISTANBUL', precedence: 'ROUTINE', serial: '0815' },
    { ri: 'RUEHBS', name: 'USEU BRUSSELS', precedence: null, serial: null },
  ],
  classification: {
    level: 'CONFIDENTIAL',
    text: 'C O N F I D E N T I A L',
    section: 1,
    sections: 2,
    origin: 'STATE',
    serial: '023157',
    cableId: '09STATE23157',
  },
  captions: ['NOFORN', 'SIPDIS'],
  eo: { order: '12958', text: 'DECL: 03/14/2019', declassify: '2019-03-14' },
  tags: ['PREL', 'ETRD', 'TU', 'GR'],
  subject: 'AEGEAN TRADE TALKS: GUIDANCE FOR THE SECOND ROUND',
  references: [
    { letter: 'A', text: '08 STATE 118204', cableId: '08STATE118204' },
    { letter: 'B', text: 'ANKARA 377', cableId: '09ANKARA377' },
    { letter: 'C', text: 'MEMCON OF 2/27/09', cableId: null },
  ],
  classifiedBy: { text: 'EUR Deputy Assistant Secretary Paul Tanner for reasons 1.4 (b) and (d).', reasons: ['b', 'd'] },
  summary: 'Washington wants both delegations to close the customs chapter this round.',
  paragraphs: [
    { number: 1, marking: 'C', line: 28 },
    { number: 2, marking: 'U', line: 31 },
    { number: 3, marking: 'C/NF', line: 33 },
  ],
  signature: 'CLINTON',
};

/** The model as the JSON a tool would read (no undefined, no class instances). */
function modelJson(text: string, year?: number): unknown {
  return JSON.parse(JSON.stringify(cableModel(parseCable(text, year === undefined ? {} : { year }))));
}

describe('inspect model', () => {
  it('gives every field of a complete cable exactly', () => {
    assert.deepEqual(modelJson(CABLE), EXPECTED);
  });

  it('keeps the field names and their order', () => {
    const model = modelJson(CABLE) as Record<string, unknown>;
    assert.deepEqual(Object.keys(model), [
      'transmissionId',
      'dtg',
      'from',
      'to',
      'info',
      'classification',
      'captions',
      'eo',
      'tags',
      'subject',
      'references',
      'classifiedBy',
      'summary',
      'paragraphs',
      'signature',
    ]);
  });

  it('gives N/A as the E.O. text with no declassification date, and UNCLAS as written', () => {
    const text = CABLE.replace('ZNY CCCCC ZZH', 'ZNR UUUUU ZZH')
      .replace('C O N F I D E N T I A L SECTION 01 OF 02', 'UNCLAS SECTION 01 OF 02')
      .replace('NOFORN', 'SENSITIVE')
      .replace('E.O. 12958: DECL: 03/14/2019', 'E.O. 12958: N/A')
      .replace('SUBJECT: (C)', 'SUBJECT: (SBU)')
      .replace(/Classified By:[^\n]*\n[^\n]*\n\n/, '')
      .replace(/\((?:C|C\/NF)\)/g, '(SBU)');
    const model = modelJson(text) as typeof EXPECTED;
    assert.deepEqual(model.classification, { level: 'UNCLASSIFIED', text: 'UNCLAS', section: 1, sections: 2, origin: 'STATE', serial: '023157', cableId: '09STATE23157' });
    assert.deepEqual(model.captions, ['SENSITIVE', 'SIPDIS']);
    assert.deepEqual(model.eo, { order: '12958', text: 'N/A', declassify: null });
    assert.equal(model.classifiedBy, null);
    assert.deepEqual(model.paragraphs, [
      { number: 1, marking: 'SBU', line: 25 },
      { number: 2, marking: 'U', line: 28 },
      { number: 3, marking: 'SBU', line: 30 },
    ]);
  });

  it('gives no declassification date for a date that names no real day', () => {
    const model = modelJson(CABLE.replace('DECL: 03/14/2019', 'DECL: 02/30/2019')) as typeof EXPECTED;
    assert.deepEqual(model.eo, { order: '12958', text: 'DECL: 02/30/2019', declassify: null });
  });

  it('gives a two-digit declassification year as YYYY-MM-DD', () => {
    const model = modelJson(CABLE.replace('DECL: 03/14/2019', 'DECL: 3/4/19')) as typeof EXPECTED;
    assert.deepEqual(model.eo, { order: '12958', text: 'DECL: 3/4/19', declassify: '2019-03-04' });
  });

  it('gives null and empty lists for the parts a fragment lacks', () => {
    const model = modelJson('SUBJECT: TALKS RESUME\n\n1. (U) Text.\n');
    assert.deepEqual(model, {
      transmissionId: null,
      dtg: null,
      from: null,
      to: [],
      info: [],
      classification: null,
      captions: [],
      eo: null,
      tags: [],
      subject: 'TALKS RESUME',
      references: [],
      classifiedBy: null,
      summary: null,
      paragraphs: [{ number: 1, marking: 'U', line: 3 }],
      signature: null,
    });
  });

  it('takes the year the caller gives for the ids of a fragment with no DTG and no classification line', () => {
    const fragment = 'REF: A. STATE 12044\nB. 07 LONDON 311\n';
    const withYear = modelJson(fragment, 2008) as typeof EXPECTED;
    assert.deepEqual(withYear.references, [
      { letter: 'A', text: 'STATE 12044', cableId: '08STATE12044' },
      { letter: 'B', text: '07 LONDON 311', cableId: '07LONDON311' },
    ]);
    const withoutYear = modelJson(fragment) as typeof EXPECTED;
    assert.deepEqual(withoutYear.references, [
      { letter: 'A', text: 'STATE 12044', cableId: null },
      { letter: 'B', text: '07 LONDON 311', cableId: '07LONDON311' },
    ]);
  });

  it("prefers the DTG's year to the one the caller gives", () => {
    const model = modelJson(CABLE, 2005) as typeof EXPECTED;
    assert.equal(model.classification.cableId, '09STATE23157');
    assert.equal(model.references[1].cableId, '09ANKARA377');
  });

  it('gives the summary without its opener and closer in the capitals and periods some posts use', () => {
    const text = CABLE.replace(
      '1. (C) Summary: Washington wants both delegations to\nclose the customs chapter this round. End summary.',
      '1. (C) SUMMARY. Washington wants both delegations to\nclose the customs chapter.   END SUMMARY.',
    );
    const model = modelJson(text) as typeof EXPECTED;
    assert.equal(model.summary, 'Washington wants both delegations to close the customs chapter.');
  });

  it('gives no summary to a cable without one', () => {
    const text = CABLE.replace('Summary: Washington wants', 'Washington wants').replace(' End summary.', '');
    const model = modelJson(text) as typeof EXPECTED;
    assert.equal(model.summary, null);
  });
});

describe('cablewright inspect --format json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cablewright-model-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints {"files":[{"path","cable"}]} with the model of each file', () => {
    const file = join(dir, 'talks.cable');
    writeFileSync(file, CABLE);
    const result = main(['inspect', '--format', 'json', file], new Date(Date.UTC(2026, 10, 27)));
    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { files: [{ path: file, cable: EXPECTED }] });
  });
});
