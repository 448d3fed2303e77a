/**
 * The colours a drafter actually sees. vscode-textmate resolves the scopes against a theme the
 * way VS Code does: a base theme with only generic rules (standing in for Dark+) must colour
 * every construct through its conventional scope, and the banner-colour snippet documented in
 * docs/grammar.md, added on top, must colour every place a level is written.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { INITIAL, type IRawTheme, type StateStack } from 'vscode-textmate';
import { createCableRegistry } from '../../scripts/grammar/tokenizer';
import { ROOT } from '../support/paths';

const DEFAULT = '#D4D4D4';

/** Generic rules of the kind every theme has (the colours are Dark+'s). */
const BASE_RULES: IRawTheme['settings'] = [
  { scope: 'keyword', settings: { foreground: '#569CD6' } },
  { scope: 'keyword.control', settings: { foreground: '#C586C0' } },
  { scope: 'storage.modifier', settings: { foreground: '#4A9CD6' } },
  { scope: 'constant.language', settings: { foreground: '#569CDD' } },
  { scope: 'constant.numeric', settings: { foreground: '#B5CEA8' } },
  { scope: 'entity.name.type', settings: { foreground: '#4EC9B0' } },
  { scope: 'entity.name.function', settings: { foreground: '#DCDCAA' } },
  { scope: 'variable', settings: { foreground: '#9CDCFE' } },
  { scope: 'string', settings: { foreground: '#CE9178' } },
  { scope: 'comment', settings: { foreground: '#6A9955' } },
  { scope: 'markup.heading', settings: { foreground: '#6796E6' } },
  { scope: 'invalid', settings: { foreground: '#F44747' } },
];

/** The textMateRules of the snippet in docs/grammar.md. */
function documentedRules(): IRawTheme['settings'] {
  const docs = readFileSync(join(ROOT, 'docs', 'grammar.md'), 'utf8');
  const block = /```jsonc\n([\s\S]*?"editor\.tokenColorCustomizations"[\s\S]*?)```/.exec(docs);
  assert.ok(block, 'docs/grammar.md has no editor.tokenColorCustomizations snippet');
  const settings = parse(`{${block[1]}}`) as { 'editor.tokenColorCustomizations': { textMateRules: IRawTheme['settings'] } };
  const rules = settings['editor.tokenColorCustomizations'].textMateRules;
  assert.ok(Array.isArray(rules) && rules.length >= 4);
  return rules;
}

interface ColouredLine {
  readonly text: string;
  readonly tokens: ReadonlyArray<{ start: number; end: number; colour: string }>;
}

/**
 * Tokenises `text` under `rules` and returns each line with its tokens' foregrounds.
 * tokenizeLine2 merges neighbours of the same colour, so tokens are looked up by position.
 */
async function colours(text: string, rules: IRawTheme['settings']): Promise<ColouredLine[]> {
  const { registry, grammar } = await createCableRegistry({ name: 'test', settings: [{ settings: { foreground: DEFAULT, background: '#1E1E1E' } }, ...rules] });
  const colourMap = registry.getColorMap();
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine2(line, state);
    state = result.ruleStack;
    const tokens: Array<{ start: number; end: number; colour: string }> = [];
    for (let i = 0; i < result.tokens.length; i += 2) {
      const end = i + 2 < result.tokens.length ? result.tokens[i + 2] : line.length;
      // Foreground colour id: bits 15–23 of the encoded token attributes.
      const foreground = (result.tokens[i + 1] >>> 15) & 0x1ff;
      tokens.push({ start: result.tokens[i], end, colour: colourMap[foreground].toUpperCase() });
    }
    return { text: line, tokens };
  });
}

/** The colour of every character of the `nth` occurrence of `needle` on line `lineIndex`; they must agree. */
function colourOf(lines: readonly ColouredLine[], lineIndex: number, needle: string, nth = 0): string {
  const line = lines[lineIndex];
  let at = -1;
  for (let k = 0; k <= nth; k++) at = line.text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `no ${JSON.stringify(needle)} (#${nth}) on line ${lineIndex + 1}: ${JSON.stringify(line.text)}`);
  const seen = new Set<string>();
  for (let i = at; i < at + needle.length; i++) seen.add(line.tokens.find((t) => t.start <= i && i < t.end)?.colour ?? '?');
  assert.equal(seen.size, 1, `${JSON.stringify(needle)} on line ${lineIndex + 1} has several colours: ${[...seen].join(' ')}`);
  return [...seen][0];
}

