/**
 * tags-caption's suggestion: what a person gets when they accept it (the caption leaves the
 * TAGS line with one separator and stands on a caption line above the E.O. line).
 */
import { strict as assert } from 'node:assert';
import { applyEdits, ruleById, type Problem } from '../../server/src/core/index';
import { lintWith } from '../support/lintHelpers';

function problems(text: string): Problem[] {
  const rule = ruleById('tags-caption');
  assert.ok(rule, 'no rule tags-caption');
  return lintWith(rule, text);
}

function accept(text: string, problem: Problem): string {
  assert.equal(problem.fix, undefined, 'a caption is never moved by a fix');
  const suggestion = problem.suggestions?.[0];
  assert.ok(suggestion, 'a suggestion');
  return applyEdits(text, suggestion.edits);
}

const BODY = 'SUBJECT: TALKS RESUME\n\n1. (C) Text.\nDOE\n';

describe('tags-caption suggestion', () => {
  it('puts the caption under the last caption line and takes it off the TAGS line with the space before it', () => {
    const text = `C O N F I D E N T I A L ATHENS 000418\n\nSIPDIS\n\nE.O. 12958: DECL: 02/01/2019\nTAGS: PREL NOFORN GR\n${BODY}`;
    const [problem] = problems(text);
    assert.equal(accept(text, problem), `C O N F I D E N T I A L ATHENS 000418\n\nSIPDIS\nNOFORN\n\nE.O. 12958: DECL: 02/01/2019\nTAGS: PREL GR\n${BODY}`);
  });

  it('writes a caption line above the E.O. line when there is none, and takes a first caption with the separator after it', () => {
    const text = `C O N F I D E N T I A L ATHENS 000418\n\nE.O. 12958: DECL: 02/01/2019\nTAGS: NODIS, PREL, GR\n${BODY}`;
    const [problem] = problems(text);
    assert.equal(accept(text, problem), `C O N F I D E N T I A L ATHENS 000418\n\nNODIS\n\nE.O. 12958: DECL: 02/01/2019\nTAGS: PREL, GR\n${BODY}`);
  });

  it('takes a last caption with the comma before it', () => {
    const text = `C O N F I D E N T I A L ATHENS 000418\n\nE.O. 12958: DECL: 02/01/2019\nTAGS: PREL, GR, STADIS\n${BODY}`;
    const [problem] = problems(text);
    assert.equal(accept(text, problem), `C O N F I D E N T I A L ATHENS 000418\n\nSTADIS\n\nE.O. 12958: DECL: 02/01/2019\nTAGS: PREL, GR\n${BODY}`);
  });
});
