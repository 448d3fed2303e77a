/**
 * The runner's loopback HTTP endpoint, through which the suite inside the extension host
 * reaches the world outside it: it prints the suite's report, hands over the counts, and
 * asks for screenshots and key presses in the live workbench page.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ROUTES, SCREENSHOT_NAME, type PressRequest, type ScreenshotRequest, type SuiteResult } from '../../../test/e2e/support/protocol';
import type { Page } from './tools';

export interface Endpoint {
  /** `http://127.0.0.1:PORT`, for the suite (through the environment). */
  readonly url: string;
  /** The workbench page, once the browser has it. */
  page: Page | undefined;
  /** The counts the suite sent, if it got that far. */
  readonly result: SuiteResult | undefined;
  /** The screenshots written, in order. */
  readonly screenshots: readonly string[];
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;

/** Opens the endpoint on a free loopback port; `print` receives the suite's report lines. */
export async function openEndpoint(options: { screenshotsDir: string; print: (line: string) => void }): Promise<Endpoint> {
  let result: SuiteResult | undefined;
  const screenshots: string[] = [];
  const state: { page: Page | undefined } = { page: undefined };

  const handlers: Record<string, (body: unknown) => Promise<unknown>> = {
    [ROUTES.log]: async (body) => {
      for (const line of (body as { lines?: unknown }).lines as unknown[] ?? []) options.print(String(line));
      return {};
    },
    [ROUTES.result]: async (body) => {
      const { passed, failed, pending } = body as SuiteResult;
      result = { passed: Number(passed) || 0, failed: Number(failed) || 0, pending: Number(pending) || 0 };
      return {};
    },
    [ROUTES.screenshot]: async (body) => {
      const request = body as ScreenshotRequest;
      if (typeof request.name !== 'string' || !SCREENSHOT_NAME.test(request.name)) throw new Error(`bad screenshot name ${JSON.stringify(request.name)}: use ${SCREENSHOT_NAME}`);
      const page = requirePage(state.page);
      if (request.waitFor) await page.waitForSelector(request.waitFor, { timeout: request.timeoutMs ?? 10_000, state: 'visible' });
      // Let the workbench finish what it is painting: decorations and syntax colours arrive
      // a little after the text (tokenizing runs in a worker).
      await new Promise((r) => setTimeout(r, 800));
      mkdirSync(options.screenshotsDir, { recursive: true });
      const path = join(options.screenshotsDir, `${request.name}.png`);
      await page.screenshot({ path });
      screenshots.push(path);
      return { path };
    },
    [ROUTES.press]: async (body) => {
      const page = requirePage(state.page);
      for (const key of (body as PressRequest).keys ?? []) await page.keyboard.press(String(key));
      return {};
    },
  };

  const server = createServer((request, response) => void handle(request, response));
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const handler = request.method === 'POST' ? handlers[request.url ?? ''] : undefined;
    if (!handler) return reply(response, 404, { error: `no route ${request.method} ${request.url}` });
    try {
      const body = await readJson(request);
      reply(response, 200, await handler(body));
    } catch (error) {
      reply(response, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    get page() {
      return state.page;
    },
    set page(page: Page | undefined) {
      state.page = page;
    },
    get result() {
      return result;
    },
    screenshots,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function requirePage(page: Page | undefined): Page {
  if (!page) throw new Error('the workbench page is not open');
  return page;
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body ?? {}));
}
