import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseCable } from '../../server/src/core/index';
import { cableModel } from '../../server/src/core/model';
import { requireShared, SEED } from '../support/paths';

describe('the seed demarche (../shared/examples/seed-demarche.txt)', () => {
  const text = readFileSync(requireShared(SEED), 'utf8');
  const doc = parseCable(text);
  const model = cableModel(doc);

  it('parses its full header: 15 TO and 4 INFO addressees', () => {
    assert.equal(model.transmissionId, 'VZCZCXRO4139');
    assert.equal(model.from, 'SECSTATE WASHDC');
    assert.equal(model.to.length, 15);
    assert.equal(model.info.length, 4);
    assert.deepEqual(model.to[0], { ri: 'RUEHAK', name: 'AMEMBASSY ANKARA', precedence: 'IMMEDIATE', serial: '7038' });
    assert.deepEqual(model.info[1], { ri: 'RUEHBS', name: 'USEU BRUSSELS', precedence: 'PRIORITY', serial: null });
    assert.deepEqual(model.dtg, { text: '052036Z FEB 09', iso: '2009-02-05T20:36Z' });
  });

  it('reads the classification line and its cable id', () => {
    assert.deepEqual(model.classification, { level: 'UNCLASSIFIED', text: 'UNCLAS', section: 1, sections: 3, origin: 'STATE', serial: '010774', cableId: '09STATE10774' });
  });

  it('finds 6 TAGS (through their link residue), 4 references and 7 paragraphs', () => {
    assert.deepEqual(model.tags, ['PARM', 'PREL', 'AORC', 'KPAO', 'PTER', 'UNSC']);
    assert.equal(model.references.length, 4);
    assert.deepEqual(model.references.map((r) => r.letter), ['A', 'B', 'C', 'D']);
    assert.equal(model.references[0].cableId, '08STATE100866');
    assert.equal(model.references[1].cableId, '08LONDON3041');
    assert.equal(model.references[2].cableId, null);
    assert.equal(model.paragraphs.length, 7);
    assert.deepEqual(model.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 17]);
    assert.deepEqual(model.paragraphs.map((p) => p.marking), ['U', 'U', 'SBU', 'U', 'SBU', 'U', 'U']);
  });

  it('reads captions, E.O. line, subject and signature', () => {
    assert.deepEqual(model.captions, ['SENSITIVE', 'SIPDIS']);
    assert.deepEqual(model.eo, { order: '12958', text: 'N/A', declassify: null });
    assert.equal(model.subject, 'DEMARCHE TO SECURITY COUNCIL ON UNSCR 1540 - PROGRAM OF WORK (POW)');
    assert.equal(model.signature, 'CLINTON');
  });

  it('keeps the paragraphs whole across the continuation page headers', () => {
    assert.equal(doc.pageHeaders.length, 2);
    const fifth = doc.paragraphs[4];
    const header = doc.pageHeaders[0];
    assert.ok(header.span.start > fifth.span.start && header.span.end < fifth.span.end, 'page 2 header falls inside paragraph 5');
  });
});
