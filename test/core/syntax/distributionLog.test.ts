/**
 * A receiving station's distribution log above the transmission header (and, on a Department
 * copy, the drafting lines printed with it): one node, never cable text. All logs are invented.
 */
import { strict as assert } from 'node:assert';
import { parseCable, type Block, type CableDocument } from '../../../server/src/core/index';
import { assertNoUnknown, textOf } from './support/headSpans';

const CABLE = [
  'P 141509Z MAY 09',
  'FM AMEMBASSY VALLETTA',
  'TO SECSTATE WASHDC PRIORITY 0412',
  '',
  'UNCLAS VALLETTA 000417',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL MT',
  'SUBJECT: PORT ACCORD',
  '',
  '1. The minister asked for time.',
  '',
  'REYES',
  '',
].join('\n');

const LOG = [
  'ACTION EUR-00   ',
  '',
  'INFO  LOG-00   EEB-00   AF-00    INR-00   IO-00    L-00     ',
  '      NEA-00   DRL-00   SAS-00   (TEDE-00  PM-00 ',
  '      FA-00    )  /001W',
  '                  ------------------1A2B3C  141530Z /38    ',
].join('\n');

function logOf(doc: CableDocument): Block[] {
  return doc.blocks.filter((b) => b.kind === 'distributionLog');
}

describe('syntax: distribution log above the cable', () => {
  it('reads the log, from its action line to its dashed check line, as one node before the header', () => {
    const text = `${LOG}\n${CABLE}`;
    const doc = parseCable(text);
    const logs = logOf(doc);
    assert.equal(logs.length, 1);
    assert.equal(textOf(doc, logs[0].span), LOG.trim());
    assert.deepEqual(doc.blocks.slice(0, 3).map((b) => b.kind), ['distributionLog', 'header', 'classificationLine']);
    assert.deepEqual(doc.header?.dtgLine?.dtg?.value, { year: 2009, month: 5, day: 14, hour: 15, minute: 9 });
    assertNoUnknown(doc);
  });

  it('takes in the drafting lines a Department copy prints before the check line', () => {
    const drafted = [
      'TED4412',
      'ORIGIN DRL-00   ',
      '',
      'INFO  LOG-00   AID-00   EUR-00   IO-00    SAS-00     /001R',
      '',
      '041277',
      'DRAFTED BY: DRL/AWH:JDOE -- 05/14/2009  202-555-0100',
      'APPROVED BY: DRL/AWH:JDOE',
      'EUR/WE: ASMITH',
      '                  ------------------4D5E6F  141530Z /38    ',
    ].join('\n');
    const doc = parseCable(`${drafted}\n${CABLE}`);
    assert.equal(textOf(doc, logOf(doc)[0].span), drafted.trim());
    assert.ok(doc.header && doc.classification && doc.subject);
    assertNoUnknown(doc);
  });

  it('ends without a check line at its last row, and a DTG line with an operating signal starts the cable', () => {
    const rows = 'INFO  LOG-00   EEB-00   AF-00    INR-00\n      SAS-00   FA-00      /002R';
    const text = `${rows}\n\n${CABLE.replace('P 141509Z MAY 09', 'P 141509Z MAY 09 ZDK')}`;
    const doc = parseCable(text);
    assert.equal(textOf(doc, logOf(doc)[0].span), rows);
    assert.ok(doc.header?.dtgLine?.dtg, 'the header is read from the DTG line');
    assertNoUnknown(doc);
  });

  it('takes a check line above the log\'s first line for no end of it', () => {
    const rows = 'INFO  LOG-00   EEB-00   AF-00    INR-00\n      SAS-00   FA-00      /002R';
    const text = `------------------9F8E7D  141530Z /38\n${rows}\n\n${CABLE}`;
    const doc = parseCable(text);
    assert.equal(textOf(doc, logOf(doc)[0].span), text.slice(0, text.indexOf('\n\nP 141509Z')));
    assertNoUnknown(doc);
  });

  it('leaves lines above the cable that are no log as they were', () => {
    const doc = parseCable(`From: duty officer\nSent: Thursday\n\n${CABLE}`);
    assert.equal(logOf(doc).length, 0);
    assert.deepEqual(doc.blocks.slice(0, 2).map((b) => b.kind), ['unknown', 'unknown']);
  });
});
