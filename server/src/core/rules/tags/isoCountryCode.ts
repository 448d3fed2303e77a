import type { CableDocument } from '../../syntax/nodes';
import type { Rule } from '../rule';
import { readTags } from '../support/tagReading';
import { ISO_INSTEAD_OF_FIPS } from '../../vocab/tags';

/**
 * Words that show which country a two-letter code means, for the ISO codes that are also
 * FIPS codes of another country: `CN` is China in ISO but Comoros in FIPS, so it is reported
 * only when the cable speaks of China and not of Comoros.
 */
const CONTEXT: Readonly<Record<string, { readonly iso: RegExp; readonly fips: RegExp }>> = {
  CN: { iso: /\b(?:CHINA|CHINESE|BEIJING|PRC|SHANGHAI|GUANGZHOU|SHENYANG|CHENGDU)\b/, fips: /\b(?:COMOROS|COMORIAN|MORONI)\b/ },
  ES: { iso: /\b(?:SPAIN|SPANISH|MADRID|BARCELONA)\b/, fips: /\b(?:EL SALVADOR|SALVADORAN|SAN SALVADOR)\b/ },
  SE: { iso: /\b(?:SWEDEN|SWEDISH|STOCKHOLM)\b/, fips: /\b(?:SEYCHELLES|VICTORIA)\b/ },
  KR: { iso: /\b(?:KOREA|KOREAN|SEOUL|ROK)\b/, fips: /\b(?:KIRIBATI|TARAWA)\b/ },
  GB: { iso: /\b(?:BRITAIN|BRITISH|LONDON|UNITED KINGDOM|HMG)\b/, fips: /\b(?:GABON|GABONESE|LIBREVILLE)\b/ },
  ZA: { iso: /\b(?:SOUTH AFRICA|SOUTH AFRICAN|PRETORIA|JOHANNESBURG|CAPE TOWN|DURBAN)\b/, fips: /\b(?:ZAMBIA|ZAMBIAN|LUSAKA)\b/ },
};

/** The words that say where the cable is from and what it is about: origin, addressees, subject. */
function contextOf(doc: CableDocument): string {
  const parts: string[] = [];
  if (doc.classification?.origin) parts.push(doc.classification.origin.text);
  const header = doc.header;
  if (header?.from?.plad) parts.push(header.from.plad.text);
  for (const a of [...(header?.to ?? []), ...(header?.info ?? [])]) if (a.plad) parts.push(a.plad.text);
  if (doc.subject) parts.push(doc.subject.text);
  return parts.join(' \n ').toUpperCase();
}

/**
 * TAG-005: geographic tags are FIPS 10-4 codes, not ISO 3166 ones: Turkey is TU, not TR;
 * Germany GM, not DE. An ISO code that is no FIPS country is reported always; one that is
 * another country's FIPS code only when the cable's origin, addressees or subject name the
 * ISO country and not the FIPS one. The replacement is a suggestion.
 */
export default {
  meta: {
    id: 'tags-iso-country-code',
    category: 'tags',
    description: 'Geographic tags use FIPS 10-4 country codes (Turkey TU, Germany GM), not ISO 3166 codes (TR, DE).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['TAG-005'],
    messages: {
      iso: 'Expected the FIPS code {fips} for {country}; found the ISO code {tag}.',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    let context: string | null = null;
    for (const r of readTags(doc, vocabulary.extraTags)) {
      if (r.inName || r.node.linked) continue;
      const entry = ISO_INSTEAD_OF_FIPS[r.bare];
      if (!entry) continue;
      if (r.info) {
        // A FIPS code of another country (CN = Comoros): only with the ISO country in view.
        const words = CONTEXT[r.bare];
        if (!words) continue;
        context ??= contextOf(doc);
        if (!words.iso.test(context) || words.fips.test(context)) continue;
      }
      const at = r.node.span.start + r.node.text.indexOf(r.bare);
      const span = { start: at, end: at + r.bare.length };
      report({
        span,
        messageId: 'iso',
        data: { tag: r.bare, fips: entry.fips, country: entry.country },
        suggestions: [{ title: `Replace ${r.bare} with ${entry.fips} (${entry.country})`, edits: [{ span, text: entry.fips }] }],
      });
    }
  },
} satisfies Rule;
