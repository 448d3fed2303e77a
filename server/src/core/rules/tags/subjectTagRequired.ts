import type { Rule } from '../rule';
import { splitGlued, writtenCountryCodes } from '../../vocab/gluedTags';
import { readTags } from '../support/tagReading';
import { kindByShape } from '../../vocab/tags';

/**
 * TAG-003: every cable carries at least one subject tag (PREL, ECON, PHUM …). Geographic,
 * organisation and person tags say where and who, not what the cable is about. A program
 * tag (KPAO, KDEM …) alone is accepted here: the format's sources are less sure of it.
 */
export default {
  meta: {
    id: 'tags-subject-required',
    category: 'tags',
    description: 'The TAGS line holds at least one subject tag (PREL, ECON, PHUM …), not only country, organisation or person tags.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['TAG-003'],
    messages: {
      none: 'Expected at least one subject tag (such as PREL, PGOV or ECON); found only {found}.',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags || tags.tags.length === 0) return;
    const readings = readTags(doc, vocabulary.extraTags);
    // The codes the line writes matter only to a word long enough to be a glued run (six
    // letters or more, see splitGlued): read once, when the first such word comes.
    let codes: Set<string> | null = null;
    const hasSubject = readings.some((r) => {
      if (r.inName) return false;
      const glued = r.bare.length >= 6 ? splitGlued(r.bare, vocabulary.extraTags, (codes ??= writtenCountryCodes(readings.map((x) => x.bare), vocabulary.extraTags))) : null;
      if (glued) return glued.some((piece) => ['subject', 'program'].includes(kindByShape(piece)));
      const kind = r.info ? r.info.kind : kindByShape(r.bare);
      // A tag the tables do not know but shaped like a subject or program tag (ECIN) counts:
      // the tables are not complete, and a misspelling is another rule's business.
      return kind === 'subject' || kind === 'program';
    });
    if (hasSubject) return;
    const found = readings.map((r) => r.bare).filter((t) => t.length > 0).join(' ');
    report({ span: tags.span, messageId: 'none', data: { found } });
  },
} satisfies Rule;
