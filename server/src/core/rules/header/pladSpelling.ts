import { BoundedCache } from '../../boundedCache';
import type { Token } from '../../text/span';
import { editDistance } from '../../text/similarity';
import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';

/** The fixed words PLADs are built from. */
const PLAD_WORDS = ['AMEMBASSY', 'AMCONSUL', 'USMISSION', 'SECSTATE', 'SECDEF'];

/** Misspellings too far from their word for the edit distance to find. */
const KNOWN_MISSPELLINGS: Readonly<Record<string, string>> = { AMCONSULATE: 'AMCONSUL', AMEMBASSADY: 'AMEMBASSY' };

/** Real PLAD words close to a fixed one that must not be "corrected". */
const REAL_WORDS = new Set(['AMCONGEN', 'USMISSIONS', 'SECNAV', 'SECARMY', 'SECAF']);

/** The fixed PLAD word `word` is a misspelling of, or null. */
export function intendedPladWord(word: string): string | null {
  return INTENDED.get(word, computeIntendedPladWord);
}

/** The answers for words already judged: headers repeat the same few words (AMEMBASSY, SECSTATE). */
const INTENDED = new BoundedCache<string, string | null>(5000);

function computeIntendedPladWord(word: string): string | null {
  if (KNOWN_MISSPELLINGS[word]) return KNOWN_MISSPELLINGS[word];
  if (PLAD_WORDS.includes(word) || REAL_WORDS.has(word) || word.length < 6) return null;
  const close = PLAD_WORDS.filter((w) => w[0] === word[0] && editDistance(word, w, 2) <= 2);
  return close.length === 1 ? close[0] : null;
}

/** The length of the run of capitals that opens a PLAD (its first word, as this rule reads it). */
function firstWordLength(plad: string): number {
  let length = 0;
  while (length < plad.length && plad.charCodeAt(length) >= 65 && plad.charCodeAt(length) <= 90) length++;
  return length;
}

/**
 * Whether a first word of `length` capitals opening `plad` certainly stands for no PLAD word,
 * judged without copying it: a word shorter than six letters (no misspelling is that short), or
 * a PLAD word spelt exactly (most addresses).
 */
function certainlyNoSlip(plad: string, length: number): boolean {
  return length < 6 || PLAD_WORDS.some((w) => w.length === length && plad.startsWith(w));
}

export default {
  meta: {
    id: 'plad-spelling',
    category: 'header',
    description: 'Plain-language addresses use the fixed words AMEMBASSY, AMCONSUL, USMISSION, SECSTATE and SECDEF, spelt exactly.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['HDR-024'],
    messages: {
      misspelt: 'Expected {expected} in the address; found "{found}".',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    if (!header) return;
    const plads: Token[] = [];
    if (header.from?.plad && !header.from.indicator) plads.push(header.from.plad);
    for (const entry of realAddressees(doc)) if (entry.plad) plads.push(entry.plad);
    for (const line of header.exemptions) if (line.plad) plads.push(line.plad);
    for (const plad of plads) {
      const length = firstWordLength(plad.text);
      if (certainlyNoSlip(plad.text, length)) continue;
      const word: Token = { text: plad.text.slice(0, length), span: { start: plad.span.start, end: plad.span.start + length } };
      const expected = intendedPladWord(word.text);
      if (!expected) continue;
      report({
        span: word.span,
        messageId: 'misspelt',
        data: { expected, found: word.text },
        suggestions: [{ title: `Change it to ${expected}`, edits: [{ span: word.span, text: expected }] }],
      });
    }
  },
} satisfies Rule;
