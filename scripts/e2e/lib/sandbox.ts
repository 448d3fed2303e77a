/**
 * One run's private folders: code-server's user data and extensions, the browser profile,
 * HOME, XDG and TMPDIR for both, and the workspace folder the workbench opens. All of it
 * lives in one temporary folder that is deleted at the end of the run, so nothing lands in
 * the real $HOME or in the checkout.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sandbox {
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly browserProfile: string;
  readonly workspace: string;
  readonly logs: string;
  /** HOME, XDG_* and TMPDIR pointing inside the sandbox. */
  readonly env: Record<string, string>;
  /** Deletes it all, unless CABLEWRIGHT_E2E_KEEP is set (then says where it is). */
  dispose(): void;
}

/** Settings that keep the workbench quiet: no welcome page, tips, telemetry or update checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  // Steadier screenshots: no cursor blink phase, no animation caught mid-frame.
  'editor.cursorBlinking': 'solid',
  'workbench.reduceMotion': 'on',
  'git.enabled': false,
};

/** Sandboxes not yet disposed; removed on the way out if the runner is stopped early (Ctrl+C). */
const undisposed = new Set<string>();
process.once('exit', () => {
  if (process.env.CABLEWRIGHT_E2E_KEEP) return;
  for (const root of undisposed) rmSync(root, { recursive: true, force: true });
});

/**
 * Makes the folders. `workspaceFrom` is copied into the workspace folder (tests may edit
 * what they open without touching the checkout); `userDataDir`/`extensionsDir` given by a
 * caller (the `code` shim) are used as they are.
 */
export function createSandbox(options: { workspaceFrom?: string; userDataDir?: string; extensionsDir?: string } = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'cablewright-e2e-'));
  undisposed.add(root);
  const dir = (name: string) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const userDataDir = options.userDataDir ?? dir('user-data');
  const extensionsDir = options.extensionsDir ?? dir('extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settings = join(userDataDir, 'User', 'settings.json');
  if (!existsSync(settings)) writeFileSync(settings, JSON.stringify(USER_SETTINGS, null, 2));
  const workspace = dir('workspace');
  if (options.workspaceFrom && existsSync(options.workspaceFrom)) cpSync(options.workspaceFrom, workspace, { recursive: true });
  const env = {
    HOME: dir('home'),
    XDG_CONFIG_HOME: dir('xdg/config'),
    XDG_DATA_HOME: dir('xdg/data'),
    XDG_CACHE_HOME: dir('xdg/cache'),
    XDG_STATE_HOME: dir('xdg/state'),
    TMPDIR: dir('tmp'),
  };
  return {
    root,
    userDataDir,
    extensionsDir,
    browserProfile: dir('browser-profile'),
    workspace,
    logs: dir('logs'),
    env,
    dispose() {
      undisposed.delete(root);
      if (process.env.CABLEWRIGHT_E2E_KEEP) {
        process.stderr.write(`e2e: kept the run's folders in ${root}\n`);
        return;
      }
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
