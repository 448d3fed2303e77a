/**
 * What the .vsix holds, as `vsce ls` lists it from .vscodeignore: the bundles, the grammar,
 * snippets, language configuration, the configuration schema, a page for every rule the
 * diagnostics link to, README, LICENSE, CHANGELOG and the images README shows. Nothing else:
 * no sources, tests, fixtures, source maps or screenshots README does not show.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index';
import { ROOT } from '../support/paths';

/** Local images README shows: `![…](docs/images/x.png)` and `<img src="docs/images/x.png">`. */
function readmeImages(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const found = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2]).replace(/^\.\//, ''));
  return found.filter((src) => !/^[a-z]+:/i.test(src));
}

describe('the packaged extension\'s files', function () {
  this.timeout(60_000);
  let files: string[];

  before(() => {
    const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
    files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .sort();
  });

  it('are exactly the run-time files, the rule pages and README\'s images', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; contributes: { grammars: Array<{ path: string }>; snippets: Array<{ path: string }>; languages: Array<{ configuration?: string }>; jsonValidation: Array<{ url: string }> } };
    const local = (p: string) => p.replace(/^\.\//, '');
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      local(manifest.main),
      // The language client library, which the extension loads on the turn after activation.
      'dist/languageClient.js',
      'dist/server.js',
      'dist/cli.js',
      ...manifest.contributes.grammars.map((g) => local(g.path)),
      ...manifest.contributes.snippets.map((s) => local(s.path)),
      ...manifest.contributes.languages.flatMap((l) => (l.configuration ? [local(l.configuration)] : [])),
      ...manifest.contributes.jsonValidation.map((j) => local(j.url)),
      ...RULES.map((r) => `docs/rules/${r.meta.id}.md`),
      ...readmeImages(),
    ];
    const missing = [...new Set(expected)].filter((f) => !files.includes(f));
    const extra = files.filter((f) => !expected.includes(f));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, 'adjust .vscodeignore (or write the missing rule pages)');
  });

  it('hold no source, test, fixture or source map', () => {
    assert.deepEqual(files.filter((f) => /\.(ts|map)$|^(test|server|client|scripts|examples|out)\//.test(f)), []);
  });
});
