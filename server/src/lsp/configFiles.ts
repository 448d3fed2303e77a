/**
 * Configuration files as the server sees them: problems in `.cablewright.json` and in the
 * list files it (or the settings) names are published as diagnostics on those files, and
 * cleared when fixed; changes to them are watched and re-applied to every open cable.
 */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { ConfigFileProblem } from '../node/configFiles';
import { background, type ClientState } from './context';

/** Publishes problems of configuration and list files, merged over the sources that found them. */
export class FileProblemPublisher {
  private readonly bySource = new Map<string, string>();
  private readonly problems = new Map<string, readonly ConfigFileProblem[]>();
  private published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Records what `source` (a config file, or the settings) found; publishes when it changed. */
  update(source: string, problems: readonly ConfigFileProblem[]): void {
    const key = JSON.stringify(problems);
    if (this.bySource.get(source) === key) return;
    this.bySource.set(source, key);
    this.problems.set(source, problems);
    this.flush();
  }

  private flush(): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const list of this.problems.values()) {
      for (const p of list) {
        const diagnostics = byFile.get(p.file) ?? [];
        diagnostics.push({
          range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } },
          severity: DiagnosticSeverity.Error,
          source: 'cablewright',
          code: 'invalid-config',
          message: `${p.message} The defaults are used instead.`,
        });
        byFile.set(p.file, diagnostics);
      }
    }
    for (const file of new Set([...this.published, ...byFile.keys()])) {
      background(this.connection, this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: byFile.get(file) ?? [] }));
    }
    this.published = new Set(byFile.keys());
  }
}

/** Asks the client to tell us when configuration files change, when it can register watchers. */
export function watchConfigFiles(connection: Connection, client: ClientState): void {
  if (client.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration !== true) return;
  background(connection, connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.cablewright.json' }] }));
}
