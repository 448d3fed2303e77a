/**
 * What the grammar must get right, stated directly (the snapshots pin everything else):
 * a scope per classification level wherever a level is written, header constructs only in
 * the header, body words left alone, headings and signatures where a drafter expects them.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, type TokenizedLine } from '../../scripts/grammar/tokenizer';
import { EXAMPLES, FIXTURES } from '../support/paths';

const DIR = join(FIXTURES, 'grammar');

function load(name: string): Promise<TokenizedLine[]> {
  return tokenize(readFileSync(join(DIR, name), 'utf8'));
}

/** The line whose text is exactly `text`. */
function lineOf(lines: readonly TokenizedLine[], text: string): TokenizedLine {
  const found = lines.find((l) => l.text === text);
  assert.ok(found, `no line ${JSON.stringify(text)}`);
  return found;
}

/** The scopes of the `nth` token reading `text` on `line`. */
function scopesOf(line: TokenizedLine, text: string, nth = 0): readonly string[] {
  const tokens = line.tokens.filter((t) => t.text === text);
  assert.ok(tokens.length > nth, `no token ${JSON.stringify(text)} (#${nth}) on ${JSON.stringify(line.text)}; tokens: ${JSON.stringify(line.tokens.map((t) => t.text))}`);
  return tokens[nth].scopes;
}

function assertHas(scopes: readonly string[], ...expected: string[]): void {
  for (const scope of expected) assert.ok(scopes.includes(scope), `expected ${scope} in [${scopes.join(' ')}]`);
}

function assertLacksPrefix(scopes: readonly string[], prefix: string, what: string): void {
  assert.ok(!scopes.some((s) => s.startsWith(prefix)), `${what}: unexpected ${prefix}… in [${scopes.join(' ')}]`);
}

const LEVEL = (level: string) => `markup.classification.${level}.cable`;

