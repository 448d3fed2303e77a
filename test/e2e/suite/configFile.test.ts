/**
 * `.cablewright.json` gets completion and validation from the generated JSON schema (VS Code's
 * JSON support, through `contributes.jsonValidation`), and the `cablewright.*` settings are
 * contributed with their defaults.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, waitFor, waitForDiagnostics } from '../support/editor';

const FOLDER = 'config-check';

describe('.cablewright.json and settings', () => {
  const file = () => fixtureUri(FOLDER, '.cablewright.json');

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(fixtureUri(FOLDER), { recursive: true, useTrash: false });
  });

  it('is read as JSON with comments and completes rule ids from the registry', async () => {
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode('{\n  // rules for this folder\n  "rules": {\n    \n  }\n}\n'));
    const document = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'jsonc');
    const labels = await waitFor('rule ids in the completion', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(3, 4));
      const found = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return found.some((l) => l.includes('paragraph-sequence')) ? found : undefined;
    });
    assert.ok(labels.some((l) => l.includes('portion-above-classification')), JSON.stringify(labels.slice(0, 20)));
  });

  it('flags a severity that does not exist', async () => {
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode('{\n  "rules": {\n    "paragraph-sequence": "loud"\n  }\n}\n'));
    const document = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.range.start.line === 2));
    assert.ok(diagnostics.some((d) => d.range.start.line === 2 && d.severity <= vscode.DiagnosticSeverity.Warning), JSON.stringify(diagnostics.map((d) => d.message)));
  });

  it('contributes the settings with their defaults', () => {
    const settings = vscode.workspace.getConfiguration('cablewright');
    assert.equal(settings.inspect('validate')?.defaultValue, 'onType');
    assert.equal(settings.inspect('debounceMs')?.defaultValue, 150);
    assert.deepEqual(settings.inspect('rules')?.defaultValue, {});
    assert.deepEqual(settings.inspect('tagsFiles')?.defaultValue, []);
  });
});
