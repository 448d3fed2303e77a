/**
 * Hostile input: whatever is pasted into the editor is parsed, linted and fixed without an
 * exception, with a sound tree, and in time that grows linearly with its size.
 *
 * Linear, not fast on this machine today: each input is run at its full size and at an
 * eighth of it, and the full size may cost at most 24 times the eighth (linear is 8; a
 * quadratic step would be 64). An absolute ceiling, far above the budget, catches a hang.
 * Timings take the best of a few runs, so a busy machine does not fail the test.
 */
import { strict as assert } from 'node:assert';
import { applyFixes, lint } from '../../server/src/core/index';
import { parseCableOrThrow } from '../../server/src/core/syntax/parse';
import { problemViolations, TODAY, treeViolations } from './support/invariants';

const MB = 1 << 20;

/** Builds a string of about `size` code units by repeating `unit`. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

/** Numbered paragraphs, one per line, as a drafter might paste a long list. */
function numberedLines(size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const line = `${i}. (U) Line ${i} of a very long pasted list.\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, size);
}

const PROSE = 'The Minister said (U) that REF A and para 3 answer the points in REFTEL; SIPDIS posts should see paras 2-4 of REF B. ';

/** The hostile inputs of the issue, each a function of its size, with the size the issue names. */
const HOSTILE: ReadonlyArray<{ name: string; size: number; make: (size: number) => string }> = [
  { name: 'a 5 MB single line of cable words', size: 5 * MB, make: (n) => repeatTo('UNCLAS SECTION 01 OF 02 STATE 000001 (C) REF A. ', n) },
  { name: 'a 5 MB single line of prose with citations', size: 5 * MB, make: (n) => repeatTo(PROSE, n) },
  { name: '200,000 lines', size: 200_000 * 45, make: numberedLines },
  { name: '200,000 short lines of header words', size: 200_000 * 22, make: (n) => repeatTo('TO RUEHKO/AMEMBASSY X\n', n) },
  { name: 'a megabyte of "("', size: MB, make: (n) => '('.repeat(n) },
  { name: '"REF: A. A. A. …" 200,000 times', size: 5 + 200_000 * 3, make: (n) => `REF: ${repeatTo('A. ', n - 5)}` },
  { name: 'a megabyte of NUL bytes', size: MB, make: (n) => '\u0000'.repeat(n) },
  { name: 'a megabyte of lone surrogates', size: MB, make: (n) => repeatTo('\ud800a\udc00\udc00\ud800', n) },
  { name: 'a megabyte of mixed CR, LF and CRLF line ends', size: MB, make: (n) => repeatTo('UNCLAS STATE 000001\r1. (U) Text.\r\nREF A\n\r\n', n) },
  { name: 'a megabyte of byte-order marks before every line', size: MB, make: (n) => `\ufeff${repeatTo('\ufeffE.O. 12958: N/A\n', n - 1)}` },
  { name: 'a megabyte of page headers', size: MB, make: (n) => repeatTo('STATE 00010774  002 OF 003\n\n1. (C) Text.\n', n) },
  { name: 'a Classified By line of a megabyte', size: MB, make: (n) => `CONFIDENTIAL STATE 000001\n\nClassified By: ${repeatTo('Amb. X, ;. ', n - 60)} for reasons 1.4 (b)\n` },
  { name: '80,000 paragraphs out of sequence, each with residue (160,000 fixes)', size: 80_000 * 14, make: (n) => Array.from({ length: Math.ceil(n / 14) }, (_, i) => `${i + 2}. (U) x ¶\n`).join('').slice(0, n) },
  { name: 'one paragraph of a megabyte of summary and comment markers', size: MB, make: (n) => `1. (U) ${repeatTo('Comment: the talks. End comment. BEGIN TEXT: Summary: none. END TEXT. ', n - 7)}` },
  { name: 'a megabyte of portion marks and slashes', size: MB, make: (n) => repeatTo('(S//NF) (C/REL UK) //// (U', n) },
];

/**
 * Parses and lints `text` and applies the safe fixes (what `--fix` and Format Document do),
 * checking the tree and the problems; returns the best time of `tries` runs in ms.
 */
function lintTimed(text: string, tries: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    // Garbage left by earlier tests is collected first (mocha runs with --expose-gc), so a
    // run does not pay for the rest of the suite.
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const doc = parseCableOrThrow(text);
    const problems = lint(doc, {}, TODAY);
    applyFixes(text, problems);
    best = Math.min(best, performance.now() - started);
    if (i === 0) {
      const violations = [...treeViolations(doc), ...problemViolations(text, problems)];
      assert.deepEqual(violations.slice(0, 5), [], 'the tree or the problems are unsound');
    }
  }
  return best;
}

describe('hardening: hostile input is linted in linear time', function () {
  this.timeout(300_000);

  for (const { name, size, make } of HOSTILE) {
    it(name, () => {
      const small = make(Math.floor(size / 8));
      const full = make(size);
      // Warm up the code paths so the first measurement is not the compiler's.
      lintTimed(make(4096), 1);
      // Best of several runs at both sizes: one run at full size can take a collector pause
      // that says nothing about how the work grows.
      const tSmall = lintTimed(small, 3);
      const tFull = lintTimed(full, 2);
      const ratio = tFull / Math.max(tSmall, 1);
      assert.ok(tFull < 60_000, `${name}: ${tFull.toFixed(0)} ms for ${full.length} characters`);
      assert.ok(tFull <= 24 * Math.max(tSmall, 5), `${name}: ${tSmall.toFixed(0)} ms at ${small.length} characters but ${tFull.toFixed(0)} ms at ${full.length} (×${ratio.toFixed(1)} for ×8 the size): not linear`);
    });
  }

  for (const [name, text] of [
    ['nothing at all', ''],
    ['one NUL byte', '\u0000'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate at the end of a cable', 'UNCLAS STATE 000001\n\n1. (U) Text.\udc00'],
    ['a byte-order mark alone', '\ufeff'],
    ['a byte-order mark before a cable', '\ufeffUNCLAS STATE 000001\r\n\r\nE.O. 12958: N/A\r\nTAGS: PREL\r\nSUBJECT: TEST\r\n\r\n1. (U) Text.\r\nSMITH\r\n'],
    ['only line ends', '\r\n\n\r\r\n'],
    ['a cable with CR line ends only', 'UNCLAS STATE 000001\r\rE.O. 12958: N/A\rTAGS: PREL\rSUBJECT: TEST\r\r1. (U) Text.\r2. (U) More.\rSMITH\r'],
  ] as const) {
    it(`parses and lints ${name}`, () => {
      lintTimed(text, 1);
    });
  }
});
