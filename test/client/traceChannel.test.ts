/**
 * The protocol trace never carries cable text: the client's trace channel keeps the first line
 * of each entry (direction, method, id) and drops parameters and results, in the text and the
 * JSON trace formats alike.
 */
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { join } from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { CableServer } from '../../client/src/server';
import { headlinesOnly, traceHeadline } from '../../client/src/traceChannel';
import { ROOT } from '../support/paths';

const MARKER = 'ZEBRA-MARKER-4471';

/** A LogOutputChannel stand-in that records what is written through each method. */
function recordingChannel(): { channel: LogOutputChannel; written: string[] } {
  const written: string[] = [];
  const record = (kind: string) => (message: string) => written.push(`${kind}: ${message}`);
  const channel = {
    name: 'Cablewright',
    logLevel: 1,
    onDidChangeLogLevel: () => ({ dispose() {} }),
    trace: record('trace'),
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    append: record('append'),
    appendLine: record('appendLine'),
    replace: record('replace'),
    clear() {},
    show() {},
    hide() {},
    dispose() {},
  } as unknown as LogOutputChannel;
  return { channel, written };
}

describe('the protocol trace channel', () => {
  it('keeps the headline of a verbose text entry and drops its parameters', () => {
    const entry = `Sending notification 'textDocument/didOpen'.\nParams: {\n    "textDocument": {\n        "text": "1. (S) ${MARKER}"\n    }\n}\n\n`;
    assert.equal(traceHeadline(entry), "Sending notification 'textDocument/didOpen'.");
  });

  it('keeps type, method and id of a JSON-format entry, and nothing of its parameters', () => {
    const entry = JSON.stringify({ type: 'send-request', message: { jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { text: MARKER } }, timestamp: 1 });
    assert.equal(traceHeadline(entry), 'send-request textDocument/hover 7');
    assert.equal(traceHeadline(`{"broken ${MARKER}`), '');
  });

  it('writes trace headlines through the wrapped channel and passes every other call through', () => {
    const { channel, written } = recordingChannel();
    const wrapped = headlinesOnly(channel);
    wrapped.trace(`Received response 'textDocument/hover - (7)' in 3ms.\nResult: {"contents": "${MARKER}"}`);
    wrapped.info('server ready');
    assert.deepEqual(written, ["trace: Received response 'textDocument/hover - (7)' in 3ms.", 'info: server ready']);
    assert.equal(wrapped.logLevel, 1);
    assert.equal(wrapped.name, 'Cablewright');
    assert.ok(!written.some((line) => line.includes(MARKER)));
  });

  it('is the trace channel the language client is given, and it drops what the client traces', async () => {
    // The language client library is stood in for, to catch the options CableServer gives it.
    const given: Array<{ id: string; options: { outputChannel: unknown; traceOutputChannel: LogOutputChannel } }> = [];
    class LanguageClient {
      constructor(id: string, _name: string, _server: unknown, options: (typeof given)[number]['options']) {
        given.push({ id, options });
      }
      async start(): Promise<void> {}
      async stop(): Promise<void> {}
    }
    const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const original = loader._load;
    loader._load = (request, parent, isMain) => (request === './languageClient' ? { LanguageClient, TransportKind: { ipc: 1 } } : original(request, parent, isMain));
    try {
      const { channel, written } = recordingChannel();
      const context = { asAbsolutePath: (p: string) => join(ROOT, p) } as unknown as ExtensionContext;
      const server = new CableServer(context, channel);
      await server.ready;
      assert.equal(given.length, 1);
      assert.equal(given[0].id, 'cablewright');
      assert.equal(given[0].options.outputChannel, channel);
      given[0].options.traceOutputChannel.trace(`Sending notification 'textDocument/didChange'.\nParams: {"text": "${MARKER}"}`);
      assert.deepEqual(written, ["trace: Sending notification 'textDocument/didChange'."]);
      await server.stop();
    } finally {
      loader._load = original;
    }
  });
});
