/**
 * The lint engine: runs every enabled rule over a parsed cable and collects problems,
 * sorted by position. A rule that throws is reported as a problem of its own rather than
 * taking the others down.
 */
import { resolveRule, type RuleSetting } from './config';
import { holdMemo, releaseMemo } from './memo';
import { RULES } from './rules/index';
import { formatMessage, type LintVocabulary, type Problem, type Report, type Rule, type RuleContext, type Severity } from './rules/rule';
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

/** A rule that is on, with the severity and options it runs with. */
interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The rules of `ruleSet` that are on under `settings`, in order. */
function resolveActive(ruleSet: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of ruleSet) {
    const { severity, options } = resolveRule(rule, settings);
    if (severity !== 'off') active.push({ rule, severity, options });
  }
  return active;
}

/**
 * The active rules of a rule set under the default settings, resolved once per rule set: most
 * lints (the CLI's, the benchmarks') pass no settings and run the whole registry.
 */
const DEFAULT_ACTIVE = new WeakMap<readonly Rule[], readonly ActiveRule[]>();

function activeRules(ruleSet: readonly Rule[], settings: Readonly<Record<string, RuleSetting>> | undefined): readonly ActiveRule[] {
  if (settings !== undefined) return resolveActive(ruleSet, settings);
  let active = DEFAULT_ACTIVE.get(ruleSet);
  if (!active) {
    active = resolveActive(ruleSet, {});
    DEFAULT_ACTIVE.set(ruleSet, active);
  }
  return active;
}

/** The problem a rule's report becomes (optional parts only when present, in this order). */
function toProblem(active: ActiveRule, r: Report): Problem {
  const meta = active.rule.meta;
  const problem: { -readonly [K in keyof Problem]: Problem[K] } = {
    ruleId: meta.id,
    severity: active.severity,
    message: formatMessage(meta.messages[r.messageId] ?? r.messageId, r.data),
    span: r.span,
  };
  if (r.fix) problem.fix = r.fix;
  if (r.suggestions && r.suggestions.length > 0) problem.suggestions = r.suggestions;
  if (r.related && r.related.length > 0) problem.related = r.related;
  if (r.tags) problem.tags = r.tags;
  return problem;
}

/** Lints a parsed cable; `today` is the caller's date (the core never reads the clock). */
export function lint(doc: CableDocument, options: LintOptions, today: CalendarDate): Problem[] {
  const problems: Problem[] = [];
  const vocabulary: LintVocabulary = options.vocabulary ? { ...EMPTY_VOCABULARY, ...options.vocabulary } : EMPTY_VOCABULARY;
  // One report function for the whole lint: it files each report under the rule running now.
  let running: ActiveRule;
  const report = (r: Report) => {
    problems.push(toProblem(running, r));
  };
  // One context for the whole lint, its options set for each rule, rather than a new object
  // per rule (a hundred rules for every cable); rules read it only while their check runs.
  const context: { -readonly [K in keyof RuleContext]: RuleContext[K] } = { doc, options: {}, today, vocabulary, report };
  holdMemo(doc);
  for (const active of activeRules(options.ruleSet ?? RULES, options.rules)) {
    running = active;
    context.options = active.options;
    try {
      active.rule.check(context);
    } catch (error) {
      const id = active.rule.meta.id;
      problems.push({
        ruleId: id,
        severity: 'warning',
        message: `The rule ${id} failed on this cable and was skipped (${error instanceof Error ? error.message : String(error)}). Please report it.`,
        span: { start: 0, end: 0 },
      });
    }
  }
  releaseMemo();
  return sortProblems(problems);
}

/** Sorts problems by position, then rule id, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
