import type { Rule } from '../rule';
import { indicatorFit } from '../support/indicators';

/**
 * HDR-010: the DE line's routing indicator is the originating station's (`RUEHSW` for
 * `FM AMEMBASSY BERN`). Indicators and PLADs are many-to-many, so only a clear mismatch is
 * reported: every post the routing table knows for the indicator is in another place.
 */
export default {
  meta: {
    id: 'originator-indicator',
    category: 'header',
    description: "The DE line's routing indicator belongs to the originator on the FM line (RUEHSW for AMEMBASSY BERN); flagged only when every post the indicator serves is elsewhere.",
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['HDR-010', 'RI-003'],
    messages: {
      mismatch: 'Expected the routing indicator of the originator {plad} on the DE line; found {indicator}, which serves {names}.',
    },
  },
  check({ doc, report, vocabulary }) {
    const header = doc.header;
    const indicator = header?.de?.indicator;
    const from = header?.from;
    if (!indicator || !from?.plad || from.indicator) return;
    const plad = from.plad.text;
    const fit = indicatorFit(indicator.text, plad, vocabulary.extraIndicators);
    if (fit.kind !== 'mismatch') return;
    report({
      span: indicator.span,
      messageId: 'mismatch',
      data: { plad, indicator: indicator.text, names: fit.names.slice(0, 3).join(', ') },
      related: [{ span: from.plad.span, message: `The originator: ${plad}.` }],
    });
  },
} satisfies Rule;
