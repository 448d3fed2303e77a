/**
 * Per-document memoisation for helpers several rules share: a lint runs every rule over the
 * same tree, so what one rule computes from it (the captions, the portions) is computed once.
 * Outside a lint (the outline, the folding ranges) results are kept weakly on the document, so
 * nothing outlives it; during a lint they are held by the lint alone (see {@link holdMemo}).
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

/**
 * Serves `doc`'s readings from a cache held here until {@link releaseMemo}, which a lint calls
 * when its rules are done; a cache the document already has (from the outline, say) is used.
 *
 * A new cache is not entered in the weak map: V8's young-generation collector treats a weak
 * map's keys weakly but its values strongly, so the readings kept there, and the tree they
 * point into, would survive every minor collection until the next full one. Over a corpus
 * round, one lint after another, that was most of the minor collections' work (about 190 of
 * 240 ms a round, measured with `--trace-gc`). A document linted a second time computes its
 * readings again, with the same results.
 */
export function holdMemo(doc: CableDocument): void {
  lastDoc = doc;
  lastCache = caches.get(doc) ?? new Map();
}

/** Drops the hold on the document served last (a cache in the weak map stays there). */
export function releaseMemo(): void {
  lastDoc = null;
  lastCache = null;
}
