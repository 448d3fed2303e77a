/**
 * Applying fixes. Only safe fixes are applied in bulk; a fix whose edits would overlap an
 * edit already taken is left for the next pass (the rules are written so that this does not
 * happen, and the tests check it).
 */
import type { Edit, Problem } from './rules/rule';

/** The result of applying fixes: the new text and which problems' fixes were applied. */
export interface FixResult {
  readonly text: string;
  readonly applied: readonly Problem[];
  readonly skipped: readonly Problem[];
}

/** Applies the safe fixes of `problems` to `text`, in one pass, never two overlapping edits. */
export function applyFixes(text: string, problems: readonly Problem[]): FixResult {
  const taken: Edit[] = [];
  const applied: Problem[] = [];
  const skipped: Problem[] = [];
  const ordered = problems.filter((p) => p.fix && p.fix.edits.length > 0).sort((a, b) => firstEdit(a) - firstEdit(b));
  for (const problem of ordered) {
    const edits = problem.fix!.edits;
    if (edits.some((e) => taken.some((t) => editsConflict(e, t)))) {
      skipped.push(problem);
      continue;
    }
    taken.push(...edits);
    applied.push(problem);
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

function firstEdit(problem: Problem): number {
  return Math.min(...problem.fix!.edits.map((e) => e.span.start));
}

/** Two edits conflict when they overlap, or insert at the same place. */
export function editsConflict(a: Edit, b: Edit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.span.start < at) continue;
    out += text.slice(at, edit.span.start) + edit.text;
    at = edit.span.end;
  }
  return out + text.slice(at);
}
