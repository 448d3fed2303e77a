/**
 * The packaged extension installs into a real VS Code: `npm run package` builds
 * cablewright.vsix, and code-server's `--install-extension` puts it into a private extensions
 * folder, where `--list-extensions` finds it and the files the extension needs at run time
 * are present. Runs in the runner's Node process (it drives code-server's command line), with
 * the tools the runner installed (CABLEWRIGHT_E2E_TOOLS).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerCli } from '../../../scripts/e2e/lib/codeServer';
import { ROOT } from '../../../scripts/e2e/lib/paths';
import { createSandbox, type Sandbox } from '../../../scripts/e2e/lib/sandbox';
import { toolsIn, type Tools } from '../../../scripts/e2e/lib/tools';

const VSIX = join(ROOT, 'cablewright.vsix');

describe('the packaged extension (.vsix)', function () {
  this.timeout(240_000);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const id = `${manifest.publisher}.${manifest.name}`;
  let tools: Tools;
  let sandbox: Sandbox;

  before(() => {
    const home = process.env.CABLEWRIGHT_E2E_TOOLS;
    assert.ok(home, 'CABLEWRIGHT_E2E_TOOLS is not set: run this through npm run test:e2e');
    tools = toolsIn(home);
    sandbox = createSandbox();
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  });
  after(() => sandbox?.dispose());

  it('installs with code-server --install-extension and is listed with its version', () => {
    assert.ok(existsSync(VSIX), `npm run package did not write ${VSIX}`);
    const install = codeServerCli(tools, sandbox, ['--install-extension', VSIX]);
    assert.equal(install.status, 0, install.output);
    const listed = codeServerCli(tools, sandbox, ['--list-extensions', '--show-versions']);
    assert.equal(listed.status, 0, listed.output);
    assert.ok(listed.output.split('\n').map((l) => l.trim()).includes(`${id}@${manifest.version}`), `${id}@${manifest.version} is not listed:\n${listed.output}`);
  });

  it('holds what the extension loads at run time: client, server, grammar, rule pages', () => {
    const installed = join(sandbox.extensionsDir, `${id}-${manifest.version}`);
    for (const file of ['package.json', 'dist/extension.js', 'dist/languageClient.js', 'dist/server.js', 'dist/cli.js', 'language-configuration.json', 'docs/rules/paragraph-sequence.md']) {
      assert.ok(existsSync(join(installed, file)), `${file} is missing from the installed extension in ${installed}`);
    }
    const installedManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { main: string };
    assert.ok(existsSync(join(installed, installedManifest.main)), `main ${installedManifest.main} is missing`);
  });
});
