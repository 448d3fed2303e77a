/**
 * Every snippet in snippets/cable.code-snippets, expanded as a drafter gets it when taking
 * every default on a given day, lints with no error. Whole-cable snippets are linted as
 * they are, on several days (leap day, New Year's Eve) and with every option of every
 * choice; the small ones inside a host cable at the place they are meant for.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseCable, type Problem } from '../../server/src/core/index';
import { ROOT } from '../support/paths';
import { dateVariables, expandSnippet } from './expander';

interface SnippetEntry {
  readonly prefix: string | string[];
  readonly description: string;
  readonly body: string | string[];
}

const SNIPPETS = JSON.parse(readFileSync(join(ROOT, 'snippets', 'cable.code-snippets'), 'utf8')) as Record<string, SnippetEntry>;
const bodyOf = (name: string) => {
  const body = SNIPPETS[name].body;
  return Array.isArray(body) ? body.join('\n') : body;
};

const DAY = { year: 2026, month: 11, day: 27, hour: 14, minute: 30 };
const DAYS = [
  DAY,
  { year: 2028, month: 2, day: 29, hour: 0, minute: 5 },
  { year: 2026, month: 12, day: 31, hour: 23, minute: 59 },
  { year: 2027, month: 1, day: 1, hour: 9, minute: 0 },
];

/** The cables a whole-cable snippet makes. */
const WHOLE_CABLES = ['Demarche', 'Classified cable', 'Reporting cable', 'Action request', 'Information cable'];

/**
 * Where each small snippet goes: a cable with `‸` where the snippet is inserted. Every
 * snippet must have a host, so a new snippet cannot skip this test.
 */
const UNCLAS_TOP = `R 271430Z NOV 26
FM SECSTATE WASHDC
TO RUEHLO/AMEMBASSY LONDON ROUTINE

UNCLAS STATE 012345
`;
const UNCLAS_MIDDLE = `
SIPDIS

E.O. 13526: N/A
TAGS: PREL
SUBJECT: TALKS ON THE SHIPPING ACCORD
`;
const SIGNATURE = 'SURNAME\n';
const CLASSIFIED_HOST = `P 271430Z NOV 26
FM AMEMBASSY ANKARA
TO RUEHC/SECSTATE WASHDC PRIORITY

C O N F I D E N T I A L ANKARA 012345

SIPDIS

E.O. 13526: DECL: 11/27/2036
TAGS: PREL TU
SUBJECT: TALKS ON THE SHIPPING ACCORD

‸

1. (C) The minister spoke of the accord.
SURNAME
`;
const HOSTS: Readonly<Record<string, string>> = {
  Paragraph: `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n‸\n${SIGNATURE}`,
  'Sub-paragraph': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n1. (U) The points:\n\n‸\n${SIGNATURE}`,
  Bullet: `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n1. (U) The points:\n\n‸\n${SIGNATURE}`,
  'REF block': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n‸\n\n1. (U) As REF A asked and REF B confirmed.\n${SIGNATURE}`,
  'Single reference': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n‸\n\n1. (U) As REFTEL asked.\n${SIGNATURE}`,
  'Classified By': CLASSIFIED_HOST,
  'Summary block': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n1. (U) ‸\n\n2. (U) More.\n${SIGNATURE}`,
  'Comment block': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n1. (U) The report.\n\n2. (U) ‸\n${SIGNATURE}`,
  'Text to deliver': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n1. (U) Deliver the text below.\n\n2. (U) ‸\n${SIGNATURE}`,
  'E.O. line, unclassified': `${UNCLAS_TOP}\nSIPDIS\n\n‸\nTAGS: PREL\nSUBJECT: TALKS ON THE SHIPPING ACCORD\n\n1. (U) The points.\n${SIGNATURE}`,
  'E.O. line, classified': CLASSIFIED_HOST.replace('E.O. 13526: DECL: 11/27/2036', '‸').replace('‸\n\n1.', 'Classified By: Ambassador NAME, for reasons 1.4 (b) and (d).\n\n1.'),
  Caption: `${UNCLAS_TOP}\n‸\n\nE.O. 13526: N/A\nTAGS: PREL\nSUBJECT: TALKS ON THE SHIPPING ACCORD\n\n1. (U) The points.\n${SIGNATURE}`,
  'Captions of an SBU cable': `${UNCLAS_TOP}\n‸\n\nE.O. 13526: N/A\nTAGS: PREL\nSUBJECT: TALKS ON THE SHIPPING ACCORD\n\n1. (SBU) The points.\n${SIGNATURE}`,
  'Date-time group': `R ‸\nFM SECSTATE WASHDC\nTO RUEHLO/AMEMBASSY LONDON ROUTINE\n\nUNCLAS STATE 012345\n${UNCLAS_MIDDLE}\n1. (U) The points.\n${SIGNATURE}`,
  Addressee: `O 271430Z NOV 26\nFM SECSTATE WASHDC\nTO ‸\n\nUNCLAS STATE 012345\n${UNCLAS_MIDDLE}\n1. (U) The points.\n${SIGNATURE}`,
  'Point of contact': `${UNCLAS_TOP}${UNCLAS_MIDDLE}\n‸\n${SIGNATURE}`,
};

