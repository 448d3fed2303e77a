/**
 * `cablewright/serverStats`: the server's memory and cache sizes, for the stress tests and
 * `npm run bench` (a closed document must leave nothing behind). Numbers only: never a URI's
 * text. With `{ gc: true }` and the server started under `node --expose-gc`, it collects
 * garbage first, so the heap figure is what is really held.
 */
import type { Feature } from './context';

/** The request's method name. */
export const SERVER_STATS = 'cablewright/serverStats';

/** What the request answers: bytes, and counts of documents. */
export interface ServerStats {
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
  /** Documents the client has open. */
  readonly openDocuments: number;
  /** Documents with a parse or lint result cached. */
  readonly cachedDocuments: number;
  /** Whether garbage was collected before measuring. */
  readonly collected: boolean;
  /** Runs the idle warm-up after start has made, and whether it has ended. */
  readonly warmUpRuns: number;
  readonly warmedUp: boolean;
}

export const serverStatsFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    context.connection.onRequest(SERVER_STATS, (params: { gc?: boolean } | undefined): ServerStats => {
      const gc = (globalThis as { gc?: () => void }).gc;
      const collected = params?.gc === true && typeof gc === 'function';
      if (collected) gc!();
      const memory = process.memoryUsage();
      return {
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        heapTotal: memory.heapTotal,
        external: memory.external,
        openDocuments: context.documents.all().length,
        cachedDocuments: context.workspace.cachedDocuments,
        collected,
        warmUpRuns: context.warmUp.runs,
        warmedUp: context.warmUp.finished,
      };
    });
  },
};
