import type { Rule } from '../rule';
import { type AddresseeEntry, isCollective, realAddressees } from '../support/addressees';

/**
 * HDR-023: a header either routes every addressee (`RUEHAK/AMEMBASSY ANKARA`) or, in copies
 * that begin at the DTG line, names them by PLAD alone; one header does not mix the two.
 * Collectives addressed by name are exempt: they are often written without an indicator in
 * routed headers. A warning, since some transmitted cables do mix the styles.
 */
export default {
  meta: {
    id: 'header-style-mix',
    category: 'header',
    description: 'Addressee lines of one header all carry routing indicators (RI/PLAD) or all omit them.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-023'],
    messages: {
      bare: 'Expected a routing indicator before {plad}, as on the other addressee lines of this header (RI/PLAD); found the PLAD alone.',
      routed: 'Expected the PLAD alone, as on the other addressee lines of this header; found the routing indicator {indicator} before it.',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    if (!header) return;
    // A malformed indicator (`UEHC/SECSTATE WASHDC`) still marks a routed entry.
    const isRouted = (e: AddresseeEntry) => e.indicator !== null || /^[A-Z0-9]{2,9} *\//.test(e.body.text);
    // Most headers hold one style only: counted first, the lists are built only for a mix.
    let routedCount = 0;
    let bareCount = 0;
    for (const e of realAddressees(doc)) {
      if (!e.plad || isCollective(e.plad.text)) continue;
      if (isRouted(e)) routedCount++;
      else bareCount++;
    }
    if (routedCount === 0 || bareCount === 0) return;
    const entries = realAddressees(doc).filter((e) => e.plad && !isCollective(e.plad.text));
    const routed = entries.filter(isRouted);
    const bare = entries.filter((e) => !isRouted(e));
    if (routed.length === 0 || bare.length === 0) return;
    const routedStyle = header.de !== null || header.routing.length > 0 || routed.length >= bare.length;
    if (routedStyle) {
      for (const entry of bare) report({ span: entry.body.span, messageId: 'bare', data: { plad: entry.plad!.text } });
    } else {
      for (const entry of routed) {
        const indicator = entry.body.text.slice(0, entry.body.text.indexOf('/')).trim();
        report({ span: entry.body.span, messageId: 'routed', data: { indicator } });
      }
    }
  },
} satisfies Rule;
