/** The `cablewright.*` settings, pulled per resource, validated, with defaults. */
import type { RuleSetting } from '../core/index';
import { SEVERITY_SETTINGS } from '../core/index';

export type ValidateMode = 'onType' | 'onSave' | 'off';

export interface ServerSettings {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly referenceUrl: string;
  readonly validate: ValidateMode;
  readonly maxProblems: number;
  readonly debounceMs: number;
  readonly maxFileSize: number;
  readonly tagsFiles: readonly string[];
  readonly routingIndicatorFiles: readonly string[];
}

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: {},
  referenceUrl: '',
  validate: 'onType',
  maxProblems: 1000,
  debounceMs: 150,
  maxFileSize: 4 * 1024 * 1024,
  tagsFiles: [],
  routingIndicatorFiles: [],
};

/**
 * Reads settings as a client sends them; each invalid value falls back to its default and is
 * named in `problems` (shown to the user once).
 */
export function readSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const problems: string[] = [];
  if (raw === null || raw === undefined || typeof raw !== 'object') return { settings: DEFAULT_SETTINGS, problems };
  const value = raw as Record<string, unknown>;
  const pick = <T>(key: keyof ServerSettings, ok: (v: unknown) => boolean, describe: string): T => {
    const v = value[key];
    if (v === undefined || v === null) return DEFAULT_SETTINGS[key] as T;
    if (ok(v)) return v as T;
    problems.push(`cablewright.${key} must be ${describe}; found ${JSON.stringify(v)}. Using the default.`);
    return DEFAULT_SETTINGS[key] as T;
  };
  const isSetting = (v: unknown) =>
    (typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v)) ||
    (Array.isArray(v) && typeof v[0] === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v[0]));
  let rules: Record<string, RuleSetting> = {};
  if (value.rules !== undefined && value.rules !== null) {
    if (typeof value.rules === 'object' && !Array.isArray(value.rules)) {
      for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
        if (isSetting(setting)) rules[id] = setting as RuleSetting;
        else problems.push(`cablewright.rules.${id} must be one of ${SEVERITY_SETTINGS.join(', ')}; found ${JSON.stringify(setting)}. Using the rule's default.`);
      }
    } else {
      problems.push(`cablewright.rules must be an object; found ${JSON.stringify(value.rules)}. Using the defaults.`);
      rules = {};
    }
  }
  const stringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return {
    settings: {
      rules,
      referenceUrl: pick('referenceUrl', (v) => typeof v === 'string', 'a URL template such as https://archive.example/cable/{id}'),
      validate: pick('validate', (v) => v === 'onType' || v === 'onSave' || v === 'off', '"onType", "onSave" or "off"'),
      maxProblems: pick('maxProblems', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0, 'a whole number'),
      debounceMs: pick('debounceMs', (v) => typeof v === 'number' && v >= 0 && v <= 10_000, 'a number of milliseconds between 0 and 10000'),
      maxFileSize: pick('maxFileSize', (v) => typeof v === 'number' && v > 0, 'a positive number of bytes'),
      tagsFiles: pick('tagsFiles', stringList, 'a list of file paths'),
      routingIndicatorFiles: pick('routingIndicatorFiles', stringList, 'a list of file paths'),
    },
    problems,
  };
}
