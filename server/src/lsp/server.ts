/**
 * The language server: lifecycle, document sync and diagnostics. Features register their
 * handlers from their own files (hover.ts, completion.ts…); each is a few lines over the core.
 *
 * Diagnostics are pushed after a short debounce to clients that do not pull them, and served
 * by `textDocument/diagnostic` (LSP 3.17) to clients that do. A result computed for a version
 * that has since changed is never published.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsDir } from '../node/packageFiles';
import { codeActionsFeature } from './codeActions';
import { codeLensFeature } from './codeLens';
import { commandsFeature } from './commands';
import { extensionRequestsFeature } from './extensionRequests';
import { completionFeature } from './completion';
import { FileProblemPublisher, watchConfigFiles } from './configFiles';
import { background, throwIfCancelled, type ClientState, type Feature, type ServerContext } from './context';
import { toDiagnostic, type RuleDocsLocator } from './convert';
import { foldingFeature } from './folding';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { linksFeature } from './links';
import { navigationFeature } from './navigation';
import { serverStatsFeature } from './serverStats';
import { symbolsFeature } from './symbols';
import { startWarmUp, WARM_UP_DELAY_MS, type WarmUp, type WarmUpStatus } from './warmUp';
import { CableWorkspace } from './workspace';

/** Options for {@link startServer}: the clock (tests pass a fixed one) and where the rule docs are. */
export interface ServerOptions {
  readonly clock?: () => Date;
  readonly docsDir?: string;
}

/** Every feature the server offers besides diagnostics. */
const FEATURES: readonly Feature[] = [
  hoverFeature,
  completionFeature,
  symbolsFeature,
  foldingFeature,
  navigationFeature,
  linksFeature,
  codeLensFeature,
  codeActionsFeature,
  formattingFeature,
  commandsFeature,
  extensionRequestsFeature,
  serverStatsFeature,
];

function folderPaths(folders: readonly WorkspaceFolder[]): string[] {
  return folders
    .filter((f) => f.uri.startsWith('file:'))
    .map((f) => fileURLToPath(f.uri))
    .sort((a, b) => b.length - a.length);
}

