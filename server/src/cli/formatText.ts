/** `path:line:col  severity  message  (rule-id)` lines and a summary. */
import type { FileReport } from './report';

export function formatText(reports: readonly FileReport[], fixableHint: boolean): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const report of reports) {
    for (const p of report.problems) {
      counts[p.severity]++;
      if (p.fixable) fixable++;
      lines.push(`${report.path}:${p.line}:${p.column}  ${p.severity}  ${p.message}  (${p.ruleId})`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = reports.length;
  const summary =
    total === 0
      ? `No problems in ${files} ${files === 1 ? 'file' : 'files'}.`
      : `${total} ${total === 1 ? 'problem' : 'problems'} (${counts.error} ${plural(counts.error, 'error')}, ${counts.warning} ${plural(counts.warning, 'warning')}, ${counts.info} info, ${counts.hint} ${plural(counts.hint, 'hint')}) in ${files} ${files === 1 ? 'file' : 'files'}.`;
  lines.push(summary);
  if (fixableHint && fixable > 0) lines.push(`${fixable} ${plural(fixable, 'problem')} can be fixed with --fix.`);
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
