/**
 * The bench's measuring loop for the core's throughput, shared by the run in a plain Node process
 * (the budget's figure, `coreTimingsProcess.ts`) and the run of the sources under tsx.
 */
import type { lint, parseCable } from '../../server/src/core/index';

/** The core's two entry points, from the sources or from a bundle of them. */
export interface Core {
  readonly parseCable: typeof parseCable;
  readonly lint: typeof lint;
}

/** What the bench sends to the measuring process. */
export interface TimingRequest {
  readonly texts: readonly string[];
  readonly rounds: number;
  readonly today: { year: number; month: number; day: number };
}

/** Per cable, the best time of parse alone and of parse + lint, in milliseconds; and the process's memory. */
export interface CoreTimings {
  readonly parseMs: number[];
  readonly lintMs: number[];
  /** Peak resident memory of the measuring process, in MB (the texts held, the core, the collector's headroom). */
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
}

/**
 * Parse and parse + lint of every text: a warm-up round (the JIT), then the best of `rounds`
 * rounds per cable, so that a collection or a neighbour's burst on the machine in one round
 * does not count.
 */
export function measureCore(core: Core, { texts, rounds, today }: TimingRequest): CoreTimings {
  for (const text of texts) core.lint(core.parseCable(text), {}, today);
  const parseMs = new Array<number>(texts.length).fill(Infinity);
  const lintMs = new Array<number>(texts.length).fill(Infinity);
  for (let r = 0; r < rounds; r++) {
    texts.forEach((text, i) => {
      const a = performance.now();
      const doc = core.parseCable(text);
      const b = performance.now();
      core.lint(doc, {}, today);
      const c = performance.now();
      parseMs[i] = Math.min(parseMs[i], b - a);
      lintMs[i] = Math.min(lintMs[i], c - a);
    });
  }
  return { parseMs, lintMs, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb: process.memoryUsage().heapUsed / (1 << 20) };
}
