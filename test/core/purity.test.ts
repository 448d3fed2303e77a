import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinModules } from 'node:module';
import { ROOT } from '../support/paths';

const CORE = join(ROOT, 'server', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

describe('the core is pure', () => {
  const files = sources(CORE);

  it('has source files to check', () => {
    assert.ok(files.length > 10);
  });

  it('imports nothing from vscode, vscode-languageserver*, node:* or Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
        const forbidden =
          spec === 'vscode' ||
          spec.startsWith('vscode-languageserver') ||
          spec.startsWith('vscode-languageclient') ||
          spec.startsWith('node:') ||
          builtinModules.includes(spec) ||
          builtinModules.includes(spec.split('/')[0]);
        if (forbidden) offenders.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the import check recognises a forbidden import', () => {
    const sample = "import { readFileSync } from 'node:fs';\nimport x from \"vscode\";";
    const specs = [...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
    assert.deepEqual(specs, ['node:fs', 'vscode']);
  });

  it('never reads the clock', () => {
    const offenders = files.filter((f) => /\bDate\.now\(|new Date\(\s*\)|performance\.now\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    assert.deepEqual(offenders, []);
  });
});
