/**
 * Per-document memoisation for helpers several rules share: a lint runs every rule over the
 * same tree, so what one rule computes from it (the captions, the portions) is computed once.
 * Keyed weakly on the document, so nothing outlives it.
 */
import type { CableDocument } from './syntax/nodes';

const caches = new WeakMap<CableDocument, Map<unknown, unknown>>();

/** `compute(doc)`, computed once per document for each `key` (use the function itself as key). */
export function memo<T>(doc: CableDocument, key: unknown, compute: (doc: CableDocument) => T): T {
  let cache = caches.get(doc);
  if (!cache) {
    cache = new Map();
    caches.set(doc, cache);
  }
  // One lookup when the value is there (a value may itself be undefined, hence the has()).
  const cached = cache.get(key);
  if (cached !== undefined || cache.has(key)) return cached as T;
  const value = compute(doc);
  cache.set(key, value);
  return value;
}
