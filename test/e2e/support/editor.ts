/**
 * Helpers over the `vscode` API for tests inside the extension host: the extension, the
 * workspace's fixtures, and waiting for what the language server sends.
 */
import * as vscode from 'vscode';

/** The extension's id: `<publisher>.<name>` from package.json. */
export const EXTENSION_ID = 'cablewright.cablewright';

/** The extension under test (the checkout, loaded as `extensionDevelopmentPath`). */
export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  return found;
}

/**
 * The URI of a fixture in the workspace folder the runner opened: a private copy of
 * test/e2e/fixtures/, so a test may edit and save it.
 */
export function fixtureUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner opens a copy of test/e2e/fixtures/');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/**
 * Opens a fixture in an editor and returns the editor. The document is first put back to
 * what is on disk, so an edit an earlier test left behind cannot leak into this one.
 */
export async function openFixture(name: string, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await resetToDisk(document);
  return vscode.window.showTextDocument(document, { preview: false, ...options });
}

/**
 * Puts a document back to its file's content and leaves it saved (not dirty). Works whether
 * or not it is in the active editor, unlike the Revert command.
 */
export async function resetToDisk(document: vscode.TextDocument): Promise<void> {
  if (document.isUntitled) return;
  const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
  if (document.getText() !== disk) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), disk);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not reset ${document.uri.path}`);
  }
  if (document.isDirty) await document.save();
}

/** Opens an untitled document with `content` in `language` (nothing on disk). */
export async function openUntitled(content: string, language = 'cable'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The diagnostics of `uri` once `accept` likes them (default: once there is at least one).
 * Waits on `onDidChangeDiagnostics` and re-checks, so it is correct whether they are already
 * there or still on their way.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 30_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.path}; now: ${JSON.stringify(now)}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** A diagnostic's code as a string (its `value` when it carries a documentation link). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The documentation link of a diagnostic (`code.target`), if it has one. */
export function docsLinkOf(diagnostic: vscode.Diagnostic): vscode.Uri | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
}

/**
 * Closes every editor, so the next test starts from an empty editor area. Documents of the
 * workspace that a test changed are put back to their files first (closing a changed
 * document would otherwise stop on a "Save changes?" dialog); untitled ones are reverted.
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    if (document.isUntitled) {
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else if (document.uri.scheme === 'file') {
      await resetToDisk(document);
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
