import type { Rule, Suggestion } from '../rule';
import { levelForRank, type Level } from '../../vocab/classification';
import { setBannerEdits } from '../support/bannerEdits';
import { bannerRank, highestPortion, lineStartLetters, markForLevel, mayBeListLetter, PLACE_NAME, portionsOf, setMarkLevelEdit } from '../support/portions';
import { isSensitive } from '../support/captions';

/**
 * CLS-009 (and SUBJ-004): no portion may be marked above the cable's overall classification.
 * The most important check of the product: a `(S)` paragraph in a CONFIDENTIAL cable means
 * either the banner is too low (the whole cable is mishandled) or the mark is wrong. Either
 * way a person decides, so the rule offers two suggestions and never a fix.
 */
export default {
  meta: {
    id: 'portion-above-classification',
    category: 'classification',
    description: 'No portion mark (paragraph, sub-paragraph, bullet, marked text, SUBJECT or Classified By) may be higher than the classification line.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-009', 'SUBJ-004'],
    messages: {
      above: 'Expected no portion above the cable\'s classification {banner}; found the {place} marked "{mark}", which is {level}.',
    },
  },
  check({ doc, report, today }) {
    const classification = doc.classification;
    const banner = bannerRank(doc);
    if (!classification || banner === null) return;
    const portions = portionsOf(doc);
    const highest = highestPortion(portions);
    if (!highest || highest.rank <= banner) return;
    const letters = lineStartLetters(doc);
    const above = portions.filter((p) => p.rank > banner && !mayBeListLetter(p, letters));
    if (above.length === 0) return;
    // Raising the banner must cover every portion, not only this one.
    const target: Level = levelForRank(above.reduce((max, p) => Math.max(max, p.rank), 0));
    const raise = setBannerEdits(doc, target, today);
    const lowerTo = markForLevel(classification.level, isSensitive(doc) || portions.some((p) => p.mark.level === 'SBU'));
    for (const portion of above) {
      const suggestions: Suggestion[] = [];
      if (raise.length > 0) {
        suggestions.push({
          title: `Raise the cable to ${target}: classification line, security line and E.O. line${classification.level === 'UNCLASSIFIED' ? ', with a Classified By line' : ''}`,
          edits: raise,
        });
      }
      const lowered = `(${lowerTo}${portion.mark.text.trim().slice(portion.mark.level.length)})`;
      suggestions.push({ title: `Lower the mark to ${lowered}`, edits: [setMarkLevelEdit(portion.mark, lowerTo)] });
      report({
        span: portion.mark.span,
        messageId: 'above',
        data: {
          banner: classification.level,
          place: PLACE_NAME[portion.place],
          mark: `(${portion.mark.text})`,
          level: levelForRank(portion.rank),
        },
        related: [{ span: classification.marking.span, message: `The classification line marks the cable ${classification.level}.` }],
        suggestions,
      });
    }
  },
} satisfies Rule;
