/**
 * The commands that change the active cable. None of them knows a rule: Renumber Paragraphs
 * and Re-letter References apply the safe fixes of `paragraph-sequence` and
 * `references-lettering` as the server computes them, Fix All applies the server's
 * `source.fixAll.cablewright` code action (what `editor.codeActionsOnSave` runs), and Insert
 * Reference… asks the server where the new REF item goes and which letter it takes.
 */
import * as vscode from 'vscode';
import { REQUESTS, type EditsResult, type InsertReferenceResult, type StatusResult } from '../../../server/src/lsp/extensionProtocol';
import type { CableServer } from '../server';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** The active editor when it holds a cable; otherwise says so and returns undefined. */
export function activeCable(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'cable') return editor;
  void vscode.window.showInformationMessage('Cablewright: open a cable (a .cable file, or a document in the Cable language) first.');
  return undefined;
}

/** Applies edits computed for `version` of the editor's document; false when the document changed meanwhile. */
async function applyEdits(editor: vscode.TextEditor, version: number, edits: EditsResult['edits']): Promise<boolean> {
  if (editor.document.version !== version) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(editor.document.uri, toRange(e.range), e.newText);
  return vscode.workspace.applyEdit(edit);
}

/** Runs the safe fixes of `rules` on the active cable; the result says how many edits were made. */
async function fixRules(server: CableServer, rules: readonly string[], done: string, nothing: string): Promise<number | undefined> {
  const editor = activeCable();
  if (!editor) return undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const document = editor.document;
    const result = await server.request<EditsResult | null>(REQUESTS.ruleFixes, { textDocument: { uri: document.uri.toString(), version: document.version }, rules });
    if (result === null) continue; // the text changed while the server worked: ask again
    if (result.edits.length === 0) {
      void vscode.window.setStatusBarMessage(`Cablewright: ${nothing}`, 4000);
      return 0;
    }
    if (await applyEdits(editor, result.version, result.edits)) {
      void vscode.window.setStatusBarMessage(`Cablewright: ${done}`, 4000);
      return result.edits.length;
    }
  }
  void vscode.window.showWarningMessage('Cablewright: the cable kept changing; try again.');
  return undefined;
}

/** Applies the server's fix-all code action to the active cable. */
async function fixAll(): Promise<number | undefined> {
  const editor = activeCable();
  if (!editor) return undefined;
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.cablewright')) ?? [];
  const action = actions.find((a) => a.kind?.value === 'source.fixAll.cablewright' && a.edit);
  if (!action?.edit) {
    void vscode.window.setStatusBarMessage('Cablewright: nothing to fix safely.', 4000);
    return 0;
  }
  const count = action.edit.get(document.uri).length;
  await vscode.workspace.applyEdit(action.edit);
  void vscode.window.setStatusBarMessage('Cablewright: applied the safe fixes.', 4000);
  return count;
}

/** Asks for a reference and adds it to the REF block; the argument skips the question. */
async function insertReference(server: CableServer, given?: unknown): Promise<string | null | undefined> {
  const editor = activeCable();
  if (!editor) return undefined;
  const reference =
    typeof given === 'string'
      ? given
      : await vscode.window.showInputBox({
          title: 'Insert Reference',
          prompt: 'The reference to add to the REF block: a cable (26 STATE 123456, LONDON 2001) or a document',
          placeHolder: '26 STATE 123456',
          validateInput: (value) => (value.trim() === '' ? 'Type a reference, such as 26 STATE 123456.' : undefined),
        });
  if (reference === undefined) return undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const document = editor.document;
    const result = await server.request<InsertReferenceResult | null>(REQUESTS.insertReference, { textDocument: { uri: document.uri.toString(), version: document.version }, reference });
    if (result === null) continue;
    if ('refused' in result) {
      void vscode.window.showWarningMessage(`Cablewright: ${result.refused}`);
      return undefined;
    }
    if (!(await applyEdits(editor, result.version, result.edits))) continue;
    const inserted = toRange(result.inserted);
    editor.selection = new vscode.Selection(inserted.start, inserted.end);
    editor.revealRange(inserted, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    void vscode.window.setStatusBarMessage(result.letter ? `Cablewright: added REF ${result.letter}; cite it as REF ${result.letter}.` : 'Cablewright: added the REF line; cite it as REFTEL.', 6000);
    return result.letter;
  }
  void vscode.window.showWarningMessage('Cablewright: the cable kept changing; try again.');
  return undefined;
}

/** Selects the classification line of the active cable (the status item's click). */
async function revealClassification(server: CableServer): Promise<boolean> {
  const editor = activeCable();
  if (!editor) return false;
  const status = await server.request<StatusResult | null>(REQUESTS.status, { textDocument: { uri: editor.document.uri.toString() } });
  if (!status?.classificationRange) {
    void vscode.window.showInformationMessage('Cablewright: this cable has no classification line yet. It goes after the header: UNCLAS STATE 012345.');
    return false;
  }
  const range = toRange(status.classificationRange);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  return true;
}

export function registerEditCommands(context: vscode.ExtensionContext, server: CableServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cablewright.renumberParagraphs', () =>
      fixRules(server, ['paragraph-sequence'], 'renumbered the paragraphs and their citations.', 'the paragraphs are numbered in order already.'),
    ),
    vscode.commands.registerCommand('cablewright.reletterReferences', () =>
      fixRules(server, ['references-lettering'], 're-lettered the references and their citations.', 'the references are lettered in order already.'),
    ),
    vscode.commands.registerCommand('cablewright.fixAll', () => fixAll()),
    vscode.commands.registerCommand('cablewright.insertReference', (reference?: unknown) => insertReference(server, reference)),
    vscode.commands.registerCommand('cablewright.revealClassification', () => revealClassification(server)),
  );
}
