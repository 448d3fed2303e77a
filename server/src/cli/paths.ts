/** Turning the PATH arguments (files, folders, globs) into the list of cables to check. */
import { existsSync, statSync } from 'node:fs';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** File extensions read as cables when a folder is given. */
export const CABLE_EXTENSIONS = ['.cable', '.tel', '.txt'];

/** The expansion of the PATH arguments. */
export interface ExpandedPaths {
  readonly files: string[];
  /** Arguments that named nothing. */
  readonly missing: string[];
}

/**
 * Expands files, folders (searched recursively for .cable, .tel and .txt files, without
 * following symbolic links to folders) and glob patterns, in argument order without repeats.
 */
export function expandPaths(args: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (existsSync(arg)) {
      if (statSync(arg).isDirectory()) {
        const found = globSync(CABLE_EXTENSIONS.map((e) => `**/*${e}`), { cwd: arg, followSymbolicLinks: false, dot: false, absolute: false });
        for (const f of found.sort()) add(joinPath(arg, f));
      } else {
        add(arg);
      }
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found = globSync(arg, { followSymbolicLinks: false, dot: false }).sort();
      if (found.length === 0) missing.push(arg);
      for (const f of found) add(f);
      continue;
    }
    missing.push(arg);
  }
  return { files, missing };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
