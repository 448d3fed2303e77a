/**
 * Starts code-server on a free loopback port with the sandbox's private folders, and stops
 * it by killing its whole process group (killing the main process alone leaves its file
 * watcher behind).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Sandbox } from './sandbox';
import type { Tools } from './tools';

/** Gallery look-ups go to a closed port and fail at once instead of timing out. */
const NO_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });

/** The environment for code-server and its CLI: private HOME/XDG/TMPDIR, no gallery. */
export function codeServerEnv(sandbox: Sandbox, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...sandbox.env, EXTENSIONS_GALLERY: NO_GALLERY, ...extra };
}

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  readonly logFile: string;
  /** Kills the process group and waits for the main process to end. */
  stop(): Promise<void>;
}

/**
 * The process groups started here and not yet stopped. If the runner ends without stopping
 * them (an uncaught error, Ctrl+C turned into process.exit), they are killed on the way out.
 */
const runningGroups = new Set<number>();
process.once('exit', () => {
  for (const pgid of runningGroups) signalGroup(pgid, 'SIGKILL');
});

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server for `folder`. `extraEnv` reaches the extension host, which inherits
 * the server's environment (the runner's endpoint URL goes this way).
 */
export async function startCodeServer(tools: Tools, sandbox: Sandbox, folder: string, extraEnv: Record<string, string>): Promise<RunningCodeServer> {
  const port = await freePort();
  const logFile = join(sandbox.logs, 'code-server.log');
  const log = openSync(logFile, 'a');
  const args = [
    tools.codeServer,
    '--config', '/dev/null',
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', sandbox.userDataDir,
    '--extensions-dir', sandbox.extensionsDir,
    folder,
  ];
  // detached: its own process group, so stop() can end the server and everything it forked.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', log, log], env: codeServerEnv(sandbox, extraEnv) });
  closeSync(log);
  if (child.pid !== undefined) runningGroups.add(child.pid);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child);
    if (child.pid !== undefined) runningGroups.delete(child.pid);
  };
  try {
    await waitUntilHealthy(url, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, logFile, stop };
}

async function waitUntilHealthy(url: string, child: ChildProcess, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before it answered:\n${tail(logFile, 30)}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s:\n${tail(logFile, 30)}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  signalGroup(pid, 'SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]);
  // Whatever of the group is still there (the main process, or a watcher that outlived it).
  if (timedOut || groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  if (timedOut) await exited;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is already gone
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The last lines of a log file, for error messages. */
export function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

/**
 * Runs code-server's CLI (`--install-extension`, `--list-extensions`) with private folders;
 * returns its exit code and output.
 */
export function codeServerCli(tools: Tools, sandbox: Sandbox, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [tools.codeServer, '--config', '/dev/null', '--user-data-dir', sandbox.userDataDir, '--extensions-dir', sandbox.extensionsDir, ...args], {
    env: codeServerEnv(sandbox),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
