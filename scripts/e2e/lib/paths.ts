/** Paths of the checkout that the end-to-end runner works with. */
import { resolve, join } from 'node:path';

/** The checkout: the extension under test (`extensionDevelopmentPath`). */
export const ROOT = resolve(__dirname, '..', '..', '..');
/** The in-host suite's sources (`index.ts` and `*.test.ts`). */
export const SUITE_SOURCES = join(ROOT, 'test', 'e2e', 'suite');
/** Where the suite is bundled to; `index.js` there is the `extensionTestsPath`. */
export const SUITE_OUT = join(ROOT, 'out', 'test', 'e2e', 'suite');
/** Tests that run in the runner's own Node process, beside the workbench (the .vsix install). */
export const RUNNER_TESTS = join(ROOT, 'test', 'e2e', 'runner');
/** Invented cables copied into each run's private workspace folder. */
export const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
/**
 * Where screenshots go: `out/screenshots/` (not tracked), unless CABLEWRIGHT_E2E_SCREENSHOTS
 * names another folder. A test run must not rewrite the images README shows (`docs/images/`,
 * packed into the .vsix after quantising): those are refreshed on purpose (test/e2e/README.md).
 */
export const SCREENSHOTS = process.env.CABLEWRIGHT_E2E_SCREENSHOTS ? resolve(process.env.CABLEWRIGHT_E2E_SCREENSHOTS) : join(ROOT, 'out', 'screenshots');
/** The install step (apt packages, code-server, playwright-core). */
export const INSTALL_SCRIPT = join(ROOT, 'scripts', 'e2e', 'install.sh');
/** The executable that plays `code` for @vscode/test-electron. */
export const CODE_SHIM = join(ROOT, 'scripts', 'e2e', 'code-shim.sh');
