/** `cablewright inspect`: print the parsed model of each cable as JSON. */
import { parseCable } from '../core/index';
import { cableModel } from '../core/model';
import { readTextFile } from '../node/textFile';
import type { CommandResult } from './lintCommand';
import { expandPaths } from './paths';

export function runInspect(paths: readonly string[], year: number | undefined): CommandResult {
  const { files, missing } = expandPaths(paths);
  if (missing.length > 0) return { stdout: '', stderr: missing.map((m) => `cablewright: no such file or folder: ${m}\n`).join(''), exitCode: 2 };
  if (files.length === 0) return { stdout: '', stderr: 'cablewright: no cables found in the paths given.\n', exitCode: 2 };
  const out: Array<{ path: string; cable: unknown }> = [];
  let stderr = '';
  let failed = false;
  for (const file of files) {
    try {
      const { text } = readTextFile(file);
      out.push({ path: file, cable: cableModel(parseCable(text, year === undefined ? {} : { year })) });
    } catch (error) {
      stderr += `cablewright: cannot read ${file}: ${(error as Error).message}\n`;
      failed = true;
    }
  }
  return { stdout: JSON.stringify({ files: out }, null, 2) + '\n', stderr, exitCode: failed ? 2 : 0 };
}
