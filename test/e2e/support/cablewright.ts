/**
 * Helpers for the tests of the drafter-facing extension: its API (status item, timings),
 * tab stops, the tabs VS Code shows, and the severities of diagnostics.
 */
import * as vscode from 'vscode';
import type { CablewrightApi } from '../../../client/src/extension';
import { extension, waitFor } from './editor';
import { cropPng } from './png';
import { screenshot } from './workbench';

/** The extension's API (what `activate` returned), once it is active and its server runs. */
export async function api(): Promise<CablewrightApi> {
  const ext = extension();
  const exports = (ext.isActive ? ext.exports : await ext.activate()) as CablewrightApi;
  await exports.ready;
  return exports;
}

/** Waits until the status item shows text that `accept` likes, refreshing it as it goes. */
export async function statusWhere(accept: (text: string) => boolean, what: string): Promise<ReturnType<CablewrightApi['status']>> {
  const cw = await api();
  return waitFor(`the status item to show ${what}`, async () => {
    const shown = await cw.refreshStatus();
    return shown.visible && accept(shown.text) ? shown : undefined;
  });
}

/** Moves through `count` tab stops of the active snippet, as Tab does. */
export async function jumpThroughSnippet(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('hideSuggestWidget');
}

/** The labels of every open tab (a Markdown preview is `Preview <file>`). */
export function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
}

/** Diagnostics that are errors or warnings. */
export function serious(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
}

/** The position of the `nth` occurrence of `needle` in a document, plus `delta` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0, nth = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" is not in ${document.uri.path} ${nth} times`);
  }
  return document.positionAt(at + delta);
}

/** Milliseconds to let the workbench paint before a picture. */
export function settle(ms = 400): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Pictures the whole workbench as `name`, and its status bar's left part, enlarged, as
 * `<name>-bar` (the status item is small on a whole page).
 */
export async function pictureWithStatusBar(name: string, options: { waitFor?: string } = {}): Promise<void> {
  await settle(600);
  const path = await screenshot(name, options);
  if (path) cropPng(path, path.replace(/\.png$/, '-bar.png'), { x: 0, y: -22, width: 560, height: 22 }, 2);
}
