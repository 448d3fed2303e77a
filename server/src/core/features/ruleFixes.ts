/**
 * The safe fixes of a chosen set of rules, for commands such as "Renumber Paragraphs"
 * (`paragraph-sequence`) and "Re-letter References" (`references-lettering`): the rules run
 * even when the configuration turns them off (the drafter asked for this change by name),
 * with their configured options, pass after pass until nothing is left to fix.
 */
import type { RuleSetting } from '../config';
import { lint } from '../lint';
import { parseCable } from '../syntax/parse';
import type { Edit, LintVocabulary, Rule } from '../rules/rule';
import type { CalendarDate } from '../vocab/dates';
import { safeFixEdits } from './formatting';

/** What the rules need besides the text. */
export interface RuleFixOptions {
  /** The configured rule settings (their options are kept; their severity is not). */
  readonly settings?: Readonly<Record<string, RuleSetting>>;
  readonly vocabulary?: Partial<LintVocabulary>;
  readonly today: CalendarDate;
}

/** The edits that apply every safe fix of `rules` to `text` (none when there is nothing to fix). */
export function ruleFixEdits(text: string, rules: readonly Rule[], options: RuleFixOptions): Edit[] {
  const forced: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const setting = options.settings?.[rule.meta.id];
    forced[rule.meta.id] = Array.isArray(setting) ? ['error', setting[1]] : 'error';
  }
  const run = (current: string) => lint(parseCable(current), { ruleSet: rules, rules: forced, vocabulary: options.vocabulary }, options.today);
  return safeFixEdits(text, run(text), run);
}
