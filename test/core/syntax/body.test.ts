/** The body: numbered paragraphs and their portion marks, sub-paragraphs, bullets, headings and marked blocks, with spans. */
import { strict as assert } from 'node:assert';
import type { CableDocument, ParagraphNode } from '../../../server/src/core/index';
import { blockTexts, CONFIDENTIAL_PREAMBLE, parseBody, textOf } from './support/bodyCables';

/** A paragraph's parts as the text they cover. */
function paragraphParts(doc: CableDocument, p: ParagraphNode) {
  return {
    value: p.value,
    number: textOf(doc, p.number.span),
    punctuation: textOf(doc, p.numberPunctuation?.span),
    mark: textOf(doc, p.portionMark?.span),
    textStartsWith: doc.text.slice(p.textStart, p.textStart + 6),
  };
}

describe('body: numbered paragraphs', () => {
  const doc = parseBody(
    [
      '1. (U) The Minister arrives on Monday.',
      '',
      '2. (C) He will ask about the lease.',
      '',
      '3. (S//NF) The service reports otherwise.',
      '',
      '4. (SBU) Press guidance follows.',
      '',
      '5. (C/NF) Do not share this.',
      '',
      '6. (U)  Two spaces after the mark.',
      '',
      '7. No mark on this one.',
      '',
      '8.(C) Glued to its number.',
      '',
      '9.  (C) Two spaces before the mark.',
      '',
      '10. (c) A lower-case mark.',
      '',
      'ROE',
      '',
    ].join('\n'),
    CONFIDENTIAL_PREAMBLE,
  );

  it('reads every paragraph as a block of its own, from its number to its last character', () => {
    assert.deepEqual(
      doc.paragraphs.map((p) => textOf(doc, p.span)),
      [
        '1. (U) The Minister arrives on Monday.',
        '2. (C) He will ask about the lease.',
        '3. (S//NF) The service reports otherwise.',
        '4. (SBU) Press guidance follows.',
        '5. (C/NF) Do not share this.',
        '6. (U)  Two spaces after the mark.',
        '7. No mark on this one.',
        '8.(C) Glued to its number.',
        '9.  (C) Two spaces before the mark.',
        '10. (c) A lower-case mark.',
      ],
    );
    assert.deepEqual(
      blockTexts(doc).filter((b) => b.startsWith('paragraph') || b.startsWith('signature')).length,
      11,
    );
  });

  it('gives the number, its period, the portion mark and where the text starts their own spans', () => {
    assert.deepEqual(
      doc.paragraphs.map((p) => paragraphParts(doc, p)),
      [
        { value: 1, number: '1', punctuation: '.', mark: '(U)', textStartsWith: 'The Mi' },
        { value: 2, number: '2', punctuation: '.', mark: '(C)', textStartsWith: 'He wil' },
        { value: 3, number: '3', punctuation: '.', mark: '(S//NF)', textStartsWith: 'The se' },
        { value: 4, number: '4', punctuation: '.', mark: '(SBU)', textStartsWith: 'Press ' },
        { value: 5, number: '5', punctuation: '.', mark: '(C/NF)', textStartsWith: 'Do not' },
        { value: 6, number: '6', punctuation: '.', mark: '(U)', textStartsWith: 'Two sp' },
        { value: 7, number: '7', punctuation: '.', mark: null, textStartsWith: 'No mar' },
        { value: 8, number: '8', punctuation: '.', mark: '(C)', textStartsWith: 'Glued ' },
        { value: 9, number: '9', punctuation: '.', mark: '(C)', textStartsWith: 'Two sp' },
        { value: 10, number: '10', punctuation: '.', mark: '(c)', textStartsWith: 'A lowe' },
      ],
    );
  });

  it('reads the level and controls of each portion mark, and whether it is in canonical form', () => {
    assert.deepEqual(
      doc.paragraphs.map((p) => (p.portionMark ? [p.portionMark.text, p.portionMark.level, p.portionMark.controls, p.portionMark.canonical] : null)),
      [
        ['U', 'U', [], true],
        ['C', 'C', [], true],
        ['S//NF', 'S', ['NF'], true],
        ['SBU', 'SBU', [], true],
        ['C/NF', 'C', ['NF'], true],
        ['U', 'U', [], true],
        null,
        ['C', 'C', [], true],
        ['C', 'C', [], true],
        ['c', 'C', [], false],
      ],
    );
  });

  it('reads spaced, glued and REL TO marks, and not a parenthesis that is not one (See para 3)', () => {
    const d = parseBody('1. ( U ) Spaced mark.\n\n2. (U)Glued text.\n\n3. (C/REL UK) Rel.\n\n4. (S//NF/REL TO USA, GBR) Long.\n\n5. (See para 3) no mark.\n\n6. (LOU) Old.\n\nSMITH\n');
    assert.deepEqual(
      d.paragraphs.map((p) => [textOf(d, p.portionMark?.span), p.portionMark?.level, p.portionMark?.controls, d.text.slice(p.textStart, p.textStart + 4)]),
      [
        ['( U )', 'U', [], 'Spac'],
        ['(U)', 'U', [], 'Glue'],
        ['(C/REL UK)', 'C', ['REL UK'], 'Rel.'],
        ['(S//NF/REL TO USA, GBR)', 'S', ['NF', 'REL TO USA, GBR'], 'Long'],
        [null, undefined, undefined, '(See'],
        ['(LOU)', 'LOU', [], 'Old.'],
      ],
    );
    assert.deepEqual(
      d.paragraphs.slice(0, 4).map((p) => p.portionMark?.canonical),
      [false, true, true, true],
    );
  });

  it('reads numbers written wrongly (1 (U), 2) (U), 3 .(U)) as paragraphs, for the rules to flag; 4) without a mark is text', () => {
    const d = parseBody('1 (U) No period.\n\n2) (U) Bracket.\n\n3 .(U) Spaced period.\n\n4) No mark, no paragraph.\n\nSMITH\n');
    assert.deepEqual(
      d.paragraphs.map((p) => [p.value, textOf(d, p.number.span), textOf(d, p.numberPunctuation?.span), textOf(d, p.portionMark?.span)]),
      [
        [1, '1', null, '(U)'],
        [2, '2', ')', '(U)'],
        [3, '3', '.', '(U)'],
      ],
    );
    assert.equal(textOf(d, d.paragraphs[2].span), '3 .(U) Spaced period.\n\n4) No mark, no paragraph.');
  });

  it('ends the body at the signature and starts it at paragraph 1', () => {
    assert.equal(textOf(doc, doc.signature?.span), 'ROE');
    assert.equal(doc.text.slice(doc.bodyStart, doc.bodyStart + 6), '1. (U)');
  });
});

