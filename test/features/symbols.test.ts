import { strict as assert } from 'node:assert';
import { parseCable } from '../../server/src/core/index';
import { documentSymbols, type CableSymbol } from '../../server/src/core/features/index';
import { CLASSIFIED, REQUEST, textOf } from './cables';

function walk(symbols: readonly CableSymbol[], visit: (s: CableSymbol, parent: CableSymbol | null) => void, parent: CableSymbol | null = null): void {
  for (const s of symbols) {
    visit(s, parent);
    walk(s.children, visit, s);
  }
}

describe('features: document symbols', () => {
  const doc = parseCable(REQUEST);
  const symbols = documentSymbols(doc);

  it('outlines the cable part by part, in order', () => {
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Header', 'Classification', 'Captions', 'E.O. 12958', 'TAGS', 'Subject', 'References', 'Body', 'Signature'],
    );
  });

  it('lists From, To (n) and Info (n) under the header, with each addressee', () => {
    const header = symbols[0];
    assert.deepEqual(header.children.map((c) => c.name), ['DTG', 'From', 'To (2)', 'Info (2)']);
    assert.deepEqual(header.children[2].children.map((c) => [c.name, c.detail]), [
      ['AMEMBASSY PARIS', 'RUEHFR · PRIORITY'],
      ['AMEMBASSY ROME', 'RUEHRO · PRIORITY'],
    ]);
    assert.equal(header.children[1].detail, 'SECSTATE WASHDC');
  });

  it('lists the references by letter with their text', () => {
    const refs = symbols.find((s) => s.name === 'References')!;
    assert.deepEqual(refs.children.map((c) => [c.name, c.detail]), [
      ['A', '08 STATE 131207'],
      ['B', 'PARIS 802'],
      ['C', 'ROME 1177'],
    ]);
  });

  it('names each paragraph by number, mark and the start of its text, with its marked blocks inside', () => {
    const body = symbols.find((s) => s.name === 'Body')!;
    assert.deepEqual(body.children.map((c) => c.name), [
      '1. (U) This is an action request; see para 4. Posts…',
      '2. (SBU) Summary: The Harbour Tariff Review opens in May…',
      '4. (SBU) Action request: Please report host government…',
      '5. (U) Comment: Posts may share REF A with officials.',
    ]);
    assert.deepEqual(body.children[1].children.map((c) => c.name), ['Summary']);
    assert.deepEqual(body.children[3].children.map((c) => c.name), ['Comment']);
  });

  it('keeps every selection inside its symbol and every child inside its parent', () => {
    walk(symbols, (s, parent) => {
      assert.ok(s.selection.start >= s.span.start && s.selection.end <= s.span.end, `${s.name}: selection outside its range`);
      if (parent) assert.ok(s.span.start >= parent.span.start && s.span.end <= parent.span.end, `${s.name} lies outside ${parent.name}`);
    });
  });

  it('selects what identifies each symbol, so breadcrumbs follow the cursor', () => {
    const body = symbols.find((s) => s.name === 'Body')!;
    assert.equal(textOf(REQUEST, body.children[0].selection), '1. (U)');
    assert.equal(textOf(REQUEST, symbols.find((s) => s.name === 'Subject')!.selection), 'SUBJECT');
    assert.equal(textOf(REQUEST, symbols.find((s) => s.name === 'References')!.children[1].selection), 'B.');
  });

  it('adds Classified By on a classified cable', () => {
    const names = documentSymbols(parseCable(CLASSIFIED)).map((s) => s.name);
    assert.ok(names.includes('Classified By'));
    assert.ok(names.indexOf('Classified By') < names.indexOf('Body'));
  });

  it('puts a corrected-copy notice under Captions, or on its own when the cable has no captions', () => {
    const corrected = CLASSIFIED.replace('NOFORN\nSIPDIS\n', 'NOFORN\nC O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)\nSIPDIS\n');
    const outline = documentSymbols(parseCable(corrected));
    const captions = outline.find((s) => s.name === 'Captions')!;
    assert.equal(captions.detail, 'NOFORN, SIPDIS');
    assert.deepEqual(captions.children.map((c) => [c.name, c.detail, textOf(corrected, c.selection)]), [
      ['Corrected copy', 'PARAGRAPH NUMBERS', 'C O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)'],
    ]);
    walk(outline, (s, parent) => {
      if (parent) assert.ok(s.span.start >= parent.span.start && s.span.end <= parent.span.end, `${s.name} lies outside ${parent.name}`);
    });
    const first = CLASSIFIED.replace('NOFORN\nSIPDIS\n', 'C O R R E C T E D COPY - TAGS\nNOFORN\nSIPDIS\n');
    const spanned = documentSymbols(parseCable(first)).find((s) => s.name === 'Captions')!;
    assert.equal(textOf(first, spanned.span), 'C O R R E C T E D COPY - TAGS\nNOFORN\nSIPDIS');
    const bare = CLASSIFIED.replace('NOFORN\nSIPDIS\n', 'CORRECTED COPY (SUBJECT)\n');
    const names = documentSymbols(parseCable(bare)).map((s) => [s.name, s.detail]);
    assert.deepEqual(names.slice(1, 4), [
      ['Classification', 'C O N F I D E N T I A L STATE 111934'],
      ['Corrected copy', 'SUBJECT'],
      ['E.O. 12958', 'DECL: 10/25/2019'],
    ]);
  });

  it('answers for an empty or partial text without throwing', () => {
    assert.deepEqual(documentSymbols(parseCable('')), []);
    assert.ok(documentSymbols(parseCable('1. (U) Only a paragraph.\n')).some((s) => s.name === 'Body'));
  });
});
