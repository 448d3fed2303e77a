/**
 * The built language server (`node dist/server.js --stdio`) under stress, through a real
 * JSON-RPC client: a thousand rapid edits, two thousand cables opened and closed, a cable far
 * above `cablewright.maxFileSize`, a storm of cancelled requests, a client that vanishes
 * mid-burst, and every setting invalid at once. What test/lsp/ already covers (ten quick
 * edits, one cancelled request, a polite and an abrupt exit, one invalid setting) is not
 * repeated here.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, type Diagnostic, type DocumentSymbol, type Hover } from 'vscode-languageserver-protocol/node';
import { lint, parseCable } from '../../server/src/core/index';
import type { ServerStats } from '../../server/src/lsp/serverStats';
import { LspClient, richCapabilities, SERVER } from '../support/lspClient';
import { FIXTURES } from '../support/paths';

const CABLE = readFileSync(join(FIXTURES, 'lsp', 'request.cable'), 'utf8');
const MB = 1 << 20;

function positionOf(text: string, needle: string, after = 0): { line: number; character: number } {
  const at = text.indexOf(needle) + after;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The diagnostics the core gives for `text` today (the server's clock is the real one). */
function expectedDiagnostics(text: string): string[] {
  const now = new Date();
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  const doc = parseCable(text);
  return lint(doc, {}, today).map((p) => `${doc.lines.positionAt(p.span.start).line}:${doc.lines.positionAt(p.span.start).character} ${p.ruleId} ${p.message}`);
}

