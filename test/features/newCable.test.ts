/**
 * The New Cable wizard's drafting, without the UI: every kind × classification lints with no
 * error and no warning; the header agrees with itself (DTG, DE Julian time, station serial,
 * security line, prosigns); the E.O. line declassifies ten years on; the snippet form is the
 * same cable with tab stops, the first on the SUBJECT.
 */
import { strict as assert } from 'node:assert';
import { lint, parseCable, type Problem } from '../../server/src/core/index';
import {
  CABLE_KINDS,
  CLASSIFICATION_CHOICES,
  cableTags,
  classificationChoice,
  defaultPrecedences,
  DEPARTMENT,
  filingTime,
  formatDtg,
  newCable,
  originOf,
  stationDirectory,
  type Addressee,
  type CableKind,
  type NewCableAnswers,
  type Station,
} from '../../server/src/core/features/newCable';
import type { DateTime } from '../../server/src/core/vocab/dates';
import { dateVariables, expandSnippet } from '../snippets/expander';

const NOW: DateTime = { year: 2026, month: 11, day: 27, hour: 14, minute: 30 };

function station(indicator: string): Station {
  const found = stationDirectory().find((s) => s.indicator === indicator);
  assert.ok(found, `${indicator} is not in the directory`);
  return found;
}

const address = (s: Station, precedence: Addressee['precedence']): Addressee => ({ indicator: s.indicator, plad: s.plad, precedence });

/** Answers as the wizard gives them for a kind: the Department to two embassies, or a post to the Department. */
function answers(kind: CableKind, label: string, extra: Partial<NewCableAnswers> = {}): NewCableAnswers {
  const p = defaultPrecedences(kind);
  const fromPost = kind === 'reporting';
  const originator = fromPost ? station('RUEHAK') : DEPARTMENT;
  return {
    kind,
    classification: classificationChoice(label)!,
    originator,
    to: fromPost ? [address(DEPARTMENT, p.to)] : [address(station('RUEHLO'), p.to), address(station('RUEHFR'), p.to)],
    info: [address(station('RUEHBS'), p.info)],
    tags: fromPost ? ['PREL', 'TU'] : ['PREL', 'PARM'],
    ...extra,
  };
}

const today = (at: DateTime) => ({ year: at.year, month: at.month, day: at.day });
const serious = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error' || p.severity === 'warning');

function report(problems: readonly Problem[], text: string): string {
  const doc = parseCable(text);
  return `${problems.map((p) => `line ${doc.lines.positionAt(p.span.start).line + 1}: ${p.ruleId}: ${p.message}`).join('\n')}\n--- cable ---\n${text}`;
}

