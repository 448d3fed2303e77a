import { isProsign, prosignForRank } from '../../vocab/precedence';
import type { Rule } from '../rule';
import { realAddressees, type AddresseeEntry } from '../support/addressees';
import { rankOfProsign, rankOfWord, wordOfRank } from '../support/precedence';

/**
 * The highest precedence stated among `entries` and the entry stating it, and whether every
 * entry states one. Null when none does: an entry without a word is taken as ROUTINE only by
 * assumption, so it never contradicts a prosign on its own.
 */
function highest(entries: readonly AddresseeEntry[]): { rank: number; entry: AddresseeEntry; allStated: boolean } | null {
  let best: { rank: number; entry: AddresseeEntry } | null = null;
  for (const entry of entries) {
    if (!entry.precedenceWord) continue;
    const rank = rankOfWord(entry.precedenceWord);
    if (best === null || rank > best.rank) best = { rank, entry };
  }
  // Built field by field: spreading an object costs a generic copy.
  return best && { rank: best.rank, entry: best.entry, allStated: entries.every((e) => e.precedenceWord !== null) };
}

/** Whether a prosign of `rank` disagrees with the addressees' stated precedences. */
function disagrees(rank: number, top: { rank: number; allStated: boolean }): boolean {
  return rank < top.rank || (rank > top.rank && top.allStated);
}

function describe(entry: AddresseeEntry): string {
  return `${entry.plad?.text ?? entry.body.text} ${entry.precedenceWord}`;
}

/**
 * HDR-015: the first FL5 prosign is the highest precedence among the action (TO) addressees;
 * a second one, when written, is the INFO addressees' precedence and lower than the first.
 * Entries without a precedence word are taken as ROUTINE by assumption only, so they never
 * contradict a prosign on their own. Reported on the prosign, with the addressee that sets the
 * precedence as related information.
 */
export default {
  meta: {
    id: 'dtg-prosigns',
    category: 'header',
    description: 'The prosigns before the DTG follow the addressees: the first is the highest TO precedence, a second (lower) one the INFO precedence.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['HDR-015'],
    messages: {
      first: 'Expected the first prosign {expected} ({word}, the highest action precedence: {addressee}); found {found}.',
      order: 'Expected the second prosign (the INFO precedence) lower than the first, {first}; found {found}.',
      second: 'Expected the second prosign {expected} ({word}, the highest INFO precedence: {addressee}); found {found}.',
      noInfo: 'Expected one prosign for a cable without INFO addressees; found a second, {found}.',
      infoAbove: 'Expected INFO addressees no higher than the action precedence {first}; found {addressee}.',
    },
  },
  check({ doc, report }) {
    const line = doc.header?.dtgLine;
    if (!line || line.prosigns.length === 0 || !line.prosigns.every((p) => isProsign(p.text))) return;
    const entries = realAddressees(doc);
    const to = entries.filter((e) => e.role === 'to');
    const info = entries.filter((e) => e.role === 'info');
    if (to.length === 0) return;
    const [first, second] = line.prosigns;
    const firstRank = rankOfProsign(first.text) ?? 0;
    const action = highest(to);
    if (!action) return;
    const relatedTo = (entry: AddresseeEntry) => [{ span: (entry.precedence ?? entry.body).span, message: `The addressee setting the precedence: ${describe(entry)}.` }];
    if (disagrees(firstRank, action)) {
      const expected = prosignForRank(action.rank);
      report({
        span: first.span,
        messageId: 'first',
        data: { expected, word: wordOfRank(action.rank), addressee: describe(action.entry), found: first.text },
        suggestions: [{ title: `Change the prosign to ${expected}`, edits: [{ span: first.span, text: expected }] }],
        related: relatedTo(action.entry),
      });
      return;
    }
    const infoTop = highest(info);
    if (!second) {
      if (infoTop && infoTop.rank > firstRank) {
        report({ span: first.span, messageId: 'infoAbove', data: { first: first.text, addressee: describe(infoTop.entry) }, related: relatedTo(infoTop.entry) });
      }
      return;
    }
    const secondRank = rankOfProsign(second.text) ?? 0;
    if (secondRank >= firstRank) {
      report({ span: second.span, messageId: 'order', data: { first: first.text, found: second.text } });
      return;
    }
    if (info.length === 0) {
      report({ span: second.span, messageId: 'noInfo', data: { found: second.text } });
      return;
    }
    if (!infoTop) return;
    if (infoTop.rank > firstRank) {
      report({ span: second.span, messageId: 'infoAbove', data: { first: first.text, addressee: describe(infoTop.entry) }, related: relatedTo(infoTop.entry) });
      return;
    }
    if (disagrees(secondRank, infoTop)) {
      const expected = prosignForRank(infoTop.rank);
      report({
        span: second.span,
        messageId: 'second',
        data: { expected, word: wordOfRank(infoTop.rank), addressee: describe(infoTop.entry), found: second.text },
        suggestions: [{ title: `Change the prosign to ${expected}`, edits: [{ span: second.span, text: expected }] }],
        related: relatedTo(infoTop.entry),
      });
    }
  },
} satisfies Rule;
