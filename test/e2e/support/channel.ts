/**
 * The suite's line to the runner's endpoint, from inside the extension host. Every test file
 * is bundled on its own, so each bundle has its own copy of this module; the queue that keeps
 * messages in order therefore lives on `globalThis`, shared by all of them.
 */
import { request } from 'node:http';
import { ENDPOINT_ENV, type ErrorReply } from './protocol';

/** The runner's endpoint, or undefined when the suite runs without one (desktop VS Code). */
export function endpointUrl(): string | undefined {
  return process.env[ENDPOINT_ENV] || undefined;
}

const QUEUE = Symbol.for('cablewright.e2e.channel');
type Holder = { [QUEUE]?: Promise<unknown> };

/**
 * POSTs `body` as JSON to `route` after every message sent before it, and returns the reply.
 * Throws when there is no endpoint or it answers with an error.
 */
export function send<T>(route: string, body: unknown): Promise<T> {
  const base = endpointUrl();
  if (!base) return Promise.reject(new Error(`${ENDPOINT_ENV} is not set: no runner to talk to`));
  const holder = globalThis as Holder;
  const previous = holder[QUEUE] ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => post<T>(new URL(route, base), body));
  holder[QUEUE] = next;
  return next;
}

/** Resolves once every message queued so far has been answered. */
export async function flush(): Promise<void> {
  await ((globalThis as Holder)[QUEUE] ?? Promise.resolve()).catch(() => undefined);
}

function post<T>(url: URL, body: unknown): Promise<T> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise<T>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length }, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : {};
          } catch {
            parsed = { error: text };
          }
          if ((res.statusCode ?? 500) >= 300) reject(new Error(`${url.pathname}: ${(parsed as ErrorReply).error ?? res.statusCode}`));
          else resolve(parsed as T);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${url.pathname}: no answer in 60 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}
