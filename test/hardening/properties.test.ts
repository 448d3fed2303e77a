/**
 * Property tests over random text and random line-level mutations of the project's invented
 * cables (examples/ and test/fixtures/): the parser and the linter never throw (the throwing
 * parser is used, so a bug is seen rather than swallowed); every span lies inside the text
 * and inside its parent; the top-level blocks are ordered, disjoint and hold every character
 * that is not white space; every problem lies inside the document; the fixes of one pass
 * never overlap, keep every character outside their edits, converge in one pass, and never
 * change what a classification line, security line, portion mark, caption or E.O. line means.
 *
 * The default run takes a few seconds; `CABLEWRIGHT_FUZZ_RUNS=50 npx mocha
 * test/hardening/properties.test.ts` runs fifty times as many cases, and
 * `CABLEWRIGHT_FUZZ_SEED=n` replays a seed. The same properties run over mutated real
 * cables in `npm run corpus` (scripts/corpus-properties.ts).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseCable, type Problem } from '../../server/src/core/index';
import { parseCableOrThrow } from '../../server/src/core/syntax/parse';
import { inventedCables, runs, seed } from './support/cables';
import { allViolations, fixViolations, lintText, newFixStats, treeViolations, type FixStats } from './support/invariants';
import { compareMeaning, isCertainCaptionCorrection } from './support/meaning';
import { anyText, mutate, mutation } from './support/mutations';

const CABLES = inventedCables();
const TEXTS = CABLES.map((c) => c.text);

/** Fails with the violations and the text that shows them (as JSON, to paste into a test). */
function expectNone(text: string, violations: readonly string[]): void {
  if (violations.length > 0) assert.fail(`${violations.slice(0, 8).join('\n')}\n--- text ${JSON.stringify(text)}`);
}

function checkAll(text: string, stats?: FixStats): void {
  expectNone(text, allViolations(text, stats));
}

