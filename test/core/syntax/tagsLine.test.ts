/** The TAGS line: its label, each tag with its own span, wrapping, separators and archive link residue. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type TagsNode } from '../../../server/src/core/index';
import { tagsAsRead } from '../../../server/src/core/syntax/tagsLine';
import { textOf, unknownTexts } from './support/spans';

/** Parses an invented cable whose TAGS line (or lines) is `tagsLine`. */
function parse(tagsLine: string): { doc: CableDocument; tags: TagsNode } {
  const doc = parseCable(`UNCLAS STATE 031842\n\nSIPDIS\n\nE.O. 12958: N/A\n${tagsLine}\nSUBJECT: TALKS RESUME\n\n1. (U) Text.\nCLINTON\n`);
  assert.ok(doc.tags, 'the TAGS line is read');
  return { doc, tags: doc.tags };
}

/** Each tag's value and the text its span covers. */
function tagTexts(doc: CableDocument, tags: TagsNode): Array<[string, string | null]> {
  return tags.tags.map((t) => [t.text, textOf(doc, t.span)]);
}

describe('TAGS line', () => {
  it('reads the canonical line: label, colon and each tag with its span', () => {
    const { doc, tags } = parse('TAGS: PREL PGOV ETRD TU');
    assert.equal(textOf(doc, tags.span), 'TAGS: PREL PGOV ETRD TU');
    assert.equal(textOf(doc, tags.label.span), 'TAGS');
    assert.equal(tags.label.text, 'TAGS');
    assert.equal(tags.hasColon, true);
    assert.equal(tags.separators, 'space');
    assert.deepEqual(tagTexts(doc, tags), [
      ['PREL', 'PREL'],
      ['PGOV', 'PGOV'],
      ['ETRD', 'ETRD'],
      ['TU', 'TU'],
    ]);
    assert.deepEqual(
      tags.tags.map((t) => [t.linked, t.person]),
      [
        [false, false],
        [false, false],
        [false, false],
        [false, false],
      ],
    );
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('gives each tag the span of its own occurrence when a tag repeats', () => {
    const { doc, tags } = parse('TAGS: PREL TU PREL');
    const offsets = tags.tags.map((t) => t.span.start - tags.span.start);
    assert.deepEqual(offsets, [6, 11, 14]);
    assert.deepEqual(tagTexts(doc, tags), [
      ['PREL', 'PREL'],
      ['TU', 'TU'],
      ['PREL', 'PREL'],
    ]);
  });

  it('reads a list wrapped onto a second line as one TAGS node', () => {
    const { doc, tags } = parse('TAGS: PREL PGOV ETRD EFIN KPAO\nTU GR');
    assert.equal(textOf(doc, tags.span), 'TAGS: PREL PGOV ETRD EFIN KPAO\nTU GR');
    assert.deepEqual(
      tags.tags.map((t) => t.text),
      ['PREL', 'PGOV', 'ETRD', 'EFIN', 'KPAO', 'TU', 'GR'],
    );
    const second = doc.text.indexOf('\nTU GR') + 1;
    assert.deepEqual(
      tags.tags.slice(5).map((t) => t.span),
      [
        { start: second, end: second + 2 },
        { start: second + 3, end: second + 5 },
      ],
    );
    assert.equal(doc.blocks.filter((b) => b.kind === 'tags').length, 1);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads comma-separated tags, the commas outside the spans', () => {
    const { doc, tags } = parse('TAGS: ECON, PGOV, EFIN, TU');
    assert.equal(tags.separators, 'comma');
    assert.deepEqual(tagTexts(doc, tags), [
      ['ECON', 'ECON'],
      ['PGOV', 'PGOV'],
      ['EFIN', 'EFIN'],
      ['TU', 'TU'],
    ]);
  });

  it('reads a comma-separated list wrapped after a trailing comma', () => {
    const { doc, tags } = parse('TAGS: ECON, PGOV,\nEFIN, TU');
    assert.equal(textOf(doc, tags.span), 'TAGS: ECON, PGOV,\nEFIN, TU');
    assert.equal(tags.separators, 'comma');
    assert.deepEqual(
      tags.tags.map((t) => t.text),
      ['ECON', 'PGOV', 'EFIN', 'TU'],
    );
  });

  it('marks a line that separates with both commas and spaces as mixed', () => {
    const { tags } = parse('TAGS: PREL, PGOV ETRD');
    assert.equal(tags.separators, 'mixed');
    assert.deepEqual(
      tags.tags.map((t) => t.text),
      ['PREL', 'PGOV', 'ETRD'],
    );
  });

  it('reads words between commas that are no tags as one tag, its inner space no separator (HUMAN RIGHTS)', () => {
    const { doc, tags } = parse('TAGS: PREL, HUMAN RIGHTS, TU');
    assert.deepEqual(tagTexts(doc, tags), [
      ['PREL', 'PREL'],
      ['HUMAN RIGHTS', 'HUMAN RIGHTS'],
      ['TU', 'TU'],
    ]);
    assert.equal(tags.separators, 'comma');
  });

  it('reads a space-separated line whose person tag holds a comma as space-separated (OVIP TALLIS, MARGARET PREL)', () => {
    const { tags } = parse('TAGS: OVIP TALLIS, MARGARET PREL TU');
    assert.equal(tags.separators, 'space');
  });

  it('reads a line whose colon is missing (TAGS PREL PGOV)', () => {
    const { doc, tags } = parse('TAGS PREL PGOV TU');
    assert.equal(textOf(doc, tags.label.span), 'TAGS');
    assert.equal(tags.hasColon, false);
    assert.deepEqual(tagTexts(doc, tags), [
      ['PREL', 'PREL'],
      ['PGOV', 'PGOV'],
      ['TU', 'TU'],
    ]);
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads a misspelt label (TAG:) with its own span', () => {
    const { doc, tags } = parse('TAG: PREL TU');
    assert.equal(textOf(doc, tags.label.span), 'TAG');
    assert.equal(tags.hasColon, true);
    assert.deepEqual(
      tags.tags.map((t) => t.text),
      ['PREL', 'TU'],
    );
  });

  it('keeps glued tags as one word for the rules to split (PHUMPGOV)', () => {
    const { doc, tags } = parse('TAGS: PHUMPGOV TU');
    assert.deepEqual(tagTexts(doc, tags), [
      ['PHUMPGOV', 'PHUMPGOV'],
      ['TU', 'TU'],
    ]);
  });

  it('reads tags written as link residue ([PREL](#)): the tag inside, the brackets as residue', () => {
    const { doc, tags } = parse('TAGS: [PREL](#) [PGOV](#) [TU](#)');
    assert.deepEqual(tagTexts(doc, tags), [
      ['PREL', 'PREL'],
      ['PGOV', 'PGOV'],
      ['TU', 'TU'],
    ]);
    assert.deepEqual(
      tags.tags.map((t) => t.linked),
      [true, true, true],
    );
    const residue = doc.residue.filter((r) => r.span.start >= tags.span.start && r.span.end <= tags.span.end);
    assert.deepEqual(
      residue.map((r) => [r.what, textOf(doc, r.span)]),
      [
        ['tagLink', '['],
        ['tagLink', '](#)'],
        ['tagLink', '['],
        ['tagLink', '](#)'],
        ['tagLink', '['],
        ['tagLink', '](#)'],
      ],
    );
    assert.equal(tags.separators, 'space');
  });

  it("reads a person's name after OVIP as one person tag", () => {
    const { doc, tags } = parse('TAGS: OVIP TALLIS MARGARET PREL TU');
    assert.deepEqual(tagTexts(doc, tags), [
      ['OVIP', 'OVIP'],
      ['TALLIS MARGARET', 'TALLIS MARGARET'],
      ['PREL', 'PREL'],
      ['TU', 'TU'],
    ]);
    assert.deepEqual(
      tags.tags.map((t) => t.person),
      [false, true, false, false],
    );
  });

  it("reads a person's name written with a comma (OVIP TALLIS, MARGARET) as one person tag", () => {
    const { doc, tags } = parse('TAGS: OVIP TALLIS, MARGARET PREL');
    assert.deepEqual(tagTexts(doc, tags), [
      ['OVIP', 'OVIP'],
      ['TALLIS, MARGARET', 'TALLIS, MARGARET'],
      ['PREL', 'PREL'],
    ]);
    assert.equal(tags.tags[1].person, true);
  });

  it("reads a person's name in parentheses: the span on the parentheses, the text without them", () => {
    const { doc, tags } = parse('TAGS: OVIP (TALLIS, MARGARET) PREL');
    assert.deepEqual(tagTexts(doc, tags), [
      ['OVIP', 'OVIP'],
      ['TALLIS, MARGARET', '(TALLIS, MARGARET)'],
      ['PREL', 'PREL'],
    ]);
    assert.equal(tags.tags[1].person, true);
    assert.equal(tags.separators, 'space');
  });

  it('ends the list at a caption on the next line (SIPDIS)', () => {
    const doc = parseCable('UNCLAS STATE 031842\n\nE.O. 12958: N/A\nTAGS: PREL PGOV\nSIPDIS\nSUBJECT: TALKS RESUME\n\n1. (U) Text.\n');
    assert.ok(doc.tags);
    assert.equal(textOf(doc, doc.tags.span), 'TAGS: PREL PGOV');
    assert.deepEqual(
      doc.tags.tags.map((t) => t.text),
      ['PREL', 'PGOV'],
    );
  });

  it('upper-cases tags typed in lower case, the span on the text as written', () => {
    const { doc, tags } = parse('TAGS: prel Pgov TU');
    assert.deepEqual(tagTexts(doc, tags), [
      ['PREL', 'prel'],
      ['PGOV', 'Pgov'],
      ['TU', 'TU'],
    ]);
  });

  it('reads an empty TAGS: line as a TAGS node with no tags', () => {
    const { doc, tags } = parse('TAGS:');
    assert.equal(textOf(doc, tags.span), 'TAGS:');
    assert.deepEqual(tags.tags, []);
    assert.equal(tags.separators, 'none');
    assert.equal(doc.subject?.text, 'TALKS RESUME');
  });

  it('reads a line of tags with no label between the E.O. line and SUBJECT as the TAGS line', () => {
    const { doc, tags } = parse('PREL PGOV ETRD TU');
    assert.equal(textOf(doc, tags.span), 'PREL PGOV ETRD TU');
    assert.deepEqual(tags.label.span, { start: tags.span.start, end: tags.span.start });
    assert.equal(tags.hasColon, false);
    assert.deepEqual(
      tags.tags.map((t) => t.text),
      ['PREL', 'PGOV', 'ETRD', 'TU'],
    );
    assert.deepEqual(unknownTexts(doc), []);
  });

  describe('free-text keywords', () => {
    it('reads words that are no tags on a space-separated line as one keyword, country codes alone making no run (DOMESTIC POLITICS)', () => {
      const { doc, tags } = parse('TAGS: PGOV KDEM FR DOMESTIC POLITICS');
      assert.deepEqual(tagTexts(doc, tags).slice(3), [['DOMESTIC POLITICS', 'DOMESTIC POLITICS']]);
    });

    it('lets a short word that is no tag open a keyword (GOI EXTERNAL, NEW ZEALAND)', () => {
      const { doc, tags } = parse('TAGS: PREL IS GOI EXTERNAL NEW ZEALAND');
      assert.deepEqual(tagTexts(doc, tags), [
        ['PREL', 'PREL'],
        ['IS', 'IS'],
        ['GOI EXTERNAL', 'GOI EXTERNAL'],
        ['NEW ZEALAND', 'NEW ZEALAND'],
      ]);
    });

    it('keeps a function word that is also a country code inside a keyword, on a space- or comma-separated line (TIP IN TURKEY)', () => {
      for (const line of ['TAGS: PHUM KCRM TU TIP IN TURKEY', 'TAGS: PHUM, KCRM, TIP IN TURKEY, TU']) {
        const { tags } = parse(line);
        assert.ok(
          tags.tags.some((t) => t.text === 'TIP IN TURKEY'),
          line,
        );
        assert.ok(!tags.tags.some((t) => t.text === 'IN'), line);
      }
    });

    it('keeps a short word one slip from a tag, and a country code ending the line, as tags of their own (PGV, IN)', () => {
      const { tags } = parse('TAGS: PREL PGV ECONOMIC AFFAIRS IN');
      assert.deepEqual(
        tags.tags.map((t) => t.text),
        ['PREL', 'PGV', 'ECONOMIC AFFAIRS', 'IN'],
      );
    });
  });

  it('keeps a caption written among the tags out of the tags, as a caption of the TAGS node (SIPDIS, NOFORN)', () => {
    const { doc, tags } = parse('TAGS: ECON ETRD CA SIPDIS\nECONOMIC AFFAIRS NOFORN, PREL');
    assert.deepEqual(
      tags.tags.map((t) => t.text),
      ['ECON', 'ETRD', 'CA', 'ECONOMIC AFFAIRS', 'PREL'],
    );
    assert.deepEqual(
      tags.captions.map((c) => [c.name, textOf(doc, c.span)]),
      [
        ['SIPDIS', 'SIPDIS'],
        ['NOFORN', 'NOFORN'],
      ],
    );
    assert.deepEqual(unknownTexts(doc), []);
  });

  describe('tags run together', () => {
    /** Each glued word with its parts: the part's value and the text its span covers. */
    function partsOf(doc: CableDocument, tags: TagsNode): Array<[string, Array<[string, string | null]>]> {
      return tags.tags.filter((t) => t.parts).map((t) => [t.text, (t.parts ?? []).map((p) => [p.text, textOf(doc, p.span)])]);
    }

    it('reads a country code glued to a tag when the line also writes the code on its own, keeping the word as written', () => {
      const { doc, tags } = parse('TAGS: PHUM, KDEM, FR, FRPHUM, SOCIAL ISSUES');
      assert.deepEqual(tagTexts(doc, tags), [
        ['PHUM', 'PHUM'],
        ['KDEM', 'KDEM'],
        ['FR', 'FR'],
        ['FRPHUM', 'FRPHUM'],
        ['SOCIAL ISSUES', 'SOCIAL ISSUES'],
      ]);
      assert.deepEqual(partsOf(doc, tags), [['FRPHUM', [['FR', 'FR'], ['PHUM', 'PHUM']]]]);
      assert.deepEqual(
        tagsAsRead(tags).map((t) => t.text),
        ['PHUM', 'KDEM', 'FR', 'FR', 'PHUM', 'SOCIAL ISSUES'],
      );
    });

    it('gives the parts spans inside the word, after its punctuation and in the case written', () => {
      const { doc, tags } = parse('TAGS: PREL GR (grprel) KDEMEFINCS');
      assert.deepEqual(partsOf(doc, tags), [
        ['(GRPREL)', [['GR', 'gr'], ['PREL', 'prel']]],
        ['KDEMEFINCS', [['KDEM', 'KDEM'], ['EFIN', 'EFIN'], ['CS', 'CS']]],
      ]);
    });

    it('leaves whole a code-led word whose code the line does not write, a word with an unlisted part, and a listed tag', () => {
      const { tags } = parse('TAGS: PREL FRPHUM KDEMKXYZ UNESCO SOCI');
      assert.deepEqual(
        tags.tags.map((t) => [t.text, t.parts === undefined]),
        [
          ['PREL', true],
          ['FRPHUM', true],
          ['KDEMKXYZ', true],
          ['UNESCO', true],
          ['SOCI', true],
        ],
      );
    });
  });
});