describe('body: unnumbered text', () => {
  it('reads an unnumbered body as text blocks, a new one at each portion mark after a blank line', () => {
    const doc = parseBody('(U) The single paragraph of this\ncable runs on.\n\n(SBU) A second marked block.\n-- A bullet.\n\nUnmarked text after a blank line.\n\nSMITH\n');
    const texts = doc.blocks.filter((b) => b.kind === 'text');
    assert.deepEqual(
      texts.map((b) => (b.kind === 'text' ? [textOf(doc, b.span), textOf(doc, b.portionMark?.span), b.bullets.map((x) => textOf(doc, x.span))] : null)),
      [
        ['(U) The single paragraph of this\ncable runs on.', '(U)', []],
        ['(SBU) A second marked block.\n-- A bullet.\n\nUnmarked text after a blank line.', '(SBU)', ['-- A bullet.']],
      ],
    );
    assert.deepEqual(doc.paragraphs, []);
    assert.equal(textOf(doc, doc.signature?.span), 'SMITH');
  });
});

describe('body: a paragraph runs across wrapped lines and blank lines to the next number', () => {
  const doc = parseBody('1. (U) The talks began\non time.\n\nThe second half of the\nparagraph has no number.\n\n2. (U) Next.\n\nSMITH\n');

  it('holds the unnumbered text below it, and not the blank line after it', () => {
    assert.deepEqual(
      doc.paragraphs.map((p) => textOf(doc, p.span)),
      ['1. (U) The talks began\non time.\n\nThe second half of the\nparagraph has no number.', '2. (U) Next.'],
    );
  });

  it('does not take a number in running text (1.4, 2009.) for a paragraph', () => {
    const d = parseBody('1. (U) Reasons\n1.4 (b) and (d) apply.\n\n2. (U) Since\n2009. the rule holds.\n\nSMITH\n');
    assert.deepEqual(
      d.paragraphs.map((p) => p.value),
      [1, 2],
    );
    assert.equal(textOf(d, d.paragraphs[1].span), '2. (U) Since\n2009. the rule holds.');
  });

  it('reads a numbered list that restarts at 1 inside a paragraph as its items, not as paragraphs', () => {
    const d = parseBody('1. (U) Intro.\n\n2. (U) The text lists three steps:\n\n1. Register the vessel.\n2. Pay the fee.\n3. Sail.\n\n3. (U) Next.\n\nSMITH\n');
    assert.deepEqual(
      d.paragraphs.map((p) => p.value),
      [1, 2, 3],
    );
    const second = d.paragraphs[1];
    assert.deepEqual(
      second.subParagraphs.map((s) => [textOf(d, s.label.span), textOf(d, s.span)]),
      [
        ['1.', '1. Register the vessel.'],
        ['2.', '2. Pay the fee.'],
        ['3.', '3. Sail.'],
      ],
    );
    assert.equal(textOf(d, second.span), '2. (U) The text lists three steps:\n\n1. Register the vessel.\n2. Pay the fee.\n3. Sail.');
  });
});

