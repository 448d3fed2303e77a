import { isProsign, prosignForRank } from '../../vocab/precedence';
import type { Rule } from '../rule';
import { realAddressees, type AddresseeEntry } from '../support/addressees';
import { rankOfProsign, rankOfWord, wordOfRank } from '../support/precedence';

/**
 * HDR-003: the FL2 digraph carries the highest precedence held by any addressee, TO or
 * INFO. Reported on the digraph, with the addressee that sets the precedence as related
 * information. A digraph above every addressee is reported only when every addressee
 * states its precedence (an entry without a word is taken as ROUTINE, which the format's
 * sources only assume).
 */
export default {
  meta: {
    id: 'precedence-digraph',
    category: 'header',
    description: 'The precedence digraph on format line 2 is the highest precedence of any TO or INFO addressee (ZZ FLASH, OO IMMEDIATE, PP PRIORITY, RR ROUTINE).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['HDR-003'],
    messages: {
      below: 'Expected the precedence digraph {expected} ({word}, the highest addressee precedence, {addressee}); found {found}.',
      above: 'Expected the precedence digraph {expected} ({word}, the highest addressee precedence); found {found}, which no addressee has.',
    },
  },
  check({ doc, report }) {
    const line = doc.header?.routing.find((r) => r.digraph !== null);
    const digraph = line?.digraph;
    if (!digraph || digraph.text.length !== 2 || digraph.text[0] !== digraph.text[1] || !isProsign(digraph.text[0])) return;
    const found = rankOfProsign(digraph.text[0]) ?? 0;
    const entries = realAddressees(doc);
    if (entries.length === 0) return;
    let highest: AddresseeEntry | null = null;
    for (const entry of entries) {
      if (entry.precedenceWord && (highest === null || rankOfWord(entry.precedenceWord) > rankOfWord(highest.precedenceWord!))) highest = entry;
    }
    const allStated = entries.every((e) => e.precedenceWord !== null);
    const expectedRank = highest ? rankOfWord(highest.precedenceWord!) : null;
    if (expectedRank === null) return;
    if (found >= expectedRank && !(found > expectedRank && allStated)) return;
    const expected = prosignForRank(expectedRank).repeat(2);
    const addressee = highest!.plad?.text ?? highest!.body.text;
    report({
      span: digraph.span,
      messageId: found < expectedRank ? 'below' : 'above',
      data: { expected, word: wordOfRank(expectedRank), addressee: `${addressee} ${highest!.precedenceWord}`, found: digraph.text },
      suggestions: [{ title: `Change the digraph to ${expected}`, edits: [{ span: digraph.span, text: expected }] }],
      related: [{ span: highest!.precedence!.span, message: `${addressee} is ${highest!.precedenceWord}.` }],
    });
  },
} satisfies Rule;
