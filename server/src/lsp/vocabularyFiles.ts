/**
 * The extra TAGS and routing-indicator files named in the editor settings
 * (`cablewright.tagsFiles`, `cablewright.routingIndicatorFiles`), read from disk, cached by
 * modification time, relative paths taken from the workspace folder.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { LineIndex, parseIndicatorList, parseTagList } from '../core/index';
import type { LintVocabulary } from '../core/rules/rule';
import type { TagKind } from '../core/vocab/tags';
import type { ConfigFileProblem } from '../node/configFiles';

interface Loaded<T> {
  readonly mtimeMs: number;
  readonly value: T;
  readonly problems: ConfigFileProblem[];
}

const tagCache = new Map<string, Loaded<Map<string, { kind: TagKind; meaning: string }>>>();
const indicatorCache = new Map<string, Loaded<Map<string, string[]>>>();

function load<T>(path: string, cache: Map<string, Loaded<T>>, parse: (text: string) => { value: T; problems: Array<{ message: string; span: { start: number; end: number } }> }): Loaded<T> | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return null;
  }
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const parsed = parse(text);
  const lines = new LineIndex(text);
  const problems = parsed.problems.map((p) => {
    const from = lines.positionAt(p.span.start);
    const to = lines.positionAt(p.span.end);
    return { file: path, line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, message: p.message };
  });
  const loaded = { mtimeMs, value: parsed.value, problems };
  cache.set(path, loaded);
  return loaded;
}

/** The vocabulary the settings add, the problems in those files, and the files that could not be read. */
export function settingsVocabulary(
  tagsFiles: readonly string[],
  indicatorFiles: readonly string[],
  baseDirectory: string | null,
): { vocabulary: LintVocabulary; problems: ConfigFileProblem[]; unreadable: string[] } {
  const extraTags = new Map<string, { kind: TagKind; meaning: string }>();
  const extraIndicators = new Map<string, readonly string[]>();
  const problems: ConfigFileProblem[] = [];
  const unreadable: string[] = [];
  const where = (name: string) => (isAbsolute(name) || !baseDirectory ? resolve(name) : resolve(baseDirectory, name));
  for (const name of tagsFiles) {
    const loaded = load(where(name), tagCache, (text) => {
      const list = parseTagList(text);
      return { value: list.tags, problems: list.problems };
    });
    if (!loaded) unreadable.push(where(name));
    else {
      for (const [tag, info] of loaded.value) extraTags.set(tag, info);
      problems.push(...loaded.problems);
    }
  }
  for (const name of indicatorFiles) {
    const loaded = load(where(name), indicatorCache, (text) => {
      const list = parseIndicatorList(text);
      return { value: list.indicators, problems: list.problems };
    });
    if (!loaded) unreadable.push(where(name));
    else {
      for (const [indicator, names] of loaded.value) extraIndicators.set(indicator, names);
      problems.push(...loaded.problems);
    }
  }
  return { vocabulary: { extraTags, extraIndicators }, problems, unreadable };
}
