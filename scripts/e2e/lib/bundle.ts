/**
 * Bundles the in-host suite with esbuild: `test/e2e/suite/index.ts` and every
 * `test/e2e/suite/*.test.ts` become `out/test/e2e/suite/<name>.js`. Mocha is bundled into
 * index.js (mocha 12 is ES modules, which an older extension host Node cannot `require`);
 * only `vscode` stays external, as the extension host provides it.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, SUITE_OUT, SUITE_SOURCES } from './paths';

/** Bundles the suite and returns the `extensionTestsPath` (index.js). */
export async function bundleSuite(): Promise<string> {
  const entries = readdirSync(SUITE_SOURCES)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(SUITE_SOURCES, name));
  rmSync(SUITE_OUT, { recursive: true, force: true }); // no stale test from a deleted file
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return join(SUITE_OUT, 'index.js');
}