function problemsOf(text: string, today = DAY): Problem[] {
  return lint(parseCable(text), {}, today);
}

function describe_(problems: readonly Problem[], text: string): string {
  const doc = parseCable(text);
  return problems.map((p) => `line ${doc.lines.positionAt(p.span.start).line + 1}: ${p.severity} ${p.ruleId}: ${p.message}`).join('\n') + `\n--- text ---\n${text}`;
}

const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/** The tab stops that offer a choice, with their options, read from the body. */
function choicesOf(body: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of body.matchAll(/\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g)) out.set(Number(m[1]), m[2].split(/(?<!\\),/));
  return out;
}

/** The body with tab stop `index`'s choice narrowed to `option`, as if the drafter picked it. */
function pick(body: string, index: number, option: string): string {
  return body.replace(new RegExp(`\\$\\{${index}\\|((?:[^|\\\\]|\\\\.)*)\\|\\}`, 'g'), `\${${index}|${option}|}`);
}

describe('snippets', () => {
  it('are contributed for the cable language, each with a prefix, a description and a body', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: Array<{ language: string; path: string }> } };
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'cable', path: './snippets/cable.code-snippets' }]);
    assert.ok(Object.keys(SNIPPETS).length >= 15);
    for (const [name, entry] of Object.entries(SNIPPETS)) {
      assert.ok(entry.prefix.length > 0 && entry.description.length > 10 && bodyOf(name).length > 0, name);
    }
  });

  it('have prefixes that do not collide', () => {
    const seen = new Map<string, string>();
    for (const [name, entry] of Object.entries(SNIPPETS)) {
      for (const prefix of [entry.prefix].flat()) {
        assert.ok(!seen.has(prefix), `${name} and ${seen.get(prefix)} share the prefix ${prefix}`);
        seen.set(prefix, name);
      }
    }
  });

  it('every snippet has a host in this test or is a whole cable', () => {
    for (const name of Object.keys(SNIPPETS)) assert.ok(WHOLE_CABLES.includes(name) || name in HOSTS, `snippet "${name}" has no host cable in this test`);
  });

  for (const name of WHOLE_CABLES) {
    describe(name, () => {
      it('exists', () => assert.ok(SNIPPETS[name], `no snippet "${name}"`));

      it('expands today to a cable with no error and no warning', () => {
        const { text } = expandSnippet(bodyOf(name), dateVariables(DAY));
        const found = problemsOf(text).filter((p) => p.severity === 'error' || p.severity === 'warning');
        assert.equal(found.length, 0, describe_(found, text));
      });

      for (const day of DAYS) {
        it(`expands on ${day.year}-${day.month}-${day.day} to a cable with no lint error`, () => {
          const { text } = expandSnippet(bodyOf(name), dateVariables(day));
          const found = errors(problemsOf(text, day));
          assert.equal(found.length, 0, describe_(found, text));
        });
      }

      it('expands with every option of every choice to a cable with no lint error', () => {
        const body = bodyOf(name);
        for (const [index, options] of choicesOf(body)) {
          for (const option of options) {
            const { text } = expandSnippet(pick(body, index, option), dateVariables(DAY));
            const found = errors(problemsOf(text));
            assert.equal(found.length, 0, `choice ${index} = ${option}:\n${describe_(found, text)}`);
          }
        }
      });

      it('puts the cursor first on the SUBJECT or the classification, and ends after the signature', () => {
        const expansion = expandSnippet(bodyOf(name), dateVariables(DAY));
        const first = expansion.stops.get(1) ?? '';
        const doc = parseCable(expansion.text);
        const at = expansion.text.indexOf(first);
        const onSubject = doc.subject !== null && at >= doc.subject.span.start && at < doc.subject.span.end;
        const onClassification = doc.classification !== null && at >= doc.classification.span.start && at < doc.classification.span.end;
        assert.ok(onSubject || onClassification, `tab stop 1 (${first}) is neither on the SUBJECT nor on the classification line`);
        assert.equal(expansion.order[expansion.order.length - 1], 0);
        assert.ok(doc.signature, 'no signature');
      });
    });
  }

  describe('dates from the snippet variables', () => {
    const dtgOf = (text: string) => /\b(\d{6}Z [A-Z]{3} \d{2})$/m.exec(text)?.[1];
    const declOf = (text: string) => /DECL: (\S+)/.exec(text)?.[1];

    it('write the DTG from today in the cable form', () => {
      assert.equal(dtgOf(expandSnippet(bodyOf('Demarche'), dateVariables(DAY)).text), '271430Z NOV 26');
      assert.equal(dtgOf(expandSnippet(bodyOf('Demarche'), dateVariables({ year: 2027, month: 1, day: 1, hour: 9, minute: 0 })).text), '010900Z JAN 27');
    });

    it('declassify ten years on, never on a day that does not exist', () => {
      assert.equal(declOf(expandSnippet(bodyOf('Classified cable'), dateVariables(DAY)).text), '11/27/2036');
      assert.equal(declOf(expandSnippet(bodyOf('E.O. line, classified'), dateVariables({ year: 2028, month: 2, day: 29 })).text), '02/28/2038');
      assert.equal(declOf(expandSnippet(bodyOf('E.O. line, classified'), dateVariables({ year: 2079, month: 6, day: 30 })).text), '06/30/2089');
    });

    it('mark the classified cable\'s paragraphs at the level chosen', () => {
      const body = bodyOf('Classified cable');
      for (const [option, mark] of [['C O N F I D E N T I A L', 'C'], ['S E C R E T', 'S'], ['T O P S E C R E T', 'TS']]) {
        const text = expandSnippet(pick(body, 1, option), dateVariables(DAY)).text;
        assert.match(text, new RegExp(`^1\\. \\(${mark}\\) Summary`, 'm'), option);
        assert.match(text, /^3\. \(U\) /m);
      }
    });
  });

  for (const [name, host] of Object.entries(HOSTS)) {
    it(`${name}: inserted where it belongs, leaves no lint error`, () => {
      assert.ok(SNIPPETS[name], `no snippet "${name}"`);
      assert.ok(host.includes('‸'), 'the host has no ‸');
      const hostAlone = host.replace('‸', '');
      const { text: inserted } = expandSnippet(bodyOf(name), dateVariables(DAY));
      const text = host.replace('‸', inserted);
      const found = errors(problemsOf(text));
      assert.equal(found.length, 0, describe_(found, text));
      // The host needs the snippet: without it, the cable is not the same (or not as clean).
      assert.notEqual(text, hostAlone);
    });
  }
});
