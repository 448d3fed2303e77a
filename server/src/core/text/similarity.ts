/**
 * Edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbours, so `PRLE` is one edit from `PREL`), giving up with `max + 1` as soon as the
 * distance must exceed `max`. Meant for short words: time is the product of the lengths.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table (two back, for swaps), reused from call to call: the candidate
  // searches call this for every word of a vocabulary, and fresh arrays per call (and per
  // row) were most of its cost.
  const width = b.length + 1;
  if (rowBuffers[0].length < width) rowBuffers = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let beforePrevious = rowBuffers[0];
  let previous = rowBuffers[1];
  let current = rowBuffers[2];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length] > max ? max + 1 : previous[b.length];
}

/** The rows {@link editDistance} works in, grown to the longest word seen (words are short). */
let rowBuffers: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** The candidates within `max` edits of `word`, nearest first (ties keep the candidates' order). */
export function closestMatches(word: string, candidates: Iterable<string>, max: number): string[] {
  const found: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ candidate, distance });
  }
  found.sort((x, y) => x.distance - y.distance);
  return found.map((f) => f.candidate);
}
