/** The status item's data: banner, controls, counts, and the portions above the banner. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCable } from '../../server/src/core/index';
import { statusOf } from '../../server/src/core/features/status';
import { FIXTURES } from '../support/paths';
import { CLASSIFIED, REQUEST } from './cables';

const EXCEEDING = readFileSync(join(FIXTURES, 'extension', 'exceeding.cable'), 'utf8');

describe('status of a cable', () => {
  it('gives a CONFIDENTIAL//NOFORN cable\'s banner, counts and classification line', () => {
    const doc = parseCable(CLASSIFIED);
    const status = statusOf(doc);
    assert.equal(status.level, 'CONFIDENTIAL');
    assert.deepEqual(status.controls, ['NOFORN']);
    assert.equal(status.banner, 'CONFIDENTIAL//NOFORN');
    assert.equal(status.paragraphs, doc.paragraphs.length);
    assert.equal(status.references, 0);
    assert.deepEqual(status.exceeding, []);
    assert.match(CLASSIFIED.slice(status.classificationSpan!.start, status.classificationSpan!.end), /^C O N F I D E N T I A L STATE 111934/);
  });

  it('reads SBU from the SENSITIVE caption or from (SBU) portions of an UNCLAS cable', () => {
    assert.equal(statusOf(parseCable(REQUEST)).banner, 'UNCLASSIFIED//SBU');
    const portionsOnly = 'UNCLAS STATE 012345\n\nE.O. 13526: N/A\nTAGS: PREL\nSUBJECT: X\n\n1. (SBU) The point.\nSURNAME\n';
    assert.equal(statusOf(parseCable(portionsOnly)).banner, 'UNCLASSIFIED//SBU');
    assert.equal(statusOf(parseCable(portionsOnly.replace('(SBU)', '(U)'))).banner, 'UNCLASSIFIED');
  });

  it('adds NOFORN from a portion and restrictive captions in the cable\'s order', () => {
    const text = 'S E C R E T STATE 012345\n\nNODIS\n\nE.O. 13526: DECL: 11/27/2036\nTAGS: PREL\nSUBJECT: X\n\nClassified By: NAME, TITLE, for reasons 1.4 (b) and (d).\n\n1. (S//NF) The point.\nSURNAME\n';
    assert.deepEqual(statusOf(parseCable(text)).controls, ['NOFORN', 'NODIS']);
    assert.equal(statusOf(parseCable(text)).banner, 'SECRET//NOFORN/NODIS');
  });

  it('lists the portions marked above the banner, with where they stand', () => {
    const status = statusOf(parseCable(EXCEEDING));
    assert.equal(status.banner, 'CONFIDENTIAL//NOFORN');
    assert.equal(status.paragraphs, 4);
    assert.equal(status.references, 2);
    assert.deepEqual(
      status.exceeding.map((e) => [e.mark, e.level, e.place, EXCEEDING.slice(e.span.start, e.span.end)]),
      [['S', 'SECRET', 'paragraph 3', '(S)']],
    );
  });

  it('names a SUBJECT marked above the banner', () => {
    const status = statusOf(parseCable(EXCEEDING.replace('SUBJECT: (U)', 'SUBJECT: (TS)')));
    assert.deepEqual(status.exceeding.map((e) => [e.mark, e.place]), [['TS', 'the SUBJECT line'], ['S', 'paragraph 3']]);
  });

  it('has no banner without a classification line, and still counts', () => {
    const status = statusOf(parseCable('1. (U) A fragment.\n\n2. (U) Another.\n'));
    assert.equal(status.level, null);
    assert.equal(status.banner, null);
    assert.equal(status.classificationSpan, null);
    assert.equal(status.paragraphs, 2);
    assert.deepEqual(status.exceeding, []);
  });
});
