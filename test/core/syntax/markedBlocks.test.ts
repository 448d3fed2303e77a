/** Summary, comment, note and quoted-text blocks as real cables open and close them. */
import { strict as assert } from 'node:assert';
import { parseCable } from '../../../server/src/core/index';

function blocks(body: string): string[] {
  const doc = parseCable(`UNCLAS STATE 012345\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n\n${body}\nRICE\n`);
  return [
    ...doc.markedBlocks.map((b) => `${b.block}:${b.close ? 'closed' : 'open'}`),
    ...doc.strayClosers.map((s) => `stray ${s.block}`),
  ];
}

describe('marked blocks', () => {
  it('opens quoted text at the first keyword after BEGIN (BEGIN TEXT OF DIPLOMATIC NOTE)', () => {
    assert.deepEqual(blocks('1. (U) BEGIN TEXT OF DIPLOMATIC NOTE:\n\nThe Embassy presents its compliments.\n\nEND NOTE TEXT.\n\n2. (U) Post should deliver it.'), ['text:closed']);
  });

  it('still reads a text named by several words (Begin draft demarche text … End draft demarche text.)', () => {
    assert.deepEqual(blocks('1. (U) Begin draft demarche text:\n\nWe urge the Ministry to act.\n\nEnd draft demarche text.'), ['text:closed']);
  });

  it('still reads a note closed as a note (Note: … End note.)', () => {
    assert.deepEqual(blocks('1. (U) The vote is in May. (Note: The date may move. End note.)'), ['note:closed']);
  });

  it('closes a block whose END ends a line and whose word opens the next (END\nSUMMARY.)', () => {
    assert.deepEqual(blocks('1. (C) Summary: The Ministry outlined its priorities. END\nSUMMARY.\n\n2. (C) Details.'), ['summary:closed']);
  });
});
