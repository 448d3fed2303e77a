/**
 * The classification in the status bar: the banner and counts of the active cable in its
 * level's colour; the warning state, naming the portion, when a portion exceeds the banner
 * (pictured); back to normal once the mark is lowered; the click showing the classification
 * line; hidden for other documents. Also reports how long activation took.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, pictureWithStatusBar, positionOf, statusWhere } from '../support/cablewright';
import { closeAllEditors, openFixture, openUntitled, waitFor } from '../support/editor';
import { log } from '../support/workbench';

describe('classification status item', () => {
  afterEach(closeAllEditors);

  it('activates cheaply: activate() returns at once, the server starts behind it', async () => {
    const cw = await api();
    log(`    activation: activate() ${cw.timings.activateMs.toFixed(1)} ms; language server ready after ${cw.timings.readyMs?.toFixed(0)} ms`);
    assert.ok(cw.timings.activateMs < 200, `activate() took ${cw.timings.activateMs} ms`);
    assert.ok(cw.timings.readyMs !== null);
  });

  it('warns when a portion exceeds the banner, naming it (pictured)', async () => {
    await openFixture('classified-exceeding.cable');
    const shown = await statusWhere((t) => t.includes('CONFIDENTIAL//NOFORN'), 'CONFIDENTIAL//NOFORN');
    assert.equal(shown.text, '$(warning) CONFIDENTIAL//NOFORN · (S) in para 3 · 4 paras · 2 refs');
    assert.equal(shown.background, 'statusBarItem.warningBackground');
    assert.match(shown.tooltip, /`\(S\)` \(SECRET\) in paragraph 3, line 28/);
    await pictureWithStatusBar('extension-status-warning');
  });

  it('shows the banner in its level\'s colour once the mark is lowered, and follows the edits', async () => {
    const editor = await openFixture('classified-exceeding.cable');
    const at = positionOf(editor.document, '3. (S)', 4);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(editor.document.uri, new vscode.Range(at, at.translate(0, 1)), 'C');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const shown = await statusWhere((t) => t.startsWith('$(shield)'), 'the normal state');
    assert.equal(shown.text, '$(shield) CONFIDENTIAL//NOFORN · 4 paras · 2 refs');
    assert.equal(shown.color, 'cablewright.classification.confidential');
    assert.equal(shown.background, null);
    await pictureWithStatusBar('extension-status');
  });

  it('shows the classification line when clicked', async () => {
    const editor = await openFixture('classified-exceeding.cable');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('cablewright.revealClassification'), true);
    assert.equal(editor.document.getText(editor.selection), 'C O N F I D E N T I A L ROME 000417');
  });

  it('counts references and shows UNCLASSIFIED in an unclassified cable, and hides for other files', async () => {
    await openFixture('gaps.cable');
    const shown = await statusWhere((t) => t.includes('UNCLASSIFIED'), 'UNCLASSIFIED');
    assert.equal(shown.text, '$(shield) UNCLASSIFIED · 3 paras · 2 refs');
    assert.equal(shown.color, 'cablewright.classification.unclassified');
    await openUntitled('Not a cable.', 'plaintext');
    const cw = await api();
    await waitFor('the status item to hide', async () => ((await cw.refreshStatus()).visible ? undefined : true));
  });
});
