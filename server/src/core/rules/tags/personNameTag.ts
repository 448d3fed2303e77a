import type { Rule } from '../rule';
import { readTags } from '../support/tagReading';

/**
 * TAG-006: the O-tags for travel and visits (OVIP, OEXC, OREP, OTRA, OCON) are followed by
 * the name of the person concerned (`OVIP CLINTON HILLARY`), so visits can be filed by
 * person. Many real cables leave the name out, so this is informational by default.
 */
export default {
  meta: {
    id: 'tags-person-name',
    category: 'tags',
    description: 'OVIP, OEXC, OREP, OTRA and OCON are followed on the TAGS line by the name of the person concerned.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['TAG-006'],
    messages: {
      noName: 'Expected the name of the person concerned after {tag} (SURNAME GIVEN); found {found}.',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const readings = readTags(doc, vocabulary.extraTags);
    readings.forEach((r, index) => {
      if (!r.personTag || r.inName) return;
      // In a run of O-tags (`OTRA OVIP BIDEN JOSEPH`) the name after the last serves them all.
      let next = index + 1;
      while (next < readings.length && readings[next].personTag) next++;
      if (next < readings.length && readings[next].inName) return;
      const found = next < readings.length ? `the tag ${readings[next].bare}` : 'the end of the line';
      report({ span: r.node.span, messageId: 'noName', data: { tag: r.bare, found } });
    });
  },
} satisfies Rule;
