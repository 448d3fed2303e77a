/**
 * Quick fixes through VS Code's code-action API: the language server's fixes for a paragraph
 * gap, asked for with `vscode.executeCodeActionProvider` as the light bulb does, applied until
 * no `paragraph-sequence` problem is left; and the quick-fix menu in the editor (screenshot).
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, openFixture, waitForDiagnostics } from '../support/editor';
import { SELECTORS, press, screenshot } from '../support/workbench';

const RULE = 'paragraph-sequence';
const ofRule = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => codeOf(d) === RULE);

/** The quick fixes at a diagnostic that edit the cable itself (not a configuration file). */
async function fixesAt(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit && a.edit.entries().every(([target]) => target.toString() === uri.toString()));
}

describe('code actions', () => {
  afterEach(closeAllEditors);

  it('shows the quick-fix menu on a paragraph gap', async () => {
    const editor = await openFixture('paragraph-gap.cable');
    await waitForDiagnostics(editor.document.uri, (d) => ofRule(d).length === 1 && ofRule(d)[0]!.range.start.line === 14);
    editor.selection = new vscode.Selection(14, 0, 14, 0);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quick-fix-menu', { waitFor: SELECTORS.actionWidget });
    await press('Escape');
  });

  it('fixes a paragraph gap with the offered quick fixes, leaving no paragraph-sequence problem', async () => {
    const editor = await openFixture('paragraph-gap.cable');
    const uri = editor.document.uri;
    let remaining = ofRule(await waitForDiagnostics(uri, (d) => ofRule(d).length === 1 && ofRule(d)[0]!.range.start.line === 14));
    // "Fix this" may renumber only its own paragraph or the rest too; either way, at most
    // one round per problem must leave none.
    for (let round = 0; remaining.length > 0 && round < 2; round++) {
      const before = editor.document.version;
      const fixes = await fixesAt(uri, remaining[0]!);
      assert.ok(fixes.length > 0, `no quick fix that edits the cable at line ${remaining[0]!.range.start.line + 1}`);
      assert.ok(await vscode.workspace.applyEdit(fixes[0]!.edit!));
      assert.ok(editor.document.version > before, 'the quick fix changed nothing');
      remaining = ofRule(await waitForDiagnostics(uri, (d) => ofRule(d).length < remaining.length));
    }
    assert.deepEqual(remaining, []);
    assert.match(editor.document.lineAt(14).text, /^3\. \(U\) Posts with questions/);
    assert.match(editor.document.lineAt(17).text, /^4\. \(U\) Thank you/);
  });
});
