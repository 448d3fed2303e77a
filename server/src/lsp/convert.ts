/**
 * The one place where the core's offsets become LSP positions and ranges, and problems
 * become diagnostics. UTF-16 columns throughout, as LSP counts them by default.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver';
import type { LineIndex, Problem, Severity, Span } from '../core/index';

/** The LSP range of a span. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The span of an LSP range. */
export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a rule's documentation page is, as a URI. */
export type RuleDocsLocator = (ruleId: string) => string | undefined;

/** A diagnostic for a problem: code = rule id, with a link to the rule's page and related locations. */
export function toDiagnostic(problem: Problem, lines: LineIndex, uri: string, docs: RuleDocsLocator): Diagnostic {
  const href = docs(problem.ruleId);
  const diagnostic: Diagnostic = {
    range: toRange(lines, problem.span),
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    source: 'cablewright',
    message: problem.message,
  };
  if (href) diagnostic.codeDescription = { href };
  if (problem.related) {
    diagnostic.relatedInformation = problem.related.map((r) => ({ location: { uri, range: toRange(lines, r.span) }, message: r.message }));
  }
  if (problem.tags?.includes('unnecessary')) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}
