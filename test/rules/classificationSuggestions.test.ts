/**
 * The suggestions of the classification, caption and E.O. rules: what a person gets when
 * they accept one (the banner, security line, E.O. line and Classified By line move
 * together; dates come from the DTG, never the clock), and that none of them is a fix.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, ruleById, type Problem } from '../../server/src/core/index';
import { lintWith } from '../support/lintHelpers';
import { FIXTURES } from '../support/paths';

function fixture(rule: string, name: string): string {
  return readFileSync(join(FIXTURES, 'rules', rule, 'invalid', `${name}.cable`), 'utf8');
}

function problemsOf(ruleId: string, text: string): Problem[] {
  const rule = ruleById(ruleId);
  assert.ok(rule, `no rule ${ruleId}`);
  return lintWith(rule, text);
}

function accept(text: string, problem: Problem, title: RegExp): string {
  const suggestion = problem.suggestions?.find((s) => title.test(s.title));
  assert.ok(suggestion, `no suggestion matching ${title} in ${JSON.stringify(problem.suggestions?.map((s) => s.title))}`);
  return applyEdits(text, suggestion.edits);
}

describe('classification suggestions', () => {
  it('raises an UNCLAS cable to CONFIDENTIAL everywhere at once, with a Classified By template', () => {
    const text = fixture('portion-above-classification', 'confidential-in-unclas');
    const [problem] = problemsOf('portion-above-classification', text);
    assert.equal(problem.fix, undefined, 'a portion above the banner is never fixed unattended');
    const raised = accept(text, problem, /^Raise/);
    assert.match(raised, /^ZNY CCCCC ZZH$/m);
    assert.match(raised, /^C O N F I D E N T I A L COLOMBO 000412$/m);
    // Ten years after the DTG 051415Z MAR 09, not after any "today".
    assert.match(raised, /^E\.O\. 12958: DECL: 03\/05\/2019$/m);
    assert.match(raised, /^Classified By: <name>, <title>\. Reason: 1\.4 \(<letter>\)\.$/m);
    assert.deepEqual(problemsOf('portion-above-classification', raised), []);
  });

  it('raises a CONFIDENTIAL cable to SECRET without touching its E.O. and Classified By lines', () => {
    const text = fixture('portion-above-classification', 'secret-in-confidential');
    const [problem] = problemsOf('portion-above-classification', text);
    const raised = accept(text, problem, /^Raise/);
    assert.match(raised, /^ZNY SSSSS ZZH$/m);
    assert.match(raised, /^S E C R E T SECTION 01 OF 02 COLOMBO 000412$/m);
    assert.match(raised, /^E\.O\. 12958: DECL: 03\/05\/2019$/m);
    assert.equal(raised.match(/Classified By/g)?.length, 1);
  });

  it('lowers the mark to the banner, keeping its controls', () => {
    const text = fixture('portion-above-classification', 'subject-and-bullet');
    const problems = problemsOf('portion-above-classification', text);
    const lowered = accept(text, problems[1], /^Lower/);
    assert.match(lowered, /^-- \(C\/NF\) the army will move first\.$/m);
  });

  it('offers DECL with the DTG date plus ten years for N/A on a classified cable', () => {
    const text = fixture('eo-declassification-matches-level', 'na-on-confidential');
    const [problem] = problemsOf('eo-declassification-matches-level', text);
    assert.match(accept(text, problem, /^Write DECL/), /^E\.O\. 12958: DECL: 03\/05\/2019$/m);
  });

  it('sets the security line, or the whole cable, to agree', () => {
    const text = fixture('security-line-level', 'unclassified-code');
    const [problem] = problemsOf('security-line-level', text);
    assert.match(accept(text, problem, /^Set the security line/), /^ZNY CCCCC ZZH$/m);
    const lowered = accept(text, problem, /^Mark the whole cable/);
    assert.match(lowered, /^UNCLAS SECTION 01 OF 02 COLOMBO 000412$/m);
    assert.match(lowered, /^E\.O\. 12958: N\/A$/m);
    assert.doesNotMatch(lowered, /Classified By/);
  });

  it('adds the NOFORN caption first and the SENSITIVE caption last', () => {
    const noforn = fixture('dissemination-controls', 'noforn-portion');
    const withNoforn = accept(noforn, problemsOf('dissemination-controls', noforn)[0], /NOFORN/);
    assert.match(withNoforn, /000412\n\nNOFORN\nSIPDIS\n/);
    const sbu = fixture('sbu-needs-sensitive', 'no-caption');
    const withSensitive = accept(sbu, problemsOf('sbu-needs-sensitive', sbu)[0], /SENSITIVE/);
    assert.match(withSensitive, /\nSIPDIS\nSENSITIVE\n/);
  });

  it('removes SIPDIS from a comma-separated caption line with its comma', () => {
    const text = fixture('sipdis-with-restrictive-caption', 'exdis-one-line');
    const removed = accept(text, problemsOf('sipdis-with-restrictive-caption', text)[0], /Remove SIPDIS/);
    assert.match(removed, /\nEXDIS\n/);
  });

  it('corrects a caption typo unattended only when one caption is certainly meant', () => {
    const certain = 'UNCLAS STATE 024821\n\nSIPIDS\n\nE.O. 12958: N/A\n';
    assert.ok(problemsOf('caption-spelling', certain)[0].fix);
    // Eight letters, two edits from SENSITIVE and from nothing else within one: a suggestion only.
    const unsure = 'UNCLAS STATE 024821\n\nSENSTIVI\n\nE.O. 12958: N/A\n';
    const [problem] = problemsOf('caption-spelling', unsure);
    assert.equal(problem.fix, undefined);
    assert.deepEqual(problem.suggestions?.map((s) => s.title), ['Write SENSITIVE']);
  });

  it('leaves unknown words that are near no caption alone', () => {
    assert.deepEqual(problemsOf('caption-spelling', 'UNCLAS STATE 024821\n\nSIPDIS\nPRAGUE FOR DATT\nMARKWELL\n\nE.O. 12958: N/A\n'), []);
  });
  it('offers the missing E.O. line above TAGS: DECL and a date ten years after the DTG on a classified cable, N/A on an unclassified one', () => {
    const classified = fixture('eo-line-present', 'classified');
    const [problem] = problemsOf('eo-line-present', classified);
    assert.equal(problem.fix, undefined, 'an E.O. line is never written unattended');
    assert.deepEqual(problem.suggestions?.map((s) => s.title), ['Add "E.O. 12958: DECL: 03/05/2019" (ten years on)']);
    const added = accept(classified, problem, /^Add/);
    assert.match(added, /^SIPDIS\n\nE\.O\. 12958: DECL: 03\/05\/2019\nTAGS: PGOV PREL CE$/m);
    assert.deepEqual(problemsOf('eo-line-present', added), []);
    const unclassified = fixture('eo-line-present', 'unclassified-before-subject');
    const [missing] = problemsOf('eo-line-present', unclassified);
    assert.deepEqual(missing.suggestions?.map((s) => s.title), ['Add "E.O. 13526: N/A" (unclassified cable)']);
    assert.match(accept(unclassified, missing, /N\/A/), /^SIPDIS\n\nE\.O\. 13526: N\/A\nSUBJECT: /m);
  });
  it('offers the level\'s words for a classification line whose first letter was doubled, and nothing for a missing line', () => {
    const doubled = fixture('classification-line-present', 'first-letter-doubled');
    const [problem] = problemsOf('classification-line-present', doubled);
    assert.equal(problem.fix, undefined, 'a classification line is never written unattended');
    assert.deepEqual(problem.suggestions?.map((s) => s.title), ['Write "C O N F I D E N T I A L"']);
    const mended = accept(doubled, problem, /^Write/);
    assert.match(mended, /^C O N F I D E N T I A L SECTION 01 OF 02 COLOMBO 000412$/m);
    assert.deepEqual(problemsOf('classification-line-present', mended), []);
    const [missing] = problemsOf('classification-line-present', fixture('classification-line-present', 'missing'));
    assert.deepEqual(missing.suggestions ?? [], []);
  });
});
