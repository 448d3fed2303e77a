/**
 * Generates what the manifest and the configuration schema say about rules and settings, from
 * the code that defines them, so that no rule id is ever listed by hand:
 *
 * - `contributes.configuration` in package.json: every `cablewright.*` setting the language
 *   server reads (server/src/lsp/settings.ts), with descriptions, and `cablewright.rules` with
 *   one property per rule of the registry (its description, default severity and options);
 * - `schemas/cablewright.schema.json`: the JSON schema of `.cablewright.json`, registered with
 *   `contributes.jsonValidation` so the file gets completion and validation.
 *
 *   npx tsx scripts/generate-manifest.ts           rewrite both when they differ
 *   npx tsx scripts/generate-manifest.ts --check   exit 1 when either is out of date
 *
 * `npm run manifest` runs the first; test/client/manifest.test.ts fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES, SEVERITY_SETTINGS, type Rule } from '../server/src/core/index';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';

export const ROOT = resolve(__dirname, '..');
export const PACKAGE_JSON = join(ROOT, 'package.json');
export const SCHEMA_FILE = join(ROOT, 'schemas', 'cablewright.schema.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The schema of one rule's setting: a severity, or for a rule with options also
 * `[severity, { options }]`. `markdown` picks the settings editor's description field.
 */
function ruleSettingSchema(rule: Rule, markdown: boolean): { [key: string]: Json } {
  const severity: { [key: string]: Json } = { enum: [...SEVERITY_SETTINGS] };
  const text = `${rule.meta.description} Default: ${markdown ? `\`${rule.meta.defaultSeverity}\`` : rule.meta.defaultSeverity}.${rule.meta.fixable ? ' Fixable.' : ''}`;
  const described = { [markdown ? 'markdownDescription' : 'description']: text, default: rule.meta.defaultSeverity };
  const options = Object.entries(rule.meta.options ?? {});
  if (options.length === 0) return { ...described, ...severity };
  const properties: { [key: string]: Json } = {};
  for (const [name, option] of options) properties[name] = { type: option.type, description: option.description, default: option.default as Json };
  return {
    ...described,
    anyOf: [severity, { type: 'array', items: [severity, { type: 'object', additionalProperties: false, properties }], minItems: 1, maxItems: 2 }],
  };
}

/** `cablewright.rules`: one property per rule of the registry, in registry order. */
function rulesSchema(markdown: boolean): { [key: string]: Json } {
  const properties: { [key: string]: Json } = {};
  for (const rule of RULES) properties[rule.meta.id] = ruleSettingSchema(rule, markdown);
  return { type: 'object', additionalProperties: false, properties };
}

/** Every `cablewright.*` setting; the keys are those of the server's settings. */
export function configurationContribution(): { [key: string]: Json } {
  const d = DEFAULT_SETTINGS;
  const settings: Record<keyof typeof DEFAULT_SETTINGS, { [key: string]: Json }> = {
    rules: {
      ...rulesSchema(true),
      default: {},
      markdownDescription:
        'Severity of each rule: `"error"`, `"warning"`, `"info"`, `"hint"` or `"off"`, or `[severity, { options }]`. Applies over `.cablewright.json`. Example: `{ "subject-case": "off", "paragraph-sequence": "warning" }`.',
      order: 0,
    },
    validate: {
      type: 'string',
      enum: ['onType', 'onSave', 'off'],
      enumDescriptions: ['Check the cable as you type.', 'Check the cable when it is saved.', 'Do not check cables (hover, outline and completion still work).'],
      default: d.validate,
      description: 'When Cablewright checks a cable.',
      order: 1,
    },
    debounceMs: {
      type: 'number',
      minimum: 0,
      maximum: 10000,
      default: d.debounceMs,
      description: 'Milliseconds to wait after the last keystroke before checking the cable again.',
      order: 2,
    },
    maxProblems: {
      type: 'integer',
      minimum: 0,
      default: d.maxProblems,
      description: 'Most problems reported for one cable.',
      order: 3,
    },
    maxFileSize: {
      type: 'integer',
      minimum: 1,
      default: d.maxFileSize,
      description: 'Cables longer than this many characters are not checked (hover and the outline still work).',
      order: 4,
    },
    referenceUrl: {
      type: 'string',
      default: d.referenceUrl,
      markdownDescription:
        'Where a cited cable can be read: a URL with `{id}` standing for the canonical cable id (`09STATE10774`), such as `https://archive.example/cable/{id}`. REF citations become links. Empty: no links.',
      order: 5,
    },
    tagsFiles: {
      type: 'array',
      items: { type: 'string' },
      default: [...d.tagsFiles],
      markdownDescription:
        'Files listing extra TAGS your organisation uses, one a line: `TAG`, a tab, its kind (`subject`, `program`, `geo`, `organization`, `person`), a tab, its meaning. Relative paths are read from the workspace folder.',
      order: 6,
    },
    routingIndicatorFiles: {
      type: 'array',
      items: { type: 'string' },
      default: [...d.routingIndicatorFiles],
      markdownDescription: 'Files listing extra routing indicators, one a line: the indicator, a tab, the station it serves. Relative paths are read from the workspace folder.',
      order: 7,
    },
  };
  const properties: { [key: string]: Json } = {};
  for (const [key, schema] of Object.entries(settings)) properties[`cablewright.${key}`] = { scope: 'resource', ...schema };
  properties['cablewright.trace.server'] = {
    scope: 'window',
    type: 'string',
    enum: ['off', 'messages'],
    enumDescriptions: ['No protocol trace.', 'The direction, method and id of each message (never its contents: they hold cable text).'],
    default: 'off',
    description: 'Traces the messages between VS Code and the Cablewright language server in Output › Cablewright (set the channel\'s log level to Trace). Only message names are written, never their contents; `verbose` set by hand is treated the same.',
    order: 99,
  };
  return { title: 'Cablewright', properties };
}

/** The JSON schema of `.cablewright.json`. */
export function configSchema(): { [key: string]: Json } {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Cablewright configuration (.cablewright.json)',
    description: 'Rule severities and extra vocabulary for the cables in this folder and below it.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        ...rulesSchema(false),
        description: 'Severity of each rule: "error", "warning", "info", "hint" or "off", or [severity, { options }].',
      },
      tagsFiles: {
        type: 'array',
        items: { type: 'string' },
        description: 'Files (relative to this file) listing extra TAGS: TAG, a tab, its kind, a tab, its meaning, one a line.',
      },
      routingIndicatorFiles: {
        type: 'array',
        items: { type: 'string' },
        description: 'Files (relative to this file) listing extra routing indicators: the indicator, a tab, the station it serves, one a line.',
      },
    },
  };
}

/** package.json as it should be: the file as it is, with the generated configuration. */
export function expectedPackageJson(current: string): string {
  const manifest = JSON.parse(current) as { contributes: { [key: string]: Json } };
  manifest.contributes.configuration = configurationContribution();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function expectedSchema(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const targets = [
    { file: PACKAGE_JSON, expected: expectedPackageJson(readFileSync(PACKAGE_JSON, 'utf8')) },
    { file: SCHEMA_FILE, expected: expectedSchema() },
  ];
  let stale = 0;
  for (const { file, expected } of targets) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = '';
    }
    if (current === expected) continue;
    stale++;
    if (check) console.error(`${file} is out of date: run npm run manifest`);
    else {
      writeFileSync(file, expected);
      console.log(`wrote ${file}`);
    }
  }
  if (check && stale > 0) process.exit(1);
}

if (require.main === module) main();
