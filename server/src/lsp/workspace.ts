/**
 * The server's state: open documents, one parse per document version shared by every
 * feature, lint results per version and settings generation, settings pulled per resource,
 * and `.cablewright.json` lookup for documents on disk.
 */
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, mergeRuleSettings, parseCable, type CableDocument, type LintOptions, type Problem } from '../core/index';
import type { Relint } from '../core/features/index';
import type { LintVocabulary } from '../core/rules/rule';
import type { CalendarDate } from '../core/vocab/dates';
import { configFor, DEFAULT_CONFIG, type ConfigFileProblem, type LoadedConfig } from '../node/configFiles';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { tellUser } from './context';
import { settingsVocabulary } from './vocabularyFiles';

interface Entry {
  version: number;
  doc?: CableDocument;
  problems?: { generation: number; problems: Problem[] };
}

/** Receives the problems found in configuration and list files, by the source that read them. */
export type FileProblemSink = (source: string, problems: readonly ConfigFileProblem[]) => void;

/** The path of a `file:` URI, or null for other schemes (`untitled:`, virtual files). */
export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The per-document state the handlers share. */
export class CableWorkspace {
  private readonly entries = new Map<string, Entry>();
  private readonly settingsCache = new Map<string, Promise<ServerSettings>>();
  /** Bumped when settings or configuration files change, so cached lint results are redone. */
  private generationCount = 0;
  /** Whether the client answers `workspace/configuration`. */
  configurationSupport = false;
  /** Settings pushed by a client without `workspace/configuration`. */
  private pushedSettings: ServerSettings = DEFAULT_SETTINGS;
  private readonly reportedSettingsProblems = new Set<string>();
  /** Where problems in configuration files go (the server publishes them as diagnostics). */
  fileProblems: FileProblemSink = () => undefined;
  /** The workspace folders' paths, longest first, for relative list files and new config files. */
  folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** How many documents have a parse or lint result cached (closed ones must have none). */
  get cachedDocuments(): number {
    return this.entries.size;
  }

  /** The settings generation: changes whenever settings or configuration files may have changed. */
  get generation(): number {
    return this.generationCount;
  }

  /** Today, from the clock the server was given (the core never reads it). */
  today(): CalendarDate {
    const now = this.clock();
    return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  }

  /**
   * `performance.now()` when a document was last changed or read for a feature: the idle
   * warm-up waits for the drafter to pause (0 until then).
   */
  lastActivity = 0;

  /** Records that the client is at work (a change, a request). */
  touch(): void {
    this.lastActivity = performance.now();
  }

  /** The parse of a document's current version: computed once per version. */
  parse(document: TextDocument): CableDocument {
    this.touch();
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
    this.generationCount++;
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
    for (const problem of problems) this.warnOnce(problem);
    return settings;
  }

  private warnOnce(message: string): void {
    if (this.reportedSettingsProblems.has(message)) return;
    this.reportedSettingsProblems.add(message);
    tellUser(this.connection, 'warning', `Cablewright: ${message}`);
  }

  /** The workspace folder holding a file, or null. */
  folderOf(path: string): string | null {
    return this.folders.find((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) ?? null;
  }

  /** The `.cablewright.json` that applies to a document on disk (the defaults elsewhere). */
  config(uri: string): LoadedConfig {
    const path = filePath(uri);
    if (path === null) return DEFAULT_CONFIG;
    let config: LoadedConfig;
    try {
      config = configFor(dirname(path));
    } catch {
      return DEFAULT_CONFIG;
    }
    if (config.file) this.fileProblems(config.file, config.problems);
    return config;
  }

  /** What the rules and hover know besides the tree: the configuration's and the settings' extra lists. */
  async vocabulary(uri: string): Promise<LintVocabulary> {
    const settings = await this.settings(uri);
    return this.vocabularyWith(uri, settings, this.config(uri));
  }

  private vocabularyWith(uri: string, settings: ServerSettings, config: LoadedConfig): LintVocabulary {
    if (settings.tagsFiles.length === 0 && settings.routingIndicatorFiles.length === 0) return config.vocabulary;
    const path = filePath(uri);
    const base = path ? (this.folderOf(path) ?? dirname(path)) : (this.folders[0] ?? null);
    const extra = settingsVocabulary(settings.tagsFiles, settings.routingIndicatorFiles, base);
    this.fileProblems('settings', extra.problems);
    for (const file of extra.unreadable) this.warnOnce(`Cannot read the list file ${file} named in the settings.`);
    return {
      extraTags: new Map([...config.vocabulary.extraTags, ...extra.vocabulary.extraTags]),
      extraIndicators: new Map([...config.vocabulary.extraIndicators, ...extra.vocabulary.extraIndicators]),
    };
  }

  /** The lint options for a document: configuration file rules, then the editor's settings over them. */
  async lintOptions(uri: string): Promise<LintOptions> {
    const settings = await this.settings(uri);
    const config = this.config(uri);
    return { rules: mergeRuleSettings(config.rules, settings.rules), vocabulary: this.vocabularyWith(uri, settings, config) };
  }

  /** Lints a text with a document's options again (formatting and fix-all work pass by pass). */
  async relint(uri: string): Promise<Relint> {
    const options = await this.lintOptions(uri);
    const today = this.today();
    return (text) => lint(parseCable(text), options, today);
  }

  /** The problems of a document's current version, cached per version and settings generation. */
  async problems(document: TextDocument): Promise<{ problems: Problem[]; tooLarge: boolean }> {
    const settings = await this.settings(document.uri);
    const generation = this.generationCount;
    if (document.getText().length > settings.maxFileSize) return { problems: [], tooLarge: true };
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.problems && entry.problems.generation === generation) {
      return { problems: entry.problems.problems, tooLarge: false };
    }
    const options = await this.lintOptions(document.uri);
    const doc = this.parse(document);
    const problems = lint(doc, options, this.today()).slice(0, settings.maxProblems);
    const current = this.entries.get(document.uri);
    if (current && current.version === document.version) current.problems = { generation, problems };
    return { problems, tooLarge: false };
  }
}
