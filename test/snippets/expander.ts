/**
 * A small expander for the VS Code snippet syntax the project's snippets use, so tests can
 * see the text a drafter gets when accepting every default: tab stops (`$1`, `${1}`),
 * placeholders (`${1:default}`, nested), choices (`${1|a,b|}`: the first option), variables
 * (`$CURRENT_YEAR`, `${CURRENT_DATE}`, `${VAR:default}`), transforms on variables and on tab
 * stops (`${CURRENT_MONTH/(01)|(02)/${1:+JAN}${2:+FEB}/}`) with the format syntax (`$1`,
 * `${1:/upcase}`, `${1:+if}`, `${1:?if:else}`, `${1:-else}`), and the escapes `\$`, `\}`,
 * `\\` (and `\,` `\|` in choices). It follows VS Code's `snippetParser.ts` in behaviour; an
 * unknown variable or a syntax error throws, so a typo in a snippet fails the test.
 */

/** The date variables' values for a given moment (local time, as VS Code computes them). */
export function dateVariables(at: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number }): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = new Date(Date.UTC(at.year, at.month - 1, at.day));
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return {
    CURRENT_YEAR: String(at.year),
    CURRENT_YEAR_SHORT: String(at.year).slice(-2),
    CURRENT_MONTH: pad(at.month),
    CURRENT_MONTH_NAME: months[at.month - 1],
    CURRENT_MONTH_NAME_SHORT: months[at.month - 1].slice(0, 3),
    CURRENT_DATE: pad(at.day),
    CURRENT_DAY_NAME: days[date.getUTCDay()],
    CURRENT_DAY_NAME_SHORT: days[date.getUTCDay()].slice(0, 3),
    CURRENT_HOUR: pad(at.hour ?? 12),
    CURRENT_MINUTE: pad(at.minute ?? 0),
    CURRENT_SECOND: pad(at.second ?? 0),
  };
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: Node[]; choices?: string[] }
  | { kind: 'variable'; name: string; children: Node[]; transform?: Transform }
  | { kind: 'mirror'; index: number; transform: Transform };

interface Transform {
  readonly regex: RegExp;
  readonly format: FormatPart[];
}

type FormatPart =
  | { kind: 'text'; value: string }
  | { kind: 'group'; index: number; modifier?: string; ifValue?: string; elseValue?: string };

/** What a snippet expands to with every default taken. */
export interface Expansion {
  readonly text: string;
  /** Tab stop number → its value, for checks on what a placeholder holds. */
  readonly stops: ReadonlyMap<number, string>;
  /** Tab stops in the order Tab visits them (1, 2, … then 0), as they appear. */
  readonly order: readonly number[];
}

/** Expands `body` (a snippet body, lines joined with `\n`) with `variables`. */
export function expandSnippet(body: string, variables: Readonly<Record<string, string>>): Expansion {
  const parser = new Parser(body);
  const nodes = parser.parseUntil(null);
  const values = new Map<number, string>();
  // First pass: a tab stop's value is the text of its first occurrence that has content.
  const collect = (list: Node[]) => {
    for (const node of list) {
      if (node.kind === 'tabstop') {
        collect(node.children);
        const own = node.choices ? node.choices[0] : render(node.children);
        if (!values.has(node.index) || (values.get(node.index) === '' && own !== '')) values.set(node.index, own);
      } else if (node.kind === 'variable') {
        collect(node.children);
      }
    }
  };
  const render = (list: Node[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'tabstop':
            return values.get(node.index) ?? (node.choices ? node.choices[0] : render(node.children));
          case 'mirror':
            return applyTransform(values.get(node.index) ?? '', node.transform);
          case 'variable': {
            const value = variables[node.name];
            if (value === undefined) {
              if (node.children.length > 0) return render(node.children);
              throw new Error(`unknown snippet variable $${node.name}`);
            }
            return node.transform ? applyTransform(value, node.transform) : value;
          }
        }
      })
      .join('');
  collect(nodes);
  const text = render(nodes);
  const order = [...values.keys()].filter((n) => n > 0).sort((a, b) => a - b);
  if (values.has(0)) order.push(0);
  return { text, stops: values, order };
}

