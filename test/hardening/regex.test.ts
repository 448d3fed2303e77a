/**
 * No regular expression in the shipped code backtracks catastrophically. Every pattern
 * literal in server/ and client/ (found with the TypeScript parser) is run against strings
 * built from its own characters — long runs of what it matches, each ending in a near miss —
 * in a worker thread that is stopped when one input runs too long.
 *
 * What fails: a pattern that stalls (over 2 s on one input of at most 8,000 characters:
 * cubic or exponential backtracking), or whose time grows more than 200-fold when its worst
 * input grows 8-fold (worse than quadratic), or that takes over a second at 8,000 characters.
 * Quadratic patterns (a greedy run before `$`, retried from every start) are printed: they
 * are harmless on the short pieces they are given, and the hostile-input tests check, end to
 * end, that no input makes the linter super-linear.
 */
import { strict as assert } from 'node:assert';
import { adversarialStrings, dynamicRegexSites, regexLiterals, timePatterns, type FoundRegex } from './support/regexes';

const STALL_MS = 2000;

describe('hardening: regular expressions cannot backtrack catastrophically', function () {
  this.timeout(240_000);
  const patterns = regexLiterals();

  it('finds the patterns of the parser, the rules, the server, the CLI and the client', () => {
    assert.ok(patterns.length > 200, `only ${patterns.length} regular expressions found`);
    for (const dir of ['server/src/core/syntax/', 'server/src/core/rules/', 'server/src/core/features/', 'server/src/cli']) {
      assert.ok(patterns.some((p) => p.file.startsWith(dir)), `no pattern found under ${dir}`);
    }
    for (const p of patterns) assert.doesNotThrow(() => new RegExp(p.source, p.flags), `${p.file}:${p.line} /${p.source}/${p.flags}`);
  });

  it('builds adversarial strings from a pattern’s own characters', () => {
    const strings = adversarialStrings(String.raw`^(\w+\s?)+$`, 50);
    assert.ok(strings.some((s) => /^(?:w )+/.test(s) || /^(?:a )+/.test(s)), 'a run of word characters and spaces');
    assert.ok(strings.some((s) => s.endsWith('\u0000!')), 'a near miss at the end');
  });

  it('catches a catastrophic pattern (the check itself works)', async () => {
    const bad: FoundRegex = { file: 'test', line: 0, source: String.raw`^(\w+\s?)+$`, flags: '' };
    const [result] = await timePatterns([bad], [1000], 1, 1000);
    assert.equal(result.stalled, true);
  });

  it('runs every pattern against long runs and near misses without a stall or super-linear growth', async () => {
    // One pass at 2,000 characters; the patterns that take over 2 ms are timed again on their
    // worst input at 1,000 and 8,000 characters, best of three.
    const first = await timePatterns(patterns, [2000], 1, STALL_MS);
    const suspects = first.filter((r) => r.stalled || r.times[0][0] > 2);
    const second = await timePatterns(
      suspects.map((s) => s.pattern),
      [1000, 8000],
      3,
      STALL_MS,
      suspects.map((s) => (s.stalled ? 0 : s.times[0][1])),
    );
    const stalledFirst = suspects.filter((s) => s.stalled).map((s) => s.pattern);
    const failures: string[] = [];
    const quadratic: string[] = [];
    const where = (p: FoundRegex) => `${p.file}:${p.line} /${p.source}/${p.flags}`;
    for (const p of stalledFirst) failures.push(`stalls (over ${STALL_MS} ms on a 2,000-character input): ${where(p)}`);
    for (const r of second) {
      if (stalledFirst.includes(r.pattern)) continue;
      if (r.stalled) {
        failures.push(`stalls (over ${STALL_MS} ms on an 8,000-character input): ${where(r.pattern)}`);
        continue;
      }
      const [[small], [large]] = r.times;
      const growth = large / Math.max(small, 0.05);
      if (large > 1000 || (large > 50 && growth > 200)) failures.push(`${small.toFixed(1)} ms at 1,000 characters, ${large.toFixed(1)} ms at 8,000: ${where(r.pattern)}`);
      else if (large > 20 && growth > 20) quadratic.push(`${large.toFixed(0).padStart(4)} ms at 8,000 characters: ${where(r.pattern)}`);
    }
    if (quadratic.length > 0) console.log(`      quadratic on long runs (${quadratic.length}; fine on the short pieces they are given):\n        ${quadratic.join('\n        ')}`);
    assert.deepEqual(failures, []);
  });

  it('knows every pattern built at run time, and none of them backtracks badly', async () => {
    // `new RegExp(…)` cannot be read from the source; each site is listed here with the values
    // it is built from, so a new site fails this test until it is checked the same way.
    const sites = dynamicRegexSites().map((s) => s.file).sort();
    const known: Record<string, FoundRegex[]> = {
      'server/src/core/syntax/references.ts': ['A', 'B', 'Z'].map((letter) => ({ file: 'references', line: 0, source: String.raw`^\s*(?:REF\s+${letter}\s*:?|\(${letter}\)|${letter}[.):]|${letter}(?= [A-Z0-9]))`, flags: 'i' })),
    };
    assert.deepEqual([...new Set(sites)], Object.keys(known).sort(), 'a new `new RegExp(…)` site: add it to this test');
    const results = await timePatterns(Object.values(known).flat(), [8000], 1, STALL_MS);
    for (const r of results) {
      assert.equal(r.stalled, false, `stalls: /${r.pattern.source}/`);
      assert.ok(r.times[0][0] < 1000, `${r.times[0][0].toFixed(0)} ms at 8,000 characters: /${r.pattern.source}/`);
    }
  });
});
