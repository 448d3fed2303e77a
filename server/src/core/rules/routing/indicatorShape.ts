import type { Token } from '../../text/span';
import type { Rule } from '../rule';
import { addresseeEntries, isPlausible } from '../support/addressees';

/** A routing indicator: R and three to seven more letters (the FAH allows up to eight in all). */
const SHAPE = /^R[A-Z]{3,7}$/;
/** Something written in the indicator place of an addressee line (`UEHC/SECSTATE WASHDC`). */
const INDICATOR_PLACE = /^([A-Z0-9]{2,9}) *\/ *[A-Z]/;

/**
 * RI-001: a routing indicator is letters only, starting with R (the worldwide network), four
 * to eight letters long (`RUEHC`, `RUEHTRO`, `RHEHAAA`). Checked on the routing line, the DE
 * line and every addressee's indicator. `ZEN/` (delivered by other means) is not an
 * indicator and is accepted in its place.
 */
export default {
  meta: {
    id: 'routing-indicator-shape',
    category: 'routing',
    description: 'Routing indicators are 4 to 8 capital letters starting with R (RUEHC, RUEHTRO), with no digits.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['RI-001'],
    messages: {
      shape: 'Expected a routing indicator of 4 to 8 capital letters starting with R (RUEHC); found "{found}".',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    if (!header) return;
    const tokens: Token[] = [];
    for (const line of header.routing) tokens.push(...line.indicators);
    if (header.de?.indicator) tokens.push(header.de.indicator);
    for (const entry of addresseeEntries(doc)) {
      if (entry.indicator) {
        if (!entry.otherMeans && entry.plausible) tokens.push(entry.indicator);
        continue;
      }
      // Something else in the indicator place (a letter dropped from RUEHC) is still an indicator.
      const m = INDICATOR_PLACE.exec(entry.body.text);
      if (m && isPlausible(entry.body.text.slice(entry.body.text.indexOf('/') + 1).trim())) {
        tokens.push({ text: m[1], span: { start: entry.body.span.start, end: entry.body.span.start + m[1].length } });
      }
    }
    for (const token of tokens) {
      if (!SHAPE.test(token.text)) report({ span: token.span, messageId: 'shape', data: { found: token.text } });
    }
  },
} satisfies Rule;
