/**
 * Configuration: which rules run at which severity, with which options, and the extra TAGS
 * and routing indicators an organisation adds. Parsing `.cablewright.json` text lives here
 * (pure); finding and reading the files is the adapters' business.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Span } from './text/span';
import { SEVERITY_SETTINGS, type Rule, type SeveritySetting } from './rules/rule';
import type { TagKind } from './vocab/tags';

/** A rule's setting: a severity, or a severity with options. */
export type RuleSetting = SeveritySetting | readonly [SeveritySetting, Readonly<Record<string, unknown>>];

/** The contents of a `.cablewright.json` file. */
export interface CablewrightConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Files (relative to the config file) listing extra TAGS: `TAG<TAB>kind<TAB>meaning` per line. */
  readonly tagsFiles?: readonly string[];
  /** Files listing extra routing indicators: `RI<TAB>name` per line. */
  readonly routingIndicatorFiles?: readonly string[];
}

/** A problem in a configuration file, with where it is. */
export interface ConfigProblem {
  readonly message: string;
  readonly span: Span;
}

/** Result of reading a configuration text: what could be used, and what was wrong. */
export interface ConfigParse {
  readonly config: CablewrightConfig;
  readonly problems: readonly ConfigProblem[];
}

const KNOWN_KEYS = new Set(['rules', 'tagsFiles', 'routingIndicatorFiles', '$schema']);

/**
 * Parses `.cablewright.json` text (JSON with comments and trailing commas). Syntax errors and
 * invalid settings are reported with their position; whatever is valid is kept, and a file
 * that cannot be read at all gives the empty configuration (every rule at its default).
 */
export function parseConfigText(text: string, rules: readonly Rule[]): ConfigParse {
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.`,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
  }));
  if (errors.length > 0) return { config: {}, problems };
  if (raw === undefined) return { config: {}, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: {}, problems: [{ message: 'The configuration must be a JSON object such as { "rules": { … } }.', span: { start: 0, end: text.length } }] };
  }
  const object = raw as Record<string, unknown>;
  const where = (needle: string): Span => {
    const at = text.indexOf(`"${needle}"`);
    return at >= 0 ? { start: at, end: at + needle.length + 2 } : { start: 0, end: 0 };
  };
  for (const key of Object.keys(object)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ message: `Unknown setting "${key}": expected "rules", "tagsFiles" or "routingIndicatorFiles".`, span: where(key) });
  }
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const validRules: Record<string, RuleSetting> = {};
  if (object.rules !== undefined) {
    if (typeof object.rules !== 'object' || object.rules === null || Array.isArray(object.rules)) {
      problems.push({ message: '"rules" must be an object mapping rule ids to a severity.', span: where('rules') });
    } else {
      for (const [id, value] of Object.entries(object.rules as Record<string, unknown>)) {
        if (!ruleIds.has(id)) {
          problems.push({ message: `Unknown rule "${id}".`, span: where(id) });
          continue;
        }
        const setting = validSetting(value);
        if (setting === null) {
          problems.push({
            message: `Invalid setting for "${id}": expected one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, or [severity, { options }]; found ${JSON.stringify(value)}.`,
            span: where(id),
          });
          continue;
        }
        validRules[id] = setting;
      }
    }
  }
  const files = (key: 'tagsFiles' | 'routingIndicatorFiles'): string[] | undefined => {
    const value = object[key];
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    problems.push({ message: `"${key}" must be a list of file paths.`, span: where(key) });
    return undefined;
  };
  const config: CablewrightConfig = { rules: validRules, tagsFiles: files('tagsFiles'), routingIndicatorFiles: files('routingIndicatorFiles') };
  return { config, problems };
}

function validSetting(value: unknown): RuleSetting | null {
  if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) return value as SeveritySetting;
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2 && typeof value[0] === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value[0])) {
    const options = value[1] ?? {};
    if (typeof options !== 'object' || options === null || Array.isArray(options)) return null;
    return [value[0] as SeveritySetting, options as Record<string, unknown>];
  }
  return null;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Merges settings: later sources win rule by rule (editor settings over a config file, say). */
export function mergeRuleSettings(...sources: ReadonlyArray<Readonly<Record<string, RuleSetting>> | undefined>): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {};
  for (const source of sources) if (source) Object.assign(merged, source);
  return merged;
}

/** Each rule's default options, computed once. */
const DEFAULT_OPTIONS = new WeakMap<Rule, Readonly<Record<string, unknown>>>();

/** The severity and options a rule runs with under `settings`. */
export function resolveRule(rule: Rule, settings: Readonly<Record<string, RuleSetting>>): { severity: SeveritySetting; options: Readonly<Record<string, unknown>> } {
  let defaults = DEFAULT_OPTIONS.get(rule);
  if (!defaults) {
    defaults = Object.freeze(Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([name, schema]) => [name, schema.default])));
    DEFAULT_OPTIONS.set(rule, defaults);
  }
  const setting = settings[rule.meta.id];
  if (setting === undefined) return { severity: rule.meta.defaultSeverity, options: defaults };
  if (typeof setting === 'string') return { severity: setting, options: defaults };
  return { severity: setting[0], options: { ...defaults, ...setting[1] } };
}

/**
 * Parses an extra-TAGS list: one tag per line, optionally followed by a tab (or `|`) and its
 * kind (subject, program, geo, organization, person) and another and its meaning. `#` starts
 * a comment. Lines that cannot be read are reported and skipped.
 */
export function parseTagList(text: string): { tags: Map<string, { kind: TagKind; meaning: string }>; problems: ConfigProblem[] } {
  const tags = new Map<string, { kind: TagKind; meaning: string }>();
  const problems: ConfigProblem[] = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const content = line.replace(/#.*$/, '').trim();
    if (content) {
      const [tag, kind = 'subject', meaning = ''] = content.split(/\t|\s*\|\s*/);
      const kinds = ['subject', 'program', 'geo', 'organization', 'person'];
      if (!/^[A-Z0-9]{2,12}$/.test(tag.trim()) || !kinds.includes(kind.trim())) {
        problems.push({ message: `Cannot read "${content}": expected TAG, then a tab and one of ${kinds.join(', ')}, then a tab and its meaning.`, span: { start: offset, end: offset + line.length } });
      } else {
        tags.set(tag.trim(), { kind: kind.trim() as TagKind, meaning: meaning.trim() });
      }
    }
    offset += line.length + 1;
  }
  return { tags, problems };
}

/** Parses an extra routing-indicator list: `RI`, a tab (or `|`), and the name it serves, per line. */
export function parseIndicatorList(text: string): { indicators: Map<string, string[]>; problems: ConfigProblem[] } {
  const indicators = new Map<string, string[]>();
  const problems: ConfigProblem[] = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const content = line.replace(/#.*$/, '').trim();
    if (content) {
      const [ri, name = ''] = content.split(/\t|\s*\|\s*/);
      if (!/^R[A-Z]{3,7}$/.test(ri.trim())) {
        problems.push({ message: `Cannot read "${content}": expected a routing indicator (R and 3–7 letters), a tab, and the name it serves.`, span: { start: offset, end: offset + line.length } });
      } else {
        const list = indicators.get(ri.trim()) ?? [];
        if (name.trim()) list.push(name.trim().toUpperCase());
        indicators.set(ri.trim(), list);
      }
    }
    offset += line.length + 1;
  }
  return { indicators, problems };
}
