/**
 * `npm run bench [-- --corpus ../shared/corpus] [--quick] [--no-vsix]`: measures Cablewright
 * against its budgets and writes `bench/results.json` and a table.
 *
 * - Throughput of the core, one core, one process: parse alone and parse + lint over the real
 *   corpus (or invented generated cables when no corpus is given), MB/s and per-cable p50/p99,
 *   and peak memory; the core as the CLI and server ship it (bundled, and run by plain `node` in
 *   a process of its own; the budget's figure), then the sources under tsx for comparison.
 * - How the cost grows with size: generated cables of n, 2n and 4n.
 * - The language server over stdio (the built `dist/server.js`), as an editor drives it:
 *   keystroke to diagnostics (pulled, so without the debounce) for one-character edits on the
 *   largest real cable and on a generated 2 MB one (the first edits after opening, while the
 *   engine compiles the code, timed apart from the budgeted ones); hover, completion and symbols
 *   (the first requests of each timed apart likewise); start to first diagnostics; memory with
 *   300 cables open.
 * - Extension activation: `activate()` as the real VS Code end-to-end run recorded it
 *   (bench/activation.json, written by test/e2e/suite/timings.test.ts), and the time to load
 *   the production bundle in a fresh Node process (median of five).
 * - Bundle and .vsix sizes (a production build and package made in a temporary folder).
 *
 * Corpus text is read where it lies and never written anywhere.
 */
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { lint, parseCable } from '../server/src/core/index';
import type { ServerStats } from '../server/src/lsp/serverStats';
import { inventedCables } from '../test/hardening/support/cables';
import { LspClient, richCapabilities } from '../test/support/lspClient';
import { loadCorpus, readCable } from './lib/corpus';
import { type CoreTimings, measureCore, type TimingRequest } from './lib/coreTimings';