describe('New Cable: drafting', () => {
  for (const { kind } of CABLE_KINDS) {
    for (const classification of CLASSIFICATION_CHOICES) {
      it(`${kind}, ${classification.label}: lints with no error and no warning`, () => {
        const cable = newCable(answers(kind, classification.label), NOW);
        const found = serious(lint(parseCable(cable.text), {}, today(NOW)));
        assert.equal(found.length, 0, report(found, cable.text));
      });
    }
  }

  it('stays clean on New Year\'s Eve, on a leap day and just after midnight', () => {
    for (const at of [
      { year: 2026, month: 12, day: 31, hour: 23, minute: 59 },
      { year: 2028, month: 2, day: 29, hour: 12, minute: 0 },
      { year: 2027, month: 1, day: 1, hour: 0, minute: 0 },
    ]) {
      for (const label of ['UNCLASSIFIED//SBU', 'SECRET//NOFORN']) {
        const cable = newCable(answers('demarche', label), at);
        const found = serious(lint(parseCable(cable.text), {}, today(at)));
        assert.equal(found.length, 0, report(found, cable.text));
      }
    }
  });

  it('dates the DTG and the DE filing time to the same minute, in the cable forms', () => {
    assert.equal(formatDtg(NOW), '271430Z NOV 26');
    assert.equal(filingTime(NOW), '3311430');
    assert.equal(filingTime({ year: 2028, month: 12, day: 31, hour: 23, minute: 59 }), '3662359');
    const doc = parseCable(newCable(answers('demarche', 'UNCLASSIFIED'), NOW).text);
    assert.deepEqual(doc.dateTime, NOW);
    assert.equal(doc.header?.de?.filingTime?.text, '3311430');
  });

  it('makes the station serial the last four digits of the cable number, and uses a given serial', () => {
    const doc = parseCable(newCable(answers('information', 'UNCLASSIFIED', { serial: 123456 }), NOW).text);
    assert.equal(doc.classification?.serial?.text, '123456');
    assert.equal(doc.header?.de?.serial?.text, '3456');
    assert.equal(doc.header?.transmissionId?.id, 'VZCZCCWR3456');
    const derived = parseCable(newCable(answers('information', 'UNCLASSIFIED'), NOW).text);
    assert.equal(derived.header?.de?.serial?.text, derived.classification?.serial?.text.slice(-4));
  });

  it('writes the security line, captions, E.O. line and Classified By the classification calls for', () => {
    const secret = newCable(answers('demarche', 'SECRET//NOFORN'), NOW).text;
    assert.match(secret, /^ZNY SSSSS ZZH$/m);
    assert.match(secret, /^S E C R E T STATE \d{6}$/m);
    assert.match(secret, /^NOFORN\nSIPDIS\n/m);
    assert.match(secret, /^E\.O\. 13526: DECL: 11\/27\/2036$/m);
    assert.match(secret, /^Classified By: /m);
    assert.match(secret, /^2\. \(S\/\/NF\) /m);
    const sbu = newCable(answers('reporting', 'UNCLASSIFIED//SBU'), NOW).text;
    assert.match(sbu, /^ZNR UUUUU ZZH$/m);
    assert.match(sbu, /^UNCLAS ANKARA \d{6}$/m);
    assert.match(sbu, /^SIPDIS\nSENSITIVE\n/m);
    assert.match(sbu, /^E\.O\. 13526: N\/A$/m);
    assert.doesNotMatch(sbu, /Classified By/);
    assert.match(sbu, /^1\. \(SBU\) Summary/m);
    const leap = newCable(answers('reporting', 'CONFIDENTIAL'), { year: 2028, month: 2, day: 29, hour: 8, minute: 0 }).text;
    assert.match(leap, /DECL: 02\/28\/2038/);
  });

  it('derives the prosigns and the digraph from the addressees\' precedences', () => {
    const demarche = parseCable(newCable(answers('demarche', 'UNCLASSIFIED'), NOW).text);
    assert.deepEqual(demarche.header?.dtgLine?.prosigns.map((t) => t.text), ['O', 'P']);
    assert.equal(demarche.header?.routing[0]?.digraph?.text, 'OO');
    const info = parseCable(newCable(answers('information', 'UNCLASSIFIED'), NOW).text);
    assert.deepEqual(info.header?.dtgLine?.prosigns.map((t) => t.text), ['R']);
    const noInfo = parseCable(newCable(answers('actionRequest', 'UNCLASSIFIED', { info: [] }), NOW).text);
    assert.deepEqual(noInfo.header?.dtgLine?.prosigns.map((t) => t.text), ['P']);
    assert.equal(noInfo.header?.info.length, 0);
  });

  it('wraps a long list of routing indicators at 69 characters', () => {
    const many = stationDirectory().filter((s) => s.origin && s.indicator.startsWith('RUEH')).slice(0, 30).map((s) => address(s, 'IMMEDIATE'));
    const cable = newCable(answers('demarche', 'UNCLASSIFIED', { to: many, info: [] }), NOW);
    const doc = parseCable(cable.text);
    assert.ok(doc.header!.routing.length > 1);
    for (const line of doc.header!.routing) assert.ok(line.span.end - line.span.start <= 69);
    assert.equal(doc.header!.to.length, 30);
    assert.equal(serious(lint(doc, {}, today(NOW))).length, 0, report(serious(lint(doc, {}, today(NOW))), cable.text));
  });

  it('puts the cursor on the SUBJECT placeholder, or on the subject the drafter gave', () => {
    const cable = newCable(answers('demarche', 'UNCLASSIFIED'), NOW);
    const doc = parseCable(cable.text);
    assert.equal(cable.text.slice(cable.cursor.start, cable.cursor.end), 'DEMARCHE REQUEST: TOPIC');
    assert.ok(doc.subject && cable.cursor.start >= doc.subject.textSpan.start && cable.cursor.end <= doc.subject.span.end);
    const given = newCable(answers('reporting', 'UNCLASSIFIED', { subject: 'turkey: cabinet reshuffle' }), NOW);
    assert.equal(given.text.slice(given.cursor.start, given.cursor.end), 'TURKEY: CABINET RESHUFFLE');
  });

  it('gives the same cable as a snippet, with tab stops in drafting order', () => {
    for (const { kind } of CABLE_KINDS) {
      const cable = newCable(answers(kind, 'CONFIDENTIAL'), NOW);
      const expansion = expandSnippet(cable.snippet, dateVariables(NOW));
      assert.equal(expansion.text, cable.text);
      assert.equal(expansion.stops.get(1), cable.text.slice(cable.cursor.start, cable.cursor.end));
      assert.ok(expansion.order.length >= 4, `${kind}: only ${expansion.order.length} tab stops`);
    }
  });

  it('keeps a subject tag among the TAGS', () => {
    assert.deepEqual(cableTags(['tu', 'KPAO', 'TU']), ['PREL', 'TU', 'KPAO']);
    assert.deepEqual(cableTags(['ECON', 'GM']), ['ECON', 'GM']);
  });
});

describe('New Cable: the station directory', () => {
  const directory = stationDirectory();

  it('starts with the Department and holds posts and collectives with well-formed PLADs', () => {
    assert.deepEqual(directory[0], DEPARTMENT);
    assert.ok(directory.length > 200, `${directory.length} stations`);
    for (const s of directory) {
      assert.match(s.indicator, /^R[A-Z]{3,7}$/);
      assert.doesNotMatch(s.plad, /\d|\\|\t|IMMEDIATE$|PRIORITY$/);
    }
    assert.equal(new Set(directory.map((s) => s.plad)).size, directory.length);
    assert.ok(directory.some((s) => s.plad.endsWith('COLLECTIVE') && s.origin === null));
  });

  it('knows the origin each originator writes on its classification line, and its country', () => {
    assert.equal(originOf('SECSTATE WASHDC'), 'STATE');
    assert.equal(originOf('AMEMBASSY ANKARA'), 'ANKARA');
    assert.equal(originOf('USMISSION USUN NEW YORK'), 'USUN NEW YORK');
    assert.equal(originOf('USEU BRUSSELS'), 'USEU BRUSSELS');
    assert.equal(originOf('EUROPEAN POLITICAL COLLECTIVE'), null);
    assert.equal(station('RUEHAK').country, 'TU');
  });

  it('drafts a clean reporting cable from every post that can originate one', () => {
    const posts = directory.filter((s) => s.origin !== null && s !== DEPARTMENT);
    for (const post of posts) {
      const cable = newCable(
        { ...answers('reporting', 'CONFIDENTIAL'), originator: post, tags: ['PREL', ...(post.country ? [post.country] : [])] },
        NOW,
      );
      const errors = lint(parseCable(cable.text), {}, today(NOW)).filter((p) => p.severity === 'error');
      assert.equal(errors.length, 0, report(errors, cable.text));
    }
  });
});
