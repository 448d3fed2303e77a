/**
 * The client's line to the language server: starts it (without holding up activation) and
 * sends the Cablewright requests of extensionProtocol.ts once it is running.
 */
import * as path from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { headlinesOnly } from './traceChannel';

/** Commands this client runs itself; the server leaves them alone (see server/src/lsp/commands.ts). */
export const CLIENT_COMMANDS = ['cablewright.openRuleDocs'];

/** The language client and the promise that it has started. */
export class CableServer {
  /** Resolves with the running client once the server has answered `initialize`; rejects when it cannot start. */
  private readonly started: Promise<LanguageClient>;
  /** Resolves once the server has answered `initialize`; rejects when it cannot start. */
  readonly ready: Promise<void>;

  constructor(context: ExtensionContext, output: LogOutputChannel) {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    // The language client library is loaded on the next turn, with the client, from a bundle of
    // its own (./languageClient): reading and evaluating it is most of the extension's load
    // time, and activation should not wait for it.
    this.started = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const { LanguageClient, TransportKind } = require('./languageClient') as typeof import('./languageClient');
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
      const client = new LanguageClient('cablewright', 'Cablewright', serverOptions, clientOptions);
      await client.start();
      return client;
    });
    this.ready = this.started.then(() => undefined);
  }

  /** Sends a Cablewright request once the server runs. */
  async request<R>(method: string, params?: unknown): Promise<R> {
    const client = await this.started;
    return params === undefined ? client.sendRequest<R>(method) : client.sendRequest<R>(method, params);
  }

  async stop(): Promise<void> {
    const client = await this.started.catch(() => undefined);
    await client?.stop();
  }
}
