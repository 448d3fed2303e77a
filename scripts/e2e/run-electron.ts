/**
 * The same in-host suite through @vscode/test-electron's runTests(), the usual way to test a
 * VS Code extension (`npm run test:e2e:electron`):
 *
 *   --vscode shim      (default) runTests() launches scripts/e2e/code-shim.sh as its "VS Code";
 *                      the shim runs the suite in code-server + headless chromium. For machines
 *                      where no desktop VS Code can be downloaded, like these.
 *   --vscode download  runTests() downloads a desktop VS Code (CABLEWRIGHT_E2E_VSCODE_VERSION,
 *                      default stable) into $CABLEWRIGHT_E2E_HOME/vscode or .vscode-test/ and
 *                      runs the suite in it; on Linux without a display, run under xvfb-run.
 *   --vscode PATH      a VS Code executable already on the machine.
 *
 * Either way the suite is test/e2e/suite/, bundled to out/test/e2e/suite/, and the workspace
 * is a private copy of test/e2e/fixtures/. Desktop runs take no screenshots (no page to
 * picture); the suite prints its own `N passed, N failed` there.
 * Options: --no-build (reuse dist/), --grep PATTERN.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { GREP_ENV } from '../../test/e2e/support/protocol';
import { bundleSuite } from './lib/bundle';
import { CODE_SHIM, FIXTURES, ROOT } from './lib/paths';
import { installTools } from './lib/tools';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const vscode = valueOf('--vscode') ?? process.env.CABLEWRIGHT_E2E_VSCODE ?? 'shim';
  const grep = valueOf('--grep');

  if (!argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const extensionTestsPath = await bundleSuite();
  if (vscode === 'shim') installTools(); // once here, so the shim finds everything in place

  const scratch = mkdtempSync(join(tmpdir(), 'cablewright-e2e-electron-'));
  try {
    const workspace = join(scratch, 'workspace');
    cpSync(FIXTURES, workspace, { recursive: true });
    mkdirSync(join(scratch, 'user-data'), { recursive: true });
    mkdirSync(join(scratch, 'extensions'), { recursive: true });
    await runTests({
      ...(vscode === 'shim' ? { vscodeExecutablePath: CODE_SHIM } : vscode === 'download' ? downloadOptions() : { vscodeExecutablePath: vscode }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      // Private profile folders, so nothing lands in .vscode-test/ of the checkout or in $HOME.
      launchArgs: [workspace, `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`, '--disable-extensions'],
      extensionTestsEnv: grep ? { [GREP_ENV]: grep } : {},
    });
    return 0;
  } catch (error) {
    // runTests rejects when the suite fails; the report is already printed.
    console.error(`run-electron: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

function downloadOptions(): { version?: string; cachePath?: string } {
  const home = process.env.CABLEWRIGHT_E2E_HOME;
  return {
    ...(process.env.CABLEWRIGHT_E2E_VSCODE_VERSION ? { version: process.env.CABLEWRIGHT_E2E_VSCODE_VERSION } : {}),
    ...(home ? { cachePath: join(home, 'vscode') } : {}),
  };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`run-electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
