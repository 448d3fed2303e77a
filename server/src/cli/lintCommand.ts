/** `cablewright lint` and `cablewright fix`: check cables, optionally apply the safe fixes. */
import { dirname, resolve } from 'node:path';
import { applyFixes, lint, parseCable, type Problem } from '../core/index';
import type { CalendarDate } from '../core/vocab/dates';
import { configFor, loadConfigFile, type ConfigFileProblem, type LoadedConfig } from '../node/configFiles';
import { readTextFile, writeTextFileAtomic, WriteRefused } from '../node/textFile';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { expandPaths } from './paths';
import { toProblemReports, type FileReport } from './report';

/** Options of the lint command. */
export interface LintCommandOptions {
  readonly paths: readonly string[];
  readonly format: 'text' | 'json' | 'sarif';
  readonly fix: boolean;
  readonly configFile?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly today: CalendarDate;
  readonly version: string;
  readonly docsDir: string;
  readonly docsUrl: string | null;
}

/** What a command run produced: text for stdout and stderr, and the exit code. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** The most passes `--fix` makes; one normally suffices, a second catches fixes that enable others. */
const MAX_FIX_PASSES = 5;

export function runLint(options: LintCommandOptions): CommandResult {
  const { files, missing } = expandPaths(options.paths);
  if (missing.length > 0) {
    return { stdout: '', stderr: missing.map((m) => `cablewright: no such file or folder: ${m}\n`).join(''), exitCode: 2 };
  }
  if (files.length === 0) return { stdout: '', stderr: 'cablewright: no cables found in the paths given (looked for .cable, .tel and .txt files).\n', exitCode: 2 };
  let explicit: LoadedConfig | undefined;
  if (options.configFile) {
    explicit = loadConfigFile(resolve(options.configFile));
    if (explicit.problems.some((p) => p.message.startsWith('Cannot read the configuration file'))) {
      return { stdout: '', stderr: `cablewright: cannot read the configuration file ${options.configFile}\n`, exitCode: 2 };
    }
  }
  const reports: FileReport[] = [];
  const configProblems = new Map<string, ConfigFileProblem[]>();
  let stderr = '';
  let fileErrors = 0;
  for (const file of files) {
    const config = explicit ?? configFor(dirname(resolve(file)));
    for (const p of config.problems) {
      const list = configProblems.get(p.file) ?? [];
      if (!list.some((q) => q.line === p.line && q.column === p.column && q.message === p.message)) list.push(p);
      configProblems.set(p.file, list);
    }
    let source;
    try {
      source = readTextFile(file);
    } catch (error) {
      stderr += `cablewright: cannot read ${file}: ${(error as Error).message}\n`;
      fileErrors++;
      continue;
    }
    let text = source.text;
    let doc = parseCable(text);
    let problems: Problem[] = lint(doc, config, options.today);
    if (options.fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES && problems.some((p) => p.fix); pass++) {
        const result = applyFixes(text, problems);
        if (result.text === text) break;
        text = result.text;
        doc = parseCable(text);
        problems = lint(doc, config, options.today);
      }
      if (text !== source.text) {
        try {
          writeTextFileAtomic(file, text, source.encoding, options.paths);
        } catch (error) {
          stderr += error instanceof WriteRefused ? `cablewright: ${error.message}\n` : `cablewright: cannot write ${file}: ${(error as Error).message}\n`;
          fileErrors++;
        }
      }
    }
    if (options.quiet) problems = problems.filter((p) => p.severity === 'error');
    reports.push({ path: file, problems: toProblemReports(doc, problems) });
  }
  for (const [file, problems] of configProblems) {
    reports.push({
      path: file,
      problems: problems.map((p) => ({ ruleId: 'invalid-config', severity: 'error', message: p.message, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, fixable: false })),
    });
  }
  const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  let stdout: string;
  switch (options.format) {
    case 'json':
      stdout = JSON.stringify({ files: reports }, null, 2) + '\n';
      break;
    case 'sarif':
      stdout = formatSarif(reports, options.version, options.docsDir, options.docsUrl);
      break;
    default:
      stdout = formatText(reports, !options.fix);
  }
  let exitCode = errors > 0 ? 1 : 0;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    exitCode = 1;
    if (options.format === 'text') stdout += `Too many warnings: ${warnings}, at most ${options.maxWarnings} allowed (--max-warnings).\n`;
  }
  if (fileErrors > 0) exitCode = 2;
  return { stdout, stderr, exitCode };
}