describe('body: a table of contents before the first paragraph', () => {
  const contents = '1.   Press Summary\n2.   Trade Talks\n3.   Harbour Lease\n4.   Local Elections\n\n';
  const sections = '1.   Press Summary\n\nPapers led with the talks.\n\n2.   Trade Talks\n\nOne daily wrote on tariffs.\n\n3.   Harbour Lease\n\nThe lease drew comment.\n\n4.   Local Elections\n\nTurnout was low.\n\nSMITH\n';

  it('reads one-line numbered entries followed by the sections numbered from 1 again as a list, not paragraphs', () => {
    const d = parseBody(contents + sections);
    assert.deepEqual(
      d.paragraphs.map((p) => [p.value, textOf(d, p.span)?.split('\n')[0]]),
      [
        [1, '1.   Press Summary'],
        [2, '2.   Trade Talks'],
        [3, '3.   Harbour Lease'],
        [4, '4.   Local Elections'],
      ],
    );
    assert.equal(textOf(d, d.paragraphs[0].span), '1.   Press Summary\n\nPapers led with the talks.');
    const list = d.blocks.find((b) => b.kind === 'text');
    assert.ok(list && list.kind === 'text');
    assert.equal(textOf(d, list.span), contents.trimEnd());
    assert.deepEqual(
      list.subParagraphs.map((s) => [textOf(d, s.label.span), textOf(d, s.span)]),
      [
        ['1.', '1.   Press Summary'],
        ['2.', '2.   Trade Talks'],
        ['3.', '3.   Harbour Lease'],
        ['4.', '4.   Local Elections'],
      ],
    );
  });

  it('reads such lines as paragraphs when the numbering below goes on, there are only two, or one is portion-marked', () => {
    const goesOn = parseBody('1.   Press Summary\n2.   Trade Talks\n3.   Harbour Lease\n\n4. (U) Turnout was low.\n\nSMITH\n');
    assert.deepEqual(
      goesOn.paragraphs.map((p) => p.value),
      [1, 2, 3, 4],
    );
    const two = parseBody('1.   Press Summary\n2.   Trade Talks\n\n1.   Press Summary\n\nText.\n\nSMITH\n');
    assert.deepEqual(
      two.paragraphs.map((p) => p.value),
      [1, 2, 1],
    );
    const marked = parseBody('1. (U) Press Summary\n2. (U) Trade Talks\n3. (U) Harbour Lease\n\n1. (U) Text.\n\nSMITH\n');
    assert.deepEqual(
      marked.paragraphs.map((p) => p.value),
      [1, 2, 3, 1],
    );
  });
});

