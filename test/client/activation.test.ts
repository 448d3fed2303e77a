/**
 * Activation stays cheap: the client bundle carries no core, rules or vocabulary (the server
 * has them), and loading it takes a few tens of milliseconds. Measured on the production
 * bundle, loaded with a stand-in for the `vscode` module (the real one exists only inside
 * VS Code; the end-to-end suite measures `activate()` there).
 */
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../support/paths';

/** A `vscode` module that answers every property and call with another stand-in. */
function standIn(): unknown {
  const target = function () {} as unknown as Record<string | symbol, unknown>;
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : standIn()),
    apply: () => standIn(),
    construct: () => standIn() as object,
  });
}

describe('the client bundle', function () {
  this.timeout(60_000);
  let code: string;

  before(async () => {
    const result = await esbuild.build({
      entryPoints: [join(ROOT, 'client', 'src', 'extension.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      write: false,
      external: ['vscode'],
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      logLevel: 'silent',
    });
    code = result.outputFiles[0].text;
  });

  it('holds no rule, vocabulary or parser of the core', () => {
    for (const marker of ['RUEHAK', 'AMEMBASSY ANKARA', 'Expected paragraph', 'CCCCC', 'VZCZC']) {
      assert.ok(!code.includes(marker), `the client bundle contains "${marker}": it imports the core`);
    }
    assert.ok(code.length < 600_000, `${code.length} bytes`);
  });

  it('loads in well under half a second, the first time too', () => {
    const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const original = loader._load;
    const vscode = standIn();
    loader._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));
    try {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const m = new Module(join(ROOT, 'dist', `extension-${i}.js`));
        m.filename = join(ROOT, 'dist', 'extension.js');
        m.paths = (Module as unknown as { _nodeModulePaths: (p: string) => string[] })._nodeModulePaths(join(ROOT, 'dist'));
        const started = performance.now();
        (m as unknown as { _compile: (code: string, file: string) => void })._compile(code, m.filename);
        runs.push(performance.now() - started);
        assert.equal(typeof (m.exports as { activate?: unknown }).activate, 'function');
      }
      console.log(`      client bundle: ${(code.length / 1024).toFixed(0)} KB, loads in ${runs[0].toFixed(1)} ms the first time, ${Math.min(...runs).toFixed(1)} ms at best`);
      assert.ok(runs[0] < 500, `loading took ${runs[0]} ms`);
    } finally {
      loader._load = original;
    }
  });
});
