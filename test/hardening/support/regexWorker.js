// Times regular expressions against adversarial strings in a worker thread, so a pattern that
// backtracks without end can be stopped (a regular expression cannot be interrupted inside its
// own thread). Plain JavaScript: the worker runs without a TypeScript loader.
//
// Data in: { patterns: [{ id, source, flags, only? }], sizes: [n…], tries } (`only`: the index of
// the one adversarial string to run). Messages out: { tick: id } after each input, and per
// pattern { id, times: [[worst ms, index of the worst string] per size] }.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');

/** Representative characters for the escapes and classes a pattern uses. */
const CLASS_SAMPLES = { d: '1', w: 'a', s: ' ', b: ' ', D: 'x', W: '-', S: 'x', n: '\n', r: '\r', t: '\t' };

/** The characters a pattern can match, read from its source: literals, escapes, class ranges. */
function alphabetOf(source) {
  const chars = new Set([' ', 'a', 'A', '1', '.', '\n']);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] || '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)));
        i += 5;
      } else if (CLASS_SAMPLES[next]) chars.add(CLASS_SAMPLES[next]);
      else if (next) chars.add(next);
      i++;
    } else if (c === '-' && /[A-Za-z0-9]/.test(source[i - 1] || '') && /[A-Za-z0-9]/.test(source[i + 1] || '')) {
      chars.add(source[i + 1]);
    } else if (!'()[]{}?*+|^$'.includes(c)) {
      chars.add(c);
    }
  }
  return [...chars];
}

/** The literal words a pattern spells (`SECTION`, `REF`), which repeated make near misses. */
function wordsOf(source) {
  const words = new Set();
  for (const m of source.replace(/\\[dwsbDWSBnrt]/g, ' ').matchAll(/[A-Za-z0-9#./:-]{2,}/g)) words.add(m[0].replace(/\\/g, ''));
  return [...words].slice(0, 12);
}

/**
 * Adversarial strings of about `n` characters for a pattern: each character it matches,
 * repeated; each followed by a space, or by the next character of the pattern, repeated; each
 * word it spells, with and without a space, repeated; each also ending in a character no
 * pattern expects (the near miss that makes a backtracking engine retry every split).
 */
function adversarialStrings(source, n) {
  const alphabet = alphabetOf(source);
  const units = new Set();
  for (const c of alphabet) {
    units.add(c);
    units.add(c + ' ');
  }
  for (let i = 0; i + 1 < alphabet.length; i++) units.add(alphabet[i] + alphabet[i + 1]);
  for (const w of wordsOf(source)) {
    units.add(w + ' ');
    units.add(w);
  }
  const out = [];
  for (const unit of units) {
    const body = unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
    out.push(body + '\u0000!', body);
  }
  return out;
}

/** Milliseconds to run `re` over `input` as code does: every match of a global pattern, one test otherwise. */
function timeRegex(re, input) {
  const started = performance.now();
  re.lastIndex = 0;
  if (re.global) {
    for (let m = re.exec(input), guard = 0; m && guard <= input.length; m = re.exec(input), guard++) {
      if (m[0].length === 0) re.lastIndex++;
    }
  } else {
    // A sticky pattern is tried where the code puts it; at the start is the longest try.
    re.test(input);
  }
  re.lastIndex = 0;
  return performance.now() - started;
}

if (parentPort && workerData) {
  const { patterns, sizes, tries } = workerData;
  for (const { id, source, flags, only } of patterns) {
    const re = new RegExp(source, flags);
    const times = sizes.map((n) => {
      let worst = 0;
      let worstIndex = 0;
      adversarialStrings(source, n).forEach((input, index) => {
        if (only !== undefined && index !== only) return;
        let best = Number.POSITIVE_INFINITY;
        for (let t = 0; t < tries; t++) best = Math.min(best, timeRegex(re, input));
        // A heartbeat per input: the parent stops the worker when one input runs too long.
        parentPort.postMessage({ tick: id });
        if (best >= worst) {
          worst = best;
          worstIndex = index;
        }
      });
      return [worst, worstIndex];
    });
    parentPort.postMessage({ id, times });
  }
}

module.exports = { alphabetOf, adversarialStrings, timeRegex };
