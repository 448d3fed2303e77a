/** BoundedCache: answers computed once per key, null answers kept, and no growth past its limit. */
import { strict as assert } from 'node:assert';
import { BoundedCache } from '../../server/src/core/boundedCache';

describe('BoundedCache', () => {
  it('computes an answer once per key, a null answer included', () => {
    const cache = new BoundedCache<string, string | null>(10);
    const asked: string[] = [];
    const compute = (key: string) => {
      asked.push(key);
      return key === 'none' ? null : key.toLowerCase();
    };
    assert.equal(cache.get('AMEMBASSY', compute), 'amembassy');
    assert.equal(cache.get('AMEMBASSY', compute), 'amembassy');
    assert.equal(cache.get('none', compute), null);
    assert.equal(cache.get('none', compute), null);
    assert.deepEqual(asked, ['AMEMBASSY', 'none']);
  });

  it('starts afresh when full, and still answers right', () => {
    const cache = new BoundedCache<number, number>(3);
    let computed = 0;
    const square = (n: number) => {
      computed++;
      return n * n;
    };
    for (const n of [1, 2, 3]) cache.get(n, square);
    assert.equal(computed, 3);
    assert.equal(cache.get(4, square), 16); // full: cleared, then 4 kept
    assert.equal(computed, 4);
    assert.equal(cache.get(1, square), 1); // 1 went with the clearing
    assert.equal(computed, 5);
    assert.equal(cache.get(4, square), 16);
    assert.equal(computed, 5);
  });
});
