import type { ReferenceNode } from '../../syntax/nodes';
import type { Rule } from '../rule';
import { bareCitations, referenceList } from '../support/referenceList';
import { isDigit } from '../../text/characters';

/** Plural keywords cite the whole list (`as reported in reftels`). */
const PLURAL = /^(?:REFTELS|REFS|REFERENCES)$/i;

/**
 * REF-005: every reference listed is cited at least once in the text, so the reader knows
 * what each one is for. A reference the text never mentions (by letter, by `REFTEL` for a
 * single reference, by `REFS`, or by its own cable number) may be one that is no longer
 * needed. A hint; the reference is shown greyed out.
 */
export default {
  meta: {
    id: 'references-unused',
    category: 'references',
    description: 'Every reference in the REF list is cited somewhere in the text.',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['REF-005'],
    messages: {
      unused: 'Expected reference {letter} to be cited in the text; found no citation of it.',
      unusedSingle: 'Expected the reference to be cited in the text (as REFTEL); found no citation of it.',
    },
  },
  check({ doc, report }) {
    const list = referenceList(doc);
    if (!list || list.items.length === 0 || list.damaged) return;
    const bare = bareCitations(doc);
    if (bare.some((c) => PLURAL.test(c.keyword.text))) return;
    const single = list.items.length === 1;
    // A bare REFTEL cites the single reference; with several it could be any of them.
    if (bare.length > 0) return;
    const cited = new Set<ReferenceNode>();
    for (const citation of doc.refCitations) {
      for (const letter of citation.letters) {
        const item = list.letters.get(letter.text);
        if (item) cited.add(item);
      }
    }
    // The numbers of the text are read only when a reference is not cited by its letter (most
    // are), and then once.
    let numbers: Set<number> | null = null;
    const seen = new Set<ReferenceNode>();
    list.letters.forEach((item, letter) => {
      if (seen.has(item)) return;
      seen.add(item);
      if (cited.has(item)) return;
      if (item.citations.length > 0) {
        const inText = (numbers ??= numbersIn(doc.text, doc.bodyStart, uncitedSerials(list.items, cited)));
        if (item.citations.some((c) => inText.has(Number(c.serial.text)))) return;
      }
      report({ span: item.span, messageId: single ? 'unusedSingle' : 'unused', data: { letter }, tags: ['unnecessary'] });
    });
  },
} satisfies Rule;

/** Every number written in the text from `from` on (`as STATE 12345 asked` holds 12345), in one pass. */
function numbersIn(text: string, from: number, wanted: ReadonlySet<number>): Set<number> {
  // Only the numbers asked about are looked for, each by searching its digits (indexOf is far
  // faster than reading every character): a hit counts when the whole run of digits around it
  // (from `from` on) is at most eight long and reads as that number (leading zeros allowed).
  const numbers = new Set<number>();
  for (const value of wanted) {
    const digits = String(value);
    if (!/^\d{1,8}$/.test(digits)) continue;
    for (let at = text.indexOf(digits, from); at >= 0; at = text.indexOf(digits, at + 1)) {
      let start = at;
      while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
      let end = at + digits.length;
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      if (end - start <= 8 && runValue(text, start, end) === value) {
        numbers.add(value);
        break;
      }
    }
  }
  return numbers;
}

/** The number a run of at most eight digits reads as. */
function runValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** The serials (as numbers) of the references not cited by letter: the numbers worth looking for. */
function uncitedSerials(items: readonly ReferenceNode[], cited: ReadonlySet<ReferenceNode>): Set<number> {
  const serials = new Set<number>();
  for (const item of items) if (!cited.has(item)) for (const c of item.citations) serials.add(Number(c.serial.text));
  return serials;
}
