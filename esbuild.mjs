// Bundles the three entry points: the VS Code client, the language server and the CLI.
// Type checking is separate (`tsc --noEmit`); esbuild only strips types.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// Some dependencies ship ES modules that read `import.meta.url`; in a CommonJS bundle it
// is rebuilt from the bundle's own file name.
const importMetaShim = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'import.meta.url': 'importMetaUrl' },
  // jsonc-parser's UMD entry loads its parts with a dynamic require esbuild cannot follow;
  // its ES module build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const builds = [
  // The language client library is a bundle of its own, which the extension requires on the
  // turn after activation (client/src/languageClient.ts says why).
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './languageClient'], banner: { js: importMetaShim } },
  { ...common, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/languageClient.js', external: ['vscode'], banner: { js: importMetaShim } },
  { ...common, entryPoints: ['server/src/node.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${importMetaShim}` } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaShim}` } },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