function published(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('hardening: the language server under stress (stdio)', function () {
  this.timeout(180_000);
  before(() => assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`));

  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('after 1,000 rapid edits publishes the last version only, at once, with what the core finds in that text', async () => {
    ({ client } = await LspClient.start(richCapabilities(), { settings: { debounceMs: 400 } }));
    const c = client!;
    const uri = 'file:///tmp/cablewright-stress/typing.cable';
    await c.open(uri, CABLE, 1);
    await c.diagnosticsFor(uri, 1);
    const lintsBefore = c.logs.filter((l) => l.startsWith(`lint ${uri}`)).length;
    // 999 characters typed one by one at the end of paragraph 1, then paragraph 4 renumbered 3.
    let text = CABLE;
    const typeAt = positionOf(CABLE, 'host governments.', 'host governments.'.length);
    for (let i = 0; i < 999; i++) {
      const ch = 'abcdefghij '[i % 11];
      void c.change(uri, i + 2, [{ range: { start: { line: typeAt.line, character: typeAt.character + i }, end: { line: typeAt.line, character: typeAt.character + i } }, text: ch }]);
      const offset = text.indexOf('host governments.') + 'host governments.'.length + i;
      text = text.slice(0, offset) + ch + text.slice(offset);
    }
    const four = positionOf(text, '4. (SBU) Action');
    const sentLast = Date.now();
    await c.change(uri, 1001, [{ range: { start: four, end: { line: four.line, character: 1 } }, text: '3' }]);
    text = text.replace('4. (SBU) Action', '3. (SBU) Action');
    const last = await c.diagnosticsFor(uri, 1001, 15_000);
    const latency = Date.now() - sentLast;
    await sleep(800);
    const versions = c.diagnostics.filter((d) => d.uri === uri).map((d) => d.version);
    assert.deepEqual(versions, [1, 1001], 'only the first and the last versions are published');
    assert.deepEqual(published(last.diagnostics), expectedDiagnostics(text), 'the diagnostics are those of the final text');
    const lints = c.logs.filter((l) => l.startsWith(`lint ${uri}`)).length - lintsBefore;
    assert.ok(lints <= 2, `the server linted ${lints} versions for one burst of edits: a backlog`);
    assert.ok(latency < 400 + 5000, `the last version's diagnostics came ${latency} ms after the edit`);
  });

  it('opens and closes 2,000 cables and gives the memory back', async () => {
    ({ client } = await LspClient.start(richCapabilities(), { execArgv: ['--expose-gc'] }));
    const c = client!;
    const stats = (gc = true) => c.request<ServerStats>('cablewright/serverStats', { gc });
    const cycle = async (from: number, count: number) => {
      for (let batch = from; batch < from + count; batch += 100) {
        const uris = Array.from({ length: Math.min(100, from + count - batch) }, (_, k) => `file:///tmp/cablewright-stress/many/cable-${batch + k}.cable`);
        // Each cable differs (its serial), so nothing is shared by accident.
        await Promise.all(uris.map((uri, k) => c.open(uri, CABLE.replace('046310', String(100000 + batch + k)), 1)));
        await Promise.all(uris.map((uri) => c.diagnosticsFor(uri, 1, 30_000)));
        await Promise.all(uris.slice(0, 10).map((uri) => c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })));
        await Promise.all(uris.map((uri) => c.close(uri)));
      }
      // Closing clears each cable's diagnostics; wait until the last is cleared.
      const lastUri = `file:///tmp/cablewright-stress/many/cable-${from + count - 1}.cable`;
      await c.until(() => c.diagnostics.filter((d) => d.uri === lastUri).at(-1)?.diagnostics.length === 0 || undefined, 30_000, 'the last cable cleared');
      c.diagnostics.length = 0;
      c.logs.length = 0;
    };
    await cycle(0, 100); // warm up: code compiled, caches of the vocabulary filled
    const baseline = await stats();
    assert.equal(baseline.collected, true, 'the server was started with --expose-gc');
    await cycle(100, 2000);
    const after = await stats();
    assert.equal(after.openDocuments, 0);
    assert.equal(after.cachedDocuments, 0, 'closed cables are still cached');
    const grew = after.heapUsed - baseline.heapUsed;
    console.log(`      heap ${(baseline.heapUsed / MB).toFixed(1)} → ${(after.heapUsed / MB).toFixed(1)} MB, resident ${(baseline.rss / MB).toFixed(0)} → ${(after.rss / MB).toFixed(0)} MB after 2,000 cables`);
    assert.ok(grew < 4 * MB, `the heap grew by ${(grew / MB).toFixed(1)} MB after 2,000 cables were opened and closed (baseline ${(baseline.heapUsed / MB).toFixed(1)} MB)`);
    assert.ok(after.rss < baseline.rss + 100 * MB, `resident memory grew from ${(baseline.rss / MB).toFixed(0)} to ${(after.rss / MB).toFixed(0)} MB`);
  });

  it('does not lint a 5 MB cable (above the default maxFileSize), says why once, and still gives hover and outline', async () => {
    ({ client } = await LspClient.start());
    const c = client!;
    const uri = 'file:///tmp/cablewright-stress/huge.cable';
    const paragraph = '2. (U) Background paragraph that repeats to make a very large cable for the test.\n\n';
    const huge = CABLE.replace('4. (SBU) Action', `${paragraph.repeat(Math.ceil((5 * MB) / paragraph.length))}4. (SBU) Action`);
    assert.ok(huge.length > 5 * MB);
    await c.open(uri, huge, 1);
    const first = await c.diagnosticsFor(uri, 1, 60_000);
    assert.equal(first.diagnostics.length, 1);
    assert.equal(first.diagnostics[0].code, 'file-too-large');
    assert.equal(first.diagnostics[0].severity, 3, 'informational');
    const notice = String(first.diagnostics[0].message);
    assert.match(notice, /larger than cablewright\.maxFileSize \(\d+ characters\)/);
    assert.match(notice, /not checked in full/);
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(huge, 'PREL', 1) });
    assert.match((hover.contents as { value: string }).value, /PREL/);
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === 'Body'));
    // Typing in it: still the one notice, for the new version.
    await c.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const second = await c.diagnosticsFor(uri, 2, 60_000);
    assert.deepEqual(second.diagnostics.map((d) => d.code), ['file-too-large']);
  });

  it('survives 400 requests cancelled in flight and answers the next one', async () => {
    ({ client } = await LspClient.start());
    const c = client!;
    const uri = 'file:///tmp/cablewright-stress/cancel.cable';
    await c.open(uri, CABLE, 1);
    await c.diagnosticsFor(uri, 1);
    const requests: Array<Promise<unknown>> = [];
    const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeAction', 'textDocument/formatting', 'textDocument/references', 'textDocument/diagnostic'];
    for (let i = 0; i < 400; i++) {
      const source = new CancellationTokenSource();
      const position = { line: (i * 7) % 36, character: i % 20 };
      const method = methods[i % methods.length];
      const params = {
        textDocument: { uri },
        position,
        range: { start: position, end: position },
        context: { diagnostics: [], includeDeclaration: true },
        options: { tabSize: 4, insertSpaces: true },
      };
      requests.push(c.request(method, params, source).then(
        () => 'answered',
        (error: { code?: number }) => (error.code === -32800 || error.code === -32802 || error.code === -32601 ? 'cancelled' : Promise.reject(error)),
      ));
      if (i % 3 !== 2) source.cancel();
    }
    const outcomes = await Promise.all(requests);
    assert.equal(outcomes.length, 400);
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0, 'the server answers after the storm');
    assert.equal(c.process.exitCode, null);
    assert.doesNotMatch(c.stderr.join(''), /Error|at .*\.js:\d+/, 'nothing thrown to stderr');
  });

  it('exits promptly and quietly when the client vanishes in the middle of a burst of edits and requests', async () => {
    const { client: orphan } = await LspClient.start();
    const uri = 'file:///tmp/cablewright-stress/orphan.cable';
    await orphan.open(uri, CABLE, 1);
    for (let v = 2; v < 200; v++) void orphan.change(uri, v, [{ range: { start: { line: 24, character: 0 }, end: { line: 24, character: 0 } }, text: 'x' }]);
    for (let i = 0; i < 50; i++) orphan.request('textDocument/documentSymbol', { textDocument: { uri } }).catch(() => undefined);
    orphan.process.stdin!.destroy();
    orphan.process.stdout!.destroy();
    const code = await Promise.race([orphan.exited, sleep(5000).then(() => 'hung' as const)]);
    if (code === 'hung') orphan.process.kill();
    assert.notEqual(code, 'hung', 'the server kept running after its client went away');
    assert.doesNotMatch(orphan.stderr.join(''), /Unhandled|uncaught|TypeError|RangeError/i);
    orphan.connection.dispose();
  });

  it('with every setting invalid at once: lints with the defaults and names each bad value once', async () => {
    const bad = {
      rules: { 'paragraph-sequence': 'loud', 'archive-residue': ['warning', {}] },
      referenceUrl: 42,
      validate: 'never',
      maxProblems: 'many',
      debounceMs: -5,
      maxFileSize: 0,
      tagsFiles: 'tags.tsv',
      routingIndicatorFiles: [1, 2],
    };
    ({ client } = await LspClient.start(richCapabilities(), { settings: bad }));
    const c = client!;
    const uri = 'file:///tmp/cablewright-stress/settings.cable';
    await c.open(uri, CABLE, 1);
    const diagnostics = await c.diagnosticsFor(uri, 1);
    assert.deepEqual(published(diagnostics.diagnostics), expectedDiagnostics(CABLE), 'the defaults apply (maxFileSize 0 did not stop linting)');
    const names = ['rules.paragraph-sequence', 'referenceUrl', 'validate', 'maxProblems', 'debounceMs', 'maxFileSize', 'tagsFiles', 'routingIndicatorFiles'];
    await c.until(() => names.every((n) => c.messages.some((m) => m.message.includes(`cablewright.${n} `))) || undefined, 5000, 'a message for each bad setting');
    await c.open(uri.replace('settings', 'second'), CABLE, 1);
    await c.diagnosticsFor(uri.replace('settings', 'second'), 1);
    for (const n of names) {
      const about = c.messages.filter((m) => m.message.includes(`cablewright.${n} `));
      assert.equal(about.length, 1, `cablewright.${n} is named ${about.length} times`);
      assert.equal(about[0].type, 2, 'a warning');
    }
    assert.ok(c.messages.some((m) => m.message.includes('"loud"')), 'the bad value itself is quoted');
  });
});
