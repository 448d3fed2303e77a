/**
 * "Turn off <rule> in .cablewright.json": the change to the configuration text that sets a
 * rule to "off", keeping the file's comments and layout, or the text of a new file.
 */
import { modify, parse, type ParseError } from 'jsonc-parser';
import type { Edit } from '../rules/rule';

/** The edits to an existing configuration, the text of a new one, or why the file cannot be edited. */
export type RuleOffChange = { readonly edits: readonly Edit[] } | { readonly newText: string } | { readonly refused: string };

/** What a new configuration file holds when a rule is turned off. */
export function newConfigText(ruleId: string): string {
  return `${JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2)}\n`;
}

/**
 * Sets `rules.<ruleId>` to "off" in `configText`, or creates the file when it is null. A file
 * that is not valid JSON, or whose `rules` is not an object, is left alone.
 */
export function turnOffRule(configText: string | null, ruleId: string): RuleOffChange {
  if (configText === null || configText.trim() === '') return configText === null ? { newText: newConfigText(ruleId) } : { edits: [{ span: { start: 0, end: configText.length }, text: newConfigText(ruleId) }] };
  const errors: ParseError[] = [];
  const value: unknown = parse(configText, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return { refused: 'The configuration file is not a valid JSON object; fix it first.' };
  const rules = (value as Record<string, unknown>).rules;
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) return { refused: '"rules" in the configuration file is not an object; fix it first.' };
  const indent = /\n([ \t]+)"/.exec(configText)?.[1];
  const edits = modify(configText, ['rules', ruleId], 'off', {
    formattingOptions: { insertSpaces: !indent?.startsWith('\t'), tabSize: indent && !indent.startsWith('\t') ? indent.length : 2, eol: configText.includes('\r\n') ? '\r\n' : '\n' },
  });
  return { edits: edits.map((e) => ({ span: { start: e.offset, end: e.offset + e.length }, text: e.content })) };
}
