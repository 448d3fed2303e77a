/** The signature: the last line of the text (SIG-001), after the last paragraph, an END TEXT, or before the trailer. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument } from '../../../server/src/core/index';
import { blockTexts, parseBody, textOf } from './support/bodyCables';

function signature(doc: CableDocument): [string | null, string | null] | null {
  return doc.signature ? [textOf(doc, doc.signature.span), doc.signature.text] : null;
}

function lastParagraph(doc: CableDocument): string | null {
  return textOf(doc, doc.paragraphs[doc.paragraphs.length - 1]?.span);
}

describe('signature', () => {
  for (const name of ['RICE', 'CLINTON', 'SMITH']) {
    it(`reads ${name} after the last paragraph, outside it`, () => {
      const doc = parseBody(`1. (U) One.\n\n2. (U) The last paragraph.\n${name}\n`);
      assert.deepEqual(signature(doc), [name, name]);
      assert.equal(lastParagraph(doc), '2. (U) The last paragraph.');
      assert.equal(blockTexts(doc).at(-1), `signature: ${name}`);
    });
  }

  it('reads it after a blank line, with blank lines after it', () => {
    const doc = parseBody('1. (U) Text.\n\nCLINTON\n\n\n');
    assert.deepEqual(signature(doc), ['CLINTON', 'CLINTON']);
  });

  it('reads it after an END TEXT. that closes the last paragraph’s quoted text; END TEXT stays in the paragraph', () => {
    const doc = parseBody('1. (U) Please deliver this. BEGIN TEXT:\n\nThe Government agrees.\n\nEND TEXT.\nRICE\n');
    assert.deepEqual(signature(doc), ['RICE', 'RICE']);
    assert.equal(lastParagraph(doc), '1. (U) Please deliver this. BEGIN TEXT:\n\nThe Government agrees.\n\nEND TEXT.');
    assert.deepEqual(
      doc.markedBlocks.map((b) => [b.block, textOf(doc, b.close?.span)]),
      [['text', 'END TEXT']],
    );
  });

  it('does not take END TEXT. itself for a signature', () => {
    const doc = parseBody('1. (U) BEGIN TEXT:\n\nThe Government agrees.\n\nEND TEXT.\n');
    assert.equal(doc.signature, null);
  });

  it("reads two names (VAN VOORST) and an apostrophe (O'NEILL)", () => {
    assert.deepEqual(signature(parseBody('1. (U) Text.\nVAN VOORST\n')), ['VAN VOORST', 'VAN VOORST']);
    assert.deepEqual(signature(parseBody("1. (U) Text.\nO'NEILL\n")), ["O'NEILL", "O'NEILL"]);
  });

  it('drops trailing # from the name but keeps them in the span', () => {
    const doc = parseBody('1. (U) Text.\nSMITH##\n');
    assert.deepEqual(signature(doc), ['SMITH##', 'SMITH']);
  });

  it('reads a mixed-case name only after the end of a sentence', () => {
    assert.deepEqual(signature(parseBody('1. (U) Text ends here.\nClinton\n')), ['Clinton', 'Clinton']);
    const wrapped = parseBody('1. (U) The talks were held with\nPetrov\n');
    assert.equal(wrapped.signature, null);
    assert.equal(lastParagraph(wrapped), '1. (U) The talks were held with\nPetrov');
  });

  it('does not take the wrapped end of an upper-case sentence for a signature', () => {
    const doc = parseBody('1. (U) THE MINISTER MET THE\nAMBASSADOR\n');
    assert.equal(doc.signature, null);
    assert.equal(lastParagraph(doc), '1. (U) THE MINISTER MET THE\nAMBASSADOR');
  });

  it('reads it right below the last continuation page header, which the paragraph holds (PAGE-003)', () => {
    const doc = parseBody('1. (U) One.\n\n2. (U) The last paragraph.\nSTATE 00045678  003 OF 003\nSMITH\n');
    assert.deepEqual(signature(doc), ['SMITH', 'SMITH']);
    assert.equal(lastParagraph(doc), '2. (U) The last paragraph.\nSTATE 00045678  003 OF 003');
    assert.deepEqual(
      doc.pageHeaders.map((h) => textOf(doc, h.span)),
      ['STATE 00045678  003 OF 003'],
    );
  });

  it('reads past the page header to the line above it: a sentence running on across it ends in no signature', () => {
    const doc = parseBody('1. (U) The talks were held with\nSTATE 00045678  003 OF 003\nPetrov\n');
    assert.equal(doc.signature, null);
    assert.equal(lastParagraph(doc), '1. (U) The talks were held with\nSTATE 00045678  003 OF 003\nPetrov');
  });

  it('finds no signature when the text ends with a paragraph', () => {
    const doc = parseBody('1. (U) One.\n\n2. (U) The cable ends here.\n');
    assert.equal(doc.signature, null);
    assert.equal(lastParagraph(doc), '2. (U) The cable ends here.');
  });

  it('reads it above the BT, #SSN and NNNN trailer, each trailer line with its span', () => {
    const doc = parseBody('1. (U) Text.\nRICE\nBT\n#5678\nNNNN\n');
    assert.deepEqual(signature(doc), ['RICE', 'RICE']);
    assert.deepEqual(
      doc.trailer.map((t) => [t.which, textOf(doc, t.span), textOf(doc, t.serial?.span)]),
      [
        ['bt', 'BT', null],
        ['ssn', '#5678', '5678'],
        ['nnnn', 'NNNN', null],
      ],
    );
  });

  it('reads it above a classification banner at the foot of the last page, which stays a block of its own', () => {
    const doc = parseCable('CONFIDENTIAL STATE 045678\n\nE.O. 12958: DECL: 04/17/2019\nTAGS: PREL\nSUBJECT: TALKS\n\n1. (C) Text.\nROE\n\nCONFIDENTIAL\n');
    assert.deepEqual(signature(doc), ['ROE', 'ROE']);
    assert.deepEqual(blockTexts(doc).slice(-3), ['paragraph: 1. (C) Text.', 'signature: ROE', 'unknown: CONFIDENTIAL']);
  });

  describe('on the same line as the last paragraph', () => {
    it('reads a surname after the last sentence and two spaces; the paragraph ends before it', () => {
      const doc = parseBody('1. (U) One.\n\n2. (U) POST WOULD WELCOME COMMENTS.  HALVORSEN\n');
      assert.deepEqual(signature(doc), ['HALVORSEN', 'HALVORSEN']);
      assert.equal(lastParagraph(doc), '2. (U) POST WOULD WELCOME COMMENTS.');
      assert.deepEqual(blockTexts(doc).slice(-2), ['paragraph: 2. (U) POST WOULD WELCOME COMMENTS.', 'signature: HALVORSEN']);
    });

    it('reads a capitalised or upper-case surname after mixed-case text', () => {
      for (const name of ['Halvorsen', 'HALVORSEN']) {
        const doc = parseBody(`1. (U) The talks resume next week.  ${name}\n`);
        assert.deepEqual(signature(doc), [name, name]);
      }
    });

    for (const [line, why] of [
      ['2. (U) POST WOULD WELCOME COMMENTS. HALVORSEN', 'one space only'],
      ['2. (U) POST WOULD WELCOME COMMENTS  HALVORSEN', 'no end of sentence before it'],
      ['2. (U) BEIRUT MINIMIZE CONSIDERED.  THANKS', 'a closing word, not a name'],
      ['2. (U) THE TEXT FOLLOWS.  UNQUOTE', 'a marker'],
      ['2. (U) POST WOULD WELCOME COMMENTS.  Halvorsen', 'a capitalised word after upper-case text'],
      ['2. (U) The talks resume next week.  the end', 'lower case'],
    ]) {
      it(`reads no signature when the last word is not a name (${why})`, () => {
        const doc = parseBody(`1. (U) One.\n\n${line}\n`);
        assert.equal(doc.signature, null);
        assert.equal(lastParagraph(doc), line);
      });
    }
  });

  it('reads it below a downgrading group marking (GP-3), which stays in the last paragraph', () => {
    const doc = parseBody('1. (C) ONE.\n\n2. (C) WE WOULD THEN COUCH THE NOTE IN\nGENERAL TERMS.\n\nGP-3\nHALVORSEN\n');
    assert.deepEqual(signature(doc), ['HALVORSEN', 'HALVORSEN']);
    assert.equal(lastParagraph(doc), '2. (C) WE WOULD THEN COUCH THE NOTE IN\nGENERAL TERMS.\n\nGP-3');
  });
});
