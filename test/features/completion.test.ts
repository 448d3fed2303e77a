import { strict as assert } from 'node:assert';
import { completionsAt, type CableCompletions } from '../../server/src/core/features/index';
import { CLASSIFIED, REQUEST, textOf, withCursor } from './cables';

const TODAY = { year: 2026, month: 11, day: 27 };

function complete(marked: string, vocabulary = {}): CableCompletions & { replaced: string; labels: string[] } {
  const { doc, offset, text } = withCursor(marked);
  const result = completionsAt(doc, offset, { today: TODAY, vocabulary });
  assert.ok(result, 'no completion offered');
  assert.ok(result.span.start <= offset && result.span.end >= offset, 'the span must hold the cursor');
  assert.equal(doc.lines.lineAt(result.span.start), doc.lines.lineAt(result.span.end), 'the span must stay on one line');
  return { ...result, replaced: textOf(text, result.span), labels: result.items.map((i) => i.label) };
}

describe('features: completion', () => {
  it('offers TAGS with their meaning, and finds country codes by country name', () => {
    const byCode = complete(REQUEST.replace('TAGS: PREL ECON FR IT', 'TAGS: PREL ECON FR IT PT|'));
    assert.equal(byCode.replaced, 'PT');
    assert.ok(byCode.labels.includes('PTER'));
    assert.match(byCode.items.find((i) => i.label === 'PTER')!.detail, /Terrorism/);
    const byCountry = complete(REQUEST.replace('TAGS: PREL ECON FR IT', 'TAGS: PREL ECON FR IT germ|'));
    const germany = byCountry.items.find((i) => i.label === 'GM');
    assert.ok(germany, 'Germany found by name');
    assert.equal(germany!.insertText, 'GM');
    assert.equal(germany!.filterText, 'germ');
    assert.equal(byCountry.incomplete, true);
    // Tags already on the line are not offered again.
    assert.ok(!complete(REQUEST.replace('TAGS: PREL ECON FR IT', 'TAGS: PREL ECON FR IT |')).labels.includes('PREL'));
  });

  it('offers configured extra tags', () => {
    const result = complete(REQUEST.replace('TAGS: PREL ECON FR IT', 'TAGS: PREL ECON FR IT XW|'), { extraTags: new Map([['XWID', { kind: 'program', meaning: 'Widget programme' }]]) });
    assert.ok(result.labels.includes('XWID'));
  });

  it('offers addressees after TO and INFO from the routing table, with the precedence of the DTG line', () => {
    const to = complete(REQUEST.replace('TO RUEHFR/AMEMBASSY PARIS PRIORITY 2231', 'TO RUEHLO|'));
    const london = to.items.find((i) => i.label === 'RUEHLO/AMEMBASSY LONDON');
    assert.ok(london, `RUEHLO/AMEMBASSY LONDON among ${to.labels.slice(0, 5).join(', ')}`);
    assert.equal(london!.insertText, 'RUEHLO/AMEMBASSY LONDON PRIORITY');
    assert.equal(to.replaced, 'RUEHLO');
    const info = complete(REQUEST.replace('RUEHNO/USMISSION USNATO ROUTINE 0917', 'RUEHNO/USMISSION USNATO ROUTINE 0917\nMADRID|'));
    const madrid = info.items.find((i) => i.label === 'RUEHMD/AMEMBASSY MADRID');
    assert.ok(madrid, 'found by the post name');
    assert.equal(madrid!.insertText, 'RUEHMD/AMEMBASSY MADRID ROUTINE');
    assert.ok(info.items.length <= 100);
  });

  it('offers precedence words after an addressee', () => {
    const result = complete(REQUEST.replace('RUEHRO/AMEMBASSY ROME PRIORITY 4410', 'RUEHRO/AMEMBASSY ROME PRI|'));
    assert.deepEqual(result.labels, ['FLASH', 'NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE']);
    assert.equal(result.replaced, 'PRI');
  });

  it('offers classification lines, keeping the section phrase, origin and serial', () => {
    const result = complete(REQUEST.replace('UNCLAS SECTION', 'UNCL|AS SECTION'));
    assert.deepEqual(result.labels, ['UNCLAS', 'UNCLAS E F T O', 'C O N F I D E N T I A L', 'S E C R E T', 'T O P S E C R E T']);
    assert.equal(result.items[2].insertText, 'C O N F I D E N T I A L SECTION 01 OF 02 STATE 046310');
    assert.equal(result.replaced, 'UNCLAS SECTION 01 OF 02 STATE 046310');
    const fresh = complete(REQUEST.replace('UNCLAS SECTION 01 OF 02 STATE 046310', '|'));
    assert.equal(fresh.items[0].insertText, 'UNCLAS STATE ');
  });

  it('offers captions not yet present, and the E.O. line on an empty line before it', () => {
    const result = complete(REQUEST.replace('SIPDIS\n', 'SIPDIS\nNO|\n'));
    assert.ok(result.labels.includes('NOFORN'));
    assert.ok(!result.labels.includes('SIPDIS'));
    assert.equal(result.replaced, 'NO');
    const withoutEo = complete(REQUEST.replace('SIPDIS\n\nE.O. 12958: N/A\n', 'SIPDIS\n|\n'));
    assert.ok(withoutEo.labels.includes('E.O. 12958: N/A'));
    const startingE = complete(REQUEST.replace('SIPDIS\n\nE.O. 12958: N/A\n', 'SIPDIS\nE|\n'));
    assert.ok(startingE.labels.includes('EXDIS') && startingE.labels.includes('E.O. 12958: N/A'), 'a lone E may start a caption or the E.O. line');
  });

  it('offers E.O. lines with the order in force and DECL ten years after the DTG', () => {
    const result = complete(CLASSIFIED.replace('E.O. 12958: DECL: 10/25/2019', 'E.O.|'));
    const decl = result.items.find((i) => i.label.includes('DECL'));
    assert.equal(decl!.insertText, 'E.O. 12958: DECL: 10/25/2019');
    assert.equal(decl!.preselect, true, 'a classified cable wants DECL');
    const na = complete(REQUEST.replace('E.O. 12958: N/A', 'E.O|'));
    assert.equal(na.items.find((i) => i.preselect)?.label, 'E.O. 12958: N/A');
    const recent = complete(REQUEST.replace('221350Z APR 09', '221350Z APR 11').replace('E.O. 12958: N/A', 'E.O|'));
    assert.ok(recent.labels.includes('E.O. 13526: DECL: 04/22/2021'));
  });

  it('offers portion marks no higher than the classification', () => {
    const unclas = complete(REQUEST.replace('4. (SBU) Action', '4. (|) Action'));
    assert.deepEqual(unclas.labels, ['(U)', '(SBU)', '(SBU/N)']);
    assert.equal(unclas.replaced, '()');
    const confidential = complete(CLASSIFIED.replace('2. (U) Post', '2. (|'));
    assert.deepEqual(confidential.labels, ['(U)', '(SBU)', '(SBU/N)', '(C)', '(C/NF)']);
  });

  it('offers the next paragraph number with a portion mark at the start of a body line', () => {
    const result = complete(REQUEST.replace('4. (SBU) Action', '|\n\n4. (SBU) Action'));
    assert.deepEqual(result.labels, ['3. (U)', '3. (SBU)', '3. (SBU/N)', '3.']);
    assert.equal(result.items.find((i) => i.preselect)?.label, '3. (SBU)', 'the previous paragraph’s mark comes first');
    assert.equal(result.items[0].insertText, '3. (U) ');
  });

  it('offers REF letters with their text, and paragraph numbers with their first line', () => {
    const refs = complete(REQUEST.replace('(see para 2 and REF C)', '(see para 2 and REF |)'));
    assert.deepEqual(refs.items.map((i) => [i.label, i.detail]), [
      ['A', '08 STATE 131207'],
      ['B', 'PARIS 802'],
      ['C', 'ROME 1177'],
    ]);
    const paras = complete(REQUEST.replace('see para 4.', 'see para |.'));
    assert.equal(paras.items.length, 4);
    assert.match(paras.items[1].detail, /^Summary: The Harbour Tariff Review/);
  });

  it('offers nothing in running text', () => {
    const { doc, offset } = withCursor(REQUEST.replace('approaching host', 'approach|ing host'));
    assert.equal(completionsAt(doc, offset, { today: TODAY }), null);
  });
});
