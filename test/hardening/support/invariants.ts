/**
 * The invariants every parse, lint and fix must keep, as functions that return what is
 * broken (an empty list when all holds). Shared by the property tests (`test/hardening/`)
 * and by `scripts/corpus-properties.ts`, which checks the same over mutated real cables.
 *
 * Nothing here trusts the code under test to describe itself: spans are checked against the
 * text, fixes are re-applied with an independent splice, and "meaning" is read back from a
 * fresh parse and compared field by field.
 */
import { applyFixes, lint, type CableDocument, type LintOptions, type Problem, type Span } from '../../../server/src/core/index';
import { parseCableOrThrow } from '../../../server/src/core/syntax/parse';
import type { CalendarDate } from '../../../server/src/core/vocab/dates';
import { compareMeaning, type MeaningStats } from './meaning';

/** A fixed "today", so date-dependent rules give the same answer every day. */
export const TODAY: CalendarDate = { year: 2026, month: 11, day: 27 };

/** Every rule on, at its default severity (the registry's own defaults). */
export const ALL_DEFAULTS: LintOptions = {};

function inText(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number' && Object.keys(value).length === 2;
}

/** Whether `value` is something with a span of its own (a node or a token). */
function hasSpan(value: unknown): value is { span: Span; kind?: string } {
  return typeof value === 'object' && value !== null && isSpan((value as { span?: unknown }).span);
}

const IS_WHITE = /\s/;

/**
 * The tree's shape: every span inside the text and inside its parent's; top-level `blocks`
 * ordered and disjoint; every character that is not white space in exactly one block.
 * A node or token shared by two parents (the origin a further serial inherits, `BRASILIA
 * 2799 AND 2764`) is checked under the first that holds it.
 */
export function treeViolations(doc: CableDocument): string[] {
  const text = doc.text;
  const out: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, parent: Span, path: string): void => {
    if (out.length > 20) return;
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, parent, `${path}[${i}]`));
      return;
    }
    seen.add(value);
    let here = parent;
    if (hasSpan(value)) {
      const s = value.span;
      if (!inText(s, text.length)) out.push(`${path} span ${s.start}-${s.end} is outside the text (0-${text.length})`);
      else if (s.start < parent.start || s.end > parent.end) out.push(`${path} (${value.kind ?? 'token'}) span ${s.start}-${s.end} is outside its parent's ${parent.start}-${parent.end}`);
      here = s;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'span' || key === 'lines' || key === 'text') continue;
      visit(child, here, `${path}.${key}`);
    }
  };
  if (doc.span.start !== 0 || doc.span.end !== text.length) out.push(`document span ${doc.span.start}-${doc.span.end} is not the whole text`);
  visit(doc, { start: 0, end: text.length }, 'doc');

  // Blocks: ordered, disjoint, covering.
  const owner = new Int32Array(text.length).fill(-1);
  let previousEnd = 0;
  doc.blocks.forEach((block, i) => {
    const s = block.span;
    if (!inText(s, text.length)) return;
    if (s.start < previousEnd) out.push(`block ${i} (${block.kind}) at ${s.start}-${s.end} starts before the end of the block before it (${previousEnd})`);
    previousEnd = Math.max(previousEnd, s.end);
    if (s.start === s.end) out.push(`block ${i} (${block.kind}) at ${s.start} is empty`);
    for (let k = s.start; k < s.end; k++) {
      if (owner[k] >= 0 && owner[k] !== i) {
        out.push(`offset ${k} lies in blocks ${owner[k]} and ${i}`);
        break;
      }
      owner[k] = i;
    }
  });
  for (let k = 0; k < text.length; k++) {
    if (owner[k] < 0 && !IS_WHITE.test(text[k])) {
      const line = doc.lines.positionAt(k);
      out.push(`character ${JSON.stringify(text[k])} at offset ${k} (line ${line.line + 1}, column ${line.character + 1}) lies in no block`);
      break;
    }
  }
  return out;
}

