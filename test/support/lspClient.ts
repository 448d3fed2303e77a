/**
 * A real LSP client for protocol tests: starts the built server (`node dist/server.js
 * --stdio`) and speaks JSON-RPC to it with vscode-languageserver-protocol, answering
 * `workspace/configuration` and recording what the server sends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationParams,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './paths';

export const SERVER = join(ROOT, 'dist', 'server.js');

/** Client capabilities close to what VS Code declares (hierarchical symbols, links, markdown…). */
export function richCapabilities(extra: { pull?: boolean } = {}): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      workspaceFolders: true,
      diagnostics: { refreshSupport: true },
    },
    window: { showDocument: { support: true }, workDoneProgress: false },
    textDocument: {
      synchronization: { didSave: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: false } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      definition: { linkSupport: true },
      rename: { prepareSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] }, versionSupport: true },
      ...(extra.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

/** A running server and the client connected to it. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly logs: string[] = [];
  readonly shownDocuments: string[] = [];
  readonly registrations: string[] = [];
  readonly stderr: string[] = [];
  /** What `workspace/configuration` answers for the `cablewright` section. */
  settings: unknown = {};
  /** Held before answering `workspace/configuration` (tests use it to cancel requests in flight). */
  configurationGate: Promise<void> = Promise.resolve();
  configurationRequests = 0;
  /** When set, the client refuses `client/registerCapability` (as some clients do). */
  refuseRegistrations = false;
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly process: ChildProcess) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params);
      this.notify();
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.notify();
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
    // The server's per-lint timings come as trace lines (`$/logTrace`), sent while the client
    // asks for a trace: kept with the log lines.
    this.connection.onNotification(LogTraceNotification.type, (params) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest(ConfigurationRequest.type, async (params: ConfigurationParams) => {
      this.configurationRequests++;
      await this.configurationGate;
      return params.items.map((item) => (item.section === 'cablewright' ? this.settings : null));
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      if (this.refuseRegistrations) throw new Error('registration not supported');
      this.registrations.push(...params.registrations.map((r) => r.method));
    });
    this.connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params.uri);
      this.notify();
      return { success: true };
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  /** Starts the server and initializes it. */
  static async start(
    capabilities: ClientCapabilities = richCapabilities(),
    options: { rootUri?: string; initializationOptions?: unknown; settings?: unknown; refuseRegistrations?: boolean; execArgv?: readonly string[]; trace?: 'off' | 'messages' | 'verbose' } = {},
  ): Promise<{ client: LspClient; result: InitializeResult }> {
    // `execArgv`: Node options for the server process (the stress tests pass --expose-gc).
    const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    client.refuseRegistrations = options.refuseRegistrations === true;
    if (options.settings !== undefined) client.settings = options.settings;
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'test' }] : null,
      capabilities,
      initializationOptions: options.initializationOptions,
      // As VS Code with `cablewright.trace.server` set to `messages`: the server then traces each lint.
      trace: options.trace ?? 'messages',
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, result };
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until `predicate` holds (re-checked whenever the server sends something), or fails after `ms`. */
  async until<T>(predicate: () => T | undefined | false | null, ms = 5000, what = 'the server'): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The last diagnostics published for `uri`, waiting for the first when needed. */
  async diagnosticsFor(uri: string, version?: number, ms = 5000): Promise<PublishDiagnosticsParams> {
    return this.until(() => [...this.diagnostics].reverse().find((d) => d.uri === uri && (version === undefined || d.version === version)), ms, `diagnostics for ${uri}`);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cable', version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // Without a token the call must not pass `undefined`, which would count as a parameter.
    return (token ? this.connection.sendRequest(method, params, token.token) : this.connection.sendRequest(method, params)) as Promise<R>;
  }

  /** Shuts down politely (shutdown, exit) and waits for the process to end. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) {
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // already gone
      }
    }
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 3000))]);
    if (code === 'timeout') this.process.kill();
    this.connection.dispose();
    return code === 'timeout' ? null : code;
  }
}
