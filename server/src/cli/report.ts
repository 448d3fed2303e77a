/** The per-file result the formatters print: 1-based lines and columns. */
import type { CableDocument, Problem } from '../core/index';

export interface ProblemReport {
  readonly ruleId: string;
  readonly severity: Problem['severity'];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fixable: boolean;
}

export interface FileReport {
  readonly path: string;
  readonly problems: ProblemReport[];
}

/** Converts problems to 1-based positions (UTF-16 columns, as editors count them). */
export function toProblemReports(doc: Pick<CableDocument, 'lines'>, problems: readonly Problem[]): ProblemReport[] {
  return problems.map((p) => {
    const start = doc.lines.positionAt(p.span.start);
    const end = doc.lines.positionAt(p.span.end);
    return {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      fixable: p.fix !== undefined,
    };
  });
}