describe('body: an outline, numbered lists under lettered headings inside a paragraph', () => {
  it('keeps a short line between two items of an unmarked list inside the list, not as a heading that ends the paragraph', () => {
    const d = parseBody(
      '1.   (SBU) EVENTS:\n\nA.   ACTIVITIES:\n\n1.   PROJECTS:\n\nThe wall was finished.\n\n2.   VISITS:\n\nThe Deputy Secretary came.\n\nMinister of Defense - Sep 3-4\n\n3.   LIAISON:\n\nMonthly meetings.\n\n2.   (U) THREATS:\n\nNone.\n\nSMITH\n',
      CONFIDENTIAL_PREAMBLE,
    );
    assert.deepEqual(
      d.paragraphs.map((p) => p.value),
      [1, 2],
    );
    assert.deepEqual(
      d.paragraphs[0].subParagraphs.map((s) => textOf(d, s.label.span)),
      ['A.', '1.', '2.', '3.'],
    );
    assert.deepEqual(d.headings, []);
  });

  it('still reads the short line as a heading when the line below it is portion-marked or could be the next paragraph', () => {
    const marked = parseBody('1. (U) Opening.\n\nRECORD OF MEETING\n\n1. (C) First point.\n\nSECOND SESSION\n\n2. (C) Second point.\n\nSMITH\n', CONFIDENTIAL_PREAMBLE);
    assert.deepEqual(
      marked.headings.map((h) => h.text.text),
      ['RECORD OF MEETING', 'SECOND SESSION'],
    );
    const ambiguous = parseBody('1. Intro:\n\n1. An item.\n\nNEXT STEPS\n\n2. The next paragraph.\n\nSMITH\n');
    assert.deepEqual(
      ambiguous.paragraphs.map((p) => p.value),
      [1, 2],
    );
  });

  it('opens the next paragraph at a portion-marked line that continues an unmarked list (1. LISBON, 2. POSTS, 3. (U) …)', () => {
    const d = parseBody('1. (U) Opening.\n\n2. (U) THREATS:\n\n1. LISBON\n\nStreet crime fell.\n\n2. POSTS: None\n\n3. (U) INVESTIGATIONS: None.\n\nSMITH\n');
    assert.deepEqual(
      d.paragraphs.map((p) => [p.value, textOf(d, p.portionMark?.span)]),
      [
        [1, '(U)'],
        [2, '(U)'],
        [3, '(U)'],
      ],
    );
    assert.deepEqual(
      d.paragraphs[1].subParagraphs.map((s) => textOf(d, s.label.span)),
      ['1.', '2.'],
    );
  });

  it('keeps a portion-marked item in a list whose items are marked (1. (U) …, 2. (U) … inside paragraph 6)', () => {
    const d = parseBody('1. (U) One.\n\n2. (U) Questionnaire:\n\n1. (U) Mobility: low.\n\n2. (U) Ambiance: calm.\n\n3. (U) Aggression: rare.\n\nSMITH\n');
    assert.deepEqual(
      d.paragraphs.map((p) => p.value),
      [1, 2],
    );
    assert.deepEqual(
      d.paragraphs[1].subParagraphs.map((s) => textOf(d, s.label.span)),
      ['1.', '2.', '3.'],
    );
  });
});

describe('body: numbering that restarts under section headings (a reply to a numbered questionnaire)', () => {
  const reply =
    '1. (U) Post answers section by section.\n\nSection A: Inspections\n\n1. (U) The Ministry enforces the code.\n\n2. (U) No data on funding.\n\n' +
    '4-12. (U) No data on items 4 to 12.\n\n13. (U) Not applicable.\n\nC. Continual Progress\n\n1. (U) Efforts go on.\n\nSMITH\n';

  it('reads a range (4-12.) that goes on from a list item as an item of the list, and the number after it (13.) too', () => {
    const d = parseBody(reply.replace('2. (U) No data on funding.\n\n', '2. (U) No data on funding.\n\n3. (U) A hotline exists.\n\n'));
    assert.deepEqual(
      d.paragraphs.map((p) => p.value),
      [1],
    );
    const list = d.blocks.find((b) => b.kind === 'text');
    assert.ok(list && list.kind === 'text');
    assert.deepEqual(
      list.subParagraphs.map((s) => textOf(d, s.label.span)),
      ['1.', '2.', '3.', '4-12.', '13.', '1.'],
    );
  });

  it('reads a lone 1. below a lettered section title as a one-item list once numbering has restarted under a heading', () => {
    const d = parseBody(reply.replace('2. (U) No data on funding.\n\n', '2. (U) No data on funding.\n\n3. (U) A hotline exists.\n\n'));
    const lastList = d.blocks.filter((b) => b.kind === 'text').pop();
    assert.ok(lastList && lastList.kind === 'text');
    assert.equal(textOf(d, lastList.subParagraphs[lastList.subParagraphs.length - 1].span), '1. (U) Efforts go on.');
  });

  it('does not read a range that skips a number, or a lone 1. below a lettered title in a cable that never restarted, as list items', () => {
    // The list stops at 2: `4-12.` does not go on from it.
    const skipped = parseBody(reply);
    const list = skipped.blocks.find((b) => b.kind === 'text');
    assert.ok(list && list.kind === 'text');
    assert.deepEqual(
      list.subParagraphs.map((s) => textOf(skipped, s.label.span)),
      ['1.', '2.'],
    );
    const never = parseBody('1. (U) Opening.\n\n2. (U) More.\n\nC. Continual Progress\n\n1. (U) A slip.\n\nSMITH\n');
    assert.deepEqual(
      never.paragraphs.map((p) => p.value),
      [1, 2, 1],
    );
  });
});

