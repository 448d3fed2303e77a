/**
 * The `cablewright` command: `lint`, `fix` and `inspect`. Thin: argument parsing here, the
 * work in the core and in cli/.
 */
import { parseArgs } from 'node:util';
import { runInspect } from './cli/inspectCommand';
import { runLint, type CommandResult } from './cli/lintCommand';
import { version } from '../../package.json';
import { ruleDocsDir } from './node/packageFiles';

const USAGE = `Usage:
  cablewright lint [--format text|json|sarif] [--fix] [--config FILE] [--max-warnings N] [--quiet] PATH…
  cablewright fix [--format text|json|sarif] [--config FILE] [--quiet] PATH…
  cablewright inspect [--format json] [--year YYYY] FILE…

PATH is a cable file, a folder (searched for .cable, .tel and .txt files) or a glob.
Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 a usage or file error.
`;

/** Runs the CLI with `argv` (without node and the script) and returns what to print. */
export function main(argv: readonly string[], today: Date = new Date()): CommandResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { stdout: USAGE, stderr: '', exitCode: command === undefined ? 2 : 0 };
  }
  if (command === '--version' || command === '-v') return { stdout: `${version}\n`, stderr: '', exitCode: 0 };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        year: { type: 'string' },
        'docs-url': { type: 'string' },
      },
    });
  } catch (error) {
    return { stdout: '', stderr: `cablewright: ${(error as Error).message}\n\n${USAGE}`, exitCode: 2 };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { stdout: '', stderr: `cablewright: no files given.\n\n${USAGE}`, exitCode: 2 };
  const todayDate = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  switch (command) {
    case 'lint':
    case 'fix': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return usageError(`unknown format "${format}": expected text, json or sarif.`);
      let maxWarnings: number | undefined;
      if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usageError(`--max-warnings expects a whole number; found "${values['max-warnings']}".`);
      }
      return runLint({
        paths: positionals,
        format,
        fix: command === 'fix' || values.fix === true,
        configFile: values.config,
        maxWarnings,
        quiet: values.quiet === true,
        today: todayDate,
        version,
        docsDir: ruleDocsDir(),
        docsUrl: values['docs-url'] ?? null,
      });
    }
    case 'inspect': {
      if (values.format !== undefined && values.format !== 'json') return usageError(`inspect prints JSON only; found --format ${values.format}.`);
      let year: number | undefined;
      if (values.year !== undefined) {
        year = Number(values.year);
        if (!/^\d{4}$/.test(values.year)) return usageError(`--year expects a four-digit year; found "${values.year}".`);
      }
      return runInspect(positionals, year);
    }
    default:
      return usageError(`unknown command "${command}".`);
  }
}

function usageError(message: string): CommandResult {
  return { stdout: '', stderr: `cablewright: ${message}\n\n${USAGE}`, exitCode: 2 };
}

if (require.main === module) {
  const result = main(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
