/**
 * The language server: lifecycle, document sync and diagnostics. Features register their
 * handlers from their own files; each handler is a few lines over the core.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ruleDocsDir } from '../node/packageFiles';
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CableWorkspace } from './workspace';
import { toDiagnostic, type RuleDocsLocator } from './convert';

/** Options for {@link startServer}: the clock (tests pass a fixed one) and where the rule docs are. */
export interface ServerOptions {
  readonly clock?: () => Date;
  readonly docsDir?: string;
}

/** Wires a connection to the core and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new CableWorkspace(connection, options.clock);
  const docsDir = options.docsDir ?? ruleDocsDir();
  const docs: RuleDocsLocator = (ruleId) => (ruleId === 'invalid-config' ? undefined : pathToFileURL(join(docsDir, `${ruleId}.md`)).toString());
  let pullDiagnostics = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    workspace.configurationSupport = capabilities.workspace?.configuration === true;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'cablewright-language-server' },
    };
  });

  /** The diagnostics of a document's current version, or null when it changed meanwhile. */
  const diagnosticsFor = async (document: TextDocument): Promise<Diagnostic[] | null> => {
    const version = document.version;
    const settings = await workspace.settings(document.uri);
    if (settings.validate === 'off') return [];
    const started = Date.now();
    const { problems, tooLarge } = await workspace.problems(document);
    const current = documents.get(document.uri);
    if (!current || current.version !== version) return null;
    const doc = workspace.parse(document);
    connection.console.log(`lint ${document.uri} v${version}: ${problems.length} problems in ${Date.now() - started} ms`);
    if (tooLarge) {
      return [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          source: 'cablewright',
          code: 'file-too-large',
          message: `This cable is larger than cablewright.maxFileSize (${settings.maxFileSize} bytes), so it is not checked in full; hover and the outline still work. Raise the setting to check it.`,
        },
      ];
    }
    return problems.map((p) => toDiagnostic(p, doc.lines, document.uri, docs));
  };

  const publish = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = await diagnosticsFor(document);
    if (diagnostics === null) return; // a newer version is on its way
    const current = documents.get(uri);
    if (!current || current.version !== document.version) return;
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };

  const schedule = async (uri: string) => {
    if (pullDiagnostics) return;
    const existing = timers.get(uri);
    if (existing) clearTimeout(existing);
    const settings = await workspace.settings(uri);
    if (settings.validate !== 'onType') return;
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void publish(uri);
      }, settings.debounceMs),
    );
  };

  documents.onDidOpen((e) => {
    connection.console.log(`open ${e.document.uri} v${e.document.version} (${e.document.getText().length} chars)`);
    if (!pullDiagnostics) void publish(e.document.uri);
  });
  documents.onDidChangeContent((e) => void schedule(e.document.uri));
  documents.onDidSave(async (e) => {
    if (pullDiagnostics) return;
    const settings = await workspace.settings(e.document.uri);
    if (settings.validate === 'onSave') void publish(e.document.uri);
  });
  documents.onDidClose((e) => {
    const timer = timers.get(e.document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(e.document.uri);
    workspace.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    connection.console.log(`close ${e.document.uri}`);
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const diagnostics = await diagnosticsFor(document);
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics ?? [] };
  });

  connection.onDidChangeConfiguration((change) => {
    if (!workspace.configurationSupport) workspace.setPushedSettings(change.settings);
    else workspace.invalidate();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    workspace.invalidate();
    refreshAll();
  });

  const refreshAll = () => {
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) void publish(document.uri);
  };

  documents.listen(connection);
  connection.listen();
}
