/**
 * Every rule's metadata and documentation: a stable kebab-case id, messages that say what
 * was expected and what was found, and a docs page whose invalid example fires the rule and
 * whose valid example does not.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index';
import { lintWith } from '../support/lintHelpers';
import { ROOT } from '../support/paths';

function codeBlockAfter(markdown: string, heading: string): string | null {
  const at = markdown.indexOf(`\n## ${heading}\n`);
  if (at < 0) return null;
  const rest = markdown.slice(at + heading.length + 5);
  const nextHeading = rest.search(/\n## /);
  const section = nextHeading >= 0 ? rest.slice(0, nextHeading) : rest;
  const m = /```cable\n([\s\S]*?)```/.exec(section);
  return m ? m[1] : null;
}

describe('rule metadata and docs', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const rule of RULES) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('has a kebab-case id, a description and messages', () => {
        assert.match(meta.id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
        assert.ok(meta.description.length > 20, 'description too short');
        assert.ok(Object.keys(meta.messages).length > 0, 'no messages');
        for (const [key, message] of Object.entries(meta.messages)) {
          assert.match(message, /[.?]$/, `message ${key} should be a sentence`);
        }
      });

      const page = join(ROOT, 'docs', 'rules', `${meta.id}.md`);
      it('has a documentation page with why, invalid and valid examples, options and fix notes', () => {
        assert.ok(existsSync(page), `docs/rules/${meta.id}.md is missing`);
        const markdown = readFileSync(page, 'utf8');
        assert.ok(markdown.startsWith(`# ${meta.id}\n`), 'the page starts with "# <id>"');
        for (const heading of ['Why', 'Invalid', 'Valid', 'Options', 'Fix']) {
          assert.ok(markdown.includes(`\n## ${heading}\n`), `missing section "## ${heading}"`);
        }
      });

      it("fires on its page's invalid example and not on its valid one", () => {
        const markdown = readFileSync(page, 'utf8');
        const invalid = codeBlockAfter(markdown, 'Invalid');
        const valid = codeBlockAfter(markdown, 'Valid');
        assert.ok(invalid !== null && valid !== null, 'both examples are ```cable blocks');
        assert.ok(lintWith(rule, invalid).length > 0, 'the invalid example does not fire the rule');
        assert.deepEqual(lintWith(rule, valid).map((p) => p.message), [], 'the valid example fires the rule');
      });
    });
  }
});
