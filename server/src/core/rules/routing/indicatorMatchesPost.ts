import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';
import { indicatorFit } from '../support/indicators';

/**
 * RI-003: an indicator serves several PLADs and its book name is often not the PLAD cables
 * use, so a pair is flagged only when every place the routing table knows for the indicator
 * differs from the State post's place (`RUEHBJ/AMEMBASSY ANKARA`: RUEHBJ is Beijing). A
 * warning at most, reported on the indicator.
 */
export default {
  meta: {
    id: 'indicator-matches-post',
    category: 'routing',
    description: "An addressee's routing indicator serves that post: flagged only when every post the routing table knows for it is in another place.",
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['RI-003'],
    messages: {
      mismatch: 'Expected a routing indicator that serves {plad}; found {indicator}, which serves {names}.',
    },
  },
  check({ doc, report, vocabulary }) {
    for (const entry of realAddressees(doc)) {
      if (!entry.indicator || entry.otherMeans || !entry.plad) continue;
      const fit = indicatorFit(entry.indicator.text, entry.plad.text, vocabulary.extraIndicators);
      if (fit.kind !== 'mismatch') continue;
      report({
        span: entry.indicator.span,
        messageId: 'mismatch',
        data: { plad: entry.plad.text, indicator: entry.indicator.text, names: fit.names.slice(0, 3).join(', ') },
      });
    }
  },
} satisfies Rule;
