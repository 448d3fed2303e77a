/** A zero-based line and UTF-16 column, as LSP and VS Code count them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Offsets of the line starts of the text being indexed, filled in one pass and then copied at
 * their exact number: counting the lines first cost a second pass over the text. Shared by
 * every index (the constructor runs to its end before another can start) and grown as needed.
 * The copies are plain arrays: a typed array per text cost several times as much to make
 * (each has a buffer of its own outside the heap) as the copying.
 */
let scratch = new Uint32Array(4096);

/**
 * Maps offsets to lines and columns and back. Recognises LF, CRLF and a lone CR as line
 * ends, as editors do, so a pasted cable with mixed endings still lines up with the editor.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[];
  /**
   * Offset at which each line's content ends (before its line break); null when every break
   * is a lone LF, where a line ends one before the next starts (one array fewer to fill).
   */
  private readonly ends: number[] | null;

  constructor(readonly text: string) {
    // Arrays of exactly the line count: pushing onto growing arrays cost ten times as much on
    // a long text (a 2 MB cable has 50,000 lines), most of it in copying and collecting the
    // outgrown arrays.
    const length = text.length;
    if (text.indexOf('\r') < 0) {
      // The common case, LF only: jump from break to break.
      let buffer = scratch;
      let count = 1;
      buffer[0] = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count === buffer.length) {
          const grown = new Uint32Array(buffer.length * 2);
          grown.set(buffer);
          scratch = buffer = grown;
        }
        buffer[count++] = i + 1;
      }
      const starts = new Array<number>(count);
      for (let k = 0; k < count; k++) starts[k] = buffer[k];
      this.starts = starts;
      this.ends = null;
      return;
    }
    let count = 1;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) count++;
      else if (code === 13 /* \r */) {
        count++;
        if (i + 1 < length && text.charCodeAt(i + 1) === 10) i++;
      }
    }
    const starts = new Array<number>(count).fill(0);
    const ends = new Array<number>(count).fill(0);
    let line = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) {
        ends[line] = i;
        starts[++line] = i + 1;
      } else if (code === 13 /* \r */) {
        ends[line] = i;
        if (i + 1 < length && text.charCodeAt(i + 1) === 10) i++;
        starts[++line] = i + 1;
      }
    }
    ends[line] = length;
    this.starts = starts;
    this.ends = ends;
  }

  /** Number of lines; an empty text has one empty line, and a final line break opens one more. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line`. */
  lineStart(line: number): number {
    return this.starts[this.clampLine(line)];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    return this.endOf(this.clampLine(line));
  }

  /** Offset of the start of the next line (or the end of the text on the last line). */
  lineEndWithBreak(line: number): number {
    const l = this.clampLine(line);
    return l + 1 < this.starts.length ? this.starts[l + 1] : this.text.length;
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    const l = this.clampLine(line);
    return this.text.slice(this.starts[l], this.endOf(l));
  }

  /** The line break that ends `line` (`''` on the last line). */
  lineBreak(line: number): string {
    const l = this.clampLine(line);
    return this.text.slice(this.endOf(l), this.lineEndWithBreak(l));
  }

  /** The zero-based line holding `offset` (binary search: logarithmic in the line count). */
  lineAt(offset: number): number {
    if (offset <= 0) return 0;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Line and UTF-16 column of `offset`; offsets beyond the text clamp to its end. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const character = Math.min(clamped, this.endOf(line)) - this.starts[line];
    return { line, character };
  }

  /** Offset of a line and column; columns past the line's end clamp to it. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.endOf(position.line));
  }

  /** The end of line `l` (a valid line number). */
  private endOf(l: number): number {
    if (this.ends !== null) return this.ends[l];
    return l + 1 < this.starts.length ? this.starts[l + 1] - 1 : this.text.length;
  }

  private clampLine(line: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.starts.length - 1;
    return line;
  }
}