const ROOT = resolve(__dirname, '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const corpusArg = argv.includes('--corpus') ? argv[argv.indexOf('--corpus') + 1] : argv.find((a) => !a.startsWith('-'));
const TODAY = { year: 2026, month: 11, day: 27 };
const MB = 1 << 20;

// ───────────────────────────── helpers ─────────────────────────────

/** A budget line of the report. */
interface Result {
  readonly name: string;
  readonly measured: number;
  readonly unit: string;
  /** The budget as a number in the same unit, and whether more or less is better. */
  readonly budget: number | null;
  readonly better: 'lower' | 'higher';
  readonly detail?: string;
}

const results: Result[] = [];
const extra: Record<string, unknown> = {};

function record(result: Result): void {
  results.push(result);
  const pass = result.budget === null ? '' : passes(result) ? 'pass' : 'FAIL';
  console.log(`  ${result.name.padEnd(58)} ${fmt(result.measured).padStart(9)} ${result.unit.padEnd(6)} ${result.budget === null ? ''.padEnd(12) : `${result.better === 'lower' ? '≤' : '≥'} ${fmt(result.budget)}`.padEnd(12)} ${pass}${result.detail ? `  (${result.detail})` : ''}`);
}

function passes(r: Result): boolean {
  return r.budget === null || (r.better === 'lower' ? r.measured <= r.budget : r.measured >= r.budget);
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A small deterministic generator, so every run edits the same places. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A long invented cable: the example's header and preamble, and its paragraphs repeated up to `size` characters. */
function generatedCable(size: number): string {
  const example = readFileSync(join(ROOT, 'examples', 'demarche.cable'), 'utf8');
  const bodyAt = example.indexOf('\n1. ');
  const head = example.slice(0, bodyAt + 1);
  const paragraphs = [
    '(U) Washington asks posts to deliver the points below to host government officials at the appropriate level and to report the response by front channel cable.',
    '(SBU) Background: The working group was set up in 2008 (REF A) to coordinate port inspections among member states. Its mandate lapses at the end of March unless the Council renews it.',
    '(U) Posts may draw on the following points, which are cleared for use with host governments:\n\n-- we support a two-year renewal of the mandate;\n\n-- we encourage co-sponsorship of the draft resolution.',
    '(SBU) Comment: Turkey has signaled support in principle (REF B) but has not committed to co-sponsor; see para 2. End comment.',
  ];
  const parts: string[] = [head];
  let length = head.length;
  for (let n = 1; length < size; n++) {
    const lines = paragraphs[n % paragraphs.length].match(/.{1,66}(?:\s|$)/g) ?? [];
    const paragraph = `${n}. ${lines.join('\n').replace(/ \n/g, '\n')}\n\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  parts.push('CLINTON\n');
  return parts.join('');
}

// ───────────────────────────── 1. core throughput ─────────────────────────────

/**
 * Parse and parse + lint of every cable in the core as the CLI and the server ship it: the core
 * bundled by esbuild into one CommonJS module with the measuring loop, run by plain `node` in a
 * process of its own. Under tsx every call between the core's modules goes through an export
 * getter, and even the bundle measured slower inside a tsx process than in plain `node`, which is
 * how `cablewright` and the server run. The bundle (code only) is written to a temporary folder;
 * the texts go over the IPC channel and are never written anywhere.
 */
async function timingsOfShippedCore(texts: readonly string[]): Promise<CoreTimings> {
  const folder = mkdtempSync(join(tmpdir(), 'cablewright-bench-'));
  try {
    const entry = join(folder, 'core-timings.js');
    buildSync({
      entryPoints: [join(ROOT, 'scripts', 'lib', 'coreTimingsProcess.ts')],
      outfile: entry,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      // As esbuild.mjs: jsonc-parser's UMD entry loads its parts with a dynamic require.
      alias: { 'jsonc-parser': join(ROOT, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') },
    });
    // execArgv: [] so that the child does not inherit tsx's loader.
    const child = fork(entry, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const request: TimingRequest = { texts, rounds: quick ? 1 : 3, today: TODAY };
    return await new Promise<CoreTimings>((done, fail) => {
      child.once('message', (timings) => done(timings as CoreTimings));
      child.once('exit', (code) => fail(new Error(`the measuring process ended (exit code ${code}) without timings`)));
      child.send(request);
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Reports the throughput figures of one run. `budgeted`: whether this run is the one the rulebook's budget applies to (the shipped bundle); the other is reported for comparison. */
function coreThroughput(texts: readonly string[], label: string, timings: CoreTimings, how: string, budgeted: boolean): void {
  console.log(`\nCore throughput, one core, ${how} (${label}: ${texts.length} cables, ${(texts.reduce((n, t) => n + bytes(t), 0) / MB).toFixed(1)} MB; per cable the best of ${quick ? 1 : 3} rounds after a warm-up, summed):`);
  const { parseMs, lintMs, peakRssMb, heapUsedMb } = timings;
  const totalBytes = texts.reduce((n, t) => n + bytes(t), 0);
  const parseTotal = parseMs.reduce((a, b) => a + b, 0) / 1000;
  const lintTotal = lintMs.reduce((a, b) => a + b, 0) / 1000;
  record({ name: `parse alone: throughput (${how})`, measured: totalBytes / MB / parseTotal, unit: 'MB/s', budget: null, better: 'higher', detail: `p50 ${fmt(percentile(parseMs, 50))} ms, p99 ${fmt(percentile(parseMs, 99))} ms per cable` });
  record({
    name: `parse + lint: throughput (${how})${budgeted ? ' (budget: rulebook issue)' : ''}`,
    measured: totalBytes / MB / lintTotal,
    unit: 'MB/s',
    budget: budgeted ? 30 : null,
    better: 'higher',
    detail: `p50 ${fmt(percentile(lintMs, 50))} ms, p99 ${fmt(percentile(lintMs, 99))} ms per cable`,
  });
  // The measuring process's peak resident memory: the texts held in memory, the parser and the
  // rules, and the collector's headroom.
  record({ name: `peak resident memory (${how})`, measured: peakRssMb, unit: 'MB', budget: null, better: 'lower', detail: `${texts.length} cables held in memory; heap ${fmt(heapUsedMb)} MB at the end` });
  const figures = {
    label,
    how,
    cables: texts.length,
    megabytes: totalBytes / MB,
    peakRssMb,
    parse: { seconds: parseTotal, mbPerSecond: totalBytes / MB / parseTotal, p50Ms: percentile(parseMs, 50), p99Ms: percentile(parseMs, 99), maxMs: Math.max(...parseMs) },
    parseAndLint: { seconds: lintTotal, mbPerSecond: totalBytes / MB / lintTotal, p50Ms: percentile(lintMs, 50), p99Ms: percentile(lintMs, 99), maxMs: Math.max(...lintMs) },
  };
  if (budgeted) extra.corpus = figures;
  else extra.corpusFromSources = figures;
}

function scaling(): void {
  console.log('\nHow the cost grows with size (generated cables; best of 5 after a warm-up; parse + lint):');
  const rows: Array<{ characters: number; parseMs: number; lintMs: number }> = [];
  const sizes = [512 * 1024, MB, 2 * MB, 4 * MB];
  lint(parseCable(generatedCable(sizes[sizes.length - 1])), {}, TODAY);
  for (const size of sizes) {
    const text = generatedCable(size);
    let parseBest = Infinity;
    let lintBest = Infinity;
    for (let r = 0; r < 5; r++) {
      const a = performance.now();
      const doc = parseCable(text);
      const b = performance.now();
      lint(doc, {}, TODAY);
      const c = performance.now();
      parseBest = Math.min(parseBest, b - a);
      lintBest = Math.min(lintBest, c - a);
    }
    rows.push({ characters: text.length, parseMs: parseBest, lintMs: lintBest });
    const base = rows[0];
    console.log(`  ${String(text.length).padStart(9)} characters: parse ${fmt(parseBest).padStart(7)} ms, parse + lint ${fmt(lintBest).padStart(7)} ms  (×${(lintBest / base.lintMs).toFixed(2)} for ×${(text.length / base.characters).toFixed(2)} the size)`);
  }
  extra.scaling = rows;
}

// ───────────────────────────── 2. the language server ─────────────────────────────

/**
 * Keystroke to diagnostics: one-character edits at random places in the body, each followed
 * by a pull of the diagnostics. The budget is on the server's own time for each keystroke, as
 * the language server issue defines it: applying the change and linting (parse, rules,
 * conversion to LSP diagnostics), from the server's log, without the debounce and without
 * the time the messages spend in the pipe and in this test client; the round trip as this
 * client sees it is reported beside it. The first `coldEdits` after the cable is opened are
 * timed apart (reported without a budget): the JavaScript engine compiles the parser and
 * the rules while they run, and a drafter who edits for minutes meets that cost once, not in
 * one keystroke out of a hundred. As for the core throughput above, the budget applies to
 * the edits after that.
 */
async function keystrokes(text: string, label: string, coldEdits: number, edits: number, budget: number): Promise<void> {
  const { client } = await LspClient.start(richCapabilities({ pull: true }), { settings: { maxFileSize: 8 * MB } });
  try {
    const uri = 'file:///tmp/cablewright-bench/keystrokes.cable';
    await client.open(uri, text, 1);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    const rand = random(7);
    const lines = text.split('\n');
    const bodyLine = lines.findIndex((l) => /^1\. /.test(l));
    const cold: number[] = [];
    const times: number[] = [];
    let logStart = client.logs.length;
    /** The server's time per keystroke since `logStart`: applying the change and linting. */
    const serverMs = () =>
      client.logs
        .slice(logStart)
        .map((l) => /^lint \S+ v\d+: .* in ([\d.]+) ms(?: \(([\d.]+) ms with applying the change\))?$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => Number(m[2] ?? m[1]));
    let coldServerMs: number[] = [];
    for (let k = 0; k < coldEdits + edits; k++) {
      if (k === coldEdits) {
        coldServerMs = serverMs();
        logStart = client.logs.length;
      }
      const line = bodyLine + Math.floor(rand() * (lines.length - bodyLine - 1));
      const character = Math.floor(rand() * (lines[line].length + 1));
      const started = performance.now();
      await client.change(uri, k + 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'e' }]);
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      (k < coldEdits ? cold : times).push(performance.now() - started);
      lines[line] = lines[line].slice(0, character) + 'e' + lines[line].slice(character);
    }
    const server = serverMs();
    if (server.length !== edits) throw new Error(`expected ${edits} lint log lines from the server, found ${server.length}`);
    record({
      name: `keystroke to diagnostics, server p99: ${label}`,
      measured: percentile(server, 99),
      unit: 'ms',
      budget,
      better: 'lower',
      detail: `${edits} edits after the first ${coldEdits}; server p50 ${fmt(percentile(server, 50))} ms; round trip through this client p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))} ms`,
    });
    record({
      name: `  the first ${coldEdits} edits after opening, server p99`,
      measured: percentile(coldServerMs, 99),
      unit: 'ms',
      budget: null,
      better: 'lower',
      detail: `server p50 ${fmt(percentile(coldServerMs, 50))} ms; round trip p50 ${fmt(percentile(cold, 50))}, p99 ${fmt(percentile(cold, 99))}, first ${fmt(cold[0])} ms`,
    });
    (extra.keystrokes ??= {}) as Record<string, unknown>;
    (extra.keystrokes as Record<string, unknown>)[label] = {
      characters: text.length,
      edits,
      serverMs: { p50: percentile(server, 50), p99: percentile(server, 99), max: Math.max(...server) },
      roundTripMs: { p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) },
      firstEdits: {
        edits: coldEdits,
        serverMs: { p50: percentile(coldServerMs, 50), p99: percentile(coldServerMs, 99) },
        roundTripMs: { p50: percentile(cold, 50), p99: percentile(cold, 99), max: Math.max(...cold) },
      },
    };
  } finally {
    await client.stop();
  }
}

async function features(text: string, label: string): Promise<void> {
  const { client } = await LspClient.start();
  try {
    const uri = 'file:///tmp/cablewright-bench/features.cable';
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1, 30_000);
    const lines = text.split('\n');
    const rand = random(11);
    const position = () => {
      const line = Math.floor(rand() * lines.length);
      return { line, character: Math.floor(rand() * (lines[line].length + 1)) };
    };
    const n = quick ? 50 : 300;
    // As for keystrokes, the first requests of each kind are timed apart: the engine compiles
    // the feature's code while they run, once per session, not once in a hundred requests.
    const coldRequests = quick ? 10 : 50;
    const detail: Record<string, unknown> = {};
    for (const [name, method, params] of [
      ['hover', 'textDocument/hover', () => ({ textDocument: { uri }, position: position() })],
      ['completion', 'textDocument/completion', () => ({ textDocument: { uri }, position: position() })],
      ['document symbols', 'textDocument/documentSymbol', () => ({ textDocument: { uri } })],
    ] as const) {
      const cold: number[] = [];
      const times: number[] = [];
      for (let k = 0; k < coldRequests + n; k++) {
        const started = performance.now();
        await client.request(method, params());
        (k < coldRequests ? cold : times).push(performance.now() - started);
      }
      record({ name: `${name}, p99: ${label}`, measured: percentile(times, 99), unit: 'ms', budget: 5, better: 'lower', detail: `${n} requests after the first ${coldRequests}, round trip through this client; p50 ${fmt(percentile(times, 50))} ms` });
      record({ name: `  the first ${coldRequests} ${name} requests, p99`, measured: percentile(cold, 99), unit: 'ms', budget: null, better: 'lower', detail: `p50 ${fmt(percentile(cold, 50))} ms, first ${fmt(cold[0])} ms` });
      detail[name] = { requests: n, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times), first: { requests: coldRequests, p50: percentile(cold, 50), p99: percentile(cold, 99), max: Math.max(...cold) } };
    }
    extra.features = { cable: label, characters: text.length, ...detail };
  } finally {
    await client.stop();
  }
}

async function startToFirstDiagnostics(text: string): Promise<void> {
  const times: number[] = [];
  for (let k = 0; k < (quick ? 3 : 10); k++) {
    const started = performance.now();
    const { client } = await LspClient.start();
    try {
      const uri = 'file:///tmp/cablewright-bench/start.cable';
      await client.open(uri, text, 1);
      await client.diagnosticsFor(uri, 1, 30_000);
      times.push(performance.now() - started);
    } finally {
      await client.stop();
    }
  }
  // Node's own start in the same environment, so a reader can tell the server's share from the
  // machine's: an environment that names extra CA certificates (NODE_EXTRA_CA_CERTS) makes every
  // Node process read them before it runs any code.
  const nodeAlone: number[] = [];
  for (let k = 0; k < times.length; k++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    nodeAlone.push(performance.now() - started);
  }
  const nodeNote = process.env.NODE_EXTRA_CA_CERTS ? ', NODE_EXTRA_CA_CERTS set' : '';
  record({ name: 'start to first diagnostics, median', measured: percentile(times, 50), unit: 'ms', budget: 300, better: 'lower', detail: `${times.length} starts (spawn, initialize, open, first publish); max ${fmt(Math.max(...times))} ms; of which Node starting an empty process ${fmt(percentile(nodeAlone, 50))} ms${nodeNote}` });
  extra.start = { runs: times.length, p50: percentile(times, 50), max: Math.max(...times), nodeAloneP50: percentile(nodeAlone, 50), nodeExtraCaCerts: nodeNote !== '' };
}

async function memory(texts: readonly string[], label: string): Promise<void> {
  const { client } = await LspClient.start(richCapabilities(), { execArgv: ['--expose-gc'] });
  try {
    const before = await client.request<ServerStats>('cablewright/serverStats', { gc: true });
    const uris = texts.map((_, i) => `file:///tmp/cablewright-bench/open/cable-${i}.cable`);
    for (let i = 0; i < texts.length; i += 50) {
      await Promise.all(uris.slice(i, i + 50).map((uri, k) => client.open(uri, texts[i + k], 1)));
      await Promise.all(uris.slice(i, i + 50).map((uri) => client.diagnosticsFor(uri, 1, 60_000)));
    }
    const after = await client.request<ServerStats>('cablewright/serverStats', { gc: true });
    record({
      name: `resident memory with ${texts.length} cables open`,
      measured: after.rss / MB,
      unit: 'MB',
      budget: 120,
      better: 'lower',
      detail: `${label}; heap ${fmt(after.heapUsed / MB)} MB after GC; ${fmt(before.rss / MB)} MB with none open`,
    });
    extra.memory = { cables: texts.length, label, rssMB: after.rss / MB, heapUsedMB: after.heapUsed / MB, idleRssMB: before.rss / MB, idleHeapMB: before.heapUsed / MB, cached: after.cachedDocuments };
  } finally {
    await client.stop();
  }
}

