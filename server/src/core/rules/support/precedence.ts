/**
 * Precedence helpers the header rules share: ranks of addressee words and prosign letters,
 * and the one precedence word a misspelt word most likely stands for.
 */
import { editDistance } from '../../text/similarity';
import { isProsign, PRECEDENCES, PROSIGNS, precedenceByWord, type PrecedenceWord } from '../../vocab/precedence';

/** Rank of a precedence word (FLASH 3 … ROUTINE 0). */
export function rankOfWord(word: PrecedenceWord): number {
  return precedenceByWord(word)?.rank ?? 0;
}

/** Rank of a prosign letter, or null when the letter is not one of Z, O, P, R. */
export function rankOfProsign(letter: string): number | null {
  return isProsign(letter) ? PROSIGNS[letter].rank : null;
}

/** The plain word for a rank, as drafters write it on addressee lines. */
export function wordOfRank(rank: number): string {
  return rank >= 3 ? 'FLASH' : rank === 2 ? 'IMMEDIATE' : rank === 1 ? 'PRIORITY' : 'ROUTINE';
}

/** The words written alone as a precedence (NIACT IMMEDIATE is two words and handled apart). */
const SINGLE_WORDS: readonly PrecedenceWord[] = PRECEDENCES.map((p) => p.word).filter((w) => !w.includes(' '));

/**
 * The precedence word that `written` is a misspelling of, when exactly one is close enough:
 * within two edits (one for the short FLASH) and starting with the same letter, so a place
 * name at the end of a PLAD is not taken for a precedence. Null when none or several fit,
 * or when `written` is already a precedence word (in any case).
 */
export function intendedPrecedence(writtenAnyCase: string): PrecedenceWord | null {
  const written = writtenAnyCase.toUpperCase();
  if (!/^[A-Z]{4,12}$/.test(written)) return null;
  if ((SINGLE_WORDS as readonly string[]).includes(written)) return null;
  // The one word that fits, read without building the list of those that do (asked of the
  // last word of every addressee entry).
  let fit: PrecedenceWord | null = null;
  for (const word of SINGLE_WORDS) {
    if (written.charCodeAt(0) !== word.charCodeAt(0)) continue;
    const allowed = word === 'FLASH' ? 1 : 2;
    if (editDistance(written, word, allowed) > allowed) continue;
    if (fit !== null) return null;
    fit = word;
  }
  return fit;
}

/** Whether `written` is close to some precedence word (so it sits where a precedence goes). */
export function looksLikePrecedence(written: string): boolean {
  return intendedPrecedence(written) !== null;
}
