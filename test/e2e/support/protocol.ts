/**
 * What the end-to-end runner (scripts/e2e/, a Node process outside VS Code) and the suite
 * (test/e2e/suite/, inside the extension host) agree on: the environment variables the runner
 * passes to code-server, which the extension host inherits, and the routes of the runner's
 * loopback HTTP endpoint. No imports: both sides bundle this file.
 */

/** Base URL of the runner's endpoint (`http://127.0.0.1:PORT`); unset when no runner is there. */
export const ENDPOINT_ENV = 'CABLEWRIGHT_E2E_ENDPOINT';
/** Only tests whose full title matches this pattern run (mocha's --grep). */
export const GREP_ENV = 'CABLEWRIGHT_E2E_GREP';

/** The endpoint's routes; every one takes a POST with a JSON body and answers JSON. */
export const ROUTES = {
  /** `{ lines: string[] }`: the suite's reporter output, printed by the runner as it comes. */
  log: '/log',
  /** {@link SuiteResult}: the counts, sent once when mocha ends. */
  result: '/result',
  /** {@link ScreenshotRequest} → {@link ScreenshotReply}: a PNG of the live workbench. */
  screenshot: '/screenshot',
  /** {@link PressRequest}: key presses in the workbench page, as a person would type them. */
  press: '/press',
} as const;

/** The suite's counts, as mocha reports them. */
export interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
}

/** Names a screenshot may have: they become `<screenshots>/<name>.png`. */
export const SCREENSHOT_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface ScreenshotRequest {
  /** File name without `.png`; must match {@link SCREENSHOT_NAME}. */
  readonly name: string;
  /** A CSS selector to wait for before taking the picture (for example `.squiggly-error`). */
  readonly waitFor?: string;
  /** How long to wait for `waitFor`, in milliseconds (default 10 000). */
  readonly timeoutMs?: number;
}

export interface ScreenshotReply {
  /** Absolute path of the PNG written. */
  readonly path: string;
}

export interface PressRequest {
  /** Playwright key names, pressed in order: `Control+Shift+M`, `Escape`, `F1`… */
  readonly keys: readonly string[];
}

/** The endpoint's answer when something went wrong: `{ error }` with a non-2xx status. */
export interface ErrorReply {
  readonly error: string;
}
