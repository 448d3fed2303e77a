/**
 * The channel the language client writes its protocol trace to. With `cablewright.trace.server`
 * on, the client traces every message; at `verbose` (or in JSON format) a trace line carries
 * the message's parameters, and for a cable those are its text (`didOpen`, `didChange`). Cable
 * text must never reach a log, so this channel keeps the first line of each trace entry (the
 * direction, the method and the request id) and drops the parameters and results.
 */
import type { LogOutputChannel } from 'vscode';

/** What of one trace entry may be written: its first line, or for a JSON entry its type, method and id. */
export function traceHeadline(entry: string): string {
  const firstLine = entry.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.startsWith('{')) return firstLine;
  try {
    const parsed = JSON.parse(firstLine) as { type?: unknown; message?: { method?: unknown; id?: unknown } };
    const parts = [parsed.type, parsed.message?.method, parsed.message?.id].filter((p) => typeof p === 'string' || typeof p === 'number');
    return parts.join(' ');
  } catch {
    return '';
  }
}

/** A view of `output` whose `trace` writes only {@link traceHeadline}s; everything else passes through. */
export function headlinesOnly(output: LogOutputChannel): LogOutputChannel {
  return new Proxy(output, {
    get(target, key, receiver) {
      if (key === 'trace') {
        return (message: string) => {
          const headline = traceHeadline(String(message));
          if (headline !== '') target.trace(headline);
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