describe('grammar scopes', () => {
  describe('classification levels', () => {
    it('gives the classification line of a SECRET cable the secret scope, and a classification keyword', async () => {
      const line = lineOf(await load('secret-noforn.cable'), 'S E C R E T SECTION 01 OF 02 STATE 107712');
      assertHas(scopesOf(line, 'S E C R E T'), 'meta.classification-line.cable', 'keyword.other.classification.cable', LEVEL('secret'));
      assertHas(scopesOf(line, 'SECTION'), 'keyword.other.section.cable');
      assertHas(scopesOf(line, '01'), 'constant.numeric.section.number.cable');
      assertHas(scopesOf(line, '02'), 'constant.numeric.section.total.cable');
      assertHas(scopesOf(line, 'STATE'), 'entity.name.type.origin.cable');
      assertHas(scopesOf(line, '107712'), 'constant.numeric.cable-serial.cable');
    });

    it('gives each level its own scope, in the letter-spaced, unspaced and lower-case forms', async () => {
      const lines = await load('classification-forms.cable');
      const cases: Array<[string, string, string]> = [
        ['UNCLAS E F T O KABUL 000668', 'UNCLAS', 'unclassified'],
        ['UNCLAS E F T O KABUL 000668', 'E F T O', 'unclassified.efto'],
        ['UNCLAS EFTO SECTION 01 OF 02 KABUL 000671', 'EFTO', 'unclassified.efto'],
        ['CONFIDENTIAL SECTION 01 OF 03 TRIPOLI 000220', 'CONFIDENTIAL', 'confidential'],
        ['confidential brasilia 000093', 'confidential', 'confidential'],
        ['S E C R E T BERN 000881', 'S E C R E T', 'secret'],
        ['SECRET SECTION 02 OF 02 BERN 000882', 'SECRET', 'secret'],
        ['s e c r e t bern 000883', 's e c r e t', 'secret'],
        ['T O P  S E C R E T SECTION 01 OF 02 STATE 000101', 'T O P  S E C R E T', 'top-secret'],
        ['TOP SECRET STATE 000102', 'TOP SECRET', 'top-secret'],
        ['UNCLASSIFIED SECTION 01 OF 03 STATE 010774', 'UNCLASSIFIED', 'unclassified'],
        ['Unclassified', 'Unclassified', 'unclassified'],
        ['LIMITED OFFICIAL USE STATE 018029', 'LIMITED OFFICIAL USE', 'unclassified.limited-official-use'],
        ['UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'UNCLASSIFIED', 'unclassified'],
      ];
      for (const [text, word, level] of cases) {
        const scopes = scopesOf(lineOf(lines, text), word);
        assertHas(scopes, 'keyword.other.classification.cable', LEVEL(level));
        const others = scopes.filter((s) => s.startsWith('markup.classification.') && s !== LEVEL(level));
        assert.deepEqual(others, [], `${text}: only the ${level} level scope`);
      }
      assertHas(scopesOf(lineOf(lines, 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'), 'FOR OFFICIAL USE ONLY'), 'storage.modifier.dissemination-control.cable');
    });

    it('gives the FL4 security codes the level scope', async () => {
      const lines = await load('security-lines.cable');
      const cases: Array<[string, string, string]> = [
        ['ZNR UUUUU ZZH', 'UUUUU', 'unclassified'],
        ['ZNY EEEEE ZZH', 'EEEEE', 'unclassified.efto'],
        ['ZNY CCCCC ZZH', 'CCCCC', 'confidential'],
        ['ZNY SSSSS/BBBBB ZZH', 'SSSSS', 'secret'],
        ['ZNY TTTTT ZZH', 'TTTTT', 'top-secret'],
      ];
      for (const [text, code, level] of cases) assertHas(scopesOf(lineOf(lines, text), code), 'constant.language.security-code.cable', LEVEL(level));
      const specat = lineOf(lines, 'ZNY SSSSS/BBBBB ZZH');
      assertHas(scopesOf(specat, 'BBBBB'), 'constant.language.security-code.special-category.cable');
      assertHas(scopesOf(specat, 'ZZH'), 'keyword.other.operating-signal.cable');
      assertHas(scopesOf(specat, 'ZNY'), 'keyword.other.security-warning.cable');
      assertLacksPrefix(scopesOf(lineOf(lines, 'ZNY CCCC ZZH'), 'CCCC'), 'markup.classification', 'a four-letter code has no level');
    });

    it('gives a (S//NF) mark the secret portion scope and NF the control scope', async () => {
      const line = lineOf(await load('secret-noforn.cable'), '1. (S//NF) Summary: Washington has learned of a planned attack');
      assertHas(scopesOf(line, 'S'), 'meta.portion-mark.cable', 'keyword.other.portion-mark.cable', LEVEL('secret'));
      assertHas(scopesOf(line, '('), 'punctuation.definition.portion-mark.begin.cable', LEVEL('secret'));
      assertHas(scopesOf(line, ')'), 'punctuation.definition.portion-mark.end.cable', LEVEL('secret'));
      assertHas(scopesOf(line, '//'), 'punctuation.separator.portion-mark.cable', LEVEL('secret'));
      assertHas(scopesOf(line, 'NF'), 'meta.portion-mark.cable', 'storage.modifier.dissemination-control.cable');
      assertHas(scopesOf(line, '1'), 'constant.numeric.paragraph-number.cable');
    });

    it('scopes every portion level and REL controls', async () => {
      const secret = await load('secret-noforn.cable');
      const rel = lineOf(secret, '2. (C/REL AZE) Comment: Host officials raised the same concern');
      assertHas(scopesOf(rel, 'C'), LEVEL('confidential'));
      assertHas(scopesOf(rel, 'REL AZE'), 'storage.modifier.dissemination-control.cable');
      const ts = lineOf(await load('top-secret.cable'), '1. (TS//NF) Partner services reported the transfer on February 17.');
      assertHas(scopesOf(ts, 'TS'), 'keyword.other.portion-mark.cable', LEVEL('top-secret'));
      const demarche = await load('unclassified-demarche.cable');
      assertHas(scopesOf(lineOf(demarche, '2. (SBU) Background: The commission was set up in 2007 (REF A)'), 'SBU'), LEVEL('unclassified.sbu'));
      assertHas(scopesOf(lineOf(demarche, '1. (U) This is an action request; see para 4. Posts are asked'), 'U'), LEVEL('unclassified'));
      const subject = lineOf(secret, 'SUBJECT: (S//NF) DEMARCHE ON PIPELINE SECURITY INCIDENT');
      assertHas(scopesOf(subject, 'S'), 'markup.heading.subject.cable', LEVEL('secret'));
    });

    it('gives the SBU banner the SBU level', async () => {
      const line = lineOf(await load('unclassified-demarche.cable'), 'SENSITIVE BUT UNCLASSIFIED -- PLEASE PROTECT ACCORDINGLY');
      assertHas(scopesOf(line, 'SENSITIVE BUT UNCLASSIFIED'), 'meta.sbu-banner.cable', LEVEL('unclassified.sbu'));
      assertHas(scopesOf(line, 'PLEASE PROTECT ACCORDINGLY'), 'string.unquoted.handling-instruction.cable');
    });
  });

  describe('transmission header', () => {
    it('scopes FL1 to FL5 part by part', async () => {
      const lines = await load('unclassified-demarche.cable');
      const fl1 = lineOf(lines, 'VZCZCXRO5521');
      assertHas(scopesOf(fl1, 'VZCZC'), 'keyword.control.transmission-start.cable');
      assertHas(scopesOf(fl1, 'XRO'), 'variable.other.channel.cable');
      assertHas(scopesOf(fl1, '5521'), 'constant.numeric.channel-sequence.cable');
      const fl2 = lineOf(lines, 'OO RUEHAK RUEHBJ RUEHLO RUEHMO RUEHNO RUEHVI RUEHSW RUEHKO');
      assertHas(scopesOf(fl2, 'OO'), 'keyword.control.prosign.immediate.cable');
      assertHas(scopesOf(lineOf(lines, 'RUEHFR RUEHRO'), 'RUEHRO'), 'meta.precedence-line.cable', 'variable.other.constant.routing-indicator.cable');
      const de = lineOf(lines, 'DE RUEHC #4471/01 1231705');
      assertHas(scopesOf(de, '#'), 'punctuation.definition.station-serial.cable');
      assertHas(scopesOf(de, '4471'), 'constant.numeric.station-serial.cable');
      assertHas(scopesOf(de, '01'), 'constant.numeric.section.number.cable');
      assertHas(scopesOf(de, '123'), 'constant.numeric.filing-time.julian-day.cable');
      assertHas(scopesOf(de, '1705'), 'constant.numeric.filing-time.hour-minute.cable');
      const dtg = lineOf(lines, 'O P 031650Z MAY 09');
      assertHas(scopesOf(dtg, 'O'), 'keyword.control.prosign.immediate.cable');
      assertHas(scopesOf(dtg, 'P'), 'keyword.control.prosign.priority.cable');
      assertHas(scopesOf(dtg, '03'), 'meta.dtg.cable', 'constant.numeric.dtg.day.cable');
      assertHas(scopesOf(dtg, '1650'), 'constant.numeric.dtg.time.cable');
      assertHas(scopesOf(dtg, 'Z'), 'keyword.other.dtg.zone.cable');
      assertHas(scopesOf(dtg, 'MAY'), 'constant.language.dtg.month.cable');
      assertHas(scopesOf(dtg, '09'), 'constant.numeric.dtg.year.cable');
    });

    it('scopes labels, routing indicators, PLADs, precedence words and serials of the addressees', async () => {
      const lines = await load('unclassified-demarche.cable');
      const to = lineOf(lines, 'TO RUEHAK/AMEMBASSY ANKARA NIACT IMMEDIATE 6120');
      assertHas(scopesOf(to, 'TO'), 'keyword.other.header-label.to.cable');
      assertHas(scopesOf(to, 'RUEHAK'), 'variable.other.constant.routing-indicator.cable');
      assertHas(scopesOf(to, 'AMEMBASSY ANKARA'), 'entity.name.type.plad.cable');
      assertHas(scopesOf(to, 'NIACT IMMEDIATE'), 'keyword.control.precedence.niact-immediate.cable');
      assertHas(scopesOf(to, '6120'), 'constant.numeric.addressee-serial.cable');
      assertHas(scopesOf(lineOf(lines, 'RUEHBJ/AMEMBASSY BEIJING IMMEDIATE 2231'), 'IMMEDIATE'), 'keyword.control.precedence.immediate.cable');
      assertHas(scopesOf(lineOf(lines, 'INFO RUEHNO/USMISSION USNATO PRIORITY 3390'), 'INFO'), 'keyword.other.header-label.info.cable');
      assertHas(scopesOf(lineOf(lines, 'RUEHKO/AMEMBASSY TOKYO ROUTINE 0915'), 'ROUTINE'), 'keyword.control.precedence.routine.cable');
      assertHas(scopesOf(lineOf(lines, 'RHEHAAA/NSC WASHINGTON DC'), 'NSC WASHINGTON DC'), 'entity.name.type.plad.cable');
      const xmt = lineOf(lines, 'XMT/AMEMBASSY SOFIA');
      assertHas(scopesOf(xmt, 'XMT'), 'keyword.other.header-label.exempt.cable');
      assertHas(scopesOf(xmt, 'AMEMBASSY SOFIA'), 'entity.name.type.plad.cable');
      assertHas(scopesOf(lineOf(lines, 'AMEMBASSY BUCHAREST'), 'AMEMBASSY BUCHAREST'), 'entity.name.type.plad.cable');
      assertHas(scopesOf(lineOf(lines, 'FM SECSTATE WASHDC'), 'FM'), 'keyword.other.header-label.from.cable');
      const flash = await load('secret-noforn.cable');
      assertHas(scopesOf(lineOf(flash, 'TO RUEHKB/AMEMBASSY BAKU FLASH 1104'), 'FLASH'), 'keyword.control.precedence.flash.cable');
      assertHas(scopesOf(lineOf(flash, 'ZZ RUEHKB'), 'ZZ'), 'keyword.control.prosign.flash.cable');
    });

    it('reads a header that starts at the DTG, with bare PLADs', async () => {
      const lines = await load('header-only.cable');
      assertHas(scopesOf(lineOf(lines, 'P 182318Z FEB 09'), 'P'), 'meta.header.cable', 'keyword.control.prosign.priority.cable');
      assertHas(scopesOf(lineOf(lines, 'TO SECSTATE WASHDC PRIORITY'), 'SECSTATE WASHDC'), 'entity.name.type.plad.cable');
      assertHas(scopesOf(lineOf(lines, 'XMT AMEMBASSY VALLETTA'), 'AMEMBASSY VALLETTA'), 'entity.name.type.plad.cable');
      // No blank line before the classification line: the header still ends there.
      const classification = lineOf(lines, 'UNCLAS TRIPOLI 000141');
      assertHas(scopesOf(classification, 'UNCLAS'), LEVEL('unclassified'));
      assertLacksPrefix(scopesOf(classification, 'UNCLAS'), 'meta.header', 'the classification line');
    });

    it('starts a header again where a second copy begins under a signature, but not on a body line that opens with DE', async () => {
      const copy = await load('archive-copy.cable');
      assertHas(scopesOf(lineOf(copy, 'PP RUEHWEB'), 'PP'), 'meta.header.cable', 'keyword.control.prosign.priority.cable');
      assertLacksPrefix(scopesOf(lineOf(copy, 'PP RUEHWEB'), 'PP'), 'entity.name.function.signature', 'an FL2 line');
      const body = lineOf(await load('body-words.cable'), 'DE RIVERA 12 TIMES SAID THE TALKS WOULD GO ON.');
      assert.deepEqual([...scopesOf(body, body.text)], ['source.cable', 'meta.paragraph.cable']);
    });

    it('scopes the BT / #SSN / NNNN trailer', async () => {
      const lines = await load('trailer.cable');
      assertHas(scopesOf(lines[lines.length - 3], 'BT'), 'keyword.control.trailer.break.cable');
      assertHas(scopesOf(lineOf(lines, '#5105'), '5105'), 'meta.trailer.cable', 'constant.numeric.station-serial.cable');
      assertHas(scopesOf(lineOf(lines, 'NNNN'), 'NNNN'), 'keyword.control.trailer.end-of-message.cable');
    });
  });

  describe('preamble', () => {
    it('scopes captions by kind and passing lines as text', async () => {
      const lines = await load('unclassified-demarche.cable');
      assertHas(scopesOf(lineOf(lines, 'SIPDIS'), 'SIPDIS'), 'meta.caption-line.cable', 'storage.modifier.caption.distribution.cable');
      const secret = await load('secret-noforn.cable');
      const both = lineOf(secret, 'NOFORN, SIPDIS');
      assertHas(scopesOf(both, 'NOFORN'), 'storage.modifier.caption.control.cable');
      assertHas(scopesOf(lineOf(secret, 'NODIS'), 'NODIS'), 'storage.modifier.caption.restrictive.cable');
      const passing = lineOf(lines, 'DEPT FOR EUR/RPM AND IO/UNP');
      assertHas(scopesOf(passing, 'DEPT '), 'string.unquoted.passing-line.cable');
      assertHas(scopesOf(passing, 'FOR'), 'string.unquoted.passing-line.cable', 'keyword.other.passing.cable');
      assertHas(scopesOf(lineOf(lines, 'TOKYO PLEASE PASS TO AMCONSUL OSAKA'), 'PLEASE PASS TO'), 'keyword.other.passing.cable');
    });

    it('scopes a corrected-copy notice among the captions, and keeps the captions after it', async () => {
      const lines = await load('corrected-copy.cable');
      const bracketed = lineOf(lines, '(C O R R E C T E D  C O P Y - PARAS 4-6 RENUMBERED)');
      assertHas(scopesOf(bracketed, '(C O R R E C T E D  C O P Y'), 'meta.captions.cable', 'meta.corrected-copy.cable', 'keyword.other.corrected-copy.cable');
      assertHas(scopesOf(bracketed, ' - PARAS 4-6 RENUMBERED)'), 'string.unquoted.correction-note.cable');
      assertHas(scopesOf(lineOf(lines, 'Corrected copy: caption order'), 'Corrected copy'), 'keyword.other.corrected-copy.cable');
      assertHas(scopesOf(lineOf(lines, 'NOFORN'), 'NOFORN'), 'meta.captions.cable', 'storage.modifier.caption.control.cable');
    });

    it('scopes the E.O. line, TAGS, SUBJECT and REF', async () => {
      const lines = await load('secret-noforn.cable');
      const eo = lineOf(lines, 'E.O. 12958: DECL: 10/16/2018');
      assertHas(scopesOf(eo, 'E.O.'), 'keyword.other.eo.cable');
      assertHas(scopesOf(eo, '12958'), 'constant.numeric.executive-order.cable');
      assertHas(scopesOf(eo, 'DECL'), 'keyword.other.declassify.cable');
      assertHas(scopesOf(eo, '10/16/2018'), 'constant.numeric.date.declassification.cable');
      const na = lineOf(await load('unclassified-demarche.cable'), 'E.O. 12958: N/A');
      assertHas(scopesOf(na, 'N/A'), 'constant.language.not-applicable.cable');
      assertHas(scopesOf(lineOf(await load('eo-and-references.cable'), 'E.O. 12356: DECL: OADR'), 'OADR'), 'constant.language.declassification-exemption.cable');
      const tags = lineOf(lines, 'TAGS: PREL PGOV PINR AJ');
      assertHas(scopesOf(tags, 'TAGS'), 'keyword.other.tags.cable');
      assertHas(scopesOf(tags, 'AJ'), 'entity.name.tag.tags-item.cable');
      const demarche = await load('unclassified-demarche.cable');
      assertHas(scopesOf(lineOf(demarche, 'TU CH'), 'CH'), 'meta.tags.cable', 'entity.name.tag.tags-item.cable');
      assertHas(scopesOf(lineOf(demarche, 'DRAFT STATUTE'), 'DRAFT STATUTE'), 'meta.subject.cable', 'markup.heading.subject.cable');
      const ref = lineOf(demarche, 'REF: A. 08 STATE 117734');
      assertHas(scopesOf(ref, 'REF'), 'keyword.other.ref.cable');
      assertHas(scopesOf(ref, 'A'), 'variable.other.ref-letter.definition.cable');
      assertHas(scopesOf(ref, '08'), 'markup.underline.link.cable-citation.cable', 'constant.numeric.cable-year.cable');
      assertHas(scopesOf(ref, 'STATE'), 'entity.name.type.origin.cable');
      assertHas(scopesOf(ref, '117734'), 'constant.numeric.cable-serial.cable');
      assertHas(scopesOf(lineOf(demarche, 'C. USG NONPAPER ON BASIN MONITORING'), ' USG NONPAPER ON BASIN MONITORING'), 'string.unquoted.ref-item.cable');
      const parens = lineOf(lines, 'REF: (A) BAKU 1187 (B) 2007 STATE 99120');
      assertHas(scopesOf(parens, 'B'), 'variable.other.ref-letter.definition.cable');
      assertHas(scopesOf(parens, '2007'), 'constant.numeric.cable-year.cable');
      const close = lineOf(await load('confidential-post.cable'), 'REF: A) AMMAN 733; B) STATE 18832');
      assertHas(scopesOf(close, 'B'), 'variable.other.ref-letter.definition.cable');
    });

    it('scopes the Classified By line: label, classifier and reasons', async () => {
      const lines = await load('secret-noforn.cable');
      const by = lineOf(lines, 'Classified By: Acting Assistant Secretary John A. Smith');
      assertHas(scopesOf(by, 'Classified By'), 'keyword.other.classified-by.cable');
      assertHas(scopesOf(by, ' Acting Assistant Secretary John A. Smith'), 'string.unquoted.classifier.cable');
      const reasons = lineOf(lines, 'for reasons 1.4 (b) and (d).');
      assertHas(scopesOf(reasons, 'reasons'), 'meta.reasons.cable', 'keyword.other.reason.cable');
      assertHas(scopesOf(reasons, '1.4'), 'constant.numeric.reason-section.cable');
      assertHas(scopesOf(reasons, 'b'), 'constant.language.reason-letter.cable');
      assertHas(scopesOf(reasons, 'd'), 'constant.language.reason-letter.cable');
      const smart = lineOf(await load('confidential-post.cable'), 'CLASSIFIED BY: Ambassador Mary E. Carter, Embassy Amman, Dept of State. REASON: 1.4(B), (D)');
      assertHas(scopesOf(smart, 'REASON'), 'keyword.other.reason.cable');
      assertHas(scopesOf(smart, 'D'), 'constant.language.reason-letter.cable');
      assertLacksPrefix(scopesOf(smart, 'REASON'), 'string.unquoted.classifier', 'the reasons are not part of the classifier');
    });
  });

  describe('body', () => {
    it('leaves header words, captions and levels in running text unscoped', async () => {
      const lines = await load('body-words.cable');
      const from = lines.findIndex((l) => l.text.startsWith('1. (U) FM Ozturk'));
      const to = lines.findIndex((l) => l.text === 'CLINTON');
      assert.ok(from > 0 && to > from);
      for (const line of lines.slice(from, to)) {
        // Only the `N. (U) ` that opens a paragraph is structure; everything after it is text.
        const opening = /^\d\. \(U\) /.exec(line.text)?.[0].length ?? 0;
        for (const token of line.tokens) {
          if (token.start < opening) continue;
          const extra = token.scopes.filter((s) => s !== 'source.cable' && s !== 'meta.paragraph.cable');
          assert.deepEqual(extra, [], `${JSON.stringify(token.text)} on ${JSON.stringify(line.text)} should be plain body text`);
        }
      }
    });

    it('does not take FM, TO and INFO in the body for header labels', async () => {
      const lines = await load('body-words.cable');
      assert.deepEqual([...scopesOf(lineOf(lines, '1. (U) FM Ozturk said the SECRET talks would begin in May; the'), ' FM Ozturk said the SECRET talks would begin in May; the')], ['source.cable', 'meta.paragraph.cable']);
    });

    it('scopes paragraph numbers, sub-paragraph labels and bullets', async () => {
      const lines = await load('secret-noforn.cable');
      assertHas(scopesOf(lineOf(lines, 'A. Do not share the source of the reporting.'), 'A'), 'constant.numeric.sub-paragraph.cable');
      assertHas(scopesOf(lineOf(lines, '(a) Keep the notetaker list short.'), 'a'), 'constant.numeric.sub-paragraph.cable');
      assertHas(scopesOf(lineOf(lines, '2a. (U) Delivery may be oral.'), '2a'), 'constant.numeric.sub-paragraph.cable');
      const demarche = await load('unclassified-demarche.cable');
      assertHas(scopesOf(lineOf(demarche, '-- report any proposed amendments.'), '--'), 'punctuation.definition.list.bullet.cable');
    });

    it('scopes summary, comment, note and text markers', async () => {
      const lines = await load('secret-noforn.cable');
      assertHas(scopesOf(lineOf(lines, '1. (S//NF) Summary: Washington has learned of a planned attack'), 'Summary:'), 'keyword.control.marker.summary.begin.cable');
      assertHas(scopesOf(lineOf(lines, '4 at the highest level. End summary.'), 'End summary.'), 'keyword.control.marker.summary.end.cable');
      const note = lineOf(lines, 'pipeline. (Note: the text may be left as a nonpaper. End note.)');
      assertHas(scopesOf(note, 'Note:'), 'keyword.control.marker.note.begin.cable');
      assertHas(scopesOf(note, 'End note.'), 'keyword.control.marker.note.end.cable');
      assertHas(scopesOf(lineOf(lines, 'END TEXT.'), 'END TEXT.'), 'keyword.control.marker.text.end.cable');
      const comment = lineOf(lines, '(ref A); reftel B lays out our earlier approach. End comment.');
      assertHas(scopesOf(comment, 'End comment.'), 'keyword.control.marker.comment.end.cable');
      assertHas(scopesOf(lineOf(await load('unclassified-demarche.cable'), '5. (U) Begin text.'), 'Begin text.'), 'keyword.control.marker.text.begin.cable');
      const more = await load('markers-and-captions.cable');
      assertHas(scopesOf(lineOf(more, '3. (U) The Envoy will say, BEGIN QUOTE: We are here to listen.'), 'BEGIN QUOTE:'), 'keyword.control.marker.quote.begin.cable');
      assertHas(scopesOf(lineOf(more, 'END QUOTE.'), 'END QUOTE.'), 'keyword.control.marker.quote.end.cable');
      assertHas(scopesOf(lineOf(more, 'dinner. End note for Post only.'), 'End note for Post only.'), 'keyword.control.marker.note.end.cable');
      // `END SUMMARY AND` wrapped before `COMMENT.`: the second line opens no comment.
      assertLacksPrefix(scopesOf(lineOf(more, 'COMMENT.'), 'COMMENT.'), 'keyword.control.marker', 'a wrapped closer');
      assertHas(scopesOf(lineOf(more, 'REFTEL proposed. END SUMMARY.'), 'REFTEL'), 'keyword.other.ref-citation.cable');
      assertHas(scopesOf(lineOf(more, 'ROGER CHANNEL'), 'ROGER CHANNEL'), 'storage.modifier.caption.channel.cable');
      assertHas(scopesOf(lineOf(more, 'SPECAT EXCLUSIVE'), 'SPECAT EXCLUSIVE'), 'storage.modifier.caption.handling.cable');
    });

    it('scopes REF and para citations in running text', async () => {
      const demarche = await load('unclassified-demarche.cable');
      const refs = lineOf(demarche, '-- seek co-sponsorship of the draft text (REFS B and C); and');
      assertHas(scopesOf(refs, 'REFS'), 'meta.ref-citation.cable', 'keyword.other.ref-citation.cable');
      assertHas(scopesOf(refs, 'B'), 'variable.other.ref-letter.citation.cable');
      assertHas(scopesOf(refs, 'C'), 'variable.other.ref-letter.citation.cable');
      const paras = lineOf(demarche, 'to deliver the points in paras 5 and 6 by May 8.');
      assertHas(scopesOf(paras, 'paras'), 'meta.para-citation.cable', 'keyword.other.para-citation.cable');
      assertHas(scopesOf(paras, '6'), 'constant.numeric.paragraph-number.citation.cable');
      const secret = await load('secret-noforn.cable');
      assertHas(scopesOf(lineOf(secret, '(ref A); reftel B lays out our earlier approach. End comment.'), 'reftel'), 'keyword.other.ref-citation.cable');
    });

    it('scopes continuation page headers on their own line and inside a line', async () => {
      const own = lineOf(await load('unclassified-demarche.cable'), 'STATE 00044471  002 OF 002');
      assertHas(scopesOf(own, '00044471'), 'comment.line.page-header.cable', 'meta.page-header.serial.cable');
      const inside = (await load('archive-copy.cable')).find((l) => l.text.startsWith('¶2. (C)'));
      assert.ok(inside);
      assertHas(scopesOf(inside, 'MINSK'), 'comment.line.page-header.cable', 'meta.page-header.origin.cable');
      assertHas(scopesOf(inside, '00000415'), 'comment.line.page-header.cable');
      assertLacksPrefix(scopesOf(lineOf(await load('body-words.cable'), 'reference to 12345 2 OF 3 is not a page header. The text of the'), 'reference to 12345 2 OF 3 is not a page header. The text of the'), 'comment', 'a number in text');
    });

    it('scopes headings between blank lines and dashed rules', async () => {
      const lines = await load('headings-signature.cable');
      assertHas(scopesOf(lineOf(lines, 'SUMMARY'), 'SUMMARY'), 'markup.heading.cable');
      assertHas(scopesOf(lineOf(lines, 'THE CONSENSUS TEXTS'), 'THE CONSENSUS TEXTS'), 'meta.heading.cable', 'markup.heading.cable');
      assertHas(scopesOf(lines[lines.findIndex((l) => l.text === 'THE CONSENSUS TEXTS') - 1], '-------------------'), 'markup.heading.rule.cable');
      assertHas(scopesOf(lineOf(lines, 'MEMBERS DIVIDED ON'), 'MEMBERS DIVIDED ON'), 'markup.heading.cable');
      assertHas(scopesOf(lineOf(lines, 'MONITORING MANDATES'), 'MONITORING MANDATES'), 'markup.heading.cable');
      assertHas(scopesOf(lineOf(lines, 'NEXT STEPS'), 'NEXT STEPS'), 'markup.heading.cable');
    });

    it('scopes the signature after a text line and after a blank line, and not a paragraph end', async () => {
      assertHas(scopesOf(lineOf(await load('unclassified-demarche.cable'), 'CLINTON'), 'CLINTON'), 'entity.name.function.signature.cable');
      assertHas(scopesOf(lineOf(await load('headings-signature.cable'), 'TARRANT'), 'TARRANT'), 'entity.name.function.signature.cable');
      const body = await load('body-words.cable');
      assertLacksPrefix(scopesOf(lineOf(body, 'FUTURE.'), 'FUTURE.'), 'entity.name.function.signature', 'a paragraph ending in capitals');
      assertHas(scopesOf(lineOf(body, 'CLINTON'), 'CLINTON'), 'entity.name.function.signature.cable');
    });

    it('marks archive residue as invalid', async () => {
      const lines = await load('archive-copy.cable');
      const tags = lineOf(lines, 'TAGS: [PGOV](#) [PREL](#) [BO](#)');
      assertHas(scopesOf(tags, '['), 'invalid.deprecated.residue.cable');
      assertHas(scopesOf(tags, '](#)'), 'invalid.deprecated.residue.cable');
      assertHas(scopesOf(tags, 'PGOV'), 'entity.name.tag.tags-item.cable');
      assertHas(scopesOf(lineOf(lines, '[1](#)B. MINSK 401'), '[1](#)'), 'invalid.deprecated.residue.cable');
      const pilcrow = lines.find((l) => l.text.startsWith('¶3.'));
      assert.ok(pilcrow);
      assertHas(scopesOf(pilcrow, '¶'), 'invalid.deprecated.residue.cable');
      assertHas(scopesOf(pilcrow, '3'), 'constant.numeric.paragraph-number.cable');
    });
  });

  it('never trips vscode-textmate’s endless-loop guard on the fixtures and examples', async () => {
    const files = [
      ...readdirSync(DIR).filter((f) => f.endsWith('.cable')).map((f) => join(DIR, f)),
      ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.cable')).map((f) => join(EXAMPLES, f)),
    ];
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      for (const file of files) {
        const lines = await tokenize(readFileSync(file, 'utf8'));
        for (const line of lines) {
          const covered = line.tokens.reduce((n, t) => n + t.text.length, 0);
          assert.equal(covered, line.text.length, `${file}: tokens do not cover ${JSON.stringify(line.text)}`);
        }
      }
    } finally {
      console.error = original;
    }
    assert.deepEqual(logged, []);
  });
});
