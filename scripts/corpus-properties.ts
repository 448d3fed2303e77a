/**
 * The hardening properties over the real corpus: `npm run corpus` runs this after the
 * conformance report (scripts/corpus.ts, section 4), and it runs alone as
 * `npx tsx scripts/corpus-properties.ts ../shared/corpus [--mutations N] [--seed S] [--limit N]`.
 *
 * For every cable, as it is and after N random line-level mutations (default 1; the same
 * mutations as test/hardening/), the throwing parser and the linter must not throw; every span
 * lies inside the text and inside its parent; the blocks are ordered, disjoint and hold every
 * character that is not white space; every problem lies inside the document; the fixes of one
 * pass never overlap, keep every character outside their edits, converge, and never change
 * what a classification line, security line, portion mark, caption or E.O. line means.
 *
 * Prints counts per kind of violation with a few examples (cable id, line, and how to replay a
 * mutation). Never writes corpus text anywhere.
 */
import fc from 'fast-check';
import { allViolations, newFixStats, type FixStats } from '../test/hardening/support/invariants';
import { mutate, mutation, type Mutation } from '../test/hardening/support/mutations';
import { corpusDir, loadCorpus, readCable, type CorpusEntry } from './lib/corpus';

/** Options read from the command line. */
export interface CorpusPropertyOptions {
  /** Mutated variants per cable. */
  readonly mutations: number;
  readonly seed: number;
  /** Check only the first N cables (0: all). */
  readonly limit: number;
}

/** What the run found. */
export interface CorpusPropertyResult {
  readonly checked: number;
  readonly failures: number;
  readonly stats: FixStats;
}

export function optionsFrom(argv: readonly string[]): CorpusPropertyOptions {
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    const n = at >= 0 ? Number(argv[at + 1]) : NaN;
    return Number.isFinite(n) ? n : fallback;
  };
  return { mutations: value('--mutations', 1), seed: value('--seed', 20261127), limit: value('--limit', 0) };
}

/** A kind of violation: the message with numbers and quotes folded, so alike ones count together. */
function kindOf(violation: string): string {
  return violation
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 140);
}

/** Runs the properties over `entries`, printing a report; returns the counts. */
export function runCorpusProperties(entries: readonly CorpusEntry[], options: CorpusPropertyOptions): CorpusPropertyResult {
  const chosen = options.limit > 0 ? entries.slice(0, options.limit) : entries;
  const stats = newFixStats();
  const kinds = new Map<string, { count: number; examples: string[] }>();
  let checked = 0;
  let failures = 0;
  const started = performance.now();
  // Lines of other cables, to insert (held in memory only).
  const texts = chosen.map((e) => readCable(e));
  const mutationLists = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), { seed: options.seed, numRuns: Math.max(1, chosen.length * options.mutations) });
  const record = (violations: readonly string[], where: string) => {
    if (violations.length === 0) return;
    failures++;
    for (const v of new Set(violations)) {
      const kind = kindOf(v);
      const row = kinds.get(kind) ?? { count: 0, examples: [] };
      row.count++;
      if (row.examples.length < 3) row.examples.push(`${where}: ${v.slice(0, 200)}`);
      kinds.set(kind, row);
    }
  };
  chosen.forEach((entry, i) => {
    const variants: Array<{ text: string; where: string }> = [{ text: texts[i], where: entry.id }];
    for (let m = 0; m < options.mutations; m++) {
      const list: Mutation[] = mutationLists[(i * options.mutations + m) % mutationLists.length];
      variants.push({ text: mutate(texts[i], list, texts), where: `${entry.id} mutated ${JSON.stringify(list)}` });
    }
    for (const { text, where } of variants) {
      checked++;
      let violations: string[];
      try {
        violations = allViolations(text, stats);
      } catch (error) {
        violations = [`threw: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`];
      }
      record(violations, where);
    }
  });
  const seconds = (performance.now() - started) / 1000;

  console.log(`\nProperties over real cables (${chosen.length} cables as they are and ${options.mutations} mutation(s) each, seed ${options.seed}; ${seconds.toFixed(0)} s):`);
  console.log(`  ${checked} texts checked, ${failures} with a violation; ${stats.fixes} fixes applied in ${stats.passesWithFixes} passes`);
  console.log(`  fixes that touched a protected part and kept its meaning: ${[...stats.keptMeaning].map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
  if (stats.residueSecondPass > 0) console.log(`  converged only in a second pass because of residue inside a word: ${stats.residueSecondPass}`);
  console.log(`  parts read differently after a fix elsewhere (not a violation): ${[...stats.contextChanges].map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
  for (const [kind, row] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${String(row.count).padStart(5)}  ${kind}`);
    for (const e of row.examples) console.log(`           e.g. ${e}`);
  }
  if (failures > 0) console.log('  Replay one: npx tsx scripts/corpus-properties.ts ../shared/corpus --replay ID \'[mutations]\'');
  return { checked, failures, stats };
}

/** Prints every violation of one cable, with the mutations given (as printed by a run). */
function replay(entries: readonly CorpusEntry[], id: string, mutationsJson: string | undefined): number {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`No cable ${id} in the corpus.`);
  const texts = entries.map((e) => readCable(e));
  const text = mutationsJson ? mutate(readCable(entry), JSON.parse(mutationsJson) as Mutation[], texts) : readCable(entry);
  const violations = allViolations(text);
  for (const v of violations) console.log(v);
  console.log(`${violations.length} violation(s)`);
  return violations.length;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const entries = loadCorpus(corpusDir(argv.filter((a, i) => !a.startsWith('--') && !['--mutations', '--seed', '--limit', '--replay'].includes(argv[i - 1]))));
  const at = argv.indexOf('--replay');
  if (at >= 0) {
    process.exitCode = replay(entries, argv[at + 1], argv[at + 2]) === 0 ? 0 : 1;
  } else {
    const result = runCorpusProperties(entries, optionsFrom(argv));
    process.exitCode = result.failures === 0 ? 0 : 1;
  }
}
