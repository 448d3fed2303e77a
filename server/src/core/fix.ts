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
  // The edits taken so far, sorted by start: each new edit is checked against its neighbours
  // only (a binary search), so fixing a cable with many problems stays fast.
  const taken: Edit[] = [];
  const applied: Problem[] = [];
  const skipped: Problem[] = [];
  const ordered = problems
    .filter((p) => p.fix && p.fix.edits.length > 0)
    .map((problem) => ({ problem, first: firstEdit(problem) }))
    .sort((a, b) => a.first - b.first);
  for (const { problem } of ordered) {
    const edits = problem.fix!.edits;
    if (edits.some((e) => conflictsWithTaken(taken, e))) {
      skipped.push(problem);
      continue;
    }
    for (const edit of edits) taken.splice(insertionIndex(taken, edit.span.start), 0, edit);
    applied.push(problem);
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

/** Index of the first taken edit that starts after `start` (taken edits are sorted by start). */
function insertionIndex(taken: readonly Edit[], start: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid].span.start <= start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether `edit` conflicts with one of the taken edits, which never overlap one another. */
function conflictsWithTaken(taken: readonly Edit[], edit: Edit): boolean {
  const at = insertionIndex(taken, edit.span.start);
  // Those that start at or before it: walking back, the first that ends before it is the last to check.
  for (let k = at - 1; k >= 0; k--) {
    if (editsConflict(edit, taken[k])) return true;
    if (taken[k].span.end < edit.span.start) break;
  }
  // Those that start after it, up to its end.
  for (let k = at; k < taken.length && taken[k].span.start <= edit.span.end; k++) if (editsConflict(edit, taken[k])) return true;
  return false;
}

function firstEdit(problem: Problem): number {
  let first = Number.POSITIVE_INFINITY;
  for (const e of problem.fix!.edits) first = Math.min(first, e.span.start);
  return first;
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
