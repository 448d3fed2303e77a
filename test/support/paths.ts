/** Paths the tests share. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const EXAMPLES = join(ROOT, 'examples');
/** The shared material beside the checkout (CI has it; the project never copies from it). */
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'examples', 'seed-demarche.txt');

/** Fails with a clear message when the shared material is missing. */
export function requireShared(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: the tests expect ../shared beside the checkout (see README).`);
  return path;
}

/** A fixed "today" for tests, so date-dependent rules give the same answer every day. */
export const TODAY = { year: 2026, month: 11, day: 27 } as const;
