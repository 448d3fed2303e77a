/**
 * The tools the install step puts outside the checkout: code-server and playwright-core.
 * playwright-core is not a dependency of the checkout, so the few types used here are
 * declared by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { INSTALL_SCRIPT } from './paths';

/** Where the install step put its tools, and how to start them. */
export interface Tools {
  /** The folder holding node_modules/code-server and node_modules/playwright-core. */
  readonly home: string;
  /** code-server's entry script, started with this Node. */
  readonly codeServer: string;
  /** The Debian chromium playwright-core drives. */
  readonly chromium: string;
}

/**
 * Runs scripts/e2e/install.sh (idempotent; a few milliseconds once everything is there) and
 * returns where the tools are. Its log goes to standard error; its one line of standard
 * output is the folder.
 */
export function installTools(): Tools {
  const result = spawnSync('bash', [INSTALL_SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${INSTALL_SCRIPT} failed (exit ${result.status ?? result.signal})`);
  const home = result.stdout.trim().split('\n').pop() ?? '';
  return toolsIn(home);
}

/** The tools of an install folder, checked. */
export function toolsIn(home: string): Tools {
  const manifest = join(home, 'node_modules', 'code-server', 'package.json');
  if (!existsSync(manifest)) throw new Error(`no code-server under ${home}: run scripts/e2e/install.sh`);
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['code-server'];
  const chromium = process.env.CABLEWRIGHT_E2E_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`${chromium} is missing: apt-get install chromium`);
  return { home, codeServer: join(home, 'node_modules', 'code-server', bin ?? 'out/node/entry.js'), chromium };
}

// ---- the part of playwright-core's API the runner uses -------------------------------------

export interface Page {
  goto(url: string, options?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' | 'commit' }): Promise<unknown>;
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<unknown>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<Buffer>;
  waitForSelector(selector: string, options?: { timeout?: number; state?: 'attached' | 'visible' }): Promise<unknown>;
  keyboard: { press(key: string): Promise<void> };
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface Chromium {
  launchPersistentContext(
    userDataDir: string,
    options: {
      executablePath: string;
      headless: boolean;
      args: string[];
      env: Record<string, string | undefined>;
      viewport: { width: number; height: number };
      timeout?: number;
    },
  ): Promise<BrowserContext>;
}

/** playwright-core's chromium launcher, loaded from the install folder. */
export function loadChromium(tools: Tools): Chromium {
  const load = createRequire(join(tools.home, 'package.json'));
  return (load('playwright-core') as { chromium: Chromium }).chromium;
}
