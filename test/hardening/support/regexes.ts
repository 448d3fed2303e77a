/**
 * Every regular expression in the shipped code, found by parsing the sources with the
 * TypeScript compiler (so none is missed and none is guessed from text), and adversarial
 * strings built from each pattern's own characters: long runs of one character it matches,
 * runs of the pairs and words it spells, each followed by a character that makes the match
 * fail at the very end (the near miss that makes a backtracking engine retry).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { globSync } from 'tinyglobby';
import { ROOT } from '../../support/paths';

/** One regular expression literal and where it is written. */
export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

/** Every regular expression literal in the server, the CLI and the client. */
export function regexLiterals(): FoundRegex[] {
  const files = globSync(['server/src/**/*.ts', 'client/src/**/*.ts'], { cwd: ROOT }).sort();
  const out: FoundRegex[] = [];
  for (const file of files) {
    const text = readFileSync(`${ROOT}/${file}`, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Places where the code builds a regular expression at run time (`new RegExp(…)`), to be checked by hand. */
export function dynamicRegexSites(): Array<{ file: string; line: number; text: string }> {
  const files = globSync(['server/src/**/*.ts', 'client/src/**/*.ts'], { cwd: ROOT }).sort();
  const out: Array<{ file: string; line: number; text: string }> = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(`${ROOT}/${file}`, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
        out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.getText(sf) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** How one pattern fared: the worst time over its adversarial strings at each size, or a stall. */
export interface PatternTiming {
  readonly pattern: FoundRegex;
  /** Per size: the worst time in ms and the index of the adversarial string that took it. */
  readonly times: ReadonlyArray<readonly [number, number]>;
  /** One input ran longer than the stall limit and the pattern was stopped. */
  readonly stalled: boolean;
}

const WORKER = join(__dirname, 'regexWorker.js');

/** The adversarial strings of a pattern (the worker's own generator). */
export const adversarialStrings: (source: string, n: number) => string[] = require(WORKER).adversarialStrings;

/**
 * Times every pattern against its adversarial strings at each size (or only the string
 * `only[i]` for pattern i), in a worker thread that is stopped when one input runs longer
 * than `stallMs`: that pattern is reported as stalled and the rest go on in a fresh worker.
 */
export async function timePatterns(patterns: readonly FoundRegex[], sizes: readonly number[], tries: number, stallMs: number, only?: readonly number[]): Promise<PatternTiming[]> {
  const results: PatternTiming[] = [];
  let next = 0;
  while (next < patterns.length) {
    const batch = patterns.slice(next).map((p, i) => ({ id: next + i, source: p.source, flags: p.flags, only: only?.[next + i] }));
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { patterns: batch, sizes, tries } });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          results.push({ pattern: patterns[next], times: [], stalled: true });
          next++;
          void worker.terminate();
        }, stallMs);
      };
      arm();
      worker.on('message', (m: { tick?: number; id?: number; times?: Array<[number, number]> }) => {
        if (m.id !== undefined && m.times) {
          results.push({ pattern: patterns[m.id], times: m.times, stalled: false });
          next = m.id + 1;
        }
        arm();
      });
      worker.on('error', (error) => {
        if (timer) clearTimeout(timer);
        reject(error);
      });
      worker.on('exit', () => {
        if (timer) clearTimeout(timer);
        resolve();
      });
    });
  }
  return results;
}
