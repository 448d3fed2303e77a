/**
 * Format Document = apply the safe fixes and nothing else (renumbering, re-lettering,
 * spacing, residue). Fixes are applied pass after pass, re-linting in between, until none is
 * left, so formatting twice changes nothing more. `source.fixAll` uses the same edits.
 */
import { applyFixes } from '../fix';
import type { Edit, Problem } from '../rules/rule';

/** Lints a text again after a pass of fixes (the caller knows the rules and settings). */
export type Relint = (text: string) => readonly Problem[];

/** Passes after which formatting gives up (fixes that keep producing new fixes would be a rule bug). */
const MAX_PASSES = 10;

/**
 * The edits that apply every safe fix of `problems` (the current lint of `text`) and of
 * any further pass, or none when there is nothing to fix. When one pass is enough, the
 * edits are the fixes' own; otherwise one edit covers the changed stretch.
 */
export function safeFixEdits(text: string, problems: readonly Problem[], relint: Relint): Edit[] {
  const first = applyFixes(text, problems);
  if (first.applied.length === 0) return [];
  let current = first.text;
  let passes = 1;
  for (; passes < MAX_PASSES; passes++) {
    const next = applyFixes(current, relint(current));
    if (next.applied.length === 0 || next.text === current) break;
    current = next.text;
  }
  if (passes === 1) return first.applied.flatMap((p) => p.fix!.edits).sort((a, b) => a.span.start - b.span.start);
  return [changedStretch(text, current)];
}

/** One edit turning `before` into `after`: the stretch between their common prefix and suffix. */
export function changedStretch(before: string, after: string): Edit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { span: { start: prefix, end: before.length - suffix }, text: after.slice(prefix, after.length - suffix) };
}
