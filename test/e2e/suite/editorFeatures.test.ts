/**
 * What a drafter sees on a CONFIDENTIAL cable with a SECRET paragraph: the diagnostic with
 * its rule id and documentation link, the quick fixes (one applied), the rule's page in the
 * Markdown preview, the hover on a routing indicator, completion, and the outline. With
 * screenshots of the quick-fix menu, the hover and the outline.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { positionOf, settle, tabLabels } from '../support/cablewright';
import { closeAllEditors, codeOf, docsLinkOf, openFixture, waitFor, waitForDiagnostics } from '../support/editor';
import { SELECTORS, press, screenshot } from '../support/workbench';

const FIXTURE = 'classified-exceeding.cable';
const RULE = 'portion-above-classification';
const ofRule = (d: readonly vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === RULE);

describe('editor features on a classified cable', () => {
  let editor: vscode.TextEditor;

  beforeEach(async () => {
    editor = await openFixture(FIXTURE);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await closeAllEditors();
  });

  it('flags the (S) paragraph with the rule id and a link to the rule page', async () => {
    const [diagnostic] = ofRule(await waitForDiagnostics(editor.document.uri, (d) => ofRule(d).length > 0));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.source, 'cablewright');
    assert.equal(editor.document.getText(diagnostic.range), '(S)');
    assert.match(diagnostic.message, /CONFIDENTIAL/);
    const link = docsLinkOf(diagnostic);
    assert.ok(link && link.path.endsWith(`/docs/rules/${RULE}.md`), `link: ${link?.toString()}`);
    assert.ok(existsSync(link.fsPath));
  });

  it('opens the quick fixes on the (S) mark, and lowering the mark clears the error', async () => {
    const uri = editor.document.uri;
    const [diagnostic] = ofRule(await waitForDiagnostics(uri, (d) => ofRule(d).length > 0));
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    // The classification line and the flagged paragraph in one view, the menu below them.
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await settle(300);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('extension-portion-quick-fixes', { waitFor: SELECTORS.actionWidget });
    await press('Escape');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /^Raise the cable to SECRET/.test(t)), JSON.stringify(titles));
    assert.ok(titles.includes(`Show documentation for ${RULE}`), JSON.stringify(titles));
    const lower = actions.find((a) => /^Lower the mark to/.test(a.title));
    assert.ok(lower?.edit, JSON.stringify(titles));
    assert.ok(await vscode.workspace.applyEdit(lower.edit));
    await waitForDiagnostics(uri, (d) => ofRule(d).length === 0);
    assert.match(editor.document.getText(), /^3\. \(C\) A contact said/m);
  });

  it('shows the rule page in the Markdown preview from the "Show documentation" action', async () => {
    const uri = editor.document.uri;
    const [diagnostic] = ofRule(await waitForDiagnostics(uri, (d) => ofRule(d).length > 0));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const docs = actions.find((a) => a.command?.command === 'cablewright.openRuleDocs');
    assert.ok(docs?.command, 'no documentation action');
    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
    await waitFor('the rule page preview', () => (tabLabels().some((l) => l.includes(`${RULE}.md`)) ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('explains a routing indicator on hover', async () => {
    const at = positionOf(editor.document, 'TO RUEHC', 5);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /RUEHC/);
    assert.match(text, /SECSTATE WASHDC/);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await settle(300);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('extension-hover-routing', { waitFor: SELECTORS.hover });
    await press('Escape');
  });

  it('completes TAGS with their meaning and portion marks up to the classification', async () => {
    const tagsEnd = positionOf(editor.document, 'TAGS: PREL PGOV IT', 'TAGS: PREL PGOV IT'.length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, tagsEnd, ' PH');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const tags = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, tagsEnd.translate(0, 3));
    const phum = tags.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'PHUM');
    assert.ok(phum, `PHUM not offered: ${tags.items.slice(0, 10).map((i) => JSON.stringify(i.label)).join(', ')}`);
    const markAt = positionOf(editor.document, '4. (U)', 4);
    const marks = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, markAt);
    const labels = marks.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('(C)'), JSON.stringify(labels));
    assert.ok(!labels.includes('(S)'), `(S) offered in a CONFIDENTIAL cable: ${JSON.stringify(labels)}`);
  });

  it('outlines the cable: header, classification, subject, references, paragraphs, signature', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return found && found.length > 0 ? found : undefined;
    });
    const names = symbols.map((s) => s.name).join(' | ');
    for (const part of ['Header', 'SUBJECT', 'REF', 'Signature']) assert.match(names, new RegExp(part, 'i'), names);
    const all = (list: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children)]);
    const paragraphs = all(symbols).filter((s) => /^\d+\. \(/.test(s.name));
    assert.deepEqual(paragraphs.map((s) => s.name.slice(0, 6)), ['1. (C)', '2. (C/', '3. (S)', '4. (U)']);
    // The outline gets a side bar of its own for the picture (the secondary one, full
    // height), and goes back to the Explorer afterwards.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('workbench.action.moveFocusedView');
    await settle(500);
    await press(...'New Secondary'.split('').map((c) => (c === ' ' ? 'Space' : c)), 'Enter');
    try {
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('outline.focus');
      await vscode.commands.executeCommand('outline.expand');
      await settle(800);
      await screenshot('extension-outline', { waitFor: '.outline-pane .monaco-list-row' });
    } finally {
      await vscode.commands.executeCommand('outline.resetViewLocation');
      await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    }
  });
});
