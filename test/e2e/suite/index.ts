/**
 * The suite's entry: VS Code's extension host calls `run()` (this file is the
 * `extensionTestsPath`), which runs every `*.test.js` beside it with mocha. A settled
 * promise is the exit code the workbench reports: resolved = 0, rejected = 1.
 *
 * The report is mocha's spec reporter. With the runner's endpoint (code-server runs), its
 * lines and the final counts go to the runner, which prints them; without one (desktop
 * VS Code through @vscode/test-electron), they go to the console, which VS Code forwards to
 * its standard output, and this file prints `N passed, N failed` and appends the counts to
 * $CABLEWRIGHT_COUNTS itself, as test/support/reporter.js does for the unit tests.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { endpointUrl, flush, send } from '../support/channel';
import { GREP_ENV, ROUTES, type SuiteResult } from '../support/protocol';

export async function run(): Promise<void> {
  const toRunner = endpointUrl() !== undefined;
  const restore = Mocha.reporters.Base.consoleLog;
  if (toRunner) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => void send(ROUTES.log, { lines: [format(...args)] }).catch(() => undefined);

  const grep = process.env[GREP_ENV];
  // A regular expression, as with mocha --grep (a plain string would be matched literally).
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, ...(grep ? { grep: new RegExp(grep) } : {}) });
  for (const name of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, name));

  try {
    const result = await new Promise<SuiteResult>((resolve, reject) => {
      try {
        const runner = mocha.run(() => {
          const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
          resolve({ passed: passes, failed: failures, pending });
        });
      } catch (error) {
        reject(error);
      }
    });
    if (toRunner) {
      await send(ROUTES.result, result);
    } else {
      console.log(`${result.passed} passed, ${result.failed} failed`);
      if (process.env.CABLEWRIGHT_COUNTS) appendFileSync(process.env.CABLEWRIGHT_COUNTS, `${result.passed} ${result.failed}\n`);
    }
    if (result.failed > 0) throw new Error(`${result.failed} end-to-end test(s) failed`);
  } finally {
    await flush();
    Mocha.reporters.Base.consoleLog = restore;
  }
}
