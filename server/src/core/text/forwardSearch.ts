/**
 * Repeated searches for one string in one text at offsets that only move forward, as a
 * pass over the paragraphs of a cable makes them. `String.prototype.indexOf` has no end
 * bound, so a search for something absent reads to the end of the text each time, and a
 * search per paragraph reads the text once per paragraph; this one remembers the last hit
 * and searches again only past it, so the searches together read the text once.
 */
export class ForwardSearch {
  /** The first hit at or after {@link from} (-1: none), valid while searches move forward. */
  private hit = -2;
  private from = 0;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Offset of the first occurrence at or after `at`, or -1. */
  next(at: number): number {
    // A search from before the remembered start (rare: callers go forward) starts afresh.
    if (this.hit === -2 || at < this.from || (this.hit >= 0 && this.hit < at)) {
      this.hit = this.text.indexOf(this.needle, at);
    }
    this.from = at;
    return this.hit;
  }
}
