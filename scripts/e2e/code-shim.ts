/**
 * The `code` that @vscode/test-electron launches when run-electron.ts uses the shim (see
 * code-shim.sh). It reads the VS Code command line runTests() builds, runs the suite in
 * code-server + headless chromium exactly as `npm run test:e2e` does, prints the suite's
 * report and `N passed, N failed`, appends the counts to $CABLEWRIGHT_COUNTS, and exits with
 * the suite's exit code, as `code` would. Flags that mean nothing here (--no-sandbox,
 * --disable-gpu-sandbox, --disable-updates, --skip-welcome, --disable-extensions…) are
 * accepted and ignored.
 */
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSuiteInWorkbench } from './lib/hostRun';
import { SCREENSHOTS } from './lib/paths';
import { installTools } from './lib/tools';

interface CodeArgs {
  extensionDevelopmentPath: string[];
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

/** VS Code's own forms: `--name=value`, `--name value` for the ones taking a value, positionals. */
function parseCodeArgs(argv: readonly string[]): CodeArgs {
  const parsed: CodeArgs = { extensionDevelopmentPath: [] };
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      parsed.folder ??= resolve(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!valued.has(name)) continue;
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new Error(`${arg} needs a value`);
    if (name === 'extensionDevelopmentPath') parsed.extensionDevelopmentPath.push(resolve(value));
    else if (name === 'extensionTestsPath') parsed.extensionTestsPath = resolve(value);
    else if (name === 'user-data-dir') parsed.userDataDir = resolve(value);
    else parsed.extensionsDir = resolve(value);
  }
  return parsed;
}

async function main(): Promise<number> {
  const args = parseCodeArgs(process.argv.slice(2));
  const [developmentPath, ...others] = args.extensionDevelopmentPath;
  if (!developmentPath || !args.extensionTestsPath) {
    console.error('code-shim: needs --extensionDevelopmentPath and --extensionTestsPath (it only runs extension tests)');
    return 2;
  }
  if (others.length) console.error(`code-shim: only the first --extensionDevelopmentPath is loaded; ignoring ${others.join(', ')}`);
  // An extensionTestsPath may name a folder holding index.js, as with VS Code.
  const testsPath = args.extensionTestsPath.endsWith('.js') ? args.extensionTestsPath : join(args.extensionTestsPath, 'index.js');
  const tools = installTools();
  const run = await runSuiteInWorkbench({
    tools,
    extensionDevelopmentPath: developmentPath,
    extensionTestsPath: testsPath,
    folder: args.folder,
    workspaceFrom: args.folder ? undefined : join(developmentPath, 'test', 'e2e', 'fixtures'),
    userDataDir: args.userDataDir,
    extensionsDir: args.extensionsDir,
    screenshotsDir: SCREENSHOTS,
    grep: process.env.CABLEWRIGHT_E2E_GREP,
    timeoutMs: Number(process.env.CABLEWRIGHT_E2E_TIMEOUT ?? 300) * 1000,
    verbose: Boolean(process.env.CABLEWRIGHT_E2E_VERBOSE),
    print: (line) => process.stdout.write(`${line}\n`),
  });
  const passed = run.result?.passed ?? 0;
  let failed = run.result?.failed ?? 0;
  // A run that broke without a failed test (no report, a crash) still counts as a failure.
  if (!run.result || (run.exitCode !== 0 && failed === 0)) failed += 1;
  console.log(`${passed} passed, ${failed} failed`);
  if (process.env.CABLEWRIGHT_COUNTS) appendFileSync(process.env.CABLEWRIGHT_COUNTS, `${passed} ${failed}\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`code-shim: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
