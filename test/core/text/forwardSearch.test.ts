import { strict as assert } from 'node:assert';
import { ForwardSearch } from '../../../server/src/core/text/forwardSearch';

describe('ForwardSearch', () => {
  const text = 'ab XXXXXX cd XXXXXX ef';

  it('finds each occurrence as the searches move forward, as indexOf would', () => {
    const search = new ForwardSearch(text, 'XXXXXX');
    for (let at = 0; at <= text.length + 1; at++) assert.equal(search.next(at), text.indexOf('XXXXXX', at), `at ${at}`);
  });

  it('answers a search that goes back, too', () => {
    const search = new ForwardSearch(text, 'XXXXXX');
    assert.equal(search.next(14), -1);
    assert.equal(search.next(0), 3);
    assert.equal(search.next(4), 13);
    assert.equal(search.next(2), 3);
  });

  it('reads an absent needle once, however many searches are made', () => {
    // A text that records each indexOf call's start.
    const starts: number[] = [];
    const long = 'x'.repeat(1000);
    const counting = { indexOf: (needle: string, at: number) => (starts.push(at), long.indexOf(needle, at)) } as unknown as string;
    const search = new ForwardSearch(counting, 'XXXXXX');
    for (let at = 0; at < 1000; at += 10) assert.equal(search.next(at), -1);
    assert.deepEqual(starts, [0]);
  });
});
