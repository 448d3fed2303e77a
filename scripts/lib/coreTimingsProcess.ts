/**
 * The entry of the bench's measuring process: bundled with the core as the CLI and the server
 * ship it, and run by plain `node` (as `cablewright` and the server run), not under tsx. It gets
 * the texts over the IPC channel, so they are never written anywhere, and answers with the
 * timings.
 */
import { lint, parseCable } from '../../server/src/core/index';
import { measureCore, type TimingRequest } from './coreTimings';

process.once('message', (request: TimingRequest) => {
  const timings = measureCore({ parseCable, lint }, request);
  process.send?.(timings, () => process.exit(0));
});
