/**
 * The built server over stdio with a real JSON-RPC client: initialize, incremental sync,
 * pushed diagnostics after the debounce and never for a stale version, pulled diagnostics,
 * cancellation, `untitled:` documents, and a clean exit.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, DiagnosticTag, DocumentDiagnosticReportKind, TextDocumentSyncKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/index';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { LspClient, richCapabilities, SERVER } from '../support/lspClient';
import { FIXTURES } from '../support/paths';

const CABLE = readFileSync(join(FIXTURES, 'lsp', 'request.cable'), 'utf8');
const URI = 'file:///tmp/cablewright-lsp-test/request.cable';

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe('language server lifecycle (stdio)', function () {
  this.timeout(20000);
  before(() => assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`));

  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('announces incremental sync, every feature, and no pull diagnostics to a push-only client', async () => {
    const started = await LspClient.start();
    client = started.client;
    const caps = started.result.capabilities;
    const sync = caps.textDocumentSync as { change: number; openClose: boolean };
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.equal(sync.openClose, true);
    for (const key of [
      'hoverProvider',
      'completionProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'renameProvider',
      'documentLinkProvider',
      'codeLensProvider',
      'codeActionProvider',
      'documentFormattingProvider',
      'executeCommandProvider',
    ] as const) {
      assert.ok(caps[key], `missing ${key}`);
    }
    assert.equal(caps.diagnosticProvider, undefined);
    assert.equal(started.result.serverInfo?.name, 'cablewright-language-server');
  });

  it('publishes diagnostics on open with the rule id as code, a docs link and the version', async () => {
    ({ client } = await LspClient.start());
    await client.open(URI, CABLE, 3);
    const published = await client.diagnosticsFor(URI, 3);
    const sequence = published.diagnostics.filter((d) => d.code === 'paragraph-sequence');
    assert.deepEqual(
      sequence.map((d) => [d.range.start.line, d.message]),
      [
        [lineOf(CABLE, '4. (SBU) Action'), 'Expected paragraph 3; found 4, and the paragraph after it is numbered on from it: 4 and 5 should be 3 and 4.'],
      ],
    );
    const first = sequence[0];
    assert.equal(first.source, 'cablewright');
    assert.match(first.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/paragraph-sequence\.md$/);
    assert.ok(published.diagnostics.some((d) => d.code === 'archive-residue'));
    // The trace names the document and counts, never its text.
    const logs = client.logs.join('\n');
    assert.match(logs, /lint file:\/\/\/tmp\/cablewright-lsp-test\/request\.cable v3: \d+ problems in [\d.]+ ms/);
    assert.doesNotMatch(logs, /HARBOUR|Tariff|CLINTON/);
  });

  it('traces a line per lint (time with applying the change) only while the client asks for a trace', async () => {
    const lintLine = /^lint file:\/\/\/tmp\/cablewright-lsp-test\/request\.cable v\d+: \d+ problems in [\d.]+ ms/;
    ({ client } = await LspClient.start(undefined, { trace: 'off' }));
    await client.open(URI, CABLE, 1);
    await client.diagnosticsFor(URI, 1);
    await client.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.diagnosticsFor(URI, 2);
    assert.deepEqual(client.logs.filter((l) => lintLine.test(l)), [], 'lint lines reached a client that asked for no trace');
    // Turned on as VS Code does when the setting changes: the next lint is traced, with the
    // time applying the change took.
    await client.connection.sendNotification('$/setTrace', { value: 'messages' });
    await client.change(URI, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.diagnosticsFor(URI, 3);
    const traced = client.logs.filter((l) => lintLine.test(l));
    assert.equal(traced.length, 1);
    assert.match(traced[0], / v3: \d+ problems in [\d.]+ ms \([\d.]+ ms with applying the change\)$/);
  });

  it('applies incremental changes and publishes once, after the debounce, for the last version only', async () => {
    ({ client } = await LspClient.start());
    await client.open(URI, CABLE, 1);
    await client.diagnosticsFor(URI, 1);
    const line = lineOf(CABLE, '4. (SBU) Action');
    // Ten quick edits: 4 → 3 → 4 → 3 …, ending on 3 (the sequence is then right there).
    const sentAt = Date.now();
    for (let version = 2; version <= 11; version++) {
      const text = version % 2 === 0 ? '3' : '4';
      await client.change(URI, version, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text }]);
    }
    await client.change(URI, 12, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '3' }]);
    const last = await client.diagnosticsFor(URI, 12);
    assert.ok(Date.now() - sentAt >= 100, 'published before the debounce elapsed');
    await new Promise((r) => setTimeout(r, 400));
    const afterOpen = client.diagnostics.filter((d) => d.uri === URI && d.version !== 1);
    assert.deepEqual(
      afterOpen.map((d) => d.version),
      [12],
      'only the last version is published',
    );
    const sequence = last.diagnostics.filter((d) => d.code === 'paragraph-sequence');
    assert.deepEqual(sequence.map((d) => d.message), ['Expected paragraph 4; found 5.']);
  });

  it('never publishes for an outdated version while settings are still being fetched', async () => {
    ({ client } = await LspClient.start());
    await client.open(URI, CABLE, 1);
    await client.diagnosticsFor(URI, 1);
    let release!: () => void;
    client.configurationGate = new Promise((r) => (release = r));
    // Settings changed: the server must pull them again before linting.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const line = lineOf(CABLE, '4. (SBU) Action');
    await client.change(URI, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '3' }]);
    await new Promise((r) => setTimeout(r, 50));
    await client.change(URI, 3, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '4' }]);
    release();
    await client.diagnosticsFor(URI, 3);
    await new Promise((r) => setTimeout(r, 300));
    const versions = client.diagnostics.filter((d) => d.uri === URI).map((d) => d.version);
    assert.ok(!versions.includes(2), `published an outdated version: ${versions.join(', ')}`);
  });

  it('serves pulled diagnostics (LSP 3.17) to a client that declares them, and pushes none', async () => {
    const started = await LspClient.start(richCapabilities({ pull: true }));
    client = started.client;
    assert.ok(started.result.capabilities.diagnosticProvider);
    await client.open(URI, CABLE, 1);
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
    assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
    const items = (report as { items: Diagnostic[] }).items;
    assert.ok(items.some((d) => d.code === 'paragraph-sequence'));
    const resultId = (report as { resultId?: string }).resultId;
    assert.ok(resultId);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: resultId });
    assert.equal(again.kind, DocumentDiagnosticReportKind.Unchanged);
    await client.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const changed = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: resultId });
    assert.equal(changed.kind, DocumentDiagnosticReportKind.Full);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(client.diagnostics.filter((d) => d.uri === URI), [], 'a pull client gets no pushed diagnostics');
  });

  it('honours cancellation of a request that is waiting', async () => {
    ({ client } = await LspClient.start());
    let release!: () => void;
    client.configurationGate = new Promise((r) => (release = r));
    await client.open(URI, CABLE, 1);
    const source = new CancellationTokenSource();
    const line = lineOf(CABLE, 'TAGS:');
    const pending = client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 7 } }, source);
    await client.until(() => client!.configurationRequests > 0, 5000, 'the settings request');
    source.cancel();
    await new Promise((r) => setTimeout(r, 50));
    release();
    await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
  });

  it('works for untitled: documents and closes them cleanly', async () => {
    ({ client } = await LspClient.start());
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, CABLE, 1);
    const published = await client.diagnosticsFor(untitled, 1);
    assert.ok(published.diagnostics.some((d) => d.code === 'paragraph-sequence'));
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri: untitled } });
    assert.ok(symbols.some((s) => s.name === 'Body'));
    await client.close(untitled);
    const cleared = await client.until(() => client!.diagnostics.filter((d) => d.uri === untitled).at(-1)?.diagnostics.length === 0 || undefined, 3000, 'cleared diagnostics');
    assert.equal(cleared, true);
  });

  it('greys out what a rule marks unnecessary', async () => {
    // Only rules that tag problems produce the tag; none may exist yet, so check the mapping
    // through the converter the server uses instead of guessing at rules.
    const diagnostic = toDiagnostic(
      { ruleId: 'x', severity: 'hint', message: 'm', span: { start: 0, end: 1 }, tags: ['unnecessary'], related: [{ span: { start: 2, end: 3 }, message: 'here' }] },
      new LineIndex('abc'),
      'untitled:x',
      () => undefined,
    );
    assert.deepEqual(diagnostic.tags, [DiagnosticTag.Unnecessary]);
    assert.deepEqual(diagnostic.relatedInformation, [{ location: { uri: 'untitled:x', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } } }, message: 'here' }]);
  });

  it('keeps serving when the client refuses registrations and shows messages as notifications', async () => {
    ({ client } = await LspClient.start(richCapabilities(), { refuseRegistrations: true, settings: { validate: 'never' } }));
    await client.open(URI, CABLE, 1);
    await client.diagnosticsFor(URI, 1);
    await client.until(() => client!.messages.find((m) => /validate/.test(m.message)), 3000, 'the settings warning');
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(symbols.length > 0);
    assert.equal(client.process.exitCode, null, 'the server is still running');
  });

  it('leaves the docs command to a client that runs it, and gives flat symbols and plain locations to simpler clients', async () => {
    const capabilities = richCapabilities();
    capabilities.textDocument!.documentSymbol = {};
    capabilities.textDocument!.definition = {};
    const started = await LspClient.start(capabilities, { initializationOptions: { clientCommands: ['cablewright.openRuleDocs'] } });
    client = started.client;
    assert.equal(started.result.capabilities.executeCommandProvider, undefined);
    await client.open(URI, CABLE, 1);
    const symbols = await client.request<Array<{ name: string; containerName?: string; location: unknown }>>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(symbols.some((s) => s.name === 'B' && s.containerName === 'References' && s.location));
    const line = lineOf(CABLE, 'draw on REF A');
    const definition = await client.request<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', { textDocument: { uri: URI }, position: { line, character: 'draw on REF '.length } });
    assert.equal(definition.uri, URI);
    assert.equal(definition.range.start.line, lineOf(CABLE, 'A. 08 STATE'));
  });

  it('exits with 0 after shutdown and exit', async () => {
    const started = await LspClient.start();
    assert.equal(await started.client.stop(), 0);
  });

  it('exits promptly when the client disconnects without shutting down', async () => {
    const started = await LspClient.start();
    const { client: orphan } = started;
    await orphan.open(URI, CABLE, 1);
    orphan.process.stdin!.end();
    const code = await Promise.race([orphan.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 5000))]);
    assert.notEqual(code, 'hung', 'the server kept running after its client went away');
    orphan.connection.dispose();
  });
});
