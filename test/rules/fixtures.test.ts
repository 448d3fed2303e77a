/**
 * Every rule's fixtures: `test/fixtures/rules/<id>/valid/*.cable` must stay silent;
 * `invalid/*.cable` must report exactly the problems in the `.expected.json` beside it
 * (line and message); where `.fixed.cable` exists, the rule's fixes must produce it.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index';
import { fixWith, lineOf, lintWith } from '../support/lintHelpers';
import { FIXTURES } from '../support/paths';

interface Expected {
  readonly line: number;
  readonly message: string;
}

const RULE_FIXTURES = join(FIXTURES, 'rules');

function cables(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cable') && !f.endsWith('.fixed.cable')).sort() : [];
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      const valid = cables(join(RULE_FIXTURES, id, 'valid'));
      const invalid = cables(join(RULE_FIXTURES, id, 'invalid'));

      it('has fixtures that fire and fixtures that stay silent', () => {
        assert.ok(valid.length > 0, `no valid fixtures in test/fixtures/rules/${id}/valid`);
        assert.ok(invalid.length > 0, `no invalid fixtures in test/fixtures/rules/${id}/invalid`);
      });

      for (const name of valid) {
        it(`stays silent on valid/${name}`, () => {
          const text = readFileSync(join(RULE_FIXTURES, id, 'valid', name), 'utf8');
          const problems = lintWith(rule, text);
          assert.deepEqual(problems.map((p) => `${lineOf(text, p.span.start)}: ${p.message}`), []);
        });
      }

      for (const name of invalid) {
        it(`reports invalid/${name}`, () => {
          const base = join(RULE_FIXTURES, id, 'invalid', name.replace(/\.cable$/, ''));
          const text = readFileSync(`${base}.cable`, 'utf8');
          const expected = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as Expected[];
          const problems = lintWith(rule, text);
          assert.deepEqual(
            problems.map((p) => ({ line: lineOf(text, p.span.start), message: p.message })),
            expected,
          );
          if (existsSync(`${base}.fixed.cable`)) {
            assert.equal(fixWith(rule, text), readFileSync(`${base}.fixed.cable`, 'utf8'));
          }
        });
      }

      if (rule.meta.fixable) {
        it('has at least one golden fixed output', () => {
          assert.ok(
            invalid.some((n) => existsSync(join(RULE_FIXTURES, id, 'invalid', n.replace(/\.cable$/, '.fixed.cable')))),
            `fixable rule ${id} has no invalid/*.fixed.cable`,
          );
        });
      }
    });
  }
});
