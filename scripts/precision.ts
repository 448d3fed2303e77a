/**
 * Lints the clean cables of the corpus and prints, per rule and severity, how many problems
 * and on how many cables, with a few examples (cable id, line, message). For tuning rules:
 *   npx tsx scripts/precision.ts [../shared/corpus] [--rule ID] [--examples N] [--all]
 * (--all includes the damaged copies too). Prints to the terminal only.
 */
import { lint, parseCable } from '../server/src/core/index';
import { corpusDir, loadCorpus, readCable } from './lib/corpus';

const argv = process.argv.slice(2);
const only = argv.includes('--rule') ? argv[argv.indexOf('--rule') + 1] : null;
const examples = argv.includes('--examples') ? Number(argv[argv.indexOf('--examples') + 1]) : 3;
const all = argv.includes('--all');
const today = { year: 2026, month: 11, day: 27 };

const entries = loadCorpus(corpusDir(argv.filter((a, i) => !['--rule', '--examples'].includes(argv[i - 1] ?? '') && a !== '--all'))).filter((e) => all || e.clean);
const byRule = new Map<string, { severity: string; problems: number; cables: Set<string>; samples: string[] }>();
let cablesWithError = 0;
for (const entry of entries) {
  const text = readCable(entry);
  const doc = parseCable(text);
  const problems = lint(doc, {}, today).filter((p) => only === null || p.ruleId === only);
  if (problems.some((p) => p.severity === 'error')) cablesWithError++;
  for (const p of problems) {
    const key = `${p.ruleId} ${p.severity}`;
    const row = byRule.get(key) ?? { severity: p.severity, problems: 0, cables: new Set<string>(), samples: [] };
    row.problems++;
    row.cables.add(entry.id);
    if (row.samples.length < examples && !row.samples.some((s) => s.startsWith(entry.id + ':'))) {
      row.samples.push(`${entry.id}:${doc.lines.positionAt(p.span.start).line + 1}  ${p.message}`);
    }
    byRule.set(key, row);
  }
}
console.log(`${entries.length} ${all ? '' : 'clean '}cables; ${cablesWithError} (${((100 * cablesWithError) / entries.length).toFixed(1)}%) with an error-severity problem`);
for (const [key, row] of [...byRule.entries()].sort((a, b) => b[1].cables.size - a[1].cables.size)) {
  console.log(`${key.padEnd(48)} ${String(row.problems).padStart(6)} problems on ${String(row.cables.size).padStart(5)} cables`);
  for (const s of row.samples) console.log(`    ${s}`);
}