/** Every problem's span, related locations, fix and suggestion edits lie inside the text. */
export function problemViolations(text: string, problems: readonly Problem[]): string[] {
  const out: string[] = [];
  for (const p of problems) {
    const where = `${p.ruleId} "${p.message.slice(0, 80)}"`;
    if (!inText(p.span, text.length)) out.push(`${where}: span ${p.span.start}-${p.span.end} outside 0-${text.length}`);
    for (const r of p.related ?? []) if (!inText(r.span, text.length)) out.push(`${where}: related span ${r.span.start}-${r.span.end} outside the text`);
    for (const e of p.fix?.edits ?? []) if (!inText(e.span, text.length)) out.push(`${where}: fix edit ${e.span.start}-${e.span.end} outside the text`);
    for (const s of p.suggestions ?? []) for (const e of s.edits) if (!inText(e.span, text.length)) out.push(`${where}: suggestion "${s.title}" edit ${e.span.start}-${e.span.end} outside the text`);
    if (p.message.includes('failed on this cable')) out.push(`${where}: the rule threw`);
    // A message states what was expected and what was found: never a hole where data was missing.
    const hole = /\bundefined\b|\bNaN\b|\[object Object\]|\{\w+\}/.exec(p.message);
    if (hole && !text.includes(hole[0])) out.push(`${where}: the message has "${hole[0]}" where a value was missing`);
    if (p.message.trim() === '') out.push(`${p.ruleId}: an empty message`);
  }
  return out;
}

/** Two edits conflict when they overlap, or both insert at one place (the order would be arbitrary). */
function conflict(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Splices sorted, disjoint edits into `text`: written here rather than trusting applyEdits. */
function splice(text: string, edits: ReadonlyArray<{ span: Span; text: string }>): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.text);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Counts of what the fix checks saw, so a run can show it was not vacuous. */
export interface FixStats extends MeaningStats {
  /** Lint passes with at least one fix. */
  passesWithFixes: number;
  /** Fixes applied. */
  fixes: number;
  /** Fix counts by rule. */
  byRule: Map<string, number>;
  /** Texts with residue inside a word that needed a second pass to converge. */
  residueSecondPass: number;
}

export function newFixStats(): FixStats {
  return { passesWithFixes: 0, fixes: 0, byRule: new Map(), residueSecondPass: 0, protectedEdits: 0, keptMeaning: new Map(), present: new Map(), contextChanges: new Map() };
}

/** Lints `text` with every rule (default severities), parsing with the throwing parser. */
export function lintText(text: string, options: LintOptions = ALL_DEFAULTS): { doc: CableDocument; problems: Problem[] } {
  const doc = parseCableOrThrow(text);
  return { doc, problems: lint(doc, options, TODAY) };
}

/**
 * The fix invariants on one text: the fixes of one lint pass never overlap (within or across
 * rules); applied, they keep every character outside their spans; applying the fixes of the
 * fixed text changes nothing more and re-linting it reports no fixable problem; and no fix
 * changes what a classification line, security line, portion mark, caption or E.O. line means.
 */
