/**
 * The helpers the header rules share (reading addressee entries, the header proper, the
 * indicator-to-post comparison) and the rules' use of the configured extra indicators, which
 * the fixture files cannot exercise.
 */
import { strict as assert } from 'node:assert';
import { lint, parseCable, ruleById } from '../../server/src/core/index';
import { addresseeEntries, headerProper, realAddressees } from '../../server/src/core/rules/support/addressees';
import { indicatorFit } from '../../server/src/core/rules/support/indicators';
import { intendedPrecedence } from '../../server/src/core/rules/support/precedence';
import { TODAY } from '../support/paths';

const HEADER = `VZCZCXRO5512
OO RUEHKO
DE RUEHC #4821/01 0641415
ZNY CCCCC ZZH
O P 051410Z MAR 09
FM SECSTATE WASHDC
TO ZEN/AMEMBASSY TOKYO NIACT IMMEDIATE 3301-3302
RUEHUL/AMEMBASSY SEOUL IMMEDIATE 7712-7713
INFO RUEHBJ/AMEMBASSY BEIJING PRIORITY
RUEKJCS/JOINT STAFF WASHINGTON DC//J-3/J-5// PRIORITY
C O N F I D E N T I A L SECTION 01 OF 02 STATE 024821
`;

describe('header rule support', () => {
  it('reads ZEN in the indicator place and serial ranges', () => {
    const entries = addresseeEntries(parseCable(HEADER));
    assert.equal(entries.length, 4);
    const [tokyo, seoul, beijing, staff] = entries;
    assert.equal(tokyo.indicator?.text, 'ZEN');
    assert.ok(tokyo.otherMeans);
    assert.equal(tokyo.plad?.text, 'AMEMBASSY TOKYO');
    assert.equal(tokyo.precedenceWord, 'NIACT IMMEDIATE');
    assert.equal(tokyo.serial?.text, '3301-3302');
    assert.equal(seoul.indicator?.text, 'RUEHUL');
    assert.equal(seoul.precedenceWord, 'IMMEDIATE');
    assert.equal(beijing.serial, null);
    assert.equal(staff.plad?.text, 'JOINT STAFF WASHINGTON DC//J-3/J-5//');
    assert.equal(staff.precedenceWord, 'PRIORITY');
  });

  it('sets aside a distribution block and a damaged classification line as stray', () => {
    const text = `INFO  LOG-00   EEB-00   AMAD-00  INL-00
      EUR-00   FAAE-00  /001W
P 271311Z APR 09
FM AMEMBASSY TOKYO
TO SECSTATE WASHDC 3926
INFO AMEMBASSY SEOUL
O N F I D E N T I A L SECTION 01 OF 02 TOKYO 003926
`;
    const doc = parseCable(text);
    const proper = headerProper(doc).map((l) => text.slice(l.span.start, l.span.end));
    assert.deepEqual(proper, ['P 271311Z APR 09', 'FM AMEMBASSY TOKYO', 'TO SECSTATE WASHDC 3926', 'INFO AMEMBASSY SEOUL']);
    assert.deepEqual(
      realAddressees(doc).map((e) => e.plad?.text),
      ['SECSTATE WASHDC', 'AMEMBASSY SEOUL'],
    );
  });

  it('names the one precedence a near miss stands for, in any case', () => {
    assert.equal(intendedPrecedence('PRIOITY'), 'PRIORITY');
    assert.equal(intendedPrecedence('Immediatly'), 'IMMEDIATE');
    assert.equal(intendedPrecedence('ROUTNE'), 'ROUTINE');
    assert.equal(intendedPrecedence('PRIORITY'), null);
    assert.equal(intendedPrecedence('PRETORIA'), null);
    assert.equal(intendedPrecedence('ROTTERDAM'), null);
  });

  it('calls a pair a mismatch only when every place the indicator serves is elsewhere', () => {
    assert.equal(indicatorFit('RUEHBJ', 'AMEMBASSY SEOUL').kind, 'mismatch');
    assert.equal(indicatorFit('RUEHBS', 'USEU BRUSSELS').kind, 'fits');
    assert.equal(indicatorFit('RUEHKV', 'AMEMBASSY KIEV').kind, 'fits');
    // Not a State post address, or the department itself: nothing to compare.
    assert.equal(indicatorFit('RHMFISS', 'HQ USCENTCOM MACDILL AFB FL').kind, 'unknown');
    assert.equal(indicatorFit('RUEHC', 'SECSTATE WASHDC').kind, 'unknown');
  });
});

describe('routing rules with configured extra indicators', () => {
  const text = HEADER.replace('RUEHUL/AMEMBASSY SEOUL', 'RUEHQQQ/AMEMBASSY SEOUL');
  const known = ruleById('known-routing-indicator')!;
  const matches = ruleById('indicator-matches-post')!;

  it('warns about an indicator neither the table nor the configuration lists', () => {
    const problems = lint(parseCable(text), { ruleSet: [known] }, TODAY);
    assert.deepEqual(
      problems.map((p) => p.message),
      ['Expected a routing indicator listed in the routing table or the configured extra indicators; found RUEHQQQ, which neither lists.'],
    );
  });

  it('accepts an indicator the configuration adds, and compares its posts', () => {
    const silent = lint(parseCable(text), { ruleSet: [known, matches], vocabulary: { extraIndicators: new Map([['RUEHQQQ', ['AMEMBASSY SEOUL']]]) } }, TODAY);
    assert.deepEqual(silent, []);
    const elsewhere = lint(parseCable(text), { ruleSet: [known, matches], vocabulary: { extraIndicators: new Map([['RUEHQQQ', ['AMEMBASSY OSLO']]]) } }, TODAY);
    assert.deepEqual(
      elsewhere.map((p) => `${p.ruleId}: ${p.message}`),
      ['indicator-matches-post: Expected a routing indicator that serves AMEMBASSY SEOUL; found RUEHQQQ, which serves AMEMBASSY OSLO.'],
    );
  });
});
