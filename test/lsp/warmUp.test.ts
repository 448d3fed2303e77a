/**
 * The idle warm-up after the server starts: its invented cables are real cables to the parser
 * (every part the rules read is there), it makes its runs one turn of the event loop at a
 * time so a message waiting meanwhile goes first, it stops when asked, and the built server
 * reports it finished.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { lint, parseCable } from '../../server/src/core/index';
import type { ServerStats } from '../../server/src/lsp/serverStats';
import { startWarmUp, WARM_UP_RUNS, warmUpCables, type WarmUpStatus } from '../../server/src/lsp/warmUp';
import { LspClient, SERVER } from '../support/lspClient';

const TODAY = { year: 2026, month: 11, day: 27 };

describe('server warm-up', function () {
  this.timeout(20000);

  it('makes invented cables of every kind and classification that parse into every part', () => {
    const cables = warmUpCables();
    assert.equal(cables.length, 32, 'four kinds at eight classifications');
    for (const text of cables) {
      const doc = parseCable(text);
      assert.ok(doc.header?.dtgLine, 'a header with a DTG');
      assert.ok(doc.classification, 'a classification line');
      assert.equal(doc.references?.items.length, 2, 'a REF list of two');
      assert.equal(doc.paragraphs.length, 12);
      assert.deepEqual(doc.paragraphs.map((p) => p.value), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      assert.ok(doc.pageHeaders.length === 1, 'a continuation page header');
      assert.ok(doc.refCitations.length > 0 && doc.paraCitations.length > 0, 'citations of REFs and paragraphs');
      assert.ok(doc.signature, 'a signature');
      // The rules run over them as over any cable; none of them is malformed.
      const errors = lint(doc, {}, TODAY).filter((p) => p.severity === 'error');
      assert.deepEqual(errors.map((p) => `${p.ruleId}: ${p.message}`), []);
    }
  });

  it('makes its runs one turn at a time, so other work goes in between, and reports its progress', async () => {
    const status: WarmUpStatus = { runs: 0, finished: false };
    const warmUp = startWarmUp(TODAY, status, { runs: 6 });
    // Queued after the warm-up's first turn: it must run before the warm-up has finished.
    const seenAt = await new Promise<number>((resolve) => setImmediate(() => resolve(status.runs)));
    assert.ok(seenAt < 6, `other work waited for the whole warm-up (${seenAt} runs)`);
    assert.equal(await warmUp.done, 6);
    assert.deepEqual(status, { runs: 6, finished: true });
  });

  it('waits while the client is at work and runs once it has been quiet', async () => {
    const status: WarmUpStatus = { runs: 0, finished: false };
    let last = performance.now();
    const warmUp = startWarmUp(TODAY, status, { runs: 3, quietMs: 60, lastActivity: () => last });
    // Busy: activity every 20 ms for 150 ms, so no run may be made meanwhile.
    for (let k = 0; k < 7; k++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      last = performance.now();
      assert.equal(status.runs, 0, `a run was made while the client was busy (after ${(k + 1) * 20} ms)`);
    }
    assert.equal(await warmUp.done, 3);
    assert.ok(performance.now() - last >= 55, 'the runs came before the quiet time was over');
  });

  it('stops when asked', async () => {
    const status: WarmUpStatus = { runs: 0, finished: false };
    const warmUp = startWarmUp(TODAY, status, { runs: 1000 });
    await new Promise((resolve) => setImmediate(resolve));
    warmUp.stop();
    const runs = await warmUp.done;
    assert.ok(runs < 10, `went on after stop: ${runs} runs`);
    assert.equal(status.finished, true);
  });

  it('runs in the built server after initialize and ends on its own', async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
    const { client } = await LspClient.start();
    try {
      let stats = await client.request<ServerStats>('cablewright/serverStats', {});
      for (let waited = 0; !stats.warmedUp && waited < 10_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        stats = await client.request<ServerStats>('cablewright/serverStats', {});
      }
      assert.equal(stats.warmedUp, true);
      assert.equal(stats.warmUpRuns, WARM_UP_RUNS);
    } finally {
      await client.stop();
    }
  });
});
