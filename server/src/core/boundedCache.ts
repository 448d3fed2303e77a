/**
 * Answers computed once per key and kept from one cable to the next, for lookups into the
 * bundled tables, whose answers never change (cables address the same posts and misspell the
 * same words). Bounded: when full it starts afresh, so a long session cannot grow it without
 * end. Answers that depend on a configuration must not go in it.
 */
export class BoundedCache<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The answer for `key`, computed by `compute` the first time it is asked for. */
  get(key: K, compute: (key: K) => V): V {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as V;
    if (this.answers.size >= this.limit) this.answers.clear();
    const answer = compute(key);
    this.answers.set(key, answer);
    return answer;
  }
}
