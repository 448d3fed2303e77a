import type { Rule } from '../rule';
import { countryCodesOfPost } from '../support/postCountries';
import { readTags } from '../support/tagReading';

/**
 * TAG-008: a cable from a post usually carries its country's geographic tag (a cable from
 * Tripoli has LY), so it is filed with that country. Only a hint: a post may report on
 * another country or a region.
 */
export default {
  meta: {
    id: 'tags-post-country',
    category: 'tags',
    description: "A post's cable usually carries the geographic tag of the post's country.",
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['TAG-008'],
    messages: {
      missing: 'Expected the country tag {code} of {post} among the tags; found none.',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    const origin = doc.classification?.origin?.text;
    if (!tags || tags.tags.length === 0 || !origin) return;
    const codes = countryCodesOfPost(origin);
    if (!codes) return;
    const present = new Set(readTags(doc, vocabulary.extraTags).filter((r) => !r.inName).map((r) => r.bare));
    if (codes.some((c) => present.has(c))) return;
    report({ span: tags.span, messageId: 'missing', data: { code: codes[0], post: origin } });
  },
} satisfies Rule;
