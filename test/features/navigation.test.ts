import { strict as assert } from 'node:assert';
import { applyEdits, parseCable } from '../../server/src/core/index';
import { definitionAt, highlightsAt, prepareRename, referencesAt, renameAt } from '../../server/src/core/features/index';
import { offsetOf, REQUEST, textOf } from './cables';

describe('features: definition, references, highlight and rename', () => {
  const doc = parseCable(REQUEST);
  const lineOf = (offset: number) => doc.lines.lineAt(offset);

  it('goes from a REF citation to its item, and from `para N` to the paragraph', () => {
    const ref = definitionAt(doc, offsetOf(REQUEST, 'REF B in', 4))!;
    assert.equal(textOf(REQUEST, ref.span), 'B. PARIS 802');
    assert.equal(textOf(REQUEST, ref.selection), 'B');
    assert.equal(textOf(REQUEST, ref.origin), 'B');
    const para = definitionAt(doc, offsetOf(REQUEST, 'para 2', 5))!;
    assert.equal(textOf(REQUEST, para.selection), '2');
    assert.match(textOf(REQUEST, para.span), /^¶2\. \(SBU\) Summary/);
    assert.equal(definitionAt(doc, offsetOf(REQUEST, 'approaching')), null);
  });

  it('finds every citation of a REF letter, with or without its definition', () => {
    const fromItem = referencesAt(doc, offsetOf(REQUEST, 'A. 08 STATE'), true);
    assert.deepEqual(fromItem.map((s) => [lineOf(s.start), textOf(REQUEST, s)]), [
      [lineOf(offsetOf(REQUEST, 'A. 08 STATE')), 'A'],
      [lineOf(offsetOf(REQUEST, 'REF A and')), 'A'],
      [lineOf(offsetOf(REQUEST, 'share REF A')), 'A'],
    ]);
    assert.equal(referencesAt(doc, offsetOf(REQUEST, 'share REF A', 10), false).length, 2);
  });

  it('finds the citations of a paragraph number', () => {
    const spans = referencesAt(doc, offsetOf(REQUEST, '4. (SBU) Action'), true);
    assert.deepEqual(spans.map((s) => textOf(REQUEST, s)), ['4', '4']);
    assert.equal(lineOf(spans[0].start), lineOf(offsetOf(REQUEST, 'see para 4')));
  });

  it('highlights the definition as written and the citations as read', () => {
    const highlights = highlightsAt(doc, offsetOf(REQUEST, 'REF C)', 4));
    assert.deepEqual(highlights.map((h) => h.role), ['definition', 'citation']);
  });

  it('renames REF B to D in the REF list and every citation', () => {
    const at = offsetOf(REQUEST, 'REF B in', 4);
    const prepared = prepareRename(doc, at);
    assert.ok('placeholder' in prepared);
    assert.equal(prepared.placeholder, 'B');
    const result = renameAt(doc, at, 'd');
    assert.ok('edits' in result);
    const renamed = applyEdits(REQUEST, result.edits);
    assert.match(renamed, /\nD\. PARIS 802\n/);
    assert.match(renamed, /REF A and REF D in/);
    assert.doesNotMatch(renamed, /REF B/);
  });

  it('renames a paragraph number and its citations', () => {
    const result = renameAt(doc, offsetOf(REQUEST, '4. (SBU) Action'), '3');
    assert.ok('edits' in result);
    const renamed = applyEdits(REQUEST, result.edits);
    assert.match(renamed, /\n3\. \(SBU\) Action/);
    assert.match(renamed, /see para 3\./);
  });

  it('refuses what cannot be renamed, with the reason', () => {
    const refused = (r: object) => ('refused' in r ? (r as { refused: string }).refused : '');
    assert.match(refused(prepareRename(doc, offsetOf(REQUEST, 'approaching'))), /Only REF letters and paragraph numbers/);
    assert.match(refused(renameAt(doc, offsetOf(REQUEST, 'B. PARIS'), 'C')), /REF C already exists/);
    assert.match(refused(renameAt(doc, offsetOf(REQUEST, 'B. PARIS'), 'BB')), /one letter A–Z/);
    assert.match(refused(renameAt(doc, offsetOf(REQUEST, '5. (U)'), '1')), /already a paragraph 1/);
    const ranged = parseCable(REQUEST.replace('(see para 2 and REF C)', '(see REFS A-C)'));
    const text = REQUEST.replace('(see para 2 and REF C)', '(see REFS A-C)');
    assert.match(refused(prepareRename(ranged, offsetOf(text, 'B. PARIS'))), /inside the range "REFS A-C" on line \d+/);
    assert.match(refused(prepareRename(ranged, offsetOf(text, 'A. 08'))), /inside the range "REFS A-C"/, 'an end of a range too');
    const paras = REQUEST.replace('see para 4.', 'see paras 1-4.');
    assert.match(refused(renameAt(parseCable(paras), offsetOf(paras, '4. (SBU)'), '3')), /inside the range "paras 1-4"/);
    const twice = REQUEST.replace('5. (U) Comment', '4. (U) Comment');
    assert.match(refused(prepareRename(parseCable(twice), offsetOf(twice, '4. (SBU)'))), /2 paragraphs are numbered 4/);
  });

  it('keeps the case of citations written in lower case', () => {
    const text = REQUEST.replace('share REF A with', 'share ref a, with');
    const lower = parseCable(text);
    const result = renameAt(lower, offsetOf(text, 'A. 08'), 'E');
    assert.ok('edits' in result);
    assert.match(applyEdits(text, result.edits), /share ref e, with/);
  });
});
