/**
 * The lint engine: runs every enabled rule over a parsed cable and collects problems,
 * sorted by position. A rule that throws is reported as a problem of its own rather than
 * taking the others down.
 */
import { resolveRule, type RuleSetting } from './config';
import { RULES } from './rules/index';
import { formatMessage, type LintVocabulary, type Problem, type Report, type Rule } from './rules/rule';
import type { CableDocument } from './syntax/nodes';
import type { CalendarDate } from './vocab/dates';

/** What {@link lint} needs besides the tree. */
export interface LintOptions {
  /** Rule settings by id; rules not listed run at their default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly vocabulary?: Partial<LintVocabulary>;
  /** The rules to run (the registry by default). */
  readonly ruleSet?: readonly Rule[];
}

const EMPTY_VOCABULARY: LintVocabulary = { extraTags: new Map(), extraIndicators: new Map() };

/** Lints a parsed cable; `today` is the caller's date (the core never reads the clock). */
export function lint(doc: CableDocument, options: LintOptions, today: CalendarDate): Problem[] {
  const problems: Problem[] = [];
  const vocabulary: LintVocabulary = { ...EMPTY_VOCABULARY, ...options.vocabulary };
  const settings = options.rules ?? {};
  for (const rule of options.ruleSet ?? RULES) {
    const { severity, options: ruleOptions } = resolveRule(rule, settings);
    if (severity === 'off') continue;
    const report = (r: Report) => {
      problems.push({
        ruleId: rule.meta.id,
        severity,
        message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
        span: r.span,
        ...(r.fix ? { fix: r.fix } : {}),
        ...(r.suggestions && r.suggestions.length > 0 ? { suggestions: r.suggestions } : {}),
        ...(r.related && r.related.length > 0 ? { related: r.related } : {}),
        ...(r.tags ? { tags: r.tags } : {}),
      });
    };
    try {
      rule.check({ doc, options: ruleOptions, today, vocabulary, report });
    } catch (error) {
      problems.push({
        ruleId: rule.meta.id,
        severity: 'warning',
        message: `The rule ${rule.meta.id} failed on this cable and was skipped (${error instanceof Error ? error.message : String(error)}). Please report it.`,
        span: { start: 0, end: 0 },
      });
    }
  }
  return sortProblems(problems);
}

/** Sorts problems by position, then rule id, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
