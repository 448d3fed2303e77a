/**
 * The pure core of Cablewright: parse a cable into a tree with spans, lint it with the
 * rules, apply their fixes. No editor, protocol, file system or clock in here, so it runs
 * the same in the language server, the CLI, a browser worker and the tests.
 */
export { parseCable } from './syntax/parse';
export type * from './syntax/nodes';
export { lint, sortProblems, type LintOptions } from './lint';
export { applyFixes, applyEdits, editsConflict, type FixResult } from './fix';
export { RULES, ruleById } from './rules/index';
export type * from './rules/rule';
export { formatMessage, SEVERITY_SETTINGS } from './rules/rule';
export {
  parseConfigText,
  parseTagList,
  parseIndicatorList,
  mergeRuleSettings,
  resolveRule,
  type CablewrightConfig,
  type ConfigParse,
  type ConfigProblem,
  type RuleSetting,
} from './config';
export { LineIndex, type Position } from './text/lineIndex';
export type { Span, Token } from './text/span';
export type { CalendarDate, DateTime } from './vocab/dates';
