/**
 * Random line-level mutations of cables, as fast-check arbitraries: what a drafter's slips,
 * a bad paste or a damaged copy do to a cable. A mutation is plain data (an operation and a
 * few numbers), applied deterministically, so fast-check can shrink a failing case to the
 * fewest, smallest mutations.
 */
import fc from 'fast-check';

/** One mutation: an operation and numbers that choose where and what (taken modulo the sizes). */
export interface Mutation {
  readonly op: MutationOp;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  /** Text to insert, for the operations that insert. */
  readonly s: string;
}

export const MUTATION_OPS = [
  'deleteLine',
  'duplicateLine',
  'swapLines',
  'moveLine',
  'insertLine',
  'joinLines',
  'splitLine',
  'deleteChars',
  'insertText',
  'replaceChar',
  'swapChars',
  'caseLine',
  'indentLine',
  'lineEnding',
  'blankLine',
  'wordTypo',
  'wordSpacing',
  'renumber',
  'residue',
  'portionLevel',
] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/** Characters that matter to the parser, and some that should not reach it. */
const PIECES = [
  '(', ')', '/', '//', '.', ':', '-', '--', ',', '#', ' ', '  ', '\t', '¶', '[1](#)', '\\', '\r', '\n', '\r\n', '\u0000', '\ufeff', '\ud800', '\udc00', '😀', 'é', '\u00a0', '\u2028',
  'A', 'B', 'Z', 'a', '0', '1', '9', '12', '(U)', '(C)', '(S//NF)', '(SBU)', 'REF', 'REF A', 'REFTEL', 'para 9', 'E.O.', 'DECL:', 'TAGS:', 'SUBJECT:', 'SECTION 02 OF 01', 'SIPDIS', 'NOFORN', 'C O N F I D E N T I A L', 'BT', 'NNNN', 'ZNR UUUUU', 'ZNY CCCCC', 'VZCZC', 'END TEXT', 'BEGIN TEXT', 'Summary:', 'End summary.',
];

const piece = fc.constantFrom(...PIECES);
const text = fc.oneof({ weight: 3, arbitrary: piece }, { weight: 1, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) });

/** One random mutation. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...MUTATION_OPS),
  a: fc.nat({ max: 1 << 20 }),
  b: fc.nat({ max: 1 << 20 }),
  c: fc.nat({ max: 1 << 20 }),
  s: text,
});

/** A line with its line break kept, so line endings survive the mutations. */
function splitKeepingBreaks(source: string): string[] {
  const lines = source.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  return lines.length > 0 ? lines : [''];
}

function breakOf(line: string): string {
  return /\r\n$/.test(line) ? '\r\n' : /[\r\n]$/.test(line) ? line.slice(-1) : '';
}

function contentOf(line: string): string {
  return line.slice(0, line.length - breakOf(line).length);
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A typo in a word: a letter dropped, doubled, changed, or two swapped. */
function typo(word: string, b: number, c: number): string {
  if (word.length < 2) return word;
  const i = b % word.length;
  switch (c % 4) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + UPPER[c % 26] + word.slice(i + 1);
    default: {
      const j = Math.min(i, word.length - 2);
      return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
    }
  }
}

