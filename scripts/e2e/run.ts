/**
 * `npm run test:e2e`: Cablewright inside a real VS Code (code-server, driven by headless
 * chromium), end to end. Stages:
 *
 *   1. install  scripts/e2e/install.sh: apt packages, code-server and playwright-core
 *               outside the checkout (once; later runs reuse them);
 *   2. runner   test/e2e/runner/*.test.ts in this process: the .vsix packages and installs;
 *   3. build    npm run build, and the suite bundled to out/test/e2e/suite/;
 *   4. host     test/e2e/suite/*.test.ts inside the extension host of a private code-server,
 *               with screenshots written to out/screenshots/.
 *
 * Ends with `N passed, N failed` (all stages together; a stage that breaks without a test
 * result counts as one failure) and appends `passed failed` to $CABLEWRIGHT_COUNTS when set.
 *
 * Options: --grep PATTERN (both suites), --only runner|host, --no-build (reuse dist/),
 * --verbose (print the workbench's own log). Environment: CABLEWRIGHT_E2E_HOME (tools
 * folder), CABLEWRIGHT_E2E_TIMEOUT (seconds for the host suite, default 300),
 * CABLEWRIGHT_E2E_KEEP=1 (keep the run's temporary folders), CABLEWRIGHT_E2E_SCREENSHOTS.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Mocha from 'mocha';
import { bundleSuite } from './lib/bundle';
import { runSuiteInWorkbench } from './lib/hostRun';
import { FIXTURES, ROOT, RUNNER_TESTS, SCREENSHOTS } from './lib/paths';
import { installTools, type Tools } from './lib/tools';

interface Options {
  grep?: string;
  only?: 'runner' | 'host';
  build: boolean;
  verbose: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { build: true, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--grep') options.grep = argv[++i];
    else if (arg === '--only') {
      const value = argv[++i];
      if (value !== 'runner' && value !== 'host') throw new Error(`--only takes runner or host, not ${value}`);
      options.only = value;
    } else if (arg === '--no-build') options.build = false;
    else if (arg === '--verbose') options.verbose = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const print = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const counts = { passed: 0, failed: 0, pending: 0 };
const timings: string[] = [];

/** A stage that failed outside any test counts as one failed test, so CI cannot miss it. */
function stageFailed(stage: string, error: unknown): void {
  counts.failed += 1;
  print(`e2e: ${stage} failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Mocha over test/e2e/runner/*.test.ts, here in the runner's process (tsx loads the .ts). */
async function runRunnerTests(tools: Tools, grep: string | undefined): Promise<void> {
  const files = existsSync(RUNNER_TESTS) ? readdirSync(RUNNER_TESTS).filter((n) => n.endsWith('.test.ts')).sort() : [];
  if (files.length === 0) return;
  process.env.CABLEWRIGHT_E2E_TOOLS = tools.home;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, ...(grep ? { grep: new RegExp(grep) } : {}) });
  for (const file of files) mocha.addFile(join(RUNNER_TESTS, file));
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => {
      counts.passed += runner.stats?.passes ?? 0;
      counts.failed += runner.stats?.failures ?? 0;
      counts.pending += runner.stats?.pending ?? 0;
      resolve();
    });
  });
}

function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build exited ${result.status ?? result.signal}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const timeoutMs = Number(process.env.CABLEWRIGHT_E2E_TIMEOUT ?? 300) * 1000;
  const total = Date.now();

  print('::: e2e install (scripts/e2e/install.sh)');
  let started = Date.now();
  let tools: Tools;
  try {
    tools = installTools();
  } catch (error) {
    stageFailed('install', error);
    return;
  }
  timings.push(`install ${seconds(started)}`);

  if (options.only !== 'host') {
    print('::: e2e runner tests (test/e2e/runner, in this process)');
    started = Date.now();
    try {
      await runRunnerTests(tools, options.grep);
    } catch (error) {
      stageFailed('runner tests', error);
    }
    timings.push(`runner tests ${seconds(started)}`);
  }

  if (options.only === 'runner') return;

  print('::: e2e build (npm run build, suite bundle)');
  started = Date.now();
  let testsPath: string;
  try {
    if (options.build) build();
    testsPath = await bundleSuite();
  } catch (error) {
    stageFailed('build', error);
    return;
  }
  timings.push(`build ${seconds(started)}`);

  print('::: e2e extension host suite (test/e2e/suite, in code-server)');
  const run = await runSuiteInWorkbench({
    tools,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsPath,
    workspaceFrom: FIXTURES,
    screenshotsDir: SCREENSHOTS,
    grep: options.grep,
    timeoutMs,
    verbose: options.verbose,
    print,
  });
  timings.push(`host suite ${run.seconds.toFixed(1)} s`);
  if (run.result) {
    counts.passed += run.result.passed;
    counts.failed += run.result.failed;
    counts.pending += run.result.pending;
  }
  if (!run.result) stageFailed('host suite', new Error('the suite inside the extension host reported no result'));
  else if (run.exitCode !== 0 && run.result.failed === 0) stageFailed('host suite', new Error(`the extension host reported exit code ${run.exitCode} with no failed test`));
  for (const path of run.screenshots) print(`e2e: screenshot ${relative(ROOT, path)}`);
  timings.push(`total ${seconds(total)}`);
  if (!options.grep && counts.passed + counts.failed === 0) stageFailed('suites', new Error('no test ran'));
}

process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main()
  .catch((error) => stageFailed('runner', error))
  .finally(() => {
    if (timings.length) print(`e2e: ${timings.join(', ')}`);
    if (counts.pending) print(`e2e: ${counts.pending} pending (marked it.skip, not counted as passed)`);
    print(`${counts.passed} passed, ${counts.failed} failed`);
    if (process.env.CABLEWRIGHT_COUNTS) appendFileSync(process.env.CABLEWRIGHT_COUNTS, `${counts.passed} ${counts.failed}\n`);
    process.exitCode = counts.failed > 0 ? 1 : 0;
  });
