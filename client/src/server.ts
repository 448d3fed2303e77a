/**
 * The client's line to the language server: starts it (without holding up activation) and
 * sends the Cablewright requests of extensionProtocol.ts once it is running.
 */
import * as path from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { headlinesOnly } from './traceChannel';

/** Commands this client runs itself; the server leaves them alone (see server/src/lsp/commands.ts). */
export const CLIENT_COMMANDS = ['cablewright.openRuleDocs'];

/** The language client and the promise that it has started. */
export class CableServer {
  readonly client: LanguageClient;
  /** Resolves once the server has answered `initialize`; rejects when it cannot start. */
  readonly ready: Promise<void>;

  constructor(context: ExtensionContext, output: LogOutputChannel) {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'cable' }],
      synchronize: { configurationSection: 'cablewright' },
      initializationOptions: { clientCommands: CLIENT_COMMANDS },
      outputChannel: output,
      // The protocol trace names methods only: message parameters hold cable text.
      traceOutputChannel: headlinesOnly(output),
    };
    this.client = new LanguageClient('cablewright', 'Cablewright', serverOptions, clientOptions);
    // Started on the next turn, so activation returns before the server process is forked.
    this.ready = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.client.start());
  }

  /** Sends a Cablewright request once the server runs. */
  async request<R>(method: string, params?: unknown): Promise<R> {
    await this.ready;
    return params === undefined ? this.client.sendRequest<R>(method) : this.client.sendRequest<R>(method, params);
  }

  async stop(): Promise<void> {
    await this.client.stop();
  }
}