describe('hardening: properties of parse, lint and fix', function () {
  this.timeout(120_000);

  it('has invented cables to mutate', () => {
    assert.ok(CABLES.length >= 20, `only ${CABLES.length} invented cables found`);
  });

  it('holds on every invented cable as it is', () => {
    const stats = newFixStats();
    for (const { path, text } of CABLES) {
      try {
        checkAll(text, stats);
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`);
      }
    }
  });

  for (const { path, text } of CABLES.filter((c) => c.path.startsWith('test/hardening/regressions/'))) {
    it(`holds on the regression ${path.split('/').pop()}`, () => checkAll(text));
  }

  it('holds on random text of any code units (lone surrogates, NUL, CR, BOM)', () => {
    fc.assert(
      fc.property(anyText, (text) => checkAll(text)),
      { numRuns: runs(150), seed: seed() },
    );
  });

  it('holds on random line-level mutations of the invented cables', () => {
    const stats = newFixStats();
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, mutations) => {
        checkAll(mutate(TEXTS[k], mutations, TEXTS), stats);
      }),
      { numRuns: runs(250), seed: seed() },
    );
    // Not vacuous: fixes were applied, and some touched the protected parts.
    assert.ok(stats.fixes > 50, `only ${stats.fixes} fixes applied`);
    assert.ok(stats.protectedEdits > 0, 'no fix touched a protected part: the meaning check was not exercised');
  });

  it('holds on the prefixes of a cable being typed', () => {
    const text = TEXTS.find((t) => t.includes('C O N F I D E N T I A L') && t.includes('REF')) ?? TEXTS[0];
    for (let end = 0; end <= text.length; end += 7) expectNone(text.slice(0, end), allViolations(text.slice(0, end)));
  });
});

describe('hardening: the checks themselves catch what they must', () => {
  const CABLE = [
    'VZCZCXRO1234',
    'PP RUEHKO',
    'DE RUEHC #1234/01 0641415',
    'ZNY CCCCC ZZH',
    'P 051410Z MAR 09',
    'FM SECSTATE WASHDC',
    'TO RUEHKO/AMEMBASSY TOKYO PRIORITY 3301',
    '',
    'CONFIDENTIAL STATE 001234',
    '',
    'SIPIDS',
    '',
    'E.O. 12958: DECL: 03/05/2019',
    'TAGS: PREL JA',
    'SUBJECT: A TEST CABLE',
    '',
    '1. (C) First paragraph.',
    '',
    '2. (U) Second paragraph.',
    'CLINTON',
    '',
  ].join('\n');
  const doc = parseCableOrThrow(CABLE);
  const at = (needle: string) => ({ start: CABLE.indexOf(needle), end: CABLE.indexOf(needle) + needle.length });
  const fake = (needle: string, text: string, ruleId = 'fake'): Problem => ({ ruleId, severity: 'error', message: 'm', span: at(needle), fix: { edits: [{ span: at(needle), text }] } });
  const meaningAfter = (problems: Problem[]) => {
    const stats = newFixStats();
    const edits = problems.flatMap((p) => p.fix!.edits.map((e) => ({ ...e, ruleId: p.ruleId }))).sort((a, b) => a.span.start - b.span.start);
    let out = '';
    let from = 0;
    for (const e of edits) {
      out += CABLE.slice(from, e.span.start) + e.text;
      from = e.span.end;
    }
    out += CABLE.slice(from);
    return { violations: compareMeaning(doc, parseCableOrThrow(out), edits, stats), stats };
  };

  it('the test cable has every protected part the checks compare', () => {
    assert.equal(doc.classification?.level, 'CONFIDENTIAL');
    assert.ok(doc.header?.security);
    assert.ok(doc.eo?.date);
    assert.ok(doc.captionLines.some((l) => l.captions.some((c) => c.name === 'SIPIDS')));
    assert.equal(doc.paragraphs[0].portionMark?.level, 'C');
  });

  it('accepts respelling: the classification letter-spaced, a caption typo corrected to the one caption meant, a date keyword fixed', () => {
    const { violations, stats } = meaningAfter([fake('CONFIDENTIAL', 'C O N F I D E N T I A L'), fake('SIPIDS', 'SIPDIS'), fake('DECL: 03/05/2019', 'DECL:  03/05/2019')]);
    assert.deepEqual(violations, []);
    assert.equal(stats.protectedEdits, 3);
  });

  for (const [what, needle, replacement] of [
    ['the classification level', 'CONFIDENTIAL', 'S E C R E T'],
    ['the classification line away', 'CONFIDENTIAL STATE 001234', 'STATE 001234'],
    ['the security line code', 'ZNY CCCCC ZZH', 'ZNY SSSSS ZZH'],
    ['a portion mark level', '(C) First', '(S) First'],
    ['a portion mark control', '(C) First', '(C//NF) First'],
    ['a caption typo to a caption not certainly meant', 'SIPIDS', 'NODIS'],
    ['the declassification date', '03/05/2019', '03/05/2029'],
    ['the E.O. instruction', 'DECL: 03/05/2019', 'N/A'],
  ] as const) {
    it(`rejects a fix that changes ${what}`, () => {
      const { violations } = meaningAfter([fake(needle, replacement)]);
      assert.ok(violations.length > 0, `a fix writing "${replacement}" for "${needle}" passed the meaning check`);
    });
  }

  it('rejects a fix that makes a new protected part out of other text', () => {
    const { violations } = meaningAfter([fake('A TEST CABLE', 'A TEST CABLE\n\n3. (S) Added.')]);
    assert.ok(violations.some((v) => /new portion mark/.test(v)), violations.join('\n'));
  });

  it('knows which caption a typo certainly means', () => {
    assert.ok(isCertainCaptionCorrection('SIPIDS', 'SIPDIS'));
    assert.ok(isCertainCaptionCorrection('NOFRON', 'NOFORN'));
    assert.ok(!isCertainCaptionCorrection('SIPIDS', 'NOFORN'));
    assert.ok(!isCertainCaptionCorrection('EODIS', 'NODIS'), 'EODIS is one edit from NODIS and from EXDIS');
    assert.ok(!isCertainCaptionCorrection('SIPDIS', 'SIPDIS'));
  });

  it('rejects overlapping fixes, fixes that do not converge, and a fix with no edits', () => {
    const overlap = fixViolations(CABLE, [fake('CONFIDENTIAL', 'C O N F I D E N T I A L', 'a'), fake('CONFIDENTIAL STATE', 'CONFIDENTIAL  STATE', 'b')]);
    assert.ok(overlap.some((v) => v.startsWith('fixes overlap')), overlap.join('\n'));
    const sameInsert: Problem[] = [
      { ruleId: 'a', severity: 'error', message: 'm', span: at('STATE'), fix: { edits: [{ span: { start: at('STATE').start, end: at('STATE').start }, text: 'X' }] } },
      { ruleId: 'b', severity: 'error', message: 'm', span: at('STATE'), fix: { edits: [{ span: { start: at('STATE').start, end: at('STATE').start }, text: 'Y' }] } },
    ];
    assert.ok(fixViolations(CABLE, sameInsert).some((v) => v.startsWith('fixes overlap')));
    // A fix that leaves what the real rules flag (paragraph numbers out of sequence) does not converge.
    const stale = fixViolations(CABLE, [fake('2. (U)', '4. (U)')]);
    assert.ok(stale.some((v) => /re-linting the fixed text reports a fixable problem: paragraph-sequence/.test(v)), stale.join('\n'));
    const empty = fixViolations(CABLE, [{ ruleId: 'e', severity: 'error', message: 'm', span: at('STATE'), fix: { edits: [] } }]);
    assert.ok(empty.some((v) => /no edits/.test(v)));
  });

  it('rejects spans outside the text or outside their parent, and uncovered text', () => {
    const parsed = parseCable('UNCLAS STATE 000001\n\n1. (U) Text.\n');
    const broken = { ...parsed, blocks: parsed.blocks.slice(1) };
    assert.ok(treeViolations(broken).some((v) => /lies in no block/.test(v)));
    const outside = { ...parsed, paragraphs: [{ ...parsed.paragraphs[0], number: { text: '1', span: { start: 0, end: 999 } } }] };
    assert.ok(treeViolations(outside).some((v) => /outside the text/.test(v)));
    const notNested = { ...parsed, paragraphs: [{ ...parsed.paragraphs[0], number: { text: 'U', span: { start: 0, end: 1 } } }] };
    assert.ok(treeViolations(notNested).some((v) => /outside its parent/.test(v)));
  });

  it('lints the protected-part test cable with fixes that keep the meaning (the real rules)', () => {
    const stats = newFixStats();
    const { problems } = lintText(CABLE);
    assert.ok(problems.some((p) => p.ruleId === 'paragraph-sequence' || p.fix), 'expected at least one fixable problem');
    expectNone(CABLE, fixViolations(CABLE, problems, stats));
    assert.ok(stats.protectedEdits >= 2, 'the letter-spacing and caption-spelling fixes touch the classification line and the caption');
  });
});
