/**
 * `editor.codeActionsOnSave` with `source.fixAll.cablewright`: saving a cable applies the safe
 * fixes (renumbering, re-lettering) and nothing that needs a person.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api } from '../support/cablewright';
import { closeAllEditors, codeOf, fixtureUri, openFixture, waitForDiagnostics } from '../support/editor';

describe('fix all on save', () => {
  const setting = () => vscode.workspace.getConfiguration('editor', { languageId: 'cable' });
  let original: Uint8Array;

  before(async () => {
    await api();
    original = await vscode.workspace.fs.readFile(fixtureUri('gaps.cable'));
  });
  afterEach(async () => {
    await setting().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    // Later tests want the fixture with its gaps.
    await vscode.workspace.fs.writeFile(fixtureUri('gaps.cable'), original);
    await closeAllEditors();
  });

  it('renumbers the paragraphs and re-letters the references when the cable is saved', async () => {
    await setting().update('codeActionsOnSave', { 'source.fixAll.cablewright': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    const editor = await openFixture('gaps.cable');
    const document = editor.document;
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'paragraph-sequence'));
    // An edit, so the save is a real one.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.lineAt(document.lineCount - 2).range.end, ' ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.commands.executeCommand('workbench.action.files.save');
    const text = document.getText();
    assert.deepEqual([...text.matchAll(/^(\d+)\. \(/gm)].map((m) => m[1]), ['1', '2', '3']);
    assert.match(text, /^REF: A\. STATE 104512\nB\. LONDON 2001$/m);
    assert.ok(!document.isDirty, 'the fixes were not saved with the cable');
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    assert.equal(disk, text);
  });
});
