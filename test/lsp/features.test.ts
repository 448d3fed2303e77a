/**
 * Every feature over the protocol, against the built server: hover, completion, symbols,
 * folding, definition, references, highlight, rename, links, code lens, code actions,
 * fix-all, formatting and the docs command.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  LocationLink,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER } from '../support/lspClient';
import { FIXTURES } from '../support/paths';

const CABLE = readFileSync(join(FIXTURES, 'lsp', 'request.cable'), 'utf8');

/** The LSP position of the `nth` occurrence of `needle`, moved by `delta` characters. */
function position(text: string, needle: string, delta = 0, nth = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  const doc = TextDocument.create('x', 'cable', 1, text);
  return doc.positionAt(at + delta);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'cable', 1, text), edits);
}

describe('language server features (stdio)', function () {
  this.timeout(20000);
  let client: LspClient;
  let dir: string;
  let uri: string;

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
    dir = mkdtempSync(join(tmpdir(), 'cablewright-lsp-'));
    uri = pathToFileURL(join(dir, 'request.cable')).toString();
    ({ client } = await LspClient.start(undefined, { rootUri: pathToFileURL(dir).toString(), settings: { referenceUrl: 'https://library.example/cable/{id}' } }));
    await client.open(uri, CABLE, 1);
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const at = (needle: string, delta = 0, nth = 1) => ({ textDocument: { uri }, position: position(CABLE, needle, delta, nth) });

  it('hovers with Markdown and the range of what it explains', async () => {
    const hover = await client.request<Hover>('textDocument/hover', at('221350Z'));
    assert.deepEqual(hover.contents, { kind: 'markdown', value: (hover.contents as { value: string }).value });
    assert.match((hover.contents as { value: string }).value, /Wednesday 22 April 2009, 13:50 UTC/);
    assert.deepEqual(hover.range, { start: position(CABLE, '221350Z'), end: position(CABLE, '221350Z APR 09', 14) });
    const ref = await client.request<Hover>('textDocument/hover', at('REF B in', 4));
    assert.match((ref.contents as { value: string }).value, /PARIS 802/);
    assert.equal(await client.request('textDocument/hover', at('approaching')), null);
  });

  it('completes TAGS, replacing the word typed', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', at('ECON', 2));
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((i) => i.label.startsWith('EC')), 'only tags starting with what was typed');
    const item = list.items[0];
    assert.deepEqual((item.textEdit as TextEdit).range, { start: position(CABLE, 'ECON'), end: position(CABLE, 'ECON', 2) });
    assert.equal(list.isIncomplete, true);
  });

  it('outlines the cable hierarchically with selection ranges inside ranges', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Header', 'Classification', 'Captions', 'E.O. 12958', 'TAGS', 'Subject', 'References', 'Body', 'Signature']);
    assert.deepEqual(symbols[0].children!.map((c) => c.name), ['DTG', 'From', 'To (2)', 'Info (2)']);
    const body = symbols.find((s) => s.name === 'Body')!;
    assert.equal(body.children!.length, 4);
    const first = body.children![0];
    assert.deepEqual(first.selectionRange, { start: position(CABLE, '1. (U)'), end: position(CABLE, '1. (U)', 6) });
  });

  it('folds the header, the lists, the REF block and the paragraphs', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const starts = ranges.map((r) => r.startLine);
    assert.ok(starts.includes(0));
    assert.ok(starts.includes(position(CABLE, 'REF: A.').line));
    assert.ok(starts.includes(position(CABLE, '4. (SBU)').line));
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });

  it('goes to the definition of a REF citation, finds its references and highlights them', async () => {
    const links = await client.request<LocationLink[]>('textDocument/definition', at('REF B in', 4));
    assert.equal(links[0].targetUri, uri);
    assert.deepEqual(links[0].targetSelectionRange, { start: position(CABLE, 'B. PARIS'), end: position(CABLE, 'B. PARIS', 1) });
    const references = await client.request<Location[]>('textDocument/references', { ...at('A. 08'), context: { includeDeclaration: true } });
    assert.equal(references.length, 3);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at('para 2', 5));
    assert.deepEqual(highlights.map((h) => h.kind), [3, 2]);
  });

  it('renames a REF letter everywhere, and refuses with a reason', async () => {
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', at('C. ROME'));
    assert.equal(prepared.placeholder, 'C');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('C. ROME'), newName: 'D' });
    const renamed = apply(CABLE, edit.changes![uri]);
    assert.match(renamed, /\nD\. ROME 1177/);
    assert.match(renamed, /and REF D\)/);
    await assert.rejects(client.request('textDocument/prepareRename', at('approaching')), /Only REF letters and paragraph numbers can be renamed/);
    await assert.rejects(client.request('textDocument/rename', { ...at('C. ROME'), newName: 'A' }), /REF A already exists/);
  });

  it('links REF items to the configured library', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => l.target), [
      'https://library.example/cable/08STATE131207',
      'https://library.example/cable/09PARIS802',
      'https://library.example/cable/09ROME1177',
    ]);
  });

  it('shows how often each reference is cited', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((l) => l.command?.title), ['cited 2 times in the body', 'cited once in the body', 'cited once in the body']);
  });

  it('offers quick fixes for the diagnostic under the cursor', async () => {
    const published = await client.diagnosticsFor(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'paragraph-sequence')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const titles = actions.map((a) => a.title);
    // One slip (4 after 2, and 5 numbered on from it): one problem, whose fix renumbers both.
    assert.equal(titles[0], 'Fix this paragraph-sequence problem');
    assert.ok(!titles.some((t) => t.startsWith('Fix all paragraph-sequence')), 'no fix-all for a single problem');
    assert.ok(titles.includes('Turn off paragraph-sequence in .cablewright.json'));
    assert.ok(titles.includes('Show documentation for paragraph-sequence'));
    const fix = actions[0];
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual((fix.diagnostics as Diagnostic[]).map((d) => d.code), ['paragraph-sequence']);
    const fixed = apply(CABLE, fix.edit!.changes![uri]);
    assert.match(fixed, /\n3\. \(SBU\) Action/);
    assert.match(fixed, /\n4\. \(U\) Comment/);
    const docs = actions.find((a) => a.title.startsWith('Show documentation'))!;
    assert.deepEqual(docs.command, { title: 'Show documentation for paragraph-sequence', command: 'cablewright.openRuleDocs', arguments: ['paragraph-sequence'] });
  });

  it('creates the configuration file to turn a rule off when there is none', async () => {
    const published = await client.diagnosticsFor(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'archive-residue')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const off = actions.find((a) => a.title === 'Turn off archive-residue in .cablewright.json')!;
    const config = pathToFileURL(join(dir, '.cablewright.json')).toString();
    const changes = off.edit!.documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: config, options: { ignoreIfExists: true } });
    const text = (changes[1] as { edits: TextEdit[] }).edits[0].newText;
    assert.deepEqual(JSON.parse(text), { rules: { 'archive-residue': 'off' } });
  });

  it('applies the safe fixes for source.fixAll.cablewright and for Format Document, idempotently', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.cablewright'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.cablewright']);
    const fixed = apply(CABLE, actions[0].edit!.changes![uri]);
    assert.doesNotMatch(fixed, /¶/);
    const formatting = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = apply(CABLE, formatting);
    assert.equal(formatted, fixed);
    // Format the formatted text: nothing more to do.
    const again = pathToFileURL(join(dir, 'formatted.cable')).toString();
    await client.open(again, formatted, 1);
    const second = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: again }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(second, []);
  });

  it('opens a rule’s documentation through window/showDocument', async () => {
    await client.request('workspace/executeCommand', { command: 'cablewright.openRuleDocs', arguments: ['paragraph-sequence'] });
    const shown = await client.until(() => client.shownDocuments.at(-1), 3000, 'showDocument');
    assert.match(shown, /docs\/rules\/paragraph-sequence\.md$/);
  });
});