export function fixViolations(text: string, problems: readonly Problem[], stats: FixStats = newFixStats(), options: LintOptions = ALL_DEFAULTS): string[] {
  const out: string[] = [];
  const fixable = problems.filter((p) => p.fix && p.fix.edits.length > 0);
  for (const p of problems) if (p.fix && p.fix.edits.length === 0) out.push(`${p.ruleId}: a fix with no edits`);
  if (fixable.length === 0) return out;
  stats.passesWithFixes++;
  const edits = fixable.flatMap((p) => p.fix!.edits.map((e) => ({ ...e, ruleId: p.ruleId, problem: p })));
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      if (conflict(edits[i].span, edits[j].span)) {
        const a = edits[i];
        const b = edits[j];
        out.push(
          `fixes overlap: ${a.ruleId} edits ${a.span.start}-${a.span.end} ${JSON.stringify(a.text)} and ${b.ruleId} edits ${b.span.start}-${b.span.end} ${JSON.stringify(b.text)} (${JSON.stringify(text.slice(Math.min(a.span.start, b.span.start), Math.max(a.span.end, b.span.end)).slice(0, 80))})`,
        );
      }
    }
  }
  if (out.length > 0) return out;

  const result = applyFixes(text, problems);
  if (result.skipped.length > 0) out.push(`applyFixes skipped ${result.skipped.length} fix(es) that do not overlap`);
  const expected = splice(text, edits);
  if (result.text !== expected) out.push('applyFixes changed more than the edits: its text differs from splicing the edits in');
  stats.fixes += fixable.length;
  for (const p of fixable) stats.byRule.set(p.ruleId, (stats.byRule.get(p.ruleId) ?? 0) + 1);

  // Characters outside the edited spans are kept: walk the original, matching each kept run.
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let from = 0;
  let to = 0;
  for (const e of sorted) {
    const kept = text.slice(from, e.span.start);
    if (expected.slice(to, to + kept.length) !== kept) {
      out.push(`text before offset ${e.span.start} was not kept`);
      break;
    }
    to += kept.length + e.text.length;
    from = e.span.end;
  }
  if (expected.slice(to) !== text.slice(from)) out.push('text after the last edit was not kept');

  const fixed = result.text;
  const beforeDoc = parseCableOrThrow(text);
  let after;
  try {
    after = lintText(fixed, options);
  } catch (error) {
    out.push(`parsing or linting the fixed text threw: ${(error as Error).stack ?? String(error)}`);
    return out;
  }
  out.push(...treeViolations(after.doc).map((v) => `after fixes: ${v}`));
  out.push(...compareMeaning(beforeDoc, after.doc, sorted, stats));

  // Converged: nothing fixable is left, so applying the fixes again changes nothing. The one
  // allowance: archive residue inside a word (`V¶ZCZC`, `ANKARA¶`), which the parser does not
  // read through; once deleted, the word is read anew and may need one more pass.
  let settled = after;
  let settledText = fixed;
  if (fixableIn(after.problems).length > 0 && hasResidueInsideText(beforeDoc)) {
    settledText = applyFixes(fixed, after.problems).text;
    settled = lintText(settledText, options);
    stats.residueSecondPass++;
  }
  for (const p of fixableIn(settled.problems)) {
    const pos = settled.doc.lines.positionAt(p.span.start);
    out.push(`re-linting the fixed text reports a fixable problem: ${p.ruleId} at line ${pos.line + 1}: ${p.message}`);
  }
  if (applyFixes(settledText, settled.problems).text !== settledText) out.push('applying the fixes a second time changed the text again');
  return out;
}

function fixableIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.fix && p.fix.edits.length > 0);
}

/**
 * Whether the text has archive residue inside a line's text: not before it (which the parser
 * reads past), not a trailing backslash, not the link around a tag (which it reads through).
 */
export function hasResidueInsideText(doc: CableDocument): boolean {
  for (const r of doc.residue) {
    if (r.what === 'backslash' || r.what === 'tagLink') continue;
    const line = doc.lines.lineAt(r.span.start);
    const before = doc.text.slice(doc.lines.lineStart(line), r.span.start).replace(/¶|\[\d{1,4}\]\(#\)/g, '');
    if (before.trim() !== '') return true;
  }
  return false;
}

/** All invariants on one text: tree, problems, fixes. Throws only if the parser or linter does. */
export function allViolations(text: string, stats?: FixStats, options: LintOptions = ALL_DEFAULTS): string[] {
  const { doc, problems } = lintText(text, options);
  return [...treeViolations(doc), ...problemViolations(text, problems), ...fixViolations(text, problems, stats, options)];
}
