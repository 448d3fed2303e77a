import type { Rule } from '../rule';
import { isClassified, levelForRank, type Level } from '../../vocab/classification';
import { setBannerEdits } from '../support/bannerEdits';
import { bannerRank, lineStartLetters, mayBeListLetter, portionsOf, type Portion } from '../support/portions';
import { paragraphExcused, paragraphIsMarked } from './portionMarksRequired';

/**
 * CLS-010: the overall classification is the highest level of any portion. A SECRET cable
 * whose portions are all (C) or lower is over-classified. Judged only when every paragraph is
 * marked (otherwise portion-marks-required speaks first); the suggestion lowers the banner,
 * the security line and the E.O. line together.
 */
export default {
  meta: {
    id: 'overall-level-above-portions',
    category: 'classification',
    description: 'The classification line is no higher than the highest portion: a SECRET cable has at least one (S) portion.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-010'],
    messages: {
      over: 'Expected at least one portion marked {level} in this {level} cable; found none higher than "{mark}".',
    },
  },
  check({ doc, report, today }) {
    const c = doc.classification;
    const banner = bannerRank(doc);
    if (!c || banner === null || !isClassified(c.level)) return;
    if (doc.paragraphs.length === 0 || doc.paragraphs.some((p) => !paragraphIsMarked(doc, p) && !paragraphExcused(doc, p))) return;
    const letters = lineStartLetters(doc);
    // The highest portion (the first of the highest rank) among those that are not list
    // letters, found in one pass rather than over a filtered copy.
    let highest: Portion | null = null;
    for (const p of portionsOf(doc)) {
      if ((highest === null || p.rank > highest.rank) && !mayBeListLetter(p, letters)) highest = p;
    }
    if (!highest || highest.rank >= banner) return;
    const target: Level = levelForRank(highest.rank);
    report({
      span: c.marking.span,
      messageId: 'over',
      data: { level: c.level, mark: `(${highest.mark.text})` },
      related: [{ span: highest.mark.span, message: `The highest portion is marked (${highest.mark.text}).` }],
      suggestions: [{ title: `Lower the cable to ${target}: classification line, security line and E.O. line`, edits: setBannerEdits(doc, target, today) }],
    });
  },
} satisfies Rule;
