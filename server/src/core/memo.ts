/**
 * Per-document memoisation for helpers several rules share: a lint runs every rule over the
 * same tree, so what one rule computes from it (the captions, the portions) is computed once.
 * Keyed weakly on the document, so nothing outlives it.
 */
import type { CableDocument } from './syntax/nodes';

const caches = new WeakMap<CableDocument, Map<unknown, unknown>>();

/**
 * The document served last and its cache: a lint asks for the same document's cache a few
 * hundred times in a row, and one comparison answers that instead of a weak-map lookup.
 * {@link releaseMemo} lets go of it when the lint is done.
 */
let lastDoc: CableDocument | null = null;
let lastCache: Map<unknown, unknown> | null = null;

/** `compute(doc)`, computed once per document for each `key` (use the function itself as key). */
export function memo<T>(doc: CableDocument, key: unknown, compute: (doc: CableDocument) => T): T {
  let cache = doc === lastDoc ? lastCache : null;
  if (cache === null) {
    cache = caches.get(doc) ?? null;
    if (cache === null) {
      cache = new Map();
      caches.set(doc, cache);
    }
    lastDoc = doc;
    lastCache = cache;
  }
  // One lookup when the value is there (a value may itself be undefined, hence the has()).
  const cached = cache.get(key);
  if (cached !== undefined || cache.has(key)) return cached as T;
  const value = compute(doc);
  cache.set(key, value);
  return value;
}

/** Drops the strong hold on the document served last (its cache stays, held weakly). */
export function releaseMemo(): void {
  lastDoc = null;
  lastCache = null;
}
