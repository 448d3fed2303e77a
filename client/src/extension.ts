/**
 * The VS Code extension: starts the language server (which checks, fixes, explains and
 * outlines cables), and adds what only an editor can: the commands, the New Cable wizard and
 * the classification in the status bar. Activation only registers these and starts the
 * client; nothing waits for the server.
 */
import * as vscode from 'vscode';
import { registerEditCommands } from './commands/editCommands';
import { registerNewCable } from './commands/newCable';
import { registerRuleDocs } from './commands/ruleDocs';
import { registerTransmissionText } from './commands/transmissionText';
import { CableServer } from './server';
import { ClassificationStatus, type StatusSnapshot } from './statusItem';

/** What the extension gives other extensions and its end-to-end tests. */
export interface CablewrightApi {
  /** Milliseconds `activate` took, and until the language server answered `initialize`. */
  readonly timings: { readonly activateMs: number; readonly readyMs: number | null };
  /** Resolves once the language server runs. */
  readonly ready: Promise<void>;
  /** What the classification status item shows now. */
  status(): StatusSnapshot;
  /** Refreshes the status item now and resolves with what it shows. */
  refreshStatus(): Promise<StatusSnapshot>;
}

let server: CableServer | undefined;

export function activate(context: vscode.ExtensionContext): CablewrightApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Cablewright', { log: true });
  server = new CableServer(context, output);
  const status = new ClassificationStatus(server);
  context.subscriptions.push(output, status);
  registerEditCommands(context, server);
  registerNewCable(context, server);
  registerRuleDocs(context, server);
  registerTransmissionText(context, server);
  const timings: { activateMs: number; readyMs: number | null } = { activateMs: 0, readyMs: null };
  server.ready.then(
    () => {
      timings.readyMs = performance.now() - started;
      output.info(`Cablewright activated in ${timings.activateMs.toFixed(1)} ms; language server ready after ${timings.readyMs.toFixed(0)} ms.`);
      status.refresh();
    },
    (error: unknown) => {
      output.error(`The Cablewright language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage('Cablewright: the language server did not start; see the Cablewright output for why.');
    },
  );
  timings.activateMs = performance.now() - started;
  return { timings, ready: server.ready, status: () => status.snapshot(), refreshStatus: () => status.refresh() };
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}
