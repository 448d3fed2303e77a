/**
 * Diagnostics travel from the language server to the editor: a cable with a paragraph gap
 * gets `paragraph-sequence` errors carrying the rule id as their code and a link to the
 * rule's page; closing the gap takes them away; the editor draws them (screenshots).
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, docsLinkOf, openFixture, resetToDisk, waitForDiagnostics } from '../support/editor';
import { SELECTORS, screenshot } from '../support/workbench';

const RULE = 'paragraph-sequence';
const GAP_MESSAGE = 'Expected paragraph 3; found 4, and the paragraph after it is numbered on from it: 4 and 5 should be 3 and 4.';
const ofRule = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => codeOf(d) === RULE);

describe('diagnostics', () => {
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;

  before(async () => {
    editor = await openFixture('paragraph-gap.cable');
    uri = editor.document.uri;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await closeAllEditors();
  });

  it('reports the paragraph gap with the rule id as code and a link to the rule page', async () => {
    // Wait for the fixture's own problem: diagnostics of an edit an earlier test made and
    // undid can still be on their way when the document is opened again. The one slip (4 after
    // 2, and 5 numbered on from it) is one problem.
    const diagnostics = ofRule(await waitForDiagnostics(uri, (d) => ofRule(d).length === 1 && ofRule(d)[0]!.message === GAP_MESSAGE));
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line + 1, d.message, d.severity, d.source]),
      [[15, GAP_MESSAGE, vscode.DiagnosticSeverity.Error, 'cablewright']],
    );
    const link = docsLinkOf(diagnostics[0]!);
    assert.ok(link, 'the diagnostic has no documentation link (code.target)');
    assert.equal(link.scheme, 'file');
    assert.match(link.path, /\/docs\/rules\/paragraph-sequence\.md$/);
    assert.ok(existsSync(link.fsPath), `the linked page ${link.fsPath} does not exist`);
  });

  it('draws the diagnostic in the editor, lists it in the Problems panel and explains it on hover', async () => {
    const line = 14; // "4. (U) Posts with questions…"
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await screenshot('diagnostics-squiggle', { waitFor: SELECTORS.errorSquiggle });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics-problems-panel', { waitFor: SELECTORS.problemRow });
    // Back in the editor, the hover shows the message with its rule link.
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('diagnostics-hover', { waitFor: SELECTORS.hover });
  });

  it('takes the diagnostics away once the paragraphs are renumbered', async () => {
    const document = editor.document;
    const edit = new vscode.WorkspaceEdit();
    for (const [line, from, to] of [[14, '4.', '3.'], [17, '5.', '4.']] as const) {
      assert.ok(document.lineAt(line).text.startsWith(from), `line ${line + 1} does not start with ${from}`);
      edit.replace(uri, new vscode.Range(line, 0, line, from.length), to);
    }
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, (d) => ofRule(d).length === 0);
    // Back to the file as it is on disk: the problems come back with it.
    await resetToDisk(document);
    await waitForDiagnostics(uri, (d) => ofRule(d).length === 1 && ofRule(d)[0]!.message === GAP_MESSAGE);
  });
});
