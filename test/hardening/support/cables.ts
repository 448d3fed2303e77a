/** The project's own invented cables (examples and fixtures): the seeds the fuzz tests mutate. */
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { ROOT } from '../../support/paths';

/** Every invented cable in `examples/` and `test/fixtures/`, by path relative to the checkout. */
export function inventedCables(): Array<{ path: string; text: string }> {
  return globSync(['examples/**/*.cable', 'test/fixtures/**/*.cable', 'test/hardening/regressions/*.cable'], { cwd: ROOT })
    .sort()
    .map((path) => ({ path, text: readFileSync(`${ROOT}/${path}`, 'utf8') }));
}

/**
 * How many random cases to run: the default keeps `npm test` quick; set
 * `CABLEWRIGHT_FUZZ_RUNS` (a multiplier, e.g. 50) for a longer hunt, and `CABLEWRIGHT_FUZZ_SEED`
 * to replay one.
 */
export function runs(base: number): number {
  const factor = Number(process.env.CABLEWRIGHT_FUZZ_RUNS ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** The seed for fast-check: fixed by default so a failure reproduces, or from the environment. */
export function seed(): number {
  const given = process.env.CABLEWRIGHT_FUZZ_SEED;
  return given !== undefined && given !== '' ? Number(given) : 20261127;
}
