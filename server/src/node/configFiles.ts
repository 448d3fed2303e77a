/**
 * Finding and loading `.cablewright.json`: the nearest one walking up from a cable's folder,
 * with the extra TAGS and routing-indicator files it names. Problems are collected with their
 * file, line and column; whatever is broken falls back to the defaults.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LineIndex, parseConfigText, parseIndicatorList, parseTagList, RULES, type RuleSetting } from '../core/index';
import type { LintVocabulary } from '../core/rules/rule';
import type { TagKind } from '../core/vocab/tags';

export const CONFIG_FILE_NAME = '.cablewright.json';

/** A problem in a configuration file or a file it names. */
export interface ConfigFileProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** A loaded configuration. */
export interface LoadedConfig {
  /** The file it came from, or null for the defaults. */
  readonly file: string | null;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly vocabulary: LintVocabulary;
  readonly problems: readonly ConfigFileProblem[];
  /** The TAGS and routing-indicator files it names, resolved (watched for changes too). */
  readonly listFiles?: readonly string[];
}

/** The defaults: every rule at its default severity, no extra vocabulary. */
export const DEFAULT_CONFIG: LoadedConfig = { file: null, rules: {}, vocabulary: { extraTags: new Map(), extraIndicators: new Map() }, problems: [] };

/** The nearest `.cablewright.json` at or above `directory`, or null. */
export function findConfigFile(directory: string): string | null {
  let dir = resolve(directory);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function problemAt(file: string, text: string, start: number, end: number, message: string): ConfigFileProblem {
  const index = new LineIndex(text);
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return { file, line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, message };
}

const cache = new Map<string, { stamp: string; config: LoadedConfig }>();

/** Modification times of the config file and of the list files it names: a change to any invalidates the cache. */
function stampOf(file: string, listFiles: readonly string[]): string {
  return [file, ...listFiles]
    .map((f) => {
      try {
        return String(statSync(f).mtimeMs);
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** Loads a configuration file (cached by modification time); never throws. */
export function loadConfigFile(file: string): LoadedConfig {
  try {
    statSync(file);
  } catch {
    return { ...DEFAULT_CONFIG, file, problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `Cannot read the configuration file ${file}.` }] };
  }
  const cached = cache.get(file);
  if (cached && cached.stamp === stampOf(file, cached.config.listFiles ?? [])) return cached.config;
  const config = loadConfigText(file, readFileSync(file, 'utf8'));
  cache.set(file, { stamp: stampOf(file, config.listFiles ?? []), config });
  return config;
}

/** Loads a configuration from its text (the editor may hold unsaved changes). */
export function loadConfigText(file: string, text: string): LoadedConfig {
  const parsed = parseConfigText(text, RULES);
  const problems: ConfigFileProblem[] = parsed.problems.map((p) => problemAt(file, text, p.span.start, p.span.end, p.message));
  const extraTags = new Map<string, { kind: TagKind; meaning: string }>();
  const extraIndicators = new Map<string, readonly string[]>();
  const base = dirname(file);
  for (const name of parsed.config.tagsFiles ?? []) {
    const path = resolve(base, name);
    const content = readListFile(path);
    if (content === null) {
      problems.push(problemAt(file, text, ...findName(text, name), `Cannot read the TAGS file "${name}" (${path}).`));
      continue;
    }
    const list = parseTagList(content);
    for (const [tag, info] of list.tags) extraTags.set(tag, info);
    problems.push(...list.problems.map((p) => problemAt(path, content, p.span.start, p.span.end, p.message)));
  }
  for (const name of parsed.config.routingIndicatorFiles ?? []) {
    const path = resolve(base, name);
    const content = readListFile(path);
    if (content === null) {
      problems.push(problemAt(file, text, ...findName(text, name), `Cannot read the routing indicator file "${name}" (${path}).`));
      continue;
    }
    const list = parseIndicatorList(content);
    for (const [ri, names] of list.indicators) extraIndicators.set(ri, names);
    problems.push(...list.problems.map((p) => problemAt(path, content, p.span.start, p.span.end, p.message)));
  }
  const listFiles = [...(parsed.config.tagsFiles ?? []), ...(parsed.config.routingIndicatorFiles ?? [])].map((name) => resolve(base, name));
  return { file, rules: parsed.config.rules ?? {}, vocabulary: { extraTags, extraIndicators }, problems, listFiles };
}

function findName(text: string, name: string): [number, number] {
  const at = text.indexOf(JSON.stringify(name));
  return at >= 0 ? [at, at + name.length + 2] : [0, 0];
}

function readListFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The configuration for a cable in `directory`: an explicit file, else the nearest one, else the defaults. */
export function configFor(directory: string, explicitFile?: string): LoadedConfig {
  const file = explicitFile ?? findConfigFile(directory);
  return file ? loadConfigFile(file) : DEFAULT_CONFIG;
}