const SAMPLE = [
  'VZCZCXRO1111',
  'OO RUEHAK',
  'DE RUEHC #1111/01 0451200',
  'ZNY SSSSS ZZH',
  'O 141155Z FEB 09',
  'FM SECSTATE WASHDC',
  'TO RUEHAK/AMEMBASSY ANKARA IMMEDIATE 1234',
  '',
  'S E C R E T SECTION 01 OF 02 STATE 011111',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 02/14/2019',
  'TAGS: PREL TU',
  'SUBJECT: (S) TALKING POINTS',
  '',
  '1. (S//NF) Text (C) and (U) and (SBU) and (TS) portions, REF A, para 2.',
  '',
  'STATE 00011111  002 OF 002',
  '',
  '2. (U) Final text. [1](#)',
  'CLINTON',
].join('\n');

const OTHER_LEVELS = ['ZNY CCCCC ZZH', 'C O N F I D E N T I A L AMMAN 000111', 'UNCLAS E F T O KABUL 000222', 'T O P S E C R E T LONDON 000333'];

describe('grammar colours', () => {
  it('colours every construct through its conventional scope in a theme with only generic rules', async () => {
    const lines = await colours(SAMPLE, BASE_RULES);
    assert.equal(colourOf(lines, 0, 'VZCZC'), '#C586C0', 'keyword.control');
    assert.equal(colourOf(lines, 1, 'RUEHAK'), '#9CDCFE', 'variable');
    assert.equal(colourOf(lines, 3, 'SSSSS'), '#569CDD', 'constant.language');
    assert.equal(colourOf(lines, 6, 'AMEMBASSY ANKARA'), '#4EC9B0', 'entity.name.type');
    assert.equal(colourOf(lines, 6, 'IMMEDIATE'), '#C586C0', 'keyword.control');
    assert.equal(colourOf(lines, 6, '1234'), '#B5CEA8', 'constant.numeric');
    assert.equal(colourOf(lines, 8, 'S E C R E T'), '#569CD6', 'keyword');
    assert.equal(colourOf(lines, 10, 'SIPDIS'), '#4A9CD6', 'storage.modifier');
    assert.equal(colourOf(lines, 14, 'TALKING POINTS'), '#6796E6', 'markup.heading');
    assert.equal(colourOf(lines, 16, 'S', 0), '#569CD6', 'keyword');
    assert.equal(colourOf(lines, 16, ' Text '), DEFAULT, 'body text');
    assert.equal(colourOf(lines, 18, 'STATE'), '#6A9955', 'comment');
    assert.equal(colourOf(lines, 20, '[1](#)'), '#F44747', 'invalid');
    assert.equal(colourOf(lines, 21, 'CLINTON'), '#DCDCAA', 'entity.name.function');
  });

  it('colours every level as documented once the snippet of docs/grammar.md is added', async () => {
    const rules = documentedRules();
    const colourFor = (level: string) => {
      const rule = rules.find((r) => r.scope === `markup.classification.${level}`);
      assert.ok(rule?.settings.foreground, `the snippet has no rule for ${level}`);
      return rule.settings.foreground.toUpperCase();
    };
    const [green, blue, red, orange] = ['unclassified', 'confidential', 'secret', 'top-secret'].map(colourFor);
    assert.equal(new Set([green, blue, red, orange]).size, 4, 'four different colours');

    const lines = await colours(SAMPLE, [...BASE_RULES, ...rules]);
    assert.equal(colourOf(lines, 3, 'SSSSS'), red);
    assert.equal(colourOf(lines, 8, 'S E C R E T'), red);
    assert.equal(colourOf(lines, 14, '(S)'), red, 'subject portion mark');
    for (const token of ['(S//', ')']) assert.equal(colourOf(lines, 16, token), red, `(S//NF) ${token}`);
    assert.equal(colourOf(lines, 16, 'NF'), '#4A9CD6', 'controls keep their own colour');
    assert.equal(colourOf(lines, 16, '(C)'), blue);
    assert.equal(colourOf(lines, 16, '(U)'), green);
    assert.equal(colourOf(lines, 16, '(SBU)'), green, 'SBU extends the unclassified scope');
    assert.equal(colourOf(lines, 16, '(TS)'), orange);
    assert.equal(colourOf(lines, 16, ' Text '), DEFAULT, 'body text');
    assert.equal(colourOf(lines, 8, 'STATE'), '#4EC9B0', 'the rest of the line keeps its colours');
    assert.equal(colourOf(lines, 16, 'REF'), '#569CD6', 'a REF citation keeps its keyword colour');

    const others = await colours(`VZCZCXRO2222\n${OTHER_LEVELS.join('\n\n')}`, [...BASE_RULES, ...rules]);
    assert.equal(colourOf(others, 1, 'CCCCC'), blue);
    assert.equal(colourOf(others, 3, 'C O N F I D E N T I A L'), blue);
    assert.equal(colourOf(others, 5, 'UNCLAS'), green);
    assert.equal(colourOf(others, 5, 'E F T O'), green);
    assert.equal(colourOf(others, 7, 'T O P S E C R E T'), orange);
  });
});
