/** Finding files shipped with the package (the rule docs) from wherever the code runs: a bundle in dist/ or the sources. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package's root: the nearest folder above this code that holds package.json and docs/. */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/** The folder holding docs/rules/<id>.md. */
export function ruleDocsDir(): string {
  return join(packageRoot(), 'docs', 'rules');
}
