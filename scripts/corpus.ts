/**
 * Conformance on real cables: `npm run corpus -- ../shared/corpus [--json FILE] [--verbose]`.
 *
 * 1. Parses every cable: exceptions (must be 0), lines that fell into `unknown` nodes (per
 *    cable, and the commonest shapes).
 * 2. Agreement with the peer parser's assertions in `corpus/expected/*.json`, field by field.
 * 3. Lints the corpus: problems per rule and severity, and the share of clean cables with an
 *    error-severity problem (target ≤ 3%).
 * 4. Checks the hardening properties on every cable and on random mutations of it
 *    (scripts/corpus-properties.ts): must find no violation.
 *
 * Prints to the terminal (and optionally a JSON summary); never writes corpus text into the
 * project. Exits 1 when a cable makes the parser or the linter throw.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type CableDocument } from '../server/src/core/index';
import { cableModel } from '../server/src/core/model';
import { parseCableOrThrow } from '../server/src/core/syntax/parse';
import { foldWhitespace } from '../server/src/core/syntax/lines';
import { splitGlued } from '../server/src/core/vocab/gluedTags';
import { tagsAsRead } from '../server/src/core/syntax/tagsLine';
import { corpusDir, loadCorpus, readCable } from './lib/corpus';
import { optionsFrom, runCorpusProperties } from './corpus-properties';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
const dir = corpusDir(argv.filter((a, i) => a !== '--verbose' && a !== '--json' && argv[i - 1] !== '--json'));
const entries = loadCorpus(dir);
const today = { year: 2026, month: 11, day: 27 };

// ───────────── 1. parse everything ─────────────
let exceptions = 0;
const exceptionSamples: string[] = [];
let unknownLines = 0;
let cablesWithUnknown = 0;
const unknownShapes = new Map<string, number>();
const unknownSamples = new Map<string, string>();
const docs = new Map<string, CableDocument>();

function shape(line: string): string {
  return line
    .trim()
    .slice(0, 40)
    .replace(/[a-z]+/g, 'a')
    .replace(/[A-Z]+/g, 'A')
    .replace(/\d+/g, '9');
}

for (const entry of entries) {
  const text = readCable(entry);
  let doc: CableDocument;
  try {
    doc = parseCableOrThrow(text, {});
  } catch (error) {
    exceptions++;
    if (exceptionSamples.length < 10) exceptionSamples.push(`${entry.id}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    continue;
  }
  docs.set(entry.id, doc);
  let here = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'unknown') continue;
    const first = doc.lines.positionAt(block.span.start).line;
    const last = doc.lines.positionAt(block.span.end).line;
    here += last - first + 1;
    for (let l = first; l <= last; l++) {
      const s = shape(doc.lines.lineText(l));
      if (s) unknownShapes.set(s, (unknownShapes.get(s) ?? 0) + 1);
      if (s && !unknownSamples.has(s)) unknownSamples.set(s, `${entry.id}:${l + 1}`);
    }
  }
  unknownLines += here;
  if (here > 0) cablesWithUnknown++;
}

// ───────────── 2. agreement with the peer's assertions ─────────────
interface ExpectedEntry {
  readonly cable_id: string | null;
  readonly input: string | null;
  readonly expected: unknown;
  readonly args?: Record<string, unknown> | null;
}

interface FieldResult {
  agree: number;
  total: number;
  skipped: number;
  disagreements: Array<{ id: string; expected: unknown; actual: unknown; input: string | null }>;
}

const expectedDir = join(dir, 'expected');
const results = new Map<string, FieldResult>();

function load(file: string): ExpectedEntry[] {
  const path = join(expectedDir, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')).entries as ExpectedEntry[]) : [];
}

/** The document an assertion is about: its snippet parsed with the year given, or the whole cable. */
function subjectDoc(e: ExpectedEntry): CableDocument | null {
  if (e.input !== null) {
    const year = typeof e.args?.year === 'number' ? (e.args.year as number) : yearOfId(e.cable_id);
    return parseCableOrThrow(e.input, year === null ? {} : { year });
  }
  if (e.cable_id && docs.has(e.cable_id)) return docs.get(e.cable_id)!;
  return null;
}

