import type { Token } from '../../text/span';
import { editDistance } from '../../text/similarity';
import { lookupIndicator } from '../../vocab/routingIndicators';
import type { Rule, Suggestion } from '../rule';
import { realAddressees } from '../support/addressees';
import { indicatorsNaming } from '../support/indicators';

/**
 * RI-002: a routing indicator is looked up in the routing table (ACP 117, 2010, with
 * indicators seen in cable headers) and in the extra indicators the configuration adds. An
 * unknown one is a warning only: the book is dated and incomplete. The DE line's and the
 * addressees' indicators are checked; the relay indicators on the routing line (`PP RUEHWEB
 * RUEHMOS`) are not, since the book lists few of them and half of all transmitted cables
 * would be flagged. When the addressee's PLAD is listed under a close indicator, that one is
 * suggested.
 */
export default {
  meta: {
    id: 'known-routing-indicator',
    category: 'routing',
    description: 'The routing indicators of the DE line and the addressees are ones the routing table or the configured extra indicators list.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['RI-002'],
    messages: {
      unknown: 'Expected a routing indicator listed in the routing table or the configured extra indicators; found {found}, which neither lists.',
      unknownFor: 'Expected a routing indicator listed in the routing table or the configured extra indicators; found {found}, which neither lists (the table routes {plad} through {known}).',
    },
  },
  check({ doc, report, vocabulary }) {
    const header = doc.header;
    if (!header) return;
    const extra = vocabulary.extraIndicators;
    // Each indicator is judged where it is found (the DE line's, then the addressees'), with
    // no list of pairs built per cable.
    const judge = (token: Token, plad: string | null) => {
      if (!/^R[A-Z]{3,8}$/.test(token.text)) return; // malformed: routing-indicator-shape reports it
      if (lookupIndicator(token.text, extra)) return;
      const known = plad ? indicatorsNaming(plad).filter((i) => editDistance(i, token.text, 2) <= 2) : [];
      const suggestions: Suggestion[] = known.map((i) => ({ title: `Change it to ${i}`, edits: [{ span: token.span, text: i }] }));
      report({
        span: token.span,
        messageId: known.length > 0 ? 'unknownFor' : 'unknown',
        data: { found: token.text, plad: plad ?? '', known: known.join(' or ') },
        suggestions,
      });
    };
    if (header.de?.indicator) judge(header.de.indicator, header.from?.plad?.text ?? null);
    for (const entry of realAddressees(doc)) {
      if (entry.indicator && !entry.otherMeans) judge(entry.indicator, entry.plad?.text ?? null);
    }
  },
} satisfies Rule;
