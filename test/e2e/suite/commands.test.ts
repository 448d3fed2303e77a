/**
 * The commands, run as the palette runs them: Renumber Paragraphs, Re-letter References,
 * Fix All, Insert Reference…, Copy Transmission Text and Open Rule Documentation, each on an
 * invented cable; and what the palette lists for a cable.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, tabLabels } from '../support/cablewright';
import { closeAllEditors, codeOf, openFixture, waitFor, waitForDiagnostics } from '../support/editor';

const paragraphNumbers = (editor: vscode.TextEditor) => [...editor.document.getText().matchAll(/^(\d+)\. \(/gm)].map((m) => m[1]);
const referenceLetters = (editor: vscode.TextEditor) => [...editor.document.getText().matchAll(/^(?:REF: )?([A-Z])\. (?:STATE|LONDON|ROME|26)/gm)].map((m) => m[1]);

describe('commands', () => {
  before(api);
  afterEach(closeAllEditors);

  it('are registered, with the cable ones for cables', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['newCable', 'renumberParagraphs', 'reletterReferences', 'fixAll', 'insertReference', 'openRuleDocs', 'copyTransmissionText', 'revealClassification']) {
      assert.ok(commands.includes(`cablewright.${id}`), `cablewright.${id} is not registered`);
    }
  });

  it('Renumber Paragraphs renumbers the paragraphs and the para citations, and nothing else', async () => {
    const editor = await openFixture('gaps.cable');
    await vscode.commands.executeCommand('cablewright.renumberParagraphs');
    assert.deepEqual(paragraphNumbers(editor), ['1', '2', '3']);
    assert.match(editor.document.getText(), /raise the points in para 2 before/);
    assert.deepEqual(referenceLetters(editor), ['A', 'C']);
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'paragraph-sequence'));
  });

  it('Re-letter References re-letters the REF list and its citations', async () => {
    const editor = await openFixture('gaps.cable');
    await vscode.commands.executeCommand('cablewright.reletterReferences');
    assert.deepEqual(referenceLetters(editor), ['A', 'B']);
    assert.match(editor.document.getText(), /register of vessels \(REF B\)/);
    assert.deepEqual(paragraphNumbers(editor), ['1', '4', '5']);
  });

  it('Fix All applies every safe fix through the server\'s fix-all action', async () => {
    const editor = await openFixture('gaps.cable');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'paragraph-sequence'));
    await vscode.commands.executeCommand('cablewright.fixAll');
    assert.deepEqual(paragraphNumbers(editor), ['1', '2', '3']);
    assert.deepEqual(referenceLetters(editor), ['A', 'B']);
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'paragraph-sequence' || codeOf(x) === 'references-lettering'));
  });

  it('Insert Reference… adds the next lettered reference and selects it', async () => {
    const editor = await openFixture('classified-exceeding.cable');
    const letter = await vscode.commands.executeCommand<string>('cablewright.insertReference', 'LONDON 2001');
    assert.equal(letter, 'C');
    assert.match(editor.document.getText(), /^REF: A\. STATE 104512\nB\. ROME 388\nC\. LONDON 2001$/m);
    assert.equal(editor.document.getText(editor.selection), 'LONDON 2001');
  });

  it('Copy Transmission Text copies the cable without archive residue or trailing spaces', async () => {
    await openFixture('residue.cable');
    const copied = await vscode.commands.executeCommand<string>('cablewright.copyTransmissionText');
    assert.equal(
      copied,
      'UNCLAS STATE 012345\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PREL PGOV\nSUBJECT: TALKS ON THE SHIPPING ACCORD\n\n1. (U) The first point.\n\n2. (U) The second point.\nSURNAME\n',
    );
    // The browser may refuse a headless page the clipboard; when it answers, it holds the text.
    const clipboard = await Promise.resolve(vscode.env.clipboard.readText()).catch(() => '');
    if (clipboard !== '') assert.equal(clipboard, copied);
  });

  it('Open Rule Documentation opens a rule page in the Markdown preview', async () => {
    assert.equal(await vscode.commands.executeCommand('cablewright.openRuleDocs', 'paragraph-sequence'), true);
    await waitFor('the preview tab', () => (tabLabels().some((l) => l.includes('paragraph-sequence.md')) ? true : undefined));
    assert.equal(await vscode.commands.executeCommand('cablewright.openRuleDocs', '../../package'), false);
  });
});