/** Applies one mutation to `source`. */
export function applyMutation(source: string, m: Mutation, others: readonly string[] = []): string {
  const lines = splitKeepingBreaks(source);
  const n = lines.length;
  const i = m.a % n;
  const line = lines[i];
  const content = contentOf(line);
  const end = breakOf(line) || '\n';
  const set = (newLines: string[]) => newLines.join('');
  switch (m.op) {
    case 'deleteLine':
      return set(lines.filter((_, k) => k !== i));
    case 'duplicateLine':
      return set([...lines.slice(0, i + 1), content + end, ...lines.slice(i + 1)]);
    case 'swapLines': {
      if (i + 1 >= n) return source;
      const copy = [...lines];
      [copy[i], copy[i + 1]] = [contentOf(copy[i + 1]) + breakOf(copy[i]), contentOf(copy[i]) + breakOf(copy[i + 1])];
      return set(copy);
    }
    case 'moveLine': {
      const rest = lines.filter((_, k) => k !== i);
      const to = m.b % (rest.length + 1);
      return set([...rest.slice(0, to), content + end, ...rest.slice(to)]);
    }
    case 'insertLine': {
      const pool = others.length > 0 ? others : [source];
      const from = splitKeepingBreaks(pool[m.b % pool.length]);
      const inserted = contentOf(from[m.c % from.length]);
      return set([...lines.slice(0, i), inserted + end, ...lines.slice(i)]);
    }
    case 'joinLines':
      return set([...lines.slice(0, i), content + (m.b % 2 === 0 ? ' ' : '') + (lines[i + 1] ?? ''), ...lines.slice(i + 2)]);
    case 'splitLine': {
      const at = m.b % (content.length + 1);
      return set([...lines.slice(0, i), content.slice(0, at) + end + content.slice(at) + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'deleteChars': {
      const at = m.b % (content.length + 1);
      const len = 1 + (m.c % 8);
      return set([...lines.slice(0, i), content.slice(0, at) + content.slice(at + len) + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'insertText': {
      const at = m.b % (content.length + 1);
      return set([...lines.slice(0, i), content.slice(0, at) + m.s + content.slice(at) + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'replaceChar': {
      if (content.length === 0) return source;
      const at = m.b % content.length;
      const ch = m.s.length > 0 ? m.s[0] : UPPER[m.c % 26];
      return set([...lines.slice(0, i), content.slice(0, at) + ch + content.slice(at + 1) + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'swapChars': {
      if (content.length < 2) return source;
      const at = m.b % (content.length - 1);
      return set([...lines.slice(0, i), content.slice(0, at) + content[at + 1] + content[at] + content.slice(at + 2) + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'caseLine': {
      const changed = m.b % 3 === 0 ? content.toLowerCase() : m.b % 3 === 1 ? content.toUpperCase() : content.replace(/\b([A-Z])([A-Z]+)\b/g, (_, f: string, r: string) => f + r.toLowerCase());
      return set([...lines.slice(0, i), changed + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'indentLine': {
      const changed = m.b % 2 === 0 ? ' '.repeat(1 + (m.c % 6)) + content : content.trimStart() + ' '.repeat(m.c % 3);
      return set([...lines.slice(0, i), changed + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'lineEnding': {
      const endings = ['\n', '\r\n', '\r', ''];
      return set([...lines.slice(0, i), content + endings[m.b % endings.length], ...lines.slice(i + 1)]);
    }
    case 'blankLine':
      return m.b % 2 === 0 ? set([...lines.slice(0, i), end, ...lines.slice(i)]) : set(lines.filter((l, k) => k !== i || contentOf(l).trim() !== ''));
    case 'wordTypo':
    case 'wordSpacing': {
      // An upper-case word of the text (a caption, a tag, a classification, a precedence…).
      const words = [...source.matchAll(/\b[A-Z]{3,}\b/g)];
      if (words.length === 0) return source;
      const w = words[m.b % words.length];
      const at = w.index!;
      const word = w[0];
      let replaced: string;
      if (m.op === 'wordTypo') replaced = typo(word, m.c, m.a);
      else replaced = m.c % 2 === 0 ? word.split('').join(' ') : word.split('').join(m.c % 3 === 0 ? '  ' : ' ').replace(/ (?=\S$)/, '');
      return source.slice(0, at) + replaced + source.slice(at + word.length);
    }
    case 'renumber': {
      // A number in the text: a paragraph number, a serial, a day, a year.
      const numbers = [...source.matchAll(/\d+/g)];
      if (numbers.length === 0) return source;
      const num = numbers[m.b % numbers.length];
      const value = String(m.c % (num[0].length >= 2 ? 100 : 20)).padStart(m.c % 2 === 0 ? num[0].length : 1, '0');
      return source.slice(0, num.index!) + value + source.slice(num.index! + num[0].length);
    }
    case 'residue': {
      const residue = ['¶', '¶ ', '[1](#)', '[PREL](#)', ' \\'][m.b % 5];
      const changed = residue === ' \\' ? content + residue : residue + content;
      return set([...lines.slice(0, i), changed + breakOf(line), ...lines.slice(i + 1)]);
    }
    case 'portionLevel': {
      const marks = [...source.matchAll(/\((?:TS|SBU|U|C|S)(?:\/\/?[A-Z ]+)?\)/g)];
      if (marks.length === 0) return source;
      const mark = marks[m.b % marks.length];
      const levels = ['(U)', '(SBU)', '(C)', '(S)', '(TS)', '(S//NF)', '(C/NF)', '(c)', '( U )', '(U'];
      return source.slice(0, mark.index!) + levels[m.c % levels.length] + source.slice(mark.index! + mark[0].length);
    }
  }
}

/** Applies mutations in order. */
export function mutate(source: string, mutations: readonly Mutation[], others: readonly string[] = []): string {
  return mutations.reduce((text, m) => applyMutation(text, m, others), source);
}

/** Code units, lone surrogates included: `fc.string` with `binary` never makes half a pair. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Random text of any code units, with the characters the parser cares about more likely. */
export const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(piece, codeUnit), { maxLength: 120 }).map((p) => p.join('')),
);