/** Wires a connection to the core and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  /**
   * How long applying each document's last change took, by URI and version: with the lint
   * after it, the server's own time from a keystroke to its diagnostics (the debounce and
   * the wait for the client's pull left out), which the lint log line reports.
   */
  const changeCost = new Map<string, { version: number; ms: number }>();
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (document, changes, version) => {
      const started = performance.now();
      const updated = TextDocument.update(document, changes, version);
      changeCost.set(document.uri, { version, ms: performance.now() - started });
      return updated;
    },
  });
  const workspace = new CableWorkspace(connection, options.clock);
  const publisher = new FileProblemPublisher(connection);
  workspace.fileProblems = (source, problems) => publisher.update(source, problems);
  const docsDir = options.docsDir ?? ruleDocsDir();
  // Every diagnostic carries its rule's page: the URL is built once per rule, not per diagnostic.
  const docUrls = new Map<string, string>();
  const docs: RuleDocsLocator = (ruleId) => {
    if (ruleId === 'invalid-config' || ruleId === 'file-too-large') return undefined;
    let url = docUrls.get(ruleId);
    if (url === undefined) {
      url = pathToFileURL(join(docsDir, `${ruleId}.md`)).toString();
      docUrls.set(ruleId, url);
    }
    return url;
  };
  const client: ClientState = { capabilities: {}, workspaceFolders: [], clientCommands: [] };
  const warmUpStatus: WarmUpStatus = { runs: 0, finished: false };
  const context: ServerContext = { connection, documents, workspace, docs, client, warmUp: warmUpStatus };
  let pullDiagnostics = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** For `validate: onSave` with pull clients: the diagnostics as of the last save (or open). */
  const savedReports = new Map<string, { resultId: string; items: Diagnostic[] }>();
  let savedCount = 0;

  connection.onInitialize((params): InitializeResult => {
    client.capabilities = params.capabilities;
    client.workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const init = params.initializationOptions as { clientCommands?: unknown } | undefined;
    client.clientCommands = Array.isArray(init?.clientCommands) ? init.clientCommands.filter((c): c is string => typeof c === 'string') : [];
    workspace.folders = folderPaths(client.workspaceFolders);
    workspace.configurationSupport = params.capabilities.workspace?.configuration === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'cablewright', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const feature of FEATURES) capabilities = { ...capabilities, ...feature.capabilities(client) };
    connection.console.log(`initialize: ${pullDiagnostics ? 'pull' : 'push'} diagnostics, ${workspace.configurationSupport ? 'pulled' : 'pushed'} settings`);
    return { capabilities, serverInfo: { name: 'cablewright-language-server' } };
  });

  let warmUp: WarmUp | null = null;
  let shutDown = false;
  /**
   * Compiles the parser and the rules while the drafter is still reading (see warmUp.ts):
   * once the first diagnostics are out, so the first cable opened is not kept waiting, or
   * after half a second when no cable is opened.
   */
  const beginWarmUp = () => {
    if (warmUp === null && !shutDown) warmUp = startWarmUp(workspace.today(), warmUpStatus, { lastActivity: () => workspace.lastActivity });
  };
  connection.onInitialized(() => {
    setTimeout(beginWarmUp, WARM_UP_DELAY_MS).unref();
    if (client.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true) {
      background(connection, connection.client.register(DidChangeConfigurationNotification.type, { section: 'cablewright' }));
    }
    watchConfigFiles(connection, client);
    if (client.capabilities.workspace?.workspaceFolders === true) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        client.workspaceFolders = [...client.workspaceFolders.filter((f) => !removed.has(f.uri)), ...event.added];
        workspace.folders = folderPaths(client.workspaceFolders);
        workspace.invalidate();
        refreshAll();
      });
    }
  });

  /** The diagnostics of a document's current version, or null when it changed meanwhile. */
  const diagnosticsFor = async (document: TextDocument): Promise<Diagnostic[] | null> => {
    const version = document.version;
    const settings = await workspace.settings(document.uri);
    if (settings.validate === 'off') return [];
    const started = performance.now();
    const { problems, tooLarge } = await workspace.problems(document);
    const current = documents.get(document.uri);
    if (!current || current.version !== version) return null;
    const doc = workspace.parse(current);
    const lintMs = performance.now() - started;
    const change = changeCost.get(document.uri);
    const withChange = change && change.version === version ? ` (${(lintMs + change.ms).toFixed(1)} ms with applying the change)` : '';
    // A line per lint, so per keystroke: traced (sent only while the client asks for a trace,
    // `cablewright.trace.server`), not logged, so the output channel is not filled as one types.
    connection.tracer.log(`lint ${document.uri} v${version}: ${tooLarge ? 'too large, not linted' : `${problems.length} problems`} in ${lintMs.toFixed(1)} ms${withChange}`);
    if (tooLarge) {
      return [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          source: 'cablewright',
          code: 'file-too-large',
          message: `This cable is larger than cablewright.maxFileSize (${settings.maxFileSize} characters), so it is not checked in full; hover and the outline still work. Raise the setting to check it.`,
        },
      ];
    }
    const diagnostics = problems.map((p) => toDiagnostic(p, doc.lines, document.uri, docs));
    if (warmUp === null) setImmediate(beginWarmUp);
    return diagnostics;
  };

  const publish = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const diagnostics = await diagnosticsFor(document);
    if (diagnostics === null) return; // a newer version is on its way
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const clearTimer = (uri: string) => {
    const existing = timers.get(uri);
    if (existing) clearTimeout(existing);
    timers.delete(uri);
  };

  const schedule = async (uri: string) => {
    if (pullDiagnostics) return;
    const settings = await workspace.settings(uri);
    // Cleared after the await, so of several quick edits only the last one's timer stays.
    clearTimer(uri);
    if (settings.validate !== 'onType' || !documents.get(uri)) return;
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        background(connection, publish(uri));
      }, settings.debounceMs),
    );
  };

  const saveReport = async (document: TextDocument) => {
    const items = await diagnosticsFor(document);
    if (items === null) return false;
    savedReports.set(document.uri, { resultId: `saved-${++savedCount}`, items });
    return true;
  };

  documents.onDidOpen((e) => {
    connection.console.log(`open ${e.document.uri} v${e.document.version} (${e.document.getText().length} chars)`);
    if (!pullDiagnostics) background(connection, publish(e.document.uri));
  });
  documents.onDidChangeContent((e) => {
    workspace.touch();
    background(connection, schedule(e.document.uri));
  });
  const onSave = async (document: TextDocument) => {
    const settings = await workspace.settings(document.uri);
    if (settings.validate !== 'onSave') return;
    if (!pullDiagnostics) return publish(document.uri);
    if ((await saveReport(document)) && client.capabilities.workspace?.diagnostics?.refreshSupport === true) await connection.languages.diagnostics.refresh();
  };
  documents.onDidSave((e) => background(connection, onSave(e.document)));
  documents.onDidClose((e) => {
    clearTimer(e.document.uri);
    savedReports.delete(e.document.uri);
    workspace.forget(e.document.uri);
    changeCost.delete(e.document.uri);
    if (!pullDiagnostics) background(connection, connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
    connection.console.log(`close ${e.document.uri}`);
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    const settings = await workspace.settings(uri);
    throwIfCancelled(token);
    if (settings.validate === 'off') return { kind: DocumentDiagnosticReportKind.Full, resultId: 'off', items: [] };
    if (settings.validate === 'onSave') {
      if (!savedReports.has(uri) && !(await saveReport(document))) throw staleVersion();
      const saved = savedReports.get(uri)!;
      if (params.previousResultId === saved.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: saved.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: saved.resultId, items: saved.items };
    }
    const resultId = `${version}/${workspace.generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const diagnostics = await diagnosticsFor(document);
    throwIfCancelled(token);
    if (diagnostics === null) throw staleVersion();
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  });

  /** The document changed while its diagnostics were computed: the client asks again. */
  const staleVersion = () => new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; ask again.', { retriggerRequest: true });

  connection.onDidChangeConfiguration((change) => {
    if (!workspace.configurationSupport) workspace.setPushedSettings(change.settings);
    else workspace.invalidate();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    connection.console.log(`configuration changed: ${change.changes.length} file(s)`);
    workspace.invalidate();
    savedReports.clear();
    refreshAll();
  });

  const refreshAll = () => {
    if (!pullDiagnostics) {
      for (const document of documents.all()) background(connection, publish(document.uri));
    } else if (client.capabilities.workspace?.diagnostics?.refreshSupport === true) {
      background(connection, connection.languages.diagnostics.refresh());
    }
  };

  connection.onShutdown(() => {
    shutDown = true;
    warmUp?.stop();
    for (const uri of [...timers.keys()]) clearTimer(uri);
  });

  for (const feature of FEATURES) feature.register(context);
  documents.listen(connection);
  connection.listen();
}
