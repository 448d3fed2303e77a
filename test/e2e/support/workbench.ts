/**
 * What a test inside the extension host can ask of the workbench page around it, through the
 * runner: screenshots and key presses. Without a runner (desktop VS Code) there is no page to
 * picture; `screenshot` then says so in the report and returns undefined.
 */
import { format } from 'node:util';
import { endpointUrl, send } from './channel';
import { ROUTES, SCREENSHOT_NAME, type PressRequest, type ScreenshotReply, type ScreenshotRequest } from './protocol';

/** CSS selectors of the workbench worth waiting for before a picture. */
export const SELECTORS = {
  /** An error squiggle drawn in an editor. */
  errorSquiggle: '.monaco-editor .squiggly-error',
  warningSquiggle: '.monaco-editor .squiggly-warning',
  /** A row of the Problems panel. */
  problemRow: '.markers-panel .monaco-list-row',
  /** The hover widget, once it shows something. */
  hover: '.monaco-hover-content',
  /** The quick-fix / code-action menu. */
  actionWidget: '.action-widget',
} as const;

/**
 * Writes a PNG of the whole workbench page to `<screenshots>/<name>.png` (`out/screenshots/`
 * unless the run names another folder) and returns its path.
 * `waitFor` is a CSS selector to wait for first (see {@link SELECTORS}), so the picture shows
 * what the test just caused rather than the frame before it.
 */
export async function screenshot(name: string, options: { waitFor?: string; timeoutMs?: number } = {}): Promise<string | undefined> {
  if (!SCREENSHOT_NAME.test(name)) throw new Error(`screenshot name ${JSON.stringify(name)} must match ${SCREENSHOT_NAME}`);
  if (!endpointUrl()) {
    log(`(screenshot ${name}: no workbench page to picture in this run)`);
    return undefined;
  }
  const request: ScreenshotRequest = { name, ...options };
  return (await send<ScreenshotReply>(ROUTES.screenshot, request)).path;
}

/** Presses keys in the workbench page, in order: `press('Control+Shift+M')`, `press('F1')`. */
export async function press(...keys: string[]): Promise<void> {
  if (!endpointUrl()) throw new Error('press() needs the runner: no workbench page in this run');
  const request: PressRequest = { keys };
  await send(ROUTES.press, request);
}

/** A line in the suite's report (the runner prints it in order with mocha's lines). */
export function log(...args: unknown[]): void {
  const line = format(...args);
  if (endpointUrl()) void send(ROUTES.log, { lines: [line] }).catch(() => undefined);
  else console.log(line);
}
