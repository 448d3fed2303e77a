import type { Rule } from '../rule';
import { pad2 } from '../../vocab/dates';
import { sentBefore } from '../support/cableDate';

/** Copies from the 1970s write `SECTION 1 OF 2`; the two-digit form is checked from 1980 (observed). */
const TWO_DIGITS_FROM = { year: 1980, month: 1, day: 1 };

/**
 * CLS-005: `SECTION nn OF mm` on the classification line has two digits each, a section
 * number from 1 to the total, and a total of at least 2 (a one-section cable has no SECTION
 * phrase). Padding the numbers and spelling the word keep the meaning, so they are fixes; a
 * number above its total or `01 OF 01` needs a person.
 */
export default {
  meta: {
    id: 'section-numbering',
    category: 'classification',
    description: 'SECTION nn OF mm on the classification line: two digits each, 1 <= nn <= mm, and mm at least 2.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-005'],
    messages: {
      aboveTotal: 'Expected a section number no higher than the total {total}; found "{phrase}".',
      zero: 'Expected sections numbered from 01; found "{phrase}".',
      single: 'Expected no SECTION phrase on a one-section cable (or a total of at least 02); found "{phrase}".',
      form: 'Expected "{expected}"; found "{phrase}".',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c || !c.sectionPhrase || !c.sectionNumber || !c.sectionTotal) return;
    const phrase = c.sectionPhrase;
    const number = Number(c.sectionNumber.text);
    const total = Number(c.sectionTotal.text);
    if (number === 0) {
      report({ span: phrase.span, messageId: 'zero', data: { phrase: phrase.text } });
      return;
    }
    if (number > total) {
      report({ span: phrase.span, messageId: 'aboveTotal', data: { phrase: phrase.text, total: c.sectionTotal.text } });
      return;
    }
    if (total < 2) {
      // Removing the phrase also removes the space before it.
      const lineStart = c.marking.span.end;
      const removeFrom = Math.max(lineStart, phrase.span.start - 1);
      report({
        span: phrase.span,
        messageId: 'single',
        data: { phrase: phrase.text },
        suggestions: [{ title: 'Remove the SECTION phrase', edits: [{ span: { start: removeFrom, end: phrase.span.end }, text: '' }] }],
      });
      return;
    }
    const expected = `SECTION ${pad2(number)} OF ${pad2(total)}`;
    // Upper and lower case are the copy's business (SMART copies print `01 of 03`); the word,
    // the digits and the spaces are the drafter's.
    if (phrase.text.toUpperCase() === expected) return;
    const digitsOnly = phrase.text.toUpperCase().replace(/\b(\d)\b/g, '0$1') === expected;
    if (digitsOnly && sentBefore(doc, TWO_DIGITS_FROM)) return;
    report({
      span: phrase.span,
      messageId: 'form',
      data: { phrase: phrase.text, expected },
      fix: { edits: [{ span: phrase.span, text: expected }] },
    });
  },
} satisfies Rule;