function applyTransform(value: string, transform: Transform): string {
  const apply = (match: RegExpExecArray) =>
    transform.format
      .map((part) => {
        if (part.kind === 'text') return part.value;
        const group = match[part.index];
        if (part.ifValue !== undefined || part.elseValue !== undefined) return group ? (part.ifValue ?? '') : (part.elseValue ?? '');
        const text = group ?? '';
        switch (part.modifier) {
          case '/upcase':
            return text.toUpperCase();
          case '/downcase':
            return text.toLowerCase();
          case '/capitalize':
            return text.charAt(0).toUpperCase() + text.slice(1);
          case undefined:
            return text;
          default:
            throw new Error(`unsupported format modifier ${part.modifier}`);
        }
      })
      .join('');
  if (!transform.regex.global) {
    const match = transform.regex.exec(value);
    return match ? value.slice(0, match.index) + apply(match) + value.slice(match.index + match[0].length) : value;
  }
  let out = '';
  let last = 0;
  transform.regex.lastIndex = 0;
  for (let match = transform.regex.exec(value); match; match = transform.regex.exec(value)) {
    out += value.slice(last, match.index) + apply(match);
    last = match.index + match[0].length;
    if (match[0].length === 0) transform.regex.lastIndex++;
  }
  return out + value.slice(last);
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  private fail(what: string): never {
    throw new Error(`snippet syntax: ${what} at ${this.at}: ${JSON.stringify(this.source.slice(Math.max(0, this.at - 20), this.at + 20))}`);
  }

  /** Parses until the closing `}` (consumed) or, with null, the end. */
  parseUntil(close: '}' | null): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '\\' && '$}\\'.includes(this.source[this.at + 1] ?? '')) {
        text += this.source[this.at + 1];
        this.at += 2;
      } else if (c === '}' && close === '}') {
        this.at++;
        flush();
        return nodes;
      } else if (c === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          this.at++;
        }
      } else {
        text += c;
        this.at++;
      }
    }
    if (close) this.fail('unclosed ${');
    flush();
    return nodes;
  }

  private dollar(): Node | null {
    const rest = this.source.slice(this.at);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      this.at += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: [] };
    }
    m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (m) {
      this.at += m[0].length;
      return { kind: 'variable', name: m[1], children: [] };
    }
    m = /^\$\{(\d+)/.exec(rest);
    if (m) {
      this.at += m[0].length;
      const index = Number(m[1]);
      const next = this.source[this.at];
      if (next === '}') {
        this.at++;
        return { kind: 'tabstop', index, children: [] };
      }
      if (next === ':') {
        this.at++;
        return { kind: 'tabstop', index, children: this.parseUntil('}') };
      }
      if (next === '|') {
        this.at++;
        const choices = this.choices();
        return { kind: 'tabstop', index, children: [], choices };
      }
      if (next === '/') {
        this.at++;
        return { kind: 'mirror', index, transform: this.transform() };
      }
      this.fail('bad tab stop');
    }
    m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (m) {
      this.at += m[0].length;
      const name = m[1];
      const next = this.source[this.at];
      if (next === '}') {
        this.at++;
        return { kind: 'variable', name, children: [] };
      }
      if (next === ':') {
        this.at++;
        return { kind: 'variable', name, children: this.parseUntil('}') };
      }
      if (next === '/') {
        this.at++;
        return { kind: 'variable', name, children: [], transform: this.transform() };
      }
      this.fail('bad variable');
    }
    return null;
  }

  private choices(): string[] {
    const options: string[] = [];
    let current = '';
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '\\' && ',|\\$}'.includes(this.source[this.at + 1] ?? '')) {
        current += this.source[this.at + 1];
        this.at += 2;
      } else if (c === ',') {
        options.push(current);
        current = '';
        this.at++;
      } else if (c === '|' && this.source[this.at + 1] === '}') {
        options.push(current);
        this.at += 2;
        return options;
      } else {
        current += c;
        this.at++;
      }
    }
    this.fail('unclosed choice');
  }

  /** After `${x/`: regex `/` format `/` options `}`. */
  private transform(): Transform {
    const regex = this.until('/', true);
    const format = this.format();
    const options = this.until('}', false);
    if (!/^[gimsuy]*$/.test(options)) this.fail(`bad regex options ${options}`);
    return { regex: new RegExp(regex, options), format };
  }

  /** Raw text up to an unescaped `end` (consumed); `\/` in a regex stays an escaped slash. */
  private until(end: string, regex: boolean): string {
    let out = '';
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '\\' && this.source[this.at + 1] === end) {
        out += regex ? `\\${end}` : end;
        this.at += 2;
      } else if (c === end) {
        this.at++;
        return out;
      } else {
        out += c;
        this.at++;
      }
    }
    this.fail(`missing ${end}`);
  }

  private format(): FormatPart[] {
    const parts: FormatPart[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '\\' && '/$\\}'.includes(this.source[this.at + 1] ?? '')) {
        text += this.source[this.at + 1];
        this.at += 2;
        continue;
      }
      if (c === '/') {
        this.at++;
        flush();
        return parts;
      }
      if (c === '$') {
        const rest = this.source.slice(this.at);
        let m = /^\$(\d+)/.exec(rest);
        if (m) {
          flush();
          this.at += m[0].length;
          parts.push({ kind: 'group', index: Number(m[1]) });
          continue;
        }
        m = /^\$\{(\d+)\}/.exec(rest);
        if (m) {
          flush();
          this.at += m[0].length;
          parts.push({ kind: 'group', index: Number(m[1]) });
          continue;
        }
        m = /^\$\{(\d+):(\/upcase|\/downcase|\/capitalize|\/camelcase|\/pascalcase)\}/.exec(rest);
        if (m) {
          flush();
          this.at += m[0].length;
          parts.push({ kind: 'group', index: Number(m[1]), modifier: m[2] });
          continue;
        }
        m = /^\$\{(\d+):([+?-]?)/.exec(rest);
        if (m) {
          flush();
          this.at += m[0].length;
          const index = Number(m[1]);
          if (m[2] === '+') parts.push({ kind: 'group', index, ifValue: this.formatText('}') });
          else if (m[2] === '?') {
            const ifValue = this.formatText(':');
            parts.push({ kind: 'group', index, ifValue, elseValue: this.formatText('}') });
          } else parts.push({ kind: 'group', index, elseValue: this.formatText('}') });
          continue;
        }
      }
      text += c;
      this.at++;
    }
    this.fail('unclosed format');
  }

  /** Literal text inside a conditional format, up to an unescaped `end` (consumed). */
  private formatText(end: string): string {
    let out = '';
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '\\' && this.at + 1 < this.source.length) {
        out += this.source[this.at + 1];
        this.at += 2;
      } else if (c === end) {
        this.at++;
        return out;
      } else {
        out += c;
        this.at++;
      }
    }
    this.fail(`missing ${end} in a conditional`);
  }
}
