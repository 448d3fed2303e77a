/** The fixes of named rules, as Renumber Paragraphs and Re-letter References apply them. */
import { strict as assert } from 'node:assert';
import { applyEdits, ruleById } from '../../server/src/core/index';
import { ruleFixEdits } from '../../server/src/core/features/ruleFixes';
import { TODAY } from '../support/paths';

const CABLE = `UNCLAS STATE 012345

SIPDIS

E.O. 13526: N/A
TAGS: PREL
SUBJECT: TALKS ON THE SHIPPING ACCORD

REF: A. STATE 104512
C. LONDON 2001

1. (U) See para 4 and REF C.

4. (U) The second point.

7. (U) The third point (REF A).
SURNAME
`;

const run = (ids: string[], settings = {}) => applyEdits(CABLE, ruleFixEdits(CABLE, ids.map((id) => ruleById(id)!), { today: TODAY, settings }));

describe('fixes of named rules', () => {
  it('renumbers the paragraphs and the para citations that point at them, and nothing else', () => {
    const after = run(['paragraph-sequence']);
    assert.match(after, /^1\. \(U\) See para 2 and REF C\.$/m);
    assert.match(after, /^2\. \(U\) The second point\.$/m);
    assert.match(after, /^3\. \(U\) The third point/m);
    assert.match(after, /^C\. LONDON 2001$/m);
  });

  it('re-letters the references and their citations', () => {
    const after = run(['references-lettering']);
    assert.match(after, /^B\. LONDON 2001$/m);
    assert.match(after, /See para 4 and REF B\./);
  });

  it('runs a rule the settings turn off: the drafter asked for it by name', () => {
    assert.notEqual(run(['paragraph-sequence'], { 'paragraph-sequence': 'off' }), CABLE);
  });

  it('changes nothing when there is nothing to fix', () => {
    const fixed = run(['paragraph-sequence']);
    assert.deepEqual(ruleFixEdits(fixed, [ruleById('paragraph-sequence')!], { today: TODAY }), []);
  });
});