function yearOfId(id: string | null): number | null {
  if (!id) return null;
  const yy = Number(id.slice(0, 2));
  return Number.isNaN(yy) ? null : yy >= 66 ? 1900 + yy : 2000 + yy;
}

function field(name: string, file: string, actualOf: (doc: CableDocument, e: ExpectedEntry) => unknown, same: (expected: unknown, actual: unknown, e: ExpectedEntry) => boolean, filter: (e: ExpectedEntry) => boolean = () => true): void {
  const result: FieldResult = { agree: 0, total: 0, skipped: 0, disagreements: [] };
  for (const e of load(file)) {
    if (!filter(e)) {
      result.skipped++;
      continue;
    }
    const doc = subjectDoc(e);
    if (!doc) {
      result.skipped++;
      continue;
    }
    result.total++;
    const actual = actualOf(doc, e);
    if (same(e.expected, actual, e)) result.agree++;
    else result.disagreements.push({ id: e.cable_id ?? '(snippet)', expected: e.expected, actual, input: e.input });
  }
  results.set(name, result);
}

const norm = (s: unknown) => foldWhitespace(String(s ?? '')).toUpperCase();
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function referenceIds(doc: CableDocument): string[] {
  const ids: string[] = [];
  for (const item of doc.references?.items ?? []) for (const c of item.citations) if (c.cableId && !ids.includes(c.cableId)) ids.push(c.cableId);
  return ids;
}

function itemKind(text: string): string {
  if (/E-?MAILS?\b/i.test(text)) return 'EMAIL';
  if (/\bTEL(?:E)?CONS?\b|\bPHONE\b|\bTELEPHONE\b/i.test(text)) return 'TEL';
  if (/\bFAM\b|\bFAH\b|\bBOOK\b/i.test(text)) return 'BOOK';
  if (/\bREPORTS?\b|\bIIR\b|\bOSC\b|\bTD-\d/i.test(text)) return 'REPORT';
  return 'OTHER';
}

field('references', 'references.json', (doc) => referenceIds(doc), (exp, act, e) => {
  if (e.args?.assert === 'contains') return true;
  return sameJson(exp, act);
}, (e) => e.expected !== null);

field('references (typed)', 'references_typed.json', (doc) =>
  (doc.references?.items ?? []).flatMap((item) =>
    item.citations.length > 0
      ? item.citations.map((c) => ({ value: c.cableId, kind: 'CABLE', bullet: item.letter }))
      : [{ value: item.text, kind: itemKind(item.text), bullet: item.letter }],
  ),
  (exp, act) => {
    const e = exp as Array<{ value: string; kind: string; bullet: string | null }>;
    const a = act as Array<{ value: string | null; kind: string; bullet: string | null }>;
    if (e.length !== a.length) return false;
    return e.every((x, i) => x.bullet === a[i].bullet && (x.kind === 'CABLE' ? x.value === a[i].value && a[i].kind === 'CABLE' : a[i].kind !== 'CABLE'));
  });

/** A person tag as the peer writes it: `SURNAME, GIVEN`. */
function personForm(text: string): string {
  return text.includes(',') ? text : text.replace(/^(\S+) /, '$1, ');
}
// With canonicalize, the peer splits tags run together (`ITPHUM`): ours are the parts the
// parser reads (runs of listed tags), then the glued-tags rule's reading (splitGlued) of the rest.
field('tags', 'tags.json', (doc, e) => {
  const canonical = e.args?.canonicalize === true;
  const nodes = doc.tags ? (canonical ? tagsAsRead(doc.tags) : doc.tags.tags) : [];
  const written = nodes.map((t) => (t.person ? personForm(t.text) : t.text).replace(/^[^A-Z0-9]+|[^A-Z0-9.]+$/g, '')).filter((t) => t.length > 0);
  const read = canonical ? written.flatMap((t) => splitGlued(t, new Map()) ?? [t]) : written;
  return [...new Set(read)];
}, (exp, act) => sameJson(exp, act));

