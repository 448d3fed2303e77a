/**
 * Tokenises text with the committed grammar (`syntaxes/cable.tmLanguage.json`) through
 * vscode-textmate and the Oniguruma WASM that ships in node_modules (dev dependencies): the
 * same engine VS Code uses, with no network. Used by the grammar tests and `measure.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IOnigLib, type IRawTheme, type StateStack } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';
import { GRAMMAR_FILE } from './cableGrammar';

const ROOT = join(__dirname, '..', '..');

/** The grammar file, as committed. */
export const GRAMMAR_PATH = join(ROOT, GRAMMAR_FILE);

/** One token: its text, where it starts on its line, and its scopes outermost first. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly scopes: readonly string[];
}

/** One tokenised line. */
export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** vscode-textmate gave up on the line (only with a time limit). */
  readonly stoppedEarly: boolean;
}

let onigLib: Promise<IOnigLib> | null = null;

/** The Oniguruma binding, loaded once per process (the WASM may only be loaded once). */
function loadOnigLib(): Promise<IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => new OnigScanner(sources),
      createOnigString: (text: string) => new OnigString(text),
    };
  })();
  return onigLib;
}

/** A fresh registry holding the committed grammar, optionally with a colour theme. */
export async function createCableRegistry(theme?: IRawTheme): Promise<{ registry: Registry; grammar: IGrammar }> {
  const registry = new Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName: string) => (scopeName === 'source.cable' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  if (theme) registry.setTheme(theme);
  const grammar = await registry.loadGrammar('source.cable');
  if (!grammar) throw new Error('source.cable did not load');
  return { registry, grammar };
}

let grammarPromise: Promise<IGrammar> | null = null;

/** The grammar without a theme, loaded once per process. */
export function loadCableGrammar(): Promise<IGrammar> {
  grammarPromise ??= createCableRegistry().then((r) => r.grammar);
  return grammarPromise;
}

/** Tokenises every line of `text` (LF or CRLF), carrying the rule stack from line to line. */
export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const grammar = await loadCableGrammar();
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let state: StateStack = INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const tokens = result.tokens.map((t, i) => {
      const end = i + 1 < result.tokens.length ? result.tokens[i + 1].startIndex : line.length;
      return { text: line.slice(t.startIndex, end), start: t.startIndex, scopes: t.scopes };
    });
    return { text: line, tokens: tokens.filter((t) => t.text.length > 0), stoppedEarly: result.stoppedEarly };
  });
}

/**
 * The snapshot of a tokenised text: each line after `>`, then one row per token that has a
 * scope besides `source.cable`: carets under the token, then its scopes (outermost first,
 * `source.cable` left out).
 */
export function renderSnapshot(lines: readonly TokenizedLine[]): string {
  const out: string[] = [];
  for (const line of lines) {
    out.push(`>${line.text}`);
    for (const token of line.tokens) {
      const scopes = token.scopes.filter((s) => s !== 'source.cable');
      if (scopes.length === 0) continue;
      out.push(`#${' '.repeat(token.start)}${'^'.repeat(token.text.length)} ${scopes.join(' ')}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The tokens of `lines` whose text is exactly `text`, optionally only on line `lineIndex`. */
export function tokensWithText(lines: readonly TokenizedLine[], text: string, lineIndex?: number): Token[] {
  const chosen = lineIndex === undefined ? lines : [lines[lineIndex]];
  return chosen.flatMap((l) => l.tokens.filter((t) => t.text === text));
}