// ───────────────────────────── 3. extension, bundles, package ─────────────────────────────

/** Milliseconds to load (require) an extension bundle, with a stand-in for the `vscode` module VS Code provides. */
/**
 * The time to load `bundle` (with a stand-in for the `vscode` module), in a fresh Node process
 * each time, as an extension host loads it once: the median of five. (Loaded inside this
 * process, after the corpus runs have grown its heap, the figure says more about this process
 * than about the bundle.)
 */
function loadTime(bundle: string): number {
  const probe = `
    const Module = require('node:module');
    const load = Module._load;
    const stub = new Proxy(function () {}, { get: (_t, key) => (key === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
    Module._load = (request, parent, isMain) => (request === 'vscode' ? stub : load(request, parent, isMain));
    const started = performance.now();
    require(${JSON.stringify(bundle)});
    process.stdout.write(String(performance.now() - started));
  `;
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`loading ${bundle} failed: ${result.stderr}`);
    runs.push(Number(result.stdout));
  }
  return percentile(runs, 50);
}

/** Activation: `activate()` as the real VS Code run recorded it, plus loading the production bundle here. */
function activation(productionBundle: string | null): void {
  const loadMs = loadTime(productionBundle ?? join(ROOT, 'dist', 'extension.js'));
  const which = productionBundle ? 'the production bundle' : 'dist/extension.js';
  const recorded = join(ROOT, 'bench', 'activation.json');
  if (existsSync(recorded)) {
    const e2e = JSON.parse(readFileSync(recorded, 'utf8')) as { activateMs: number; readyMs: number | null; appName: string; vscodeVersion: string; recordedAt: string };
    record({
      name: 'extension activation (activate() + loading the bundle)',
      measured: e2e.activateMs + loadMs,
      unit: 'ms',
      budget: 50,
      better: 'lower',
      detail: `activate() ${fmt(e2e.activateMs)} ms in ${e2e.appName} ${e2e.vscodeVersion} (recorded ${e2e.recordedAt.slice(0, 16)}), loading ${which} ${fmt(loadMs)} ms in a fresh process (median of 5); server ready after ${fmt(e2e.readyMs ?? NaN)} ms`,
    });
    extra.activation = { ...e2e, bundleLoadMs: loadMs, ...languageClientLoad(productionBundle) };
  } else {
    record({ name: `extension activation: loading ${which} only`, measured: loadMs, unit: 'ms', budget: null, better: 'lower', detail: 'run npm run test:e2e to record activate() in the real VS Code (bench/activation.json)' });
    extra.activation = { bundleLoadMs: loadMs, activateMs: null, ...languageClientLoad(productionBundle) };
  }
}