describe('body: sub-paragraphs and bullets', () => {
  const doc = parseBody(
    [
      '1. (C) The Ministry raised three points:',
      '',
      'A. (U) The lease runs ten years.',
      'B. (C) The fee is under review and',
      'may rise.',
      '',
      '2. (C) Our reply:',
      '',
      'a) we accept the term;',
      'b) we reject the fee.',
      '',
      '3. (C) Further:',
      '',
      '(a) the first;',
      '(b) the second.',
      '',
      '4. (C) Details.',
      '',
      '4a. (U) The sub-point.',
      '',
      '5. (C) Steps:',
      '',
      '-- (C) Call the Minister.',
      '- Write to the port.',
      '* Brief the press',
      'before Friday.',
      '',
      '6. (U) Numbered items in brackets:',
      '',
      '(1) the first;',
      '(2) the second.',
      '',
      'ROE',
    ].join('\n'),
    CONFIDENTIAL_PREAMBLE,
  );
  const subs = (n: number) => doc.paragraphs[n - 1].subParagraphs.map((s) => [textOf(doc, s.label.span), textOf(doc, s.portionMark?.span), textOf(doc, s.span)]);

  it('reads capital-letter sub-paragraphs with their marks, each running to the next label', () => {
    assert.deepEqual(subs(1), [
      ['A.', '(U)', 'A. (U) The lease runs ten years.'],
      ['B.', '(C)', 'B. (C) The fee is under review and\nmay rise.'],
    ]);
  });

  it('reads a) b) and (a) (b) labels, and 4a.', () => {
    assert.deepEqual(subs(2), [
      ['a)', null, 'a) we accept the term;'],
      ['b)', null, 'b) we reject the fee.'],
    ]);
    assert.deepEqual(subs(3), [
      ['(a)', null, '(a) the first;'],
      ['(b)', null, '(b) the second.'],
    ]);
    assert.deepEqual(subs(4), [['4a.', '(U)', '4a. (U) The sub-point.']]);
  });

  it('reads -- - and * bullets, each span its own line, with the marker and any portion mark', () => {
    assert.deepEqual(
      doc.paragraphs[4].bullets.map((b) => [textOf(doc, b.marker.span), textOf(doc, b.portionMark?.span), textOf(doc, b.span)]),
      [
        ['--', '(C)', '-- (C) Call the Minister.'],
        ['-', null, '- Write to the port.'],
        ['*', null, '* Brief the press'],
      ],
    );
    assert.equal(textOf(doc, doc.paragraphs[4].span), '5. (C) Steps:\n\n-- (C) Call the Minister.\n- Write to the port.\n* Brief the press\nbefore Friday.');
  });

  it('keeps (1) (2) items inside their paragraph: a bracketed number is not a sub-paragraph label (BODY-003 names letters)', () => {
    const sixth = doc.paragraphs[5];
    assert.deepEqual(sixth.subParagraphs, []);
    assert.equal(textOf(doc, sixth.span), '6. (U) Numbered items in brackets:\n\n(1) the first;\n(2) the second.');
  });

  it('does not take a line opening with an initial (J. Doe) for a sub-paragraph when no A. came before', () => {
    const d = parseBody('1. (U) The delegation was led by\nJ. Doe of the Ministry.\n\nSMITH\n');
    assert.deepEqual(d.paragraphs[0].subParagraphs, []);
  });
});

