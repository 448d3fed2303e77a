/**
 * One run of the in-host suite: a sandbox, the endpoint, code-server, the workbench in
 * chromium; waits for the suite's exit code, then tears everything down in reverse order.
 * Used by the runner (`npm run test:e2e`) and by the `code` shim (`@vscode/test-electron`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GREP_ENV, ENDPOINT_ENV, type SuiteResult } from '../../../test/e2e/support/protocol';
import { startCodeServer, tail } from './codeServer';
import { openEndpoint } from './endpoint';
import { createSandbox } from './sandbox';
import type { Tools } from './tools';
import { openWorkbench, workbenchUrl } from './workbench';

export interface HostRunOptions {
  readonly tools: Tools;
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  /** The workspace folder to open; default: a private copy of `workspaceFrom`. */
  readonly folder?: string;
  readonly workspaceFrom?: string;
  readonly userDataDir?: string;
  readonly extensionsDir?: string;
  readonly screenshotsDir: string;
  readonly grep?: string;
  /** Extra environment for the extension host. */
  readonly env?: Record<string, string>;
  readonly timeoutMs: number;
  readonly verbose: boolean;
  readonly print: (line: string) => void;
}

export interface HostRunResult {
  /** 0 when the suite passed; 1 when it failed, crashed or timed out. */
  readonly exitCode: number;
  /** The counts the suite reported; undefined when it never got to report. */
  readonly result: SuiteResult | undefined;
  readonly screenshots: readonly string[];
  readonly seconds: number;
}

export async function runSuiteInWorkbench(options: HostRunOptions): Promise<HostRunResult> {
  const started = Date.now();
  const { print } = options;
  const phase = (what: string) => options.verbose && print(`e2e: ${what} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const sandbox = createSandbox({ workspaceFrom: options.workspaceFrom, userDataDir: options.userDataDir, extensionsDir: options.extensionsDir });
  const folder = options.folder ?? sandbox.workspace;
  const endpoint = await openEndpoint({ screenshotsDir: options.screenshotsDir, print });
  const cleanup: Array<() => Promise<void>> = [() => endpoint.close()];
  let exitCode = 1;
  try {
    const env: Record<string, string> = { ...options.env, [ENDPOINT_ENV]: endpoint.url };
    if (options.grep) env[GREP_ENV] = options.grep;
    const server = await startCodeServer(options.tools, sandbox, folder, env);
    cleanup.unshift(() => server.stop());
    phase(`code-server answers on ${server.url}`);
    const url = workbenchUrl(server.url, folder, options.extensionDevelopmentPath, options.extensionTestsPath);
    const workbench = await openWorkbench(options.tools, sandbox, url, { verbose: options.verbose, print });
    cleanup.unshift(() => workbench.close());
    endpoint.page = workbench.page;
    phase('workbench open, waiting for the suite');

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)));
    const outcome = await Promise.race([workbench.exitCode, timeout]);
    clearTimeout(timer);
    phase(`suite ended (${outcome})`);
    if (outcome === 'timeout') {
      print(`e2e: the suite did not finish within ${options.timeoutMs / 1000} s`);
    } else {
      exitCode = outcome === 0 ? 0 : 1;
    }
    // A failed test explains itself in the report; a run that broke without one needs the logs.
    const unexplained = !endpoint.result || (exitCode !== 0 && endpoint.result.failed === 0);
    if (unexplained) {
      print('e2e: the suite broke without a failed test; last workbench log lines:');
      for (const entry of workbench.log.slice(-20)) print(`  [${entry.level}] ${entry.message.slice(0, 500)}`);
      for (const file of findLogs(join(sandbox.userDataDir, 'logs'), /^(remoteexthost|Cablewright|remoteagent)\.log$/)) {
        print(`e2e: end of ${file.slice(sandbox.root.length + 1)}:`);
        for (const line of tail(file, 20).split('\n')) print(`  ${line}`);
      }
      print('e2e: end of the code-server log:');
      for (const line of tail(server.logFile, 15).split('\n')) print(`  ${line}`);
    }
  } catch (error) {
    print(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    for (const step of cleanup) {
      try {
        await step();
      } catch (error) {
        print(`e2e: cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    sandbox.dispose();
    phase('torn down');
  }
  return { exitCode, result: endpoint.result, screenshots: endpoint.screenshots, seconds: (Date.now() - started) / 1000 };
}

/** Log files under `dir` whose names match, depth first (VS Code's logs/<time>/exthost1/…). */
function findLogs(dir: string, name: RegExp): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findLogs(path, name);
    return name.test(entry.name) ? [path] : [];
  });
}