/**
 * The language client library's own bundle, which the extension loads on the turn after
 * `activate()` returns (client/src/languageClient.ts): reported beside activation, without a
 * budget, since the drafter waits for it only as part of the server's start.
 */
function languageClientLoad(productionBundle: string | null): { languageClientLoadMs: number } {
  const bundle = join(productionBundle ? dirname(productionBundle) : join(ROOT, 'dist'), 'languageClient.js');
  const loadMs = loadTime(bundle);
  record({ name: '  loading the language client bundle, on the turn after activate()', measured: loadMs, unit: 'ms', budget: null, better: 'lower', detail: 'median of 5, in a fresh process' });
  return { languageClientLoadMs: loadMs };
}

/** Bundle and package sizes; returns the folder with the production build (the caller removes it), or null. */
function sizes(): string | null {
  const dist = Object.fromEntries(['extension', 'languageClient', 'server', 'cli'].map((b) => [b, statSync(join(ROOT, 'dist', `${b}.js`)).size]));
  let production: Record<string, number> | null = null;
  let vsix: number | null = null;
  let built: string | null = null;
  if (!argv.includes('--no-vsix')) {
    // A production build and the package, made in a copy of the checkout (without its
    // dependencies, tests and outputs) so dist/ stays as it is.
    const temp = mkdtempSync(join(tmpdir(), 'cablewright-package-'));
    built = temp;
    try {
      const skip = new Set(['node_modules', '.git', 'test', 'dist', 'out', 'bench', 'cablewright.vsix', '.vscode-test']);
      cpSync(ROOT, temp, { recursive: true, filter: (source) => !skip.has(source.slice(ROOT.length + 1).split('/')[0]) });
      symlinkSync(join(ROOT, 'node_modules'), join(temp, 'node_modules'));
      // The project's own `npm run package` (production build, then vsce with its flags).
      const packaged = spawnSync('npm', ['run', 'package'], { cwd: temp, encoding: 'utf8' });
      if (!existsSync(join(temp, 'dist', 'extension.js'))) execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: temp, stdio: 'ignore' });
      production = Object.fromEntries(['extension', 'languageClient', 'server', 'cli'].map((b) => [b, statSync(join(temp, 'dist', `${b}.js`)).size]));
      if (packaged.status === 0 && existsSync(join(temp, 'cablewright.vsix'))) vsix = statSync(join(temp, 'cablewright.vsix')).size;
      else console.log(`  (npm run package failed: ${`${packaged.stderr}\n${packaged.stdout}`.split('\n').find((l) => /ERROR|Error/.test(l)) ?? 'see npm run package'})`);
    } catch (error) {
      console.log(`  (production build failed: ${(error as Error).message.split('\n')[0]})`);
      rmSync(temp, { recursive: true, force: true });
      built = null;
    }
  }
  const kb = (n: number) => n / 1024;
  if (production) {
    for (const [b, n] of Object.entries(production)) record({ name: `bundle dist/${b}.js (production)`, measured: kb(n), unit: 'KB', budget: null, better: 'lower', detail: `${fmt(kb(dist[b]))} KB as npm run build makes it` });
  } else {
    for (const [b, n] of Object.entries(dist)) record({ name: `bundle dist/${b}.js (npm run build)`, measured: kb(n), unit: 'KB', budget: null, better: 'lower' });
  }
  if (vsix !== null) record({ name: '.vsix package', measured: kb(vsix), unit: 'KB', budget: 1024, better: 'lower' });
  extra.sizes = { dist, production, vsix };
  return built;
}

