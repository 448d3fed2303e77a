/**
 * Quick fixes for the problems under the cursor, in the order a drafter wants them: the
 * rule's safe fix (preferred), its suggestions, "Fix all <rule> problems in this cable",
 * "Turn off <rule> in .cablewright.json" and "Show documentation for <rule>". Fix-all of one
 * rule applies that rule's safe fixes only; the whole-cable fix-all is `safeFixEdits`.
 */
import { applyFixes } from '../fix';
import type { Edit, Problem } from '../rules/rule';

/** The command a client runs to open a rule's documentation; its one argument is the rule id. */
export const SHOW_RULE_DOCS_COMMAND = 'cablewright.openRuleDocs';

/** A code action as data; the server turns it into an LSP code action. */
export interface CableCodeAction {
  readonly title: string;
  /** The problems it addresses. */
  readonly problems: readonly Problem[];
  /** Edits to this cable. */
  readonly edits?: readonly Edit[];
  readonly preferred?: boolean;
  /** A command for the client to run instead of an edit. */
  readonly command?: { readonly id: string; readonly title: string; readonly args: readonly unknown[] };
  /** The rule to turn off in the configuration file (the server knows where that file is). */
  readonly turnOffRule?: string;
}

/** What the server can do besides edit the cable. */
export interface QuickFixOptions {
  /** Whether a configuration file can be written for this cable (it is on disk). */
  readonly canTurnOff: boolean;
}

/**
 * Quick fixes for `selected` (the problems at the cursor) given `all` the problems of the
 * cable and its `text`. Per-rule actions are offered once per rule, however many of its problems are selected.
 */
export function quickFixes(text: string, all: readonly Problem[], selected: readonly Problem[], options: QuickFixOptions): CableCodeAction[] {
  const actions: CableCodeAction[] = [];
  const rules: string[] = [];
  for (const problem of selected) {
    if (problem.fix && problem.fix.edits.length > 0) {
      actions.push({ title: fixTitle(problem), problems: [problem], edits: problem.fix.edits, preferred: true });
    }
    for (const suggestion of problem.suggestions ?? []) {
      actions.push({ title: suggestion.title, problems: [problem], edits: suggestion.edits });
    }
    if (!rules.includes(problem.ruleId)) rules.push(problem.ruleId);
  }
  for (const ruleId of rules) {
    const fixable = all.filter((p) => p.ruleId === ruleId && p.fix && p.fix.edits.length > 0);
    // With one fixable problem, "fix all" would repeat "fix this".
    if (fixable.length > 1) {
      const result = applyFixes(text, fixable);
      const edits = result.applied.flatMap((p) => p.fix!.edits).sort((a, b) => a.span.start - b.span.start);
      actions.push({ title: `Fix all ${ruleId} problems in this cable`, problems: result.applied, edits });
    }
  }
  for (const ruleId of rules) {
    const problems = selected.filter((p) => p.ruleId === ruleId);
    if (options.canTurnOff && ruleId !== 'invalid-config') actions.push({ title: `Turn off ${ruleId} in .cablewright.json`, problems, turnOffRule: ruleId });
    actions.push({
      title: `Show documentation for ${ruleId}`,
      problems,
      command: { id: SHOW_RULE_DOCS_COMMAND, title: `Show documentation for ${ruleId}`, args: [ruleId] },
    });
  }
  return actions;
}

function fixTitle(problem: Problem): string {
  return `Fix this ${problem.ruleId} problem`;
}
