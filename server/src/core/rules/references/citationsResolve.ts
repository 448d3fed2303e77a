import type { Rule } from '../rule';
import { citedLetters, referenceList, type ReferenceList } from '../support/referenceList';

/** `A–D`, `A, C` or `A` for the letters a list defines. */
function describe(list: ReferenceList): string {
  const letters = [...list.letters.keys()].sort();
  const consecutive = letters.every((l, i) => i === 0 || l.charCodeAt(0) === letters[i - 1].charCodeAt(0) + 1);
  if (letters.length > 2 && consecutive) return `${letters[0]}–${letters[letters.length - 1]}`;
  return letters.join(', ');
}

/**
 * REF-005: every reference the text cites (`ref C`, `reftels B/D`, `REFS A-C`) is in the REF
 * list. A citation of a letter the list does not have sends the reader to nothing, or to the
 * wrong cable after a reference was dropped. An unlettered list counts by position
 * (`REF: X; Y` defines A and B). Quoted documents (BEGIN TEXT … END TEXT) keep their own
 * references. A list cut short in a copy, or a text citing more missing letters than the
 * list defines, is not judged: the list was lost or misread, not mis-cited.
 */
export default {
  meta: {
    id: 'references-resolve',
    category: 'references',
    description: 'Every reference cited in the text (ref A, reftels B/C, refs A-C) is in the REF list.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['REF-005', 'PAGE-003'],
    messages: {
      missing: 'Expected a citation of a reference in the REF list ({defined}); found "{written}", but the list has no {letter}.',
    },
  },
  check({ doc, report }) {
    const list = referenceList(doc);
    if (!list || list.items.length === 0 || list.damaged) return;
    const cited = citedLetters(doc);
    const last = Math.max(...[...list.letters.keys()].map((l) => l.charCodeAt(0)));
    const missing = cited.filter((c) => {
      if (list.letters.has(c.letter.text)) return false;
      // A letter a range only implies (C in `A-D` over a list A, B, D) is the list's gap,
      // which references-lettering reports.
      if (!c.written) return false;
      // A letter joined to others far past the end of the list is a word (`ref B, P/E`).
      const joined = c.citation.letters[0] !== c.letter;
      return !(joined && c.letter.text.charCodeAt(0) - last > 3);
    });
    if (missing.length === 0) return;
    const missingLetters = new Set(missing.map((c) => c.letter.text));
    const resolvedLetters = new Set(cited.filter((c) => list.letters.has(c.letter.text)).map((c) => c.letter.text));
    if (missingLetters.size >= 3 || (missingLetters.size === 2 && resolvedLetters.size < 2)) return;
    const reported = new Set<string>();
    for (const c of missing) {
      const key = `${c.letter.span.start}:${c.letter.text}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report({
        span: c.letter.span,
        messageId: 'missing',
        data: { defined: describe(list), written: doc.text.slice(c.citation.span.start, c.citation.span.end).replace(/\s+/g, ' '), letter: c.letter.text },
        related: [{ span: list.span, message: 'The REF list.' }],
      });
    }
  },
} satisfies Rule;
