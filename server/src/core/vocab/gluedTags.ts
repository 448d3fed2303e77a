/**
 * Splitting a word that is several tags run together (`PHUMPGOV`, `ETRDEINVPGOVCS`,
 * `NATOPREL`) into the tags it holds. Shared by the rule that reports glued tags and the
 * rule that wants a subject tag (a glued subject tag still says what the cable is about), and
 * by the TAGS parser, which reads the parts of a run made only of listed tags.
 */
import { kindByShape, lookupTag, type ExtraTags } from './tags';

/** The longest tag a piece may be (organisation acronyms such as UNESCO). */
const LONGEST_PIECE = 6;
/** Words longer than this are not split (names, phrases). */
const LONGEST_WORD = 60;
/** No country code written on its own: runs may only close with codes. */
const NO_CODES: ReadonlySet<string> = new Set();

interface Split {
  readonly pieces: string[];
  /** Pieces no table knows (shaped like a subject or program tag). */
  readonly unknown: number;
}

function pieceCost(piece: string, extra: ExtraTags): { ok: boolean; unknown: number } {
  const info = lookupTag(piece, extra);
  if (info) return { ok: true, unknown: 0 };
  // An unlisted piece is accepted only with the full shape of a subject or program tag.
  const shape = kindByShape(piece);
  if (piece.length === 4 && (shape === 'subject' || shape === 'program')) return { ok: true, unknown: 1 };
  return { ok: false, unknown: 0 };
}

/** The best split of `word` into pieces of three letters or more (null when there is none). */
function splitLong(word: string, extra: ExtraTags): Split | null {
  if (word.length === 0) return { pieces: [], unknown: 0 };
  // best[i]: the best split of word.slice(0, i).
  const best: Array<Split | null> = new Array<Split | null>(word.length + 1).fill(null);
  best[0] = { pieces: [], unknown: 0 };
  for (let i = 0; i < word.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (let length = 3; length <= LONGEST_PIECE && i + length <= word.length; length++) {
      const piece = word.slice(i, i + length);
      const cost = pieceCost(piece, extra);
      if (!cost.ok) continue;
      const candidate: Split = { pieces: [...before.pieces, piece], unknown: before.unknown + cost.unknown };
      const current = best[i + length];
      if (!current || better(candidate, current)) best[i + length] = candidate;
    }
  }
  return best[word.length];
}

function better(a: Split, b: Split): boolean {
  return a.unknown < b.unknown || (a.unknown === b.unknown && a.pieces.length < b.pieces.length);
}

/**
 * The tags `word` is made of, or null when it is not a run of two or more tags. Country
 * codes (two letters) may only close the run, as they close a TAGS line (`ECONCS`,
 * `EINVECONSENVCSJA`), so `ECIN` is not read as EC + IN. At least one piece must be a subject
 * or program tag from the tables, so that a name is not split; among the possible splits,
 * the one with the fewest unlisted pieces, then the fewest pieces, wins. A country code the
 * line writes on its own (`writtenCodes`, see {@link writtenCountryCodes}) may also open the run.
 */
export function splitGlued(word: string, extra: ExtraTags, writtenCodes: ReadonlySet<string> = NO_CODES): string[] | null {
  if (word.length < 6 || word.length > LONGEST_WORD || !/^[A-Z]+$/.test(word)) return null;
  if (lookupTag(word, extra)) return null;
  const closed = splitClosedByCodes(word, extra);
  if (closed) return closed;
  // `ITPHUM` on a line that also holds `IT`: a country code the line writes on its own may open
  // the run too (a code opening a run is otherwise too easily a word: ECIN is not EC + IN).
  const code = word.slice(0, 2);
  if (!writtenCodes.has(code)) return null;
  const rest = word.slice(2);
  const restInfo = lookupTag(rest, extra);
  if (restInfo && (restInfo.kind === 'subject' || restInfo.kind === 'program')) return [code, rest];
  const restPieces = splitClosedByCodes(rest, extra);
  return restPieces ? [code, ...restPieces] : null;
}

/**
 * The country codes a TAGS line writes as tags of their own (`IT` in `PHUM IT ITPHUM`): the
 * codes that may also open a run of glued tags on that line.
 */
export function writtenCountryCodes(bareTags: readonly string[], extra: ExtraTags): Set<string> {
  const codes = new Set<string>();
  for (const tag of bareTags) {
    if (tag.length === 2 && lookupTag(tag, extra)?.kind === 'geo') codes.add(tag);
  }
  return codes;
}

/** {@link splitGlued} where country codes may only close the run. */
function splitClosedByCodes(word: string, extra: ExtraTags): string[] | null {
  if (word.length < 6 || word.length > LONGEST_WORD) return null;
  let chosen: Split | null = null;
  const countries: string[] = [];
  for (let tail = 0; tail <= word.length; tail += 2) {
    if (tail > 0) {
      const code = word.slice(word.length - tail, word.length - tail + 2);
      const info = lookupTag(code, extra);
      if (!info || info.kind !== 'geo') break;
      countries.unshift(code);
    }
    const head = splitLong(word.slice(0, word.length - tail), extra);
    if (!head) continue;
    const candidate: Split = { pieces: [...head.pieces, ...countries], unknown: head.unknown };
    if (!chosen || better(candidate, chosen)) chosen = candidate;
  }
  if (!chosen || chosen.pieces.length < 2) return null;
  if (chosen.unknown >= chosen.pieces.length - 1) return null;
  const anchored = chosen.pieces.some((p) => {
    const info = lookupTag(p, extra);
    return info !== undefined && (info.kind === 'subject' || info.kind === 'program');
  });
  return anchored ? chosen.pieces : null;
}
