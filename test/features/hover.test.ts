import { strict as assert } from 'node:assert';
import { parseCable } from '../../server/src/core/index';
import { hoverAt } from '../../server/src/core/features/index';
import { CLASSIFIED, offsetOf, REQUEST, textOf } from './cables';

describe('features: hover', () => {
  const doc = parseCable(REQUEST);
  const hover = (needle: string, delta = 0, nth = 1, text = REQUEST) => {
    const d = text === REQUEST ? doc : parseCable(text);
    const h = hoverAt(d, offsetOf(text, needle, delta, nth));
    assert.ok(h, `no hover at "${needle}"`);
    return { ...h, covers: textOf(text, h.span) };
  };

  it('names the station of a routing indicator and the names it serves', () => {
    const h = hover('RUEHFR/', 2);
    assert.equal(h.covers, 'RUEHFR');
    assert.match(h.markdown, /\*\*RUEHFR\*\*: routing indicator of AMEMBASSY PARIS/);
    assert.match(h.markdown, /Routing book \(ACP 117\): AMEMBASSY PARIS/);
  });

  it('explains precedence words, the digraph and the prosigns', () => {
    assert.match(hover('PRIORITY 2231').markdown, /\*\*PRIORITY\*\*: precedence[\s\S]*within the working day[\s\S]*Prosign on the wire: `P`/);
    assert.match(hover('PP RUEHFR').markdown, /precedence digraph, PRIORITY[\s\S]*highest precedence of any addressee/);
    assert.match(hover('P R 2213').markdown, /prosign, PRIORITY[\s\S]*action \(TO\) addressees/);
    assert.match(hover('P R 2213', 2).markdown, /prosign, ROUTINE[\s\S]*INFO addressees/);
  });

  it('decodes the DTG with its weekday in UTC', () => {
    const h = hover('221350Z');
    assert.equal(h.covers, '221350Z APR 09');
    assert.match(h.markdown, /\*\*Wednesday 22 April 2009, 13:50 UTC\*\*/);
    assert.match(h.markdown, /2009-04-22T13:50Z/);
  });

  it('decodes the DE line Julian date and checks it against the DTG', () => {
    const h = hover('1121405');
    assert.match(h.markdown, /day 112 = \*\*Wednesday 22 April 2009, 14:05 UTC\*\*/);
    assert.match(h.markdown, /Filed 15 minutes after the DTG/);
    const early = REQUEST.replace('1121405', '1111405');
    assert.match(hover('1111405', 0, 1, early).markdown, /\*\*before\*\* the DTG/);
    const leap = REQUEST.replace('1121405', '3661405');
    assert.match(hover('3661405', 0, 1, leap).markdown, /Day 366 does not exist in 2009/);
    const newYear = REQUEST.replace('1121405', '0010012').replace('221350Z APR 09', '312355Z DEC 09');
    assert.match(hover('0010012', 0, 1, newYear).markdown, /Friday 1 January 2010, 00:12 UTC[\s\S]*Filed 17 minutes after the DTG/);
  });

  it('explains the security line and checks it against the classification line', () => {
    assert.match(hover('ZNR UUUUU').markdown, /`ZNR`: unclassified traffic[\s\S]*Agrees with the classification line \(UNCLASSIFIED\)/);
    const wrong = CLASSIFIED.replace('ZNY CCCCC ZZH', 'ZNR UUUUU ZZH');
    assert.match(hover('ZNR', 0, 1, wrong).markdown, /Does not agree with the classification line \(CONFIDENTIAL\), which calls for `ZNY CCCCC ZZH`/);
  });

  it('explains the classification line, with its canonical cable id', () => {
    const h = hover('UNCLAS SECTION');
    assert.match(h.markdown, /\*\*UNCLASSIFIED\*\*/);
    assert.match(h.markdown, /Section 1 of 2/);
    assert.match(h.markdown, /cable id \*\*09STATE46310\*\*/);
  });

  it('explains captions, portion marks with their controls, and the level they may not exceed', () => {
    assert.match(hover('SIPDIS').markdown, /distribution caption[\s\S]*SIPRNET/);
    const mark = hover('(C/NF)', 1, 1, CLASSIFIED);
    assert.equal(mark.covers, '(C/NF)');
    assert.match(mark.markdown, /Level `C`: CONFIDENTIAL[\s\S]*Control `NF`: NOFORN/);
    const above = CLASSIFIED.replace('2. (U) Post', '2. (S) Post');
    assert.match(hover('(S)', 1, 1, above).markdown, /Higher than the cable's classification \(CONFIDENTIAL\)/);
  });

  it('explains the E.O. line: the order, the declassification date and its distance from the DTG', () => {
    const h = hover('E.O.', 0, 1, CLASSIFIED);
    assert.match(h.markdown, /\*\*E\.O\. 12958\*\*, in force/);
    assert.match(h.markdown, /Declassify on \*\*Friday 25 October 2019\*\*, 10 years after the DTG/);
    assert.match(hover('E.O.').markdown, /`N\/A`: nothing to declassify/);
  });

  it('gives a tag its kind and meaning, a country code its country', () => {
    assert.match(hover('PREL').markdown, /\*\*PREL\*\*: subject tag[\s\S]*Category P: Political/);
    assert.match(hover('FR IT').markdown, /\*\*FR\*\*: geographic tag[\s\S]*France/);
    const extra = hoverAt(parseCable(REQUEST.replace('FR IT', 'FR IT XWID')), offsetOf(REQUEST.replace('FR IT', 'FR IT XWID'), 'XWID'), {
      extraTags: new Map([['XWID', { kind: 'program', meaning: 'Widget programme' }]]),
    });
    assert.match(extra!.markdown, /program tag[\s\S]*Widget programme/);
  });

  it('shows the text of the reference a body citation names, and a REF item its canonical id', () => {
    const citation = hover('REF B in', 4);
    assert.equal(citation.covers, 'B');
    assert.match(citation.markdown, /\*\*REF B\*\*: PARIS 802 \(cable `09PARIS802`\)/);
    const item = hover('B. PARIS');
    assert.match(item.markdown, /Canonical cable id: \*\*09PARIS802\*\*/);
    assert.match(item.markdown, /Cited once in the body/);
    const reftel = 'UNCLAS STATE 000001\n\nSUBJECT: X\n\nREF: STATE 4411\n\n1. (U) As reported in REFTEL, the talks moved.\n';
    assert.match(hover('REFTEL', 0, 1, reftel).markdown, /\*\*REF\*\*: STATE 4411/);
  });

  it('shows the first line of the paragraph a `para N` citation names', () => {
    const h = hover('para 2', 5);
    assert.equal(h.covers, '2');
    assert.match(h.markdown, /\*\*Paragraph 2\*\*[\s\S]*\(SBU\) Summary: The Harbour Tariff Review opens in May and$/);
    assert.match(hover('para 4', 5).markdown, /\*\*Paragraph 4\*\*[\s\S]*Action request/);
  });

  it('says what a corrected-copy notice corrects', () => {
    const corrected = CLASSIFIED.replace('NOFORN\nSIPDIS\n', 'NOFORN\nC O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)\nSIPDIS\n');
    const h = hover('R E C T E D', 0, 1, corrected);
    assert.equal(h.covers, 'C O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)');
    assert.match(h.markdown, /\*\*Corrected copy\*\*[\s\S]*sent again with a correction[\s\S]*Corrected: PARAGRAPH NUMBERS\./);
  });

  it('says that a receiving station\'s distribution log is not the cable', () => {
    const logged = `INFO  LOG-00   EEB-00   EUR-00   INR-00\n      SAS-00   FA-00      /002R\n\n${CLASSIFIED.replace(/^VZCZC\S*\n/, '')}`;
    const h = hover('EUR-00', 0, 1, logged);
    assert.equal(h.covers, 'INFO  LOG-00   EEB-00   EUR-00   INR-00\n      SAS-00   FA-00      /002R');
    assert.match(h.markdown, /\*\*Distribution log\*\*[\s\S]*not part of the cable as drafted/);
  });

  it('has nothing to say on plain body text', () => {
    assert.equal(hoverAt(doc, offsetOf(REQUEST, 'approaching')), null);
  });
});