// ───────────────────────────── run ─────────────────────────────

async function main(): Promise<void> {
  const cpu = cpus();
  console.log(`Cablewright bench: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}${quick ? ' (quick)' : ''}`);
  let texts: string[];
  let label: string;
  let largest: { text: string; label: string };
  if (corpusArg) {
    const entries = loadCorpus(resolve(corpusArg));
    texts = entries.map((e) => readCable(e));
    label = 'real cables';
    let at = 0;
    texts.forEach((t, i) => {
      if (t.length > texts[at].length) at = i;
    });
    largest = { text: texts[at], label: `the largest real cable (${(texts[at].length / 1024).toFixed(0)} KB)` };
  } else {
    // Invented cables: each example and fixture, and generated ones of growing size.
    const invented = inventedCables().map((c) => c.text);
    texts = [...invented, ...Array.from({ length: 400 }, (_, i) => generatedCable(2_000 + ((i * 7919) % 60_000)))];
    label = 'invented and generated cables';
    largest = { text: generatedCable(66 * 1024), label: 'a generated 66 KB cable (no corpus given)' };
  }
  coreThroughput(texts, label, await timingsOfShippedCore(texts), 'the shipped bundle in plain node', true);
  coreThroughput(texts, label, measureCore({ parseCable, lint }, { texts, rounds: quick ? 1 : 3, today: TODAY }), 'the sources under tsx', false);
  scaling();
  console.log('\nLanguage server over stdio (dist/server.js):');
  await keystrokes(largest.text, largest.label, 50, quick ? 30 : 200, 10);
  await keystrokes(generatedCable(2 * MB), 'a generated 2 MB cable', 10, quick ? 10 : 50, 150);
  await features(largest.text, largest.label);
  await startToFirstDiagnostics(readFileSync(join(ROOT, 'examples', 'demarche.cable'), 'utf8'));
  const rand = random(3);
  const sample = texts.length >= 300 ? Array.from({ length: 300 }, () => texts[Math.floor(rand() * texts.length)]) : Array.from({ length: 300 }, (_, i) => texts[i % texts.length]);
  await memory(sample, corpusArg ? '300 real cables picked at random' : '300 invented cables');
  console.log('\nExtension and package:');
  const built = sizes();
  try {
    activation(built && existsSync(join(built, 'dist', 'extension.js')) ? join(built, 'dist', 'extension.js') : null);
  } finally {
    if (built) rmSync(built, { recursive: true, force: true });
  }

  const failed = results.filter((r) => !passes(r));
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'results.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cores: cpu.length, cpu: cpu[0]?.model ?? null, node: process.version, platform: process.platform },
        corpus: corpusArg ? 'real (../shared/corpus)' : 'invented',
        budgets: results.map((r) => ({ ...r, pass: r.budget === null ? null : passes(r) })),
        ...extra,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote bench/results.json. ${results.filter((r) => r.budget !== null).length - failed.length} budgets met, ${failed.length} missed${failed.length ? `: ${failed.map((f) => f.name).join('; ')}` : ''}.`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
