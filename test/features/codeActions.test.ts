import { strict as assert } from 'node:assert';
import { applyEdits, lint, parseCable, ruleById, type Rule } from '../../server/src/core/index';
import { quickFixes, safeFixEdits, SHOW_RULE_DOCS_COMMAND, turnOffRule } from '../../server/src/core/features/index';
import { REQUEST } from './cables';

const TODAY = { year: 2026, month: 11, day: 27 };

/** A test-only rule with a suggestion and no fix, to check suggestions are offered one by one. */
const shoutingSignature: Rule = {
  meta: {
    id: 'test-signature-case',
    category: 'signature',
    description: 'test only',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'low',
    formatRules: [],
    messages: { m: 'Expected the signature in title case; found {found}.' },
  },
  check({ doc, report }) {
    if (!doc.signature) return;
    const s = doc.signature;
    report({
      span: s.span,
      messageId: 'm',
      data: { found: s.text },
      suggestions: [
        { title: 'Write it in title case', edits: [{ span: s.span, text: s.text[0] + s.text.slice(1).toLowerCase() }] },
        { title: 'Remove it', edits: [{ span: s.span, text: '' }] },
      ],
    });
  },
};

const RULES = [ruleById('paragraph-sequence')!, ruleById('archive-residue')!, shoutingSignature];
const relintWith = (text: string) => lint(parseCable(text), { ruleSet: RULES }, TODAY);

describe('features: code actions and formatting', () => {
  const problems = relintWith(REQUEST);

  it('offers the fix (preferred), fix-all for the rule, turning the rule off, and its docs', () => {
    // Two separate slips (4 after 2, then 7 after 4): two problems, so fix-all is offered.
    const twoSlips = REQUEST.replace('5. (U) Comment', '7. (U) Comment');
    const twoProblems = relintWith(twoSlips);
    const twoSequence = twoProblems.filter((p) => p.ruleId === 'paragraph-sequence');
    assert.equal(twoSequence.length, 2);
    const actions = quickFixes(twoSlips, twoProblems, [twoSequence[0]], { canTurnOff: true });
    assert.deepEqual(actions.map((a) => a.title), [
      'Fix this paragraph-sequence problem',
      'Fix all paragraph-sequence problems in this cable',
      'Turn off paragraph-sequence in .cablewright.json',
      'Show documentation for paragraph-sequence',
    ]);
    assert.equal(actions[0].preferred, true);
    assert.equal(actions[1].preferred, undefined);
    const fixedAll = applyEdits(twoSlips, actions[1].edits!);
    assert.match(fixedAll, /\n3\. \(SBU\) Action/);
    assert.match(fixedAll, /\n4\. \(U\) Comment/);
    assert.match(fixedAll, /see para 3\./, 'the citation follows its paragraph');
    assert.match(fixedAll, /¶2\./, 'fix-all of one rule leaves other rules’ problems alone');
    assert.deepEqual(actions[3].command, { id: SHOW_RULE_DOCS_COMMAND, title: 'Show documentation for paragraph-sequence', args: ['paragraph-sequence'] });
    assert.equal(actions[2].turnOffRule, 'paragraph-sequence');
  });

  it('offers suggestions one by one, never as preferred, and no fix-all for a single problem', () => {
    const signature = problems.find((p) => p.ruleId === 'test-signature-case')!;
    const actions = quickFixes(REQUEST, problems, [signature], { canTurnOff: false });
    assert.deepEqual(actions.map((a) => a.title), ['Write it in title case', 'Remove it', 'Show documentation for test-signature-case']);
    assert.ok(actions.every((a) => !a.preferred));
    const residue = problems.find((p) => p.ruleId === 'archive-residue')!;
    assert.ok(!quickFixes(REQUEST, problems, [residue], { canTurnOff: false }).some((a) => a.title.startsWith('Fix all')));
  });

  it('formats by applying the safe fixes only, and formatting again changes nothing', () => {
    const edits = safeFixEdits(REQUEST, problems, relintWith);
    const once = applyEdits(REQUEST, edits);
    assert.doesNotMatch(once, /¶/);
    assert.match(once, /\n3\. \(SBU\) Action/);
    assert.match(once, /\nCLINTON/, 'a suggestion is never applied');
    assert.deepEqual(safeFixEdits(once, relintWith(once), relintWith), []);
  });

  it('keeps going until no fix is left when fixes open up new ones', () => {
    // Paragraphs 1, 1, 1: renumbering the second and third is skipped while `para` citations
    // point at a repeated number; the passes converge on 1, 2, 3.
    const text = 'UNCLAS STATE 000001\n\nSUBJECT: X\n\n1. (U) One.\n\n1. (U) Two.\n\n1. (U) Three.\n';
    const edits = safeFixEdits(text, relintWith(text), relintWith);
    const once = applyEdits(text, edits);
    assert.match(once, /1\. \(U\) One\.\n\n2\. \(U\) Two\.\n\n3\. \(U\) Three\./);
    assert.deepEqual(safeFixEdits(once, relintWith(once), relintWith), []);
  });

  it('turns a rule off in an existing configuration, keeping its comments, or writes a new one', () => {
    const existing = '{\n  // team settings\n  "rules": {\n    "archive-residue": "warning"\n  }\n}\n';
    const change = turnOffRule(existing, 'paragraph-sequence');
    assert.ok('edits' in change);
    const updated = applyEdits(existing, change.edits);
    assert.match(updated, /\/\/ team settings/);
    assert.match(updated, /"paragraph-sequence": "off"/);
    assert.match(updated, /"archive-residue": "warning"/);
    const fresh = turnOffRule(null, 'paragraph-sequence');
    assert.ok('newText' in fresh);
    assert.deepEqual(JSON.parse(fresh.newText), { rules: { 'paragraph-sequence': 'off' } });
    assert.ok('refused' in turnOffRule('{ "rules": [', 'paragraph-sequence'));
  });
});
