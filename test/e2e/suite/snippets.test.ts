/**
 * Every snippet of snippets/cable.code-snippets, inserted through VS Code's own snippet
 * engine and walked through with Tab, gives the text the unit tests' expander predicts (and
 * lint, there); the snippets are offered by completion in a cable; the demarche scaffold
 * expanded is pictured.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { dateVariables, expandSnippet } from '../../snippets/expander';
import { jumpThroughSnippet, pictureWithStatusBar, statusWhere } from '../support/cablewright';
import { closeAllEditors, extension, openUntitled, waitFor } from '../support/editor';

interface Entry {
  readonly prefix: string | string[];
  readonly body: string | string[];
}

function snippets(): Record<string, Entry> {
  return JSON.parse(readFileSync(join(extension().extensionPath, 'snippets', 'cable.code-snippets'), 'utf8')) as Record<string, Entry>;
}

const bodyOf = (entry: Entry) => (Array.isArray(entry.body) ? entry.body.join('\n') : entry.body);

/** The snippet variables VS Code resolves at `at`, in the extension host's local time. */
function variablesAt(at: Date) {
  return dateVariables({ year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), hour: at.getHours(), minute: at.getMinutes(), second: at.getSeconds() });
}

describe('snippets in VS Code', () => {
  afterEach(closeAllEditors);

  it('are offered by completion in a cable, under their prefixes', async () => {
    const editor = await openUntitled('demar');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 5));
    const snippetItems = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(snippetItems.includes('demarche'), `snippet items: ${JSON.stringify(snippetItems)}`);
  });

  for (const [name, entry] of Object.entries(snippets())) {
    it(`${name}: VS Code's expansion, Tab through every stop, is the expander's`, async () => {
      const body = bodyOf(entry);
      const editor = await openUntitled('');
      const before = new Date();
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(body)));
      const after = new Date();
      const stops = expandSnippet(body, variablesAt(before)).order.length;
      await jumpThroughSnippet(stops);
      const text = editor.document.getText();
      // The minute may turn between the two clocks: the text matches one of them.
      const expected = [expandSnippet(body, variablesAt(before)).text, expandSnippet(body, variablesAt(after)).text];
      assert.ok(expected.includes(text), `VS Code inserted:\n${text}\n--- the expander gives:\n${expected[0]}`);
    });
  }

  it('pictures the demarche scaffold expanded, the cursor on the SUBJECT', async () => {
    const editor = await openUntitled('');
    await editor.insertSnippet(new vscode.SnippetString(bodyOf(snippets().Demarche)));
    await waitFor('the SUBJECT tab stop', () => (editor.document.getText(editor.selection) === 'TOPIC' ? true : undefined));
    const subjectLine = editor.selection.active.line;
    editor.revealRange(new vscode.Range(subjectLine - 8, 0, subjectLine - 8, 0), vscode.TextEditorRevealType.AtTop);
    await statusWhere((t) => t.includes('UNCLASSIFIED//SBU'), 'UNCLASSIFIED//SBU');
    await pictureWithStatusBar('extension-demarche-snippet', { waitFor: '.monaco-editor .snippet-placeholder' });
  });
});