describe('body: headings', () => {
  it('reads a capitalised line between blank lines as a heading, and its text span', () => {
    const doc = parseBody('1. (U) Intro.\n\nBACKGROUND\n\n2. (U) Next.\n\nSMITH\n');
    assert.deepEqual(
      doc.headings.map((h) => [textOf(doc, h.span), textOf(doc, h.text.span), h.rules.length]),
      [['BACKGROUND', 'BACKGROUND', 0]],
    );
    assert.deepEqual(blockTexts(doc).slice(-4), ['paragraph: 1. (U) Intro.', 'heading: BACKGROUND', 'paragraph: 2. (U) Next.', 'signature: SMITH']);
  });

  it('takes the dashed rules above and below a heading into its span, the text alone into its text span', () => {
    const doc = parseBody('1. (U) Intro.\n\n-------------\nNEXT STEPS\n-------------\n\n2. (U) Next.\n\nSMITH\n');
    const [heading] = doc.headings;
    assert.equal(textOf(doc, heading.span), '-------------\nNEXT STEPS\n-------------');
    assert.equal(textOf(doc, heading.text.span), 'NEXT STEPS');
    assert.deepEqual(
      heading.rules.map((r) => [r.text, textOf(doc, r.span)]),
      [
        ['-------------', '-------------'],
        ['-------------', '-------------'],
      ],
    );
  });

  it('reads a heading ruled on its own line (------- OUTLOOK -------)', () => {
    const doc = parseBody('1. (U) Intro.\n\n------- OUTLOOK -------\n\n2. (U) Next.\n\nSMITH\n');
    assert.deepEqual(
      doc.headings.map((h) => textOf(doc, h.text.span)),
      ['------- OUTLOOK -------'],
    );
  });

  it('reads a short mixed-case line as a heading only when a numbered paragraph follows it', () => {
    const heading = parseBody('1. (U) Intro.\n\nNext Steps\n\n2. (U) Next.\n\nSMITH\n');
    assert.deepEqual(
      heading.headings.map((h) => textOf(heading, h.span)),
      ['Next Steps'],
    );
    const prose = parseBody('1. (U) Intro.\n\nThe Minister agreed\n\nand left.\n\nSMITH\n');
    assert.deepEqual(prose.headings, []);
    assert.equal(textOf(prose, prose.paragraphs[0].span), '1. (U) Intro.\n\nThe Minister agreed\n\nand left.');
  });

  it('does not take a sentence (ending in a period) for a heading', () => {
    const doc = parseBody('1. (U) Intro.\n\nTHE TALKS ENDED.\n\n2. (U) Next.\n\nSMITH\n');
    assert.deepEqual(doc.headings, []);
  });
});

