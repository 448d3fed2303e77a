import type { Rule } from '../rule';
import { isCollective, readEntry } from '../support/addressees';

/**
 * HDR-022 and RI-004: `XMT` (or `XMT/`) names posts of a collective that must not receive the
 * cable, so it follows a collective address (a PLAD ending in COLLECTIVE). Transmitted cables
 * often gather the exemptions at the end of the addressee list, below other addressees, so
 * any collective above the XMT line will do. Reported on the XMT label.
 */
export default {
  meta: {
    id: 'xmt-after-collective',
    category: 'header',
    description: 'XMT exemptions follow a collective address (a PLAD ending in COLLECTIVE).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-022', 'RI-004'],
    messages: {
      notCollective: 'Expected XMT only after a collective address (a PLAD ending in COLLECTIVE); found it after {plad}, with no collective above.',
      first: 'Expected XMT only after a collective address; found it with no addressee before it.',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    // Most headers have no XMT line: then no addressee needs reading.
    if (!header || !header.lines.some((line) => line.kind === 'xmtLine' && line.label)) return;
    let previous: string | null = null;
    let collectiveSeen = false;
    for (const line of header.lines) {
      if (line.kind === 'addressee') {
        const entry = readEntry(doc.text, line);
        previous = entry.plad?.text ?? entry.body.text;
        if (isCollective(previous)) collectiveSeen = true;
        continue;
      }
      if (line.kind !== 'xmtLine' || !line.label || collectiveSeen) continue;
      if (previous === null) report({ span: line.label.span, messageId: 'first' });
      else report({ span: line.label.span, messageId: 'notCollective', data: { plad: previous } });
    }
  },
} satisfies Rule;
