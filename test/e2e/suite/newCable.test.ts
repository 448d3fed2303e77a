/**
 * The New Cable wizard in VS Code: its first question (pictured), then the command with the
 * answers given, which opens an untitled cable with a header that agrees with itself, the
 * cursor on the SUBJECT, no error or warning from the language server, and the banner in
 * the status bar (pictured).
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, pictureWithStatusBar, serious, statusWhere } from '../support/cablewright';
import { closeAllEditors, codeOf, waitFor, waitForDiagnostics } from '../support/editor';
import { press, screenshot } from '../support/workbench';

const ANSWERS = {
  kind: 'demarche',
  classification: 'SECRET//NOFORN',
  originator: 'RUEHC',
  to: ['RUEHLO', 'RUEHFR'],
  info: ['RUEHBS'],
  tags: ['PREL', 'PARM'],
  now: '2026-11-27T14:30:00Z',
};

describe('New Cable', () => {
  before(api);
  after(closeAllEditors);

  it('asks first what kind of cable (quick pick)', async () => {
    const running = vscode.commands.executeCommand('cablewright.newCable');
    await screenshot('extension-new-cable-wizard', { waitFor: '.quick-input-widget .monaco-list-row' });
    await press('Escape');
    assert.equal(await running, undefined);
  });

  it('drafts the cable from the answers: DTG, DE Julian time, serial, security and E.O. lines', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('cablewright.newCable', ANSWERS);
    assert.ok(editor, 'no editor');
    const document = editor.document;
    assert.equal(document.languageId, 'cable');
    assert.ok(document.isUntitled);
    const text = document.getText();
    assert.match(text, /^VZCZCCWR3114\nOO RUEHLO RUEHFR RUEHBS\nDE RUEHC #3114 3311430\nZNY SSSSS ZZH\nO P 271430Z NOV 26\nFM SECSTATE WASHDC\nTO RUEHLO\/AMEMBASSY LONDON IMMEDIATE\nRUEHFR\/AMEMBASSY PARIS IMMEDIATE\nINFO RUEHBS\/USEU BRUSSELS PRIORITY\n\nS E C R E T STATE 033114\n\nNOFORN\nSIPDIS\n\nE\.O\. 13526: DECL: 11\/27\/2036\nTAGS: PREL PARM\nSUBJECT: DEMARCHE REQUEST: TOPIC\n/);
    assert.match(text, /^Classified By: NAME, TITLE, OFFICE, for reasons 1\.4 \(b\) and \(d\)\.$/m);
    assert.equal(document.getText(editor.selection), 'DEMARCHE REQUEST: TOPIC');
    // The server checks it like any cable: a portion raised above the banner is flagged at
    // once, and with the draft as it was there is nothing to complain about.
    await statusWhere((t) => t.includes('SECRET//NOFORN'), 'the new cable');
    const mark = text.indexOf('2. (S//NF)') + 4;
    const raise = new vscode.WorkspaceEdit();
    raise.replace(document.uri, new vscode.Range(document.positionAt(mark), document.positionAt(mark + 1)), 'TS');
    assert.ok(await vscode.workspace.applyEdit(raise));
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'portion-above-classification'));
    const lower = new vscode.WorkspaceEdit();
    lower.replace(document.uri, new vscode.Range(document.positionAt(mark), document.positionAt(mark + 2)), 'S');
    assert.ok(await vscode.workspace.applyEdit(lower));
    await waitFor('the draft back as drafted', () => (document.getText() === text ? true : undefined));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'portion-above-classification'));
    assert.deepEqual(serious(diagnostics).map((d) => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`), []);
  });

  it('shows SECRET//NOFORN in red in the status bar', async () => {
    const shown = await statusWhere((t) => t.includes('SECRET//NOFORN'), 'SECRET//NOFORN');
    assert.equal(shown.text, '$(shield) SECRET//NOFORN · 7 paras · 0 refs');
    assert.equal(shown.color, 'cablewright.classification.secret');
    assert.equal(shown.background, null);
    await pictureWithStatusBar('extension-new-cable');
  });
});
