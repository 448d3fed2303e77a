import { strict as assert } from 'node:assert';
import { parseCable } from '../../server/src/core/index';
import { foldingRanges } from '../../server/src/core/features/index';
import { REQUEST } from './cables';

describe('features: folding ranges', () => {
  const doc = parseCable(REQUEST);
  const lines = (span: { start: number; end: number }) => [doc.lines.lineAt(span.start), doc.lines.lineAt(span.end - 1)];
  const folds = foldingRanges(doc).map((f) => ({ lines: lines(f.span), kind: f.kind, first: doc.lines.lineText(doc.lines.lineAt(f.span.start)) }));

  it('folds the header, the TO and INFO lists and the REF block', () => {
    assert.deepEqual(folds[0], { lines: [0, 9], kind: 'region', first: 'VZCZCXRO5521' });
    assert.ok(folds.some((f) => f.first.startsWith('TO RUEHFR') && f.lines[1] - f.lines[0] === 1));
    assert.ok(folds.some((f) => f.first.startsWith('INFO RUEHBS') && f.lines[1] - f.lines[0] === 1));
    assert.ok(folds.some((f) => f.first.startsWith('REF: A.') && f.lines[1] - f.lines[0] === 2));
  });

  it('folds each paragraph of more than one line, and a marked block that does not fill its paragraph', () => {
    const paragraphs = folds.filter((f) => /^¶?\d\. /.test(f.first));
    assert.equal(paragraphs.length, 4);
    // Summary and comment here fill their paragraphs exactly: one fold for those lines.
    const keys = folds.map((f) => f.lines.join(':'));
    assert.equal(new Set(keys).size, keys.length);
    const withBlock = foldingRanges(parseCable(`${REQUEST.replace('5. (U) Comment: Posts may share REF A with officials.', '5. (U) Posts may share REF A.\nComment: with officials\nonly.')}`));
    assert.ok(withBlock.some((f) => f.kind === 'comment'), 'a comment block inside a paragraph folds as a comment');
  });

  it('folds a receiving station\'s distribution log above the cable', () => {
    const log = 'INFO  LOG-00   EEB-00   EUR-00   INR-00\n      SAS-00   FA-00      /002R';
    const logged = parseCable(`${log}\n\n${REQUEST}`);
    const first = foldingRanges(logged)[0];
    assert.deepEqual([logged.lines.lineAt(first.span.start), logged.lines.lineAt(first.span.end - 1)], [0, 1]);
    assert.equal(logged.text.slice(first.span.start, first.span.end), log);
  });

  it('never folds a single line and lists outer regions before inner ones', () => {
    for (const f of folds) assert.ok(f.lines[1] > f.lines[0]);
    const header = folds[0];
    const to = folds.find((f) => f.first.startsWith('TO RUEHFR'))!;
    assert.ok(folds.indexOf(header) < folds.indexOf(to));
  });
});
