import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';
import { rankOfProsign, wordOfRank } from '../support/precedence';

/**
 * HDR-020: action addressees carry a precedence word. Real ROUTINE cables leave ROUTINE
 * unwritten as a matter of course (over a third of the TO lines in transmitted cables), so
 * this only points, as a hint, at a TO entry without a word in a cable sent above ROUTINE,
 * where the missing word hides which precedence that addressee gets.
 */
export default {
  meta: {
    id: 'action-precedence',
    category: 'header',
    description: 'In a cable sent above ROUTINE, every action (TO) addressee states its precedence word.',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['HDR-020'],
    messages: {
      missing: 'Expected a precedence word on the action addressee {plad} in a {word} cable; found none, so ROUTINE is assumed.',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    if (!header) return;
    const letter = header.dtgLine?.prosigns[0]?.text ?? header.routing.find((r) => r.digraph)?.digraph?.text[0];
    const rank = letter ? rankOfProsign(letter) : null;
    if (rank === null || rank === 0) return;
    for (const entry of realAddressees(doc)) {
      if (entry.role !== 'to' || entry.precedence || !entry.plad) continue;
      report({ span: entry.plad.span, messageId: 'missing', data: { plad: entry.plad.text, word: wordOfRank(rank) } });
    }
  },
} satisfies Rule;
