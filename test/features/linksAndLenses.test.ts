import { strict as assert } from 'node:assert';
import { parseCable } from '../../server/src/core/index';
import { documentLinks, referenceLenses } from '../../server/src/core/features/index';
import { REQUEST, textOf } from './cables';

describe('features: document links and code lens', () => {
  const doc = parseCable(REQUEST);

  it('links each cited cable with a canonical id to the configured library', () => {
    const links = documentLinks(doc, 'https://library.example/cable/{id}?view=full');
    assert.deepEqual(links.map((l) => [textOf(REQUEST, l.span), l.target]), [
      ['08 STATE 131207', 'https://library.example/cable/08STATE131207?view=full'],
      ['PARIS 802', 'https://library.example/cable/09PARIS802?view=full'],
      ['ROME 1177', 'https://library.example/cable/09ROME1177?view=full'],
    ]);
  });

  it('links nothing without a template holding {id}', () => {
    assert.deepEqual(documentLinks(doc, ''), []);
    assert.deepEqual(documentLinks(doc, 'https://library.example/cable/'), []);
  });

  it('counts the body citations of each REF item', () => {
    assert.deepEqual(referenceLenses(doc).map((l) => [l.letter, l.count, l.title, textOf(REQUEST, l.span)]), [
      ['A', 2, 'cited 2 times in the body', 'A.'],
      ['B', 1, 'cited once in the body', 'B.'],
      ['C', 1, 'cited once in the body', 'C.'],
    ]);
    const uncited = parseCable(REQUEST.replace('(see para 2 and REF C)', '(see para 2)'));
    assert.equal(referenceLenses(uncited)[2].title, 'not cited in the body');
  });
});
