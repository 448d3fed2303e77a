/**
 * The server's state: open documents, one parse per document version shared by every
 * feature, lint results per version and settings generation, settings pulled per resource,
 * and `.cablewright.json` lookup for documents on disk.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, mergeRuleSettings, parseCable, type CableDocument, type Problem } from '../core/index';
import type { CalendarDate } from '../core/vocab/dates';
import { configFor, DEFAULT_CONFIG, type LoadedConfig } from '../node/configFiles';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';

interface Entry {
  version: number;
  doc?: CableDocument;
  problems?: { generation: number; problems: Problem[] };
}

/** The per-document state the handlers share. */
export class CableWorkspace {
  private readonly entries = new Map<string, Entry>();
  private readonly settingsCache = new Map<string, Promise<ServerSettings>>();
  /** Bumped when settings or configuration files change, so cached lint results are redone. */
  private generation = 0;
  /** Whether the client answers `workspace/configuration`. */
  configurationSupport = false;
  /** Settings pushed by a client without `workspace/configuration`. */
  private pushedSettings: ServerSettings = DEFAULT_SETTINGS;
  private readonly reportedSettingsProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Today, from the clock the server was given (the core never reads it). */
  today(): CalendarDate {
    const now = this.clock();
    return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  }

  /** The parse of a document's current version: computed once per version. */
  parse(document: TextDocument): CableDocument {
    let entry = this.entries.get(document.uri);
    if (!entry || entry.version !== document.version) {
      entry = { version: document.version };
      this.entries.set(document.uri, entry);
    }
    entry.doc ??= parseCable(document.getText());
    return entry.doc;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.entries.delete(uri);
    this.settingsCache.delete(uri);
  }

  /** Drops cached settings and lint results (settings or configuration changed). */
  invalidate(): void {
    this.generation++;
    this.settingsCache.clear();
  }

  /** Settings for a resource: pulled from the client when it can, else the pushed ones. */
  settings(uri: string): Promise<ServerSettings> {
    if (!this.configurationSupport) return Promise.resolve(this.pushedSettings);
    let cached = this.settingsCache.get(uri);
    if (!cached) {
      cached = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'cablewright' })
        .then((raw) => this.validated(raw))
        .catch(() => DEFAULT_SETTINGS);
      this.settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** Takes settings a client pushed with `workspace/didChangeConfiguration`. */
  setPushedSettings(raw: unknown): void {
    const section = raw && typeof raw === 'object' && 'cablewright' in raw ? (raw as { cablewright: unknown }).cablewright : raw;
    this.pushedSettings = this.validated(section);
    this.invalidate();
  }

  private validated(raw: unknown): ServerSettings {
    const { settings, problems } = readSettings(raw);
    for (const problem of problems) {
      if (this.reportedSettingsProblems.has(problem)) continue;
      this.reportedSettingsProblems.add(problem);
      void this.connection.window.showWarningMessage(`Cablewright: ${problem}`);
    }
    return settings;
  }

  /** The `.cablewright.json` that applies to a document on disk (the defaults elsewhere). */
  config(uri: string): LoadedConfig {
    if (!uri.startsWith('file:')) return DEFAULT_CONFIG;
    try {
      return configFor(dirname(fileURLToPath(uri)));
    } catch {
      return DEFAULT_CONFIG;
    }
  }

  /** The problems of a document's current version, cached per version and settings generation. */
  async problems(document: TextDocument): Promise<{ problems: Problem[]; tooLarge: boolean }> {
    const settings = await this.settings(document.uri);
    const entry = this.entries.get(document.uri);
    const generation = this.generation;
    if (document.getText().length > settings.maxFileSize) return { problems: [], tooLarge: true };
    if (entry && entry.version === document.version && entry.problems && entry.problems.generation === generation) {
      return { problems: entry.problems.problems, tooLarge: false };
    }
    const doc = this.parse(document);
    const config = this.config(document.uri);
    const problems = lint(
      doc,
      { rules: mergeRuleSettings(config.rules, settings.rules), vocabulary: config.vocabulary },
      this.today(),
    ).slice(0, settings.maxProblems);
    const current = this.entries.get(document.uri);
    if (current && current.version === document.version) current.problems = { generation, problems };
    return { problems, tooLarge: false };
  }
}
