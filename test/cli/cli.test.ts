import { strict as assert } from 'node:assert';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';
import { EXAMPLES, FIXTURES, requireShared, SEED } from '../support/paths';

const TODAY = new Date(Date.UTC(2026, 10, 27));

describe('cablewright CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cablewright-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lints the bundled examples with exit 0', () => {
    const result = main(['lint', EXAMPLES], TODAY);
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /No problems in \d+ files?\./);
  });

  it('reports the seed demarche: the paragraph written 17 and the archive residue, nothing else', () => {
    const result = main(['lint', '--format', 'json', requireShared(SEED)], TODAY);
    assert.equal(result.exitCode, 1);
    const problems = JSON.parse(result.stdout).files[0].problems as Array<{ ruleId: string; severity: string; message: string; line: number }>;
    const errors = problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => [p.ruleId, p.line, p.message]), [['paragraph-sequence', 109, 'Expected paragraph 7; found 17.']]);
    const others = new Set(problems.filter((p) => p.severity !== 'error').map((p) => p.ruleId));
    assert.deepEqual([...others], ['archive-residue']);
  });

  it('fixes the seed so that it lints with no error, and leaves nothing more to fix', () => {
    const copy = join(dir, 'seed.txt');
    copyFileSync(requireShared(SEED), copy);
    const fixed = main(['fix', copy], TODAY);
    assert.equal(fixed.exitCode, 0, fixed.stdout);
    const after = readFileSync(copy, 'utf8');
    assert.match(after, /^7\. \(U\) Further questions/m);
    assert.doesNotMatch(after, /\[1\]\(#\)|¶/);
    const again = main(['lint', '--format', 'json', copy], TODAY);
    const problems = JSON.parse(again.stdout).files[0].problems as Array<{ fixable: boolean; severity: string }>;
    assert.equal(problems.filter((p) => p.severity === 'error').length, 0);
    assert.equal(problems.filter((p) => p.fixable).length, 0);
  });

  it('prints path:line:col  severity  message  (rule-id) lines and a summary', () => {
    const file = join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'two-slips.cable');
    const result = main(['lint', file], TODAY);
    assert.equal(result.exitCode, 1);
    assert.ok(result.stdout.includes(`${file}:13:1  error  Expected paragraph 3; found 4, and the 2 paragraphs after it are numbered on from it: 4 to 6 should be 3 to 5.  (paragraph-sequence)`), result.stdout);
    assert.ok(result.stdout.includes(`${file}:19:1  error  Expected paragraph 6; found 8,`), result.stdout);
    assert.match(result.stdout, /2 problems \(2 errors, 0 warnings, 0 info, 0 hints\) in 1 file\./);
  });

  it('writes JSON with 1-based lines and columns and the documented field names', () => {
    const file = join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'repeat.cable');
    const json = JSON.parse(main(['lint', '--format', 'json', file], TODAY).stdout);
    assert.deepEqual(json.files[0].problems[0], {
      ruleId: 'paragraph-sequence',
      severity: 'error',
      message: 'Expected paragraph 3; found 2.',
      line: 13,
      column: 1,
      endLine: 13,
      endColumn: 2,
      fixable: true,
    });
  });

  it('writes SARIF 2.1.0 with rules and results', () => {
    const file = join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable');
    const sarif = JSON.parse(main(['lint', '--format', 'sarif', file], TODAY).stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'Cablewright');
    assert.ok(run.tool.driver.rules.some((r: { id: string; help?: { markdown: string } }) => r.id === 'paragraph-sequence' && r.help?.markdown.startsWith('# paragraph-sequence')));
    assert.equal(run.results[0].ruleId, 'paragraph-sequence');
    assert.equal(run.results[0].level, 'error');
    assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 14, startColumn: 1, endLine: 14, endColumn: 2 });
  });

  it('says which file is missing and exits 2', () => {
    const result = main(['lint', join(dir, 'nope.cable')], TODAY);
    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /no such file or folder: .*nope\.cable/);
  });

  it('exits 2 on a usage error', () => {
    assert.equal(main(['lint', '--format', 'xml', EXAMPLES], TODAY).exitCode, 2);
    assert.equal(main(['frobnicate', EXAMPLES], TODAY).exitCode, 2);
    assert.equal(main(['lint', '--max-warnings', 'lots', EXAMPLES], TODAY).exitCode, 2);
  });

  it('exits 1 when warnings exceed --max-warnings', () => {
    const file = join(dir, 'residue.cable');
    copyFileSync(join(FIXTURES, 'rules', 'archive-residue', 'invalid', 'pasted.cable'), file);
    assert.equal(main(['lint', file], TODAY).exitCode, 0);
    assert.equal(main(['lint', '--max-warnings', '0', file], TODAY).exitCode, 1);
    assert.equal(main(['lint', '--max-warnings', '100', file], TODAY).exitCode, 0);
  });

  it('--quiet shows errors only', () => {
    const file = join(dir, 'residue.cable');
    copyFileSync(join(FIXTURES, 'rules', 'archive-residue', 'invalid', 'pasted.cable'), file);
    const result = main(['lint', '--quiet', '--format', 'json', file], TODAY);
    assert.deepEqual(JSON.parse(result.stdout).files[0].problems, []);
  });

  it('--fix keeps the file mode, the line endings and the byte-order mark, and leaves clean files untouched', () => {
    const file = join(dir, 'crlf.cable');
    const original = readFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, '\ufeff' + original);
    chmodSync(file, 0o640);
    const clean = join(dir, 'clean.cable');
    copyFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'valid', 'consecutive.cable'), clean);
    const cleanBefore = statSync(clean).mtimeMs;
    assert.equal(main(['lint', '--fix', dir], TODAY).exitCode, 0);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(text, original.replace('See para 4', 'See para 3').replace('\r\n4. (U)', '\r\n3. (U)').replace('\r\n5. (U)', '\r\n4. (U)'));
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.equal(statSync(clean).mtimeMs, cleanBefore);
  });

  it('--fix does not follow a symbolic link out of the paths given', () => {
    const outside = mkdtempSync(join(tmpdir(), 'cablewright-outside-'));
    try {
      const target = join(outside, 'target.cable');
      copyFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable'), target);
      const before = readFileSync(target, 'utf8');
      const link = join(dir, 'link.cable');
      symlinkSync(target, link);
      const result = main(['fix', link], TODAY);
      assert.equal(result.exitCode, 2);
      assert.match(result.stderr, /symbolic link .* outside the paths given/);
      assert.equal(readFileSync(target, 'utf8'), before);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reports a broken .cablewright.json with its line and uses the defaults', () => {
    const file = join(dir, 'gap.cable');
    copyFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable'), file);
    writeFileSync(join(dir, '.cablewright.json'), '{\n  "rules": {\n    "paragraph-sequence": "loud"\n  }\n}\n');
    const json = JSON.parse(main(['lint', '--format', 'json', file], TODAY).stdout);
    const config = json.files.find((f: { path: string }) => f.path.endsWith('.cablewright.json'));
    assert.equal(config.problems[0].ruleId, 'invalid-config');
    assert.equal(config.problems[0].line, 3);
    assert.match(config.problems[0].message, /Invalid setting for "paragraph-sequence".*"loud"/);
    const cable = json.files.find((f: { path: string }) => f.path === file);
    assert.equal(cable.problems.filter((p: { ruleId: string }) => p.ruleId === 'paragraph-sequence').length, 1);
  });

  it('applies .cablewright.json found walking up from the cable', () => {
    const file = join(dir, 'gap.cable');
    copyFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable'), file);
    writeFileSync(join(dir, '.cablewright.json'), '// comments are allowed\n{ "rules": { "paragraph-sequence": "off", }, }\n');
    const result = main(['lint', file], TODAY);
    assert.equal(result.exitCode, 0, result.stdout);
  });

  it('inspect prints the model, with --year for fragments', () => {
    const json = JSON.parse(main(['inspect', join(EXAMPLES, 'demarche.cable')], TODAY).stdout);
    assert.equal(json.files[0].cable.classification.cableId, '09STATE22417');
    const fragment = join(dir, 'fragment.cable');
    writeFileSync(fragment, 'REF: A. STATE 12044\nB. 07 LONDON 311\n');
    const withYear = JSON.parse(main(['inspect', '--year', '2008', fragment], TODAY).stdout);
    assert.deepEqual(withYear.files[0].cable.references.map((r: { cableId: string }) => r.cableId), ['08STATE12044', '07LONDON311']);
    const withoutYear = JSON.parse(main(['inspect', fragment], TODAY).stdout);
    assert.deepEqual(withoutYear.files[0].cable.references.map((r: { cableId: string | null }) => r.cableId), [null, '07LONDON311']);
  });
});
