/**
 * Grammar snapshots: every `test/fixtures/grammar/*.cable` is tokenised with the committed
 * grammar and compared with `<name>.cable.snap` beside it (each line after `>`, then one row
 * per scoped token: carets under it and its scopes). Any difference fails.
 * After an intended grammar change, review and rewrite the snapshots with
 *   UPDATE_SNAPSHOTS=1 npx mocha test/grammar
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSnapshot, tokenize } from '../../scripts/grammar/tokenizer';
import { FIXTURES } from '../support/paths';

const DIR = join(FIXTURES, 'grammar');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** The first differing lines of two snapshots, with some context, for the failure message. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const at = e.findIndex((line, i) => line !== a[i]);
  const index = at === -1 ? Math.min(e.length, a.length) : at;
  const from = Math.max(0, index - 3);
  const show = (lines: string[]) => lines.slice(from, index + 4).map((l, i) => `  ${from + i + 1}: ${l}`).join('\n');
  return `snapshot line ${index + 1} differs\n--- expected (committed)\n${show(e)}\n+++ actual\n${show(a)}`;
}

describe('grammar snapshots', () => {
  const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.cable')).sort();

  it('has fixtures', () => {
    assert.ok(fixtures.length >= 8, `expected the grammar fixtures in ${DIR}`);
  });

  for (const name of fixtures) {
    it(`${name} matches ${name}.snap`, async () => {
      const snapPath = join(DIR, `${name}.snap`);
      const actual = renderSnapshot(await tokenize(readFileSync(join(DIR, name), 'utf8')));
      if (UPDATE) {
        writeFileSync(snapPath, actual);
        return;
      }
      assert.ok(existsSync(snapPath), `${name}.snap is missing: run UPDATE_SNAPSHOTS=1 npx mocha test/grammar and review it`);
      const expected = readFileSync(snapPath, 'utf8');
      if (expected !== actual) assert.fail(`${name}: ${firstDifference(expected, actual)}\n(after an intended change: UPDATE_SNAPSHOTS=1 npx mocha test/grammar)`);
    });
  }

  it('has no snapshot without its fixture', () => {
    const orphans = readdirSync(DIR).filter((f) => f.endsWith('.cable.snap') && !fixtures.includes(f.replace(/\.snap$/, '')));
    assert.deepEqual(orphans, []);
  });
});
