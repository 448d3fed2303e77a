/**
 * The grammar file itself: generated from its source, contributed in package.json, every
 * regex valid for Oniguruma and free of nested unbounded repetition, every scope named the
 * conventional way and documented in docs/grammar.md.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OnigScanner } from 'vscode-oniguruma';
import { GRAMMAR_FILE, renderCableGrammar, type Grammar, type Rule } from '../../scripts/grammar/cableGrammar';
import { loadCableGrammar } from '../../scripts/grammar/tokenizer';
import { ROOT } from '../support/paths';

const grammarText = readFileSync(join(ROOT, GRAMMAR_FILE), 'utf8');
const grammar = JSON.parse(grammarText) as Grammar;

/** Every rule of the grammar, with where it sits, depth first. */
function allRules(): Array<{ where: string; rule: Rule }> {
  const found: Array<{ where: string; rule: Rule }> = [];
  const visit = (rule: Rule, where: string): void => {
    found.push({ where, rule });
    rule.patterns?.forEach((r, i) => visit(r, `${where}/patterns[${i}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
      for (const [n, capture] of Object.entries(rule[key] ?? {})) {
        capture.patterns?.forEach((r, i) => visit(r, `${where}/${key}[${n}]/patterns[${i}]`));
      }
    }
  };
  grammar.patterns.forEach((r, i) => visit(r, `patterns[${i}]`));
  for (const [name, rule] of Object.entries(grammar.repository)) visit(rule, `repository.${name}`);
  return found;
}

/** Every regex source with where it sits. */
function allRegexes(): Array<{ where: string; source: string }> {
  return allRules().flatMap(({ where, rule }) =>
    (['match', 'begin', 'end', 'while'] as const).flatMap((key) => (rule[key] === undefined ? [] : [{ where: `${where}.${key}`, source: rule[key] as string }])),
  );
}

/** Every scope name the grammar can emit (space-separated names split). */
function allScopes(): Set<string> {
  const scopes = new Set<string>([grammar.scopeName]);
  const add = (name: string | undefined) => name?.split(' ').forEach((s) => scopes.add(s));
  for (const { rule } of allRules()) {
    add(rule.name);
    add(rule.contentName);
    for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) for (const capture of Object.values(rule[key] ?? {})) add(capture.name);
  }
  return scopes;
}

/**
 * Groups repeated without bound (`*`, `+`, `{n,}`) whose body also repeats without bound:
 * the shape that backtracks exponentially. Character classes and escapes are skipped.
 */
function nestedUnboundedRepetitions(source: string): number[] {
  const unboundedAt = (i: number): boolean => source[i] === '*' || source[i] === '+' || /^\{\d*,\}/.test(source.slice(i, i + 8));
  const stack: boolean[] = [false];
  const offenders: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      stack.push(false);
    } else if (c === ')') {
      const inner = stack.pop() ?? false;
      const repeated = unboundedAt(i + 1);
      if (inner && repeated) offenders.push(i);
      if (inner || repeated) stack[stack.length - 1] = true;
    } else if (unboundedAt(i) && source[i - 1] !== '(') {
      stack[stack.length - 1] = true;
    }
  }
  return offenders;
}

describe('grammar file', () => {
  it('is the output of scripts/grammar/cableGrammar.ts (run npx tsx scripts/grammar/build.ts)', () => {
    assert.ok(grammarText === renderCableGrammar(), `${GRAMMAR_FILE} is out of date: run npx tsx scripts/grammar/build.ts`);
  });

  it('is contributed in package.json for the cable language', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { languages: Array<{ id: string }>; grammars?: Array<{ language: string; scopeName: string; path: string }> };
    };
    const contribution = pkg.contributes.grammars?.find((g) => g.language === 'cable');
    assert.ok(contribution, 'contributes.grammars has no entry for the cable language');
    assert.ok(pkg.contributes.languages.some((l) => l.id === 'cable'));
    assert.equal(contribution.scopeName, 'source.cable');
    assert.equal(contribution.scopeName, grammar.scopeName);
    assert.equal(join(ROOT, contribution.path), join(ROOT, GRAMMAR_FILE));
    assert.ok(existsSync(join(ROOT, contribution.path)));
  });

  it('has only regexes that Oniguruma compiles', async () => {
    await loadCableGrammar(); // loads the WASM
    const broken: string[] = [];
    for (const { where, source } of allRegexes()) {
      try {
        new OnigScanner([source]).dispose();
      } catch (error) {
        broken.push(`${where}: ${String(error)}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('repeats no group without bound when the group itself repeats without bound', () => {
    assert.deepEqual(nestedUnboundedRepetitions(String.raw`(?:[ \t]+R[A-Z]{3,7})*`), [20], 'the check finds the shape');
    assert.deepEqual(nestedUnboundedRepetitions(String.raw`(?:[ \t]{1,4}R[A-Z]{3,7}){0,40}[ \t]*$`), []);
    const offenders = allRegexes()
      .filter(({ source }) => nestedUnboundedRepetitions(source).length > 0)
      .map(({ where }) => where);
    assert.deepEqual(offenders, []);
  });

  it('names every scope <conventional root>.….cable so default themes colour it', () => {
    const roots = ['comment', 'constant', 'entity', 'invalid', 'keyword', 'markup', 'meta', 'punctuation', 'storage', 'string', 'support', 'variable'];
    const bad = [...allScopes()].filter((s) => s !== 'source.cable' && !(roots.includes(s.split('.')[0]) && s.endsWith('.cable')));
    assert.deepEqual(bad, []);
  });

  it('gives every classification level its own scope', () => {
    const scopes = allScopes();
    for (const level of ['unclassified', 'unclassified.efto', 'unclassified.sbu', 'unclassified.limited-official-use', 'confidential', 'secret', 'top-secret']) {
      assert.ok(scopes.has(`markup.classification.${level}.cable`), level);
    }
  });

  it('documents every scope in docs/grammar.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'grammar.md'), 'utf8');
    const missing = [...allScopes()].filter((s) => !docs.includes(`\`${s}\``));
    assert.deepEqual(missing, []);
  });
});