field('subject', 'subject.json', (doc, e) => {
  const subject = doc.subject;
  if (!subject) return '';
  // clean=false keeps the portion mark, as written.
  return e.args?.clean === false && subject.portionMark ? `(${subject.portionMark.text}) ${subject.text}` : subject.text;
}, (exp, act) => norm(exp) === norm(act));

field('summary', 'summary.json', (doc) => cableModel(doc).summary, (exp, act) => norm(exp).replace(/\s*\(?[A-Z]{1,3}\)\s*/g, ' ').trim() === norm(act).replace(/\s*\(?[A-Z]{1,3}\)\s*/g, ' ').trim());

// The peer gives the classifier's name; ours is the whole classifier (title and name). The
// name must be in it; spaces and punctuation are ignored, since copies break names across lines.
const compact = (s: unknown) => norm(s).replace(/[^A-Z0-9]/g, '');
field('classified by', 'classified_by.json', (doc) => doc.classifiedBy?.classifier ?? null, (exp, act) => {
  const names = exp as string[];
  if (names.length === 0) return act === null;
  return act !== null && names.every((n) => compact(act).includes(compact(n)));
});

field('signers', 'signers.json', (doc) => (doc.signature ? [doc.signature.text] : []), (exp, act, e) => {
  const names = exp as string[];
  const actual = act as string[];
  if (names.length === 0) return actual.length === 0;
  if (actual.length === 0) return false;
  const joined = norm(actual.join(' ')).replace(/[^A-Z'-]/g, '');
  return e.args?.canonicalize === true ? joined === names.map((n) => norm(n)).join('') : joined === norm(names.join('')).replace(/[^A-Z'-]/g, '');
});

function recipientList(list: readonly { indicator: { text: string } | null; plad: { text: string } | null; precedence: { text: string } | null; serial: { text: string } | null }[]) {
  return list.map((a) => ({ route: a.indicator?.text ?? null, name: a.plad?.text ?? null, precedence: a.precedence?.text ?? null, mcn: a.serial?.text ?? null }));
}

function sameRecipients(exp: unknown, act: unknown): boolean {
  const e = (exp as Array<{ route: string | null; name: string; precedence: string | null; mcn: string | null }>).map((r) => ({ route: r.route, name: r.name, precedence: r.precedence, mcn: r.mcn }));
  return sameJson(e, act);
}

field('recipients', 'recipients.json', (doc) => recipientList(doc.header?.to ?? []), sameRecipients);
field('info recipients', 'info_recipients.json', (doc) => recipientList(doc.header?.info ?? []), sameRecipients);

field('declassification date', 'decl_date.json', (doc) => cableModel(doc).eo?.declassify ?? null, (exp, act) => exp === act);

// The peer's reference_id keeps damaged ids as written (`08ECTION01OF02MANAMA492`); its canonical_id is what our cable id means.
field('transmission id', 'transmission_id.json', (doc) => ({ transmission_id: doc.header?.transmissionId?.id ?? null, canonical_id: doc.classification?.cableId ?? null }), (exp, act) => {
  const e = exp as { transmission_id: string; canonical_id: string };
  const a = act as { transmission_id: string | null; canonical_id: string | null };
  return e.transmission_id === a.transmission_id && e.canonical_id === a.canonical_id;
});

// ───────────── 3. lint ─────────────
let lintExceptions = 0;
let cleanCables = 0;
let cleanWithError = 0;
const perRule = new Map<string, { clean: number; cleanCables: Set<string>; all: number }>();
for (const entry of entries) {
  const doc = docs.get(entry.id);
  if (!doc) continue;
  let problems;
  try {
    problems = lint(doc, {}, today);
  } catch (error) {
    lintExceptions++;
    if (exceptionSamples.length < 20) exceptionSamples.push(`lint ${entry.id}: ${(error as Error).message}`);
    continue;
  }
  if (problems.some((p) => p.message.includes('failed on this cable'))) lintExceptions++;
  if (entry.clean) {
    cleanCables++;
    if (problems.some((p) => p.severity === 'error')) cleanWithError++;
  }
  for (const p of problems) {
    const key = `${p.ruleId} (${p.severity})`;
    const row = perRule.get(key) ?? { clean: 0, cleanCables: new Set<string>(), all: 0 };
    row.all++;
    if (entry.clean) {
      row.clean++;
      row.cleanCables.add(entry.id);
    }
    perRule.set(key, row);
  }
}

// ───────────── report ─────────────
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`Corpus: ${entries.length} cables (${entries.filter((e) => e.clean).length} clean) in ${dir}`);
console.log(`\nParsing: ${exceptions} exceptions; ${unknownLines} lines in unknown nodes on ${cablesWithUnknown} cables`);
for (const s of exceptionSamples) console.log(`  ! ${s}`);
console.log('  commonest unknown line shapes:');
for (const [s, n] of [...unknownShapes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${String(n).padStart(6)}  ${s.padEnd(42)} e.g. ${unknownSamples.get(s)}`);

console.log('\nAgreement with the peer parser (field: agreed/total, skipped = cable not in the corpus):');
let worst = 100;
for (const [name, r] of results) {
  const share = r.total === 0 ? 100 : (100 * r.agree) / r.total;
  worst = Math.min(worst, share);
  console.log(`  ${name.padEnd(24)} ${String(r.agree).padStart(4)}/${String(r.total).padEnd(4)} ${pct(r.agree, r.total).padStart(6)}   (skipped ${r.skipped})`);
  if (verbose) {
    for (const d of r.disagreements) {
      console.log(`      ${d.id}: expected ${JSON.stringify(d.expected)} | ours ${JSON.stringify(d.actual)}`);
      if (d.input !== null && argv.includes('--inputs')) console.log(`          input: ${JSON.stringify(d.input.slice(0, 300))}`);
    }
  }
}
console.log(`  lowest field agreement: ${worst.toFixed(1)}% (target ≥ 95%)`);

console.log(`\nLinting: ${lintExceptions} rule failures; clean cables with an error: ${cleanWithError}/${cleanCables} = ${pct(cleanWithError, cleanCables)} (target ≤ 3%)`);
console.log('  problems per rule (clean cables: problems / cables; all cables: problems):');
for (const [key, row] of [...perRule.entries()].sort((a, b) => b[1].cleanCables.size - a[1].cleanCables.size || b[1].all - a[1].all)) {
  console.log(`    ${key.padEnd(48)} ${String(row.clean).padStart(6)} / ${String(row.cleanCables.size).padStart(5)}    ${String(row.all).padStart(7)}`);
}

if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        cables: entries.length,
        exceptions,
        lintExceptions,
        unknownLines,
        cablesWithUnknown,
        agreement: Object.fromEntries([...results].map(([k, r]) => [k, { agree: r.agree, total: r.total, skipped: r.skipped }])),
        cleanCables,
        cleanWithError,
        perRule: Object.fromEntries([...perRule].map(([k, r]) => [k, { clean: r.clean, cleanCables: r.cleanCables.size, all: r.all }])),
      },
      null,
      2,
    ),
  );
}

// ───────────── 4. properties over the real cables and mutations of them (scripts/corpus-properties.ts) ─────────────
// Parse/lint/fix invariants (tree, problems, fixes that converge and keep the meaning of the
// protected parts) on every cable as it is and mutated; `--mutations N`, `--seed S`.
const properties = runCorpusProperties(entries, optionsFrom(argv));

const failed = exceptions + lintExceptions + properties.failures;
console.log(`\n${failed === 0 ? 1 : 0} passed, ${failed === 0 ? 0 : 1} failed`);
if (process.env.CABLEWRIGHT_COUNTS) writeFileSync(process.env.CABLEWRIGHT_COUNTS, `${failed === 0 ? 1 : 0} ${failed === 0 ? 0 : 1}\n`, { flag: 'a' });
process.exitCode = failed === 0 ? 0 : 1;
