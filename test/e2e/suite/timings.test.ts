/**
 * Records, for `npm run bench`, how long the extension's activation took in this real VS Code:
 * `activate()` and the time until the language server answered, as the extension measured
 * them (its API's `timings`). Written to bench/activation.json in the checkout; the bench
 * judges the budget (≤ 50 ms of extension code) and adds the bundle's load time.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api } from '../support/cablewright';
import { extension } from '../support/editor';
import { log } from '../support/workbench';

describe('activation timings (recorded for npm run bench)', () => {
  it('records how long activate() took and when the server was ready', async () => {
    const cw = await api();
    const { activateMs, readyMs } = cw.timings;
    assert.ok(Number.isFinite(activateMs) && activateMs >= 0);
    const file = join(extension().extensionPath, 'bench', 'activation.json');
    mkdirSync(join(extension().extensionPath, 'bench'), { recursive: true });
    const record = { activateMs, readyMs, appName: vscode.env.appName, vscodeVersion: vscode.version, uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop', recordedAt: new Date().toISOString() };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    log(`    recorded bench/activation.json: activate() ${activateMs.toFixed(1)} ms, server ready after ${readyMs?.toFixed(0)} ms`);
  });
});
