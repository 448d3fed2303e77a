/**
 * Settings and configuration over the protocol: pulled per resource, invalid values named
 * once and replaced by defaults, validate modes, limits, extra vocabulary files, and
 * `.cablewright.json` watched, applied, and checked (its problems shown in that file).
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentDiagnosticReport, DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import { LspClient, richCapabilities, SERVER } from '../support/lspClient';
import { FIXTURES } from '../support/paths';

const CABLE = readFileSync(join(FIXTURES, 'lsp', 'request.cable'), 'utf8');

function position(text: string, needle: string) {
  return TextDocument.create('x', 'cable', 1, text).positionAt(text.indexOf(needle));
}

describe('language server settings and configuration (stdio)', function () {
  this.timeout(20000);
  before(() => assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`));

  let client: LspClient | undefined;
  let dir: string;
  let uri: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cablewright-settings-'));
    uri = pathToFileURL(join(dir, 'request.cable')).toString();
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (settings: unknown, capabilities = richCapabilities()) => {
    ({ client } = await LspClient.start(capabilities, { rootUri: pathToFileURL(dir).toString(), settings }));
    return client!;
  };

  it('registers for configuration changes and watches .cablewright.json', async () => {
    const c = await start({});
    await c.until(() => c.registrations.length >= 2 || undefined, 3000, 'registrations');
    assert.ok(c.registrations.includes('workspace/didChangeConfiguration'));
    assert.ok(c.registrations.includes('workspace/didChangeWatchedFiles'));
  });

  it('names an invalid setting once, and uses the default', async () => {
    const c = await start({ validate: 'sometimes', maxProblems: -3 });
    await c.open(uri, CABLE, 1);
    const published = await c.diagnosticsFor(uri, 1);
    assert.ok(published.diagnostics.some((d) => d.code === 'paragraph-sequence'), 'validated with the default onType');
    const messages = await c.until(() => (c.messages.length >= 2 ? c.messages : undefined), 3000, 'warnings');
    assert.ok(messages.some((m) => m.type === 2 && /cablewright\.validate must be "onType", "onSave" or "off"; found "sometimes"/.test(m.message)));
    assert.ok(messages.some((m) => /cablewright\.maxProblems must be a whole number; found -3/.test(m.message)));
    await c.open(uri.replace('request', 'second'), CABLE, 1);
    await c.diagnosticsFor(uri.replace('request', 'second'), 1);
    assert.equal(c.messages.filter((m) => /sometimes/.test(m.message)).length, 1, 'each bad value is named once');
  });

  it('applies rule settings and maxProblems', async () => {
    const c = await start({ rules: { 'archive-residue': 'off' }, maxProblems: 1 });
    await c.open(uri, CABLE, 1);
    const published = await c.diagnosticsFor(uri, 1);
    assert.equal(published.diagnostics.length, 1);
    assert.ok(!published.diagnostics.some((d) => d.code === 'archive-residue'));
  });

  it('does not validate with validate: off', async () => {
    const c = await start({ validate: 'off' });
    await c.open(uri, CABLE, 1);
    assert.deepEqual((await c.diagnosticsFor(uri, 1)).diagnostics, []);
  });

  it('validates on save only with validate: onSave', async () => {
    const c = await start({ validate: 'onSave' });
    await c.open(uri, CABLE, 1);
    await c.diagnosticsFor(uri, 1);
    const line = position(CABLE, '4. (SBU)').line;
    await c.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '3' }]);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(c.diagnostics.filter((d) => d.version === 2).length, 0, 'nothing published while typing');
    await c.save(uri);
    const saved = await c.diagnosticsFor(uri, 2);
    assert.deepEqual(saved.diagnostics.filter((d) => d.code === 'paragraph-sequence').map((d) => d.message), ['Expected paragraph 4; found 5.']);
  });

  it('serves the diagnostics as of the last save to a pull client with validate: onSave', async () => {
    const c = await start({ validate: 'onSave' }, richCapabilities({ pull: true }));
    await c.open(uri, CABLE, 1);
    const pull = () => c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    type Items = { items: Array<{ code?: unknown; message: string }> };
    const sequenceMessages = (report: Items) => report.items.filter((d) => d.code === 'paragraph-sequence').map((d) => d.message);
    const first = sequenceMessages((await pull()) as Items);
    assert.deepEqual(first, ['Expected paragraph 3; found 4, and the paragraph after it is numbered on from it: 4 and 5 should be 3 and 4.']);
    const line = position(CABLE, '4. (SBU)').line;
    await c.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '3' }]);
    assert.deepEqual(sequenceMessages((await pull()) as Items), first, 'unchanged until saved');
    await c.save(uri);
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(sequenceMessages((await pull()) as Items), ['Expected paragraph 4; found 5.']);
  });

  it('does not lint a cable above maxFileSize, says so once, and still answers hover and outline', async () => {
    const c = await start({ maxFileSize: 200 });
    await c.open(uri, CABLE, 1);
    const published = await c.diagnosticsFor(uri, 1);
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0].code, 'file-too-large');
    assert.equal(published.diagnostics[0].severity, 3);
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: position(CABLE, 'PREL') });
    assert.match((hover.contents as { value: string }).value, /PREL/);
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === 'Body'));
  });

  it('reads extra TAGS files named in the settings, relative to the workspace folder', async () => {
    writeFileSync(join(dir, 'extra-tags.tsv'), 'XWID\tprogram\tWidget programme\n');
    const c = await start({ tagsFiles: ['extra-tags.tsv'] });
    const text = CABLE.replace('TAGS: PREL ECON FR IT', 'TAGS: PREL ECON FR IT XWID');
    await c.open(uri, text, 1);
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: position(text, 'XWID') });
    assert.match((hover.contents as { value: string }).value, /program tag[\s\S]*Widget programme/);
  });

  it('shows the problems of an invalid .cablewright.json in that file and lints with the defaults', async () => {
    const config = join(dir, '.cablewright.json');
    writeFileSync(config, '{\n  "rules": {\n    "paragraph-sequence": "loud",\n    "no-such-rule": "off"\n  }\n}\n');
    const c = await start({});
    await c.open(uri, CABLE, 1);
    const published = await c.diagnosticsFor(uri, 1);
    assert.ok(published.diagnostics.some((d) => d.code === 'paragraph-sequence'), 'the rule runs at its default');
    const configUri = pathToFileURL(config).toString();
    const configDiagnostics = await c.diagnosticsFor(configUri);
    assert.deepEqual(configDiagnostics.diagnostics.map((d) => [d.range.start.line, d.code]), [
      [2, 'invalid-config'],
      [3, 'invalid-config'],
    ]);
    assert.match(String(configDiagnostics.diagnostics[0].message), /Invalid setting for "paragraph-sequence"[\s\S]*found "loud"/);

    // Fixed and saved: the watcher's notification applies it and clears the file's problems.
    writeFileSync(config, '{ "rules": { "paragraph-sequence": "off" } }\n');
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await c.until(() => {
      const last = c.diagnostics.filter((d) => d.uri === uri).at(-1);
      return last && !last.diagnostics.some((d) => d.code === 'paragraph-sequence');
    }, 5000, 'diagnostics without paragraph-sequence');
    await c.until(() => c.diagnostics.filter((d) => d.uri === configUri).at(-1)?.diagnostics.length === 0 || undefined, 5000, 'cleared config diagnostics');
  });

  it('takes settings pushed by a client that cannot be asked for them', async () => {
    const capabilities = richCapabilities();
    capabilities.workspace!.configuration = false;
    const c = await start(undefined, capabilities);
    await c.open(uri, CABLE, 1);
    await c.diagnosticsFor(uri, 1);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cablewright: { rules: { 'paragraph-sequence': 'off' } } } });
    await c.until(() => {
      const last = c.diagnostics.filter((d) => d.uri === uri).at(-1);
      return last && !last.diagnostics.some((d) => d.code === 'paragraph-sequence') && last.diagnostics.length > 0;
    }, 5000, 're-published diagnostics');
    assert.equal(c.configurationRequests, 0);
  });
});
