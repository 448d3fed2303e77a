/**
 * Long hostile lines must not make the grammar backtrack without end. Each 100,000-character
 * line is tokenised in several contexts (top level, inside the header, the TO block, the
 * captions, TAGS, REF, the reasons, a paragraph); every one must finish and cover the line.
 * The bound is deliberately generous: this is a correctness check, not a benchmark (the
 * slowest case takes about 3 s on a busy machine; catastrophic backtracking takes hours).
 */
import { strict as assert } from 'node:assert';
import { INITIAL, type StateStack } from 'vscode-textmate';
import { loadCableGrammar } from '../../scripts/grammar/tokenizer';

const LENGTH = 100_000;
const BOUND_MS = 60_000;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

/** Payloads aimed at the regexes most likely to backtrack: runs of what they repeat over. */
const PAYLOADS: Record<string, string> = {
  'open parentheses': repeat('('),
  'REF letters': repeat('A. '),
  spaces: repeat(' '),
  tabs: repeat('\t'),
  'a word, a long run of spaces, a word': 'A' + ' '.repeat(LENGTH - 2) + 'b',
  dashes: repeat('-'),
  'capital words': repeat('AB '),
  'routing indicators with slashes': repeat('RUEHC/'),
  'unfinished portion marks': repeat('(S//'),
  'REF citations': repeat('REF A AND '),
  'para citations': repeat('para 1 and '),
  'residue links': repeat('[1](#)'),
};

/** Lines that put the tokenizer inside a construct before the long line. */
const CONTEXTS: Record<string, string[]> = {
  'top level': [],
  'TO block': ['VZCZCXRO1234', 'TO RUEHC/SECSTATE WASHDC'],
  'captions region': ['UNCLAS STATE 000001'],
  'REF block': ['REF: A. STATE 1'],
  reasons: ['Classified By: A. Person for reasons 1.4'],
  paragraph: ['1. (U) Text'],
};

describe('grammar on adversarial lines', function () {
  this.timeout(15 * 60_000);

  it('tokenises 100,000-character lines in every context without runaway backtracking', async () => {
    const grammar = await loadCableGrammar();
    const slow: string[] = [];
    for (const [contextName, context] of Object.entries(CONTEXTS)) {
      let state: StateStack = INITIAL;
      for (const line of context) state = grammar.tokenizeLine(line, state).ruleStack;
      for (const [payloadName, payload] of Object.entries(PAYLOADS)) {
        const started = performance.now();
        const result = grammar.tokenizeLine(payload, state);
        const ms = performance.now() - started;
        assert.equal(result.stoppedEarly, false);
        assert.ok(result.tokens.length > 0 && result.tokens[0].startIndex === 0, `${contextName} / ${payloadName}: no tokens`);
        if (ms > BOUND_MS) slow.push(`${contextName} / ${payloadName}: ${Math.round(ms)} ms`);
      }
    }
    assert.deepEqual(slow, [], 'lines that took longer than the bound');
  });
});
