/**
 * Edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbours, so `PRLE` is one edit from `PREL`), giving up with `max + 1` as soon as the
 * distance must exceed `max`. Meant for short words: time is the product of the lengths.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = new Array<number>(b.length + 1).fill(0);
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current: number[] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] > max ? max + 1 : previous[b.length];
}

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
