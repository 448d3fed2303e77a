/**
 * Opens the workbench in headless Debian chromium (driven by playwright-core) with the
 * extension-test payload, the same one `@vscode/test-web` uses: VS Code loads the extension
 * from `extensionDevelopmentPath`, calls `run()` of `extensionTestsPath` in the extension
 * host, and reports the exit code through `window.codeAutomationExit`.
 */
import type { BrowserContext, Page, Tools } from './tools';
import { loadChromium } from './tools';
import type { Sandbox } from './sandbox';

/** The flags the recipe verified for chromium on these machines (as root, no GPU). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WorkbenchLogEntry {
  readonly level: string;
  readonly message: string;
}

export interface OpenWorkbench {
  readonly page: Page;
  /** Settles with the suite's exit code once the extension host's `run()` is done. */
  readonly exitCode: Promise<number>;
  /** The workbench's own log lines (codeAutomationLog) and the page's console errors. */
  readonly log: WorkbenchLogEntry[];
  /** The workbench's log files, handed over with the exit code. */
  readonly logFiles: Array<{ relativePath: string; contents: string }>;
  close(): Promise<void>;
}

/** The workbench URL that runs a test suite: `?folder=…&payload=…`, paths as vscode-remote URIs. */
export function workbenchUrl(serverUrl: string, folder: string, extensionDevelopmentPath: string, extensionTestsPath: string): string {
  const authority = new URL(serverUrl).host;
  const remote = (path: string) => `vscode-remote://${authority}${encodeURI(path)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
  ];
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function openWorkbench(tools: Tools, sandbox: Sandbox, url: string, options: { verbose: boolean; print: (line: string) => void }): Promise<OpenWorkbench> {
  const chromium = loadChromium(tools);
  const started = Date.now();
  const phase = (what: string) => options.verbose && options.print(`e2e: browser ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const context: BrowserContext = await chromium.launchPersistentContext(sandbox.browserProfile, {
    executablePath: tools.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...sandbox.env },
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
  });
  try {
    phase('launched');
    const page = context.pages()[0] ?? (await context.newPage());
    const log: WorkbenchLogEntry[] = [];
    const logFiles: Array<{ relativePath: string; contents: string }> = [];
    const remember = (level: string, message: string) => {
      log.push({ level, message });
      if (options.verbose) options.print(`[workbench ${level} +${((Date.now() - started) / 1000).toFixed(1)} s] ${message.slice(0, 300)}`);
    };
    let settle: (code: number) => void = () => {};
    const exitCode = new Promise<number>((resolve) => (settle = resolve));
    // Both must exist before the workbench loads: it looks them up when it starts.
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => remember(String(level), String(message)));
    await page.exposeFunction('codeAutomationExit', (code: number, files?: Array<{ relativePath: string; contents: string }>) => {
      if (Array.isArray(files)) logFiles.push(...files);
      settle(Number(code));
    });
    page.on('console', (message) => {
      if (message.type() === 'error') remember('console-error', message.text());
    });
    page.on('pageerror', (error) => remember('page-error', error.message));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    phase('loaded the workbench page');
    return { page, exitCode, log, logFiles, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