describe('body: summary, comment, note and quoted-text markers (spans)', () => {
  it('spans a summary from "Summary:" in paragraph 1 to "End summary" in paragraph 2', () => {
    const doc = parseBody('1. (C) Summary: The Minister agreed.\n\n2. (C) He asked for time. End summary.\n\n3. (C) Details.\n\nROE\n', CONFIDENTIAL_PREAMBLE);
    assert.equal(doc.markedBlocks.length, 1);
    const [summary] = doc.markedBlocks;
    assert.equal(summary.block, 'summary');
    assert.equal(textOf(doc, summary.open.span), 'Summary:');
    assert.equal(textOf(doc, summary.close?.span), 'End summary');
    assert.equal(textOf(doc, summary.span), 'Summary: The Minister agreed.\n\n2. (C) He asked for time. End summary');
  });

  it('opens a summary at a dashed SUMMARY heading, closed by END SUMMARY', () => {
    const doc = parseBody('-------\nSUMMARY\n-------\n\n1. (C) The Minister agreed. END SUMMARY.\n\n2. (C) Details.\n\nROE\n', CONFIDENTIAL_PREAMBLE);
    assert.deepEqual(
      doc.markedBlocks.map((b) => [b.block, textOf(doc, b.open.span), textOf(doc, b.close?.span)]),
      [['summary', 'SUMMARY', 'END SUMMARY']],
    );
  });

  it('reads BEGIN TEXT … END TEXT, and the numbered lines inside it as items of the paragraph that quotes them', () => {
    const doc = parseBody(
      '1. (U) Post should deliver the note below. BEGIN TEXT:\n\n1. The Government welcomes the visit.\n\n2. It proposes talks in May.\n\nEND TEXT.\n\n2. (U) Please report.\n\nSMITH\n',
    );
    assert.deepEqual(
      doc.paragraphs.map((p) => p.value),
      [1, 2],
    );
    assert.deepEqual(
      doc.paragraphs[0].subParagraphs.map((s) => textOf(doc, s.span)),
      // An item runs to the next label, so the last holds the closer below it.
      ['1. The Government welcomes the visit.', '2. It proposes talks in May.\n\nEND TEXT.'],
    );
    const [quoted] = doc.markedBlocks;
    assert.equal(quoted.block, 'text');
    assert.equal(textOf(doc, quoted.open.span), 'BEGIN TEXT');
    assert.equal(textOf(doc, quoted.close?.span), 'END TEXT');
    assert.ok(quoted.span.start > doc.paragraphs[0].textStart && quoted.span.end < doc.paragraphs[0].span.end);
  });

  it('reads the numbered lines below an unclosed Begin text as the quoted document\'s own, up to the cable\'s next paragraph', () => {
    // The quoted paragraphs (42, 43) do not go on from paragraph 2, which opens the quote; the
    // cable resumes at 3 (the next number) or at a portion-marked paragraph.
    const resumed = parseBody(
      '1. (U) First.\n\n2. (U) Begin text of the report, paragraphs 42-43:\n\n42. The Agency found.\n\n43. The Agency also found.\n\n3. (U) Last.\n\nSMITH\n',
    );
    assert.deepEqual(resumed.paragraphs.map((p) => p.value), [1, 2, 3]);
    assert.deepEqual(
      resumed.paragraphs[1].subParagraphs.map((s) => textOf(resumed, s.label.span)),
      ['42.', '43.'],
    );
    const toTheEnd = parseBody('1. (U) First.\n\n2. (U) Begin text:\n\n42. The Agency found.\n\n43. The Agency also found.\n\nSMITH\n');
    assert.deepEqual(toTheEnd.paragraphs.map((p) => p.value), [1, 2]);
    assert.equal(toTheEnd.signature?.text, 'SMITH');
    // A marked paragraph is the cable's own even with a gap before it.
    const marked = parseBody('1. (U) First.\n\n2. (U) Begin text:\n\n42. The Agency found.\n\n4. (U) Last.\n\nSMITH\n');
    assert.deepEqual(marked.paragraphs.map((p) => p.value), [1, 2, 4]);
    // An opener followed by the next paragraph quotes nothing.
    const goesOn = parseBody('1. (U) First.\n\n2. (U) Begin text:\n\n3. The Agency found.\n\n4. The Agency also found.\n\nSMITH\n');
    assert.deepEqual(goesOn.paragraphs.map((p) => p.value), [1, 2, 3, 4]);
  });

  it('leaves an unclosed Comment: open (no closer, span of the opener) and an END COMMENT with no opener stray', () => {
    const open = parseBody('1. (C) Details.\n\n2. (C) Comment: We doubt it.\n\nROE\n', CONFIDENTIAL_PREAMBLE);
    assert.deepEqual(
      open.markedBlocks.map((b) => [b.block, textOf(open, b.span), b.close]),
      [['comment', 'Comment:', null]],
    );
    const stray = parseBody('1. (C) Details. END COMMENT.\n\nROE\n', CONFIDENTIAL_PREAMBLE);
    assert.deepEqual(stray.markedBlocks, []);
    assert.deepEqual(
      stray.strayClosers.map((s) => [s.block, s.role, textOf(stray, s.span)]),
      [['comment', 'close', 'END COMMENT']],
    );
  });

  it('spans Summary and comment: … END SUMMARY AND COMMENT, a (Note: … End note.) inside it, and BEGIN QUOTE … END QUOTE', () => {
    const doc = parseBody(
      '1. (U) Summary and comment: The talks went well. (Note: The date may move. End note.) END SUMMARY AND COMMENT.\n\n2. (U) BEGIN QUOTE: We agree. END QUOTE.\n\nSMITH\n',
    );
    assert.deepEqual(
      doc.markedBlocks.map((b) => [b.block, textOf(doc, b.open.span), textOf(doc, b.close?.span), textOf(doc, b.span)]),
      [
        ['summary', 'Summary and comment:', 'END SUMMARY AND COMMENT', 'Summary and comment: The talks went well. (Note: The date may move. End note.) END SUMMARY AND COMMENT'],
        ['note', 'Note:', 'End note', 'Note: The date may move. End note'],
        ['quote', 'BEGIN QUOTE', 'END QUOTE', 'BEGIN QUOTE: We agree. END QUOTE'],
      ],
    );
    assert.deepEqual(doc.strayClosers, []);
  });

  it('does not read "summary" inside a sentence as an opener', () => {
    const doc = parseBody('1. (U) The Ministry sent a summary: three pages.\n\nSMITH\n');
    assert.deepEqual(doc.markedBlocks, []);
  });
});
