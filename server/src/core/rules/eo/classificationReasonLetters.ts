import type { Rule } from '../rule';
import { readPortionMark } from '../../syntax/portionMark';

/** The categories of §1.4 (a–h); the original §1.5 of E.O. 12958 had a–g. */
const SECTION_1_4 = 'abcdefgh';
const SECTION_1_5 = 'abcdefg';

/** A section number other than 1.4 or 1.5 before a reason letter: `1.6 (d)`. */
const OTHER_SECTION = /\b1 ?\. ?([0-36-9])\s{0,2}\(?[a-hA-H]\b/;

/**
 * Whether the letter at `offset` is the level of a portion mark that opens the next
 * paragraph, glued onto the Classified By line in a copy that lost its line breaks:
 * `… 1.4 (b) and (d) (S) Embassy Tokyo delivered …`.
 */
function opensGluedParagraph(text: string, offset: number): boolean {
  const mark = readPortionMark(text, offset - 1);
  return mark !== null && /^[ \t]{1,3}[A-Z]/.test(text.slice(mark.span.end, mark.span.end + 6));
}

/**
 * EO-007 and EO-008: reasons are cited as `1.4 (x)` with categories a–h (a military plans … h
 * weapons of mass destruction); under the original E.O. 12958 (to 25 March 2003) the same
 * categories, without h, were `1.5 (x)`. Every spelling of the list is read (`1.4 (b) and
 * (d)`, `1.4(B), (D)`, `1.4 (b/d)`, `1.4 b and d`), and each letter is checked where it stands.
 */
export default {
  meta: {
    id: 'classification-reason-letters',
    category: 'eo',
    description: 'Classification reasons cite section 1.4 with letters a to h (or 1.5 with a to g): 1.4 (b) and (d).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['EO-007', 'EO-008'],
    messages: {
      letter: 'Expected a reason letter from a to h (such as "1.4 (d)"); found "({letter})".',
      letter15: 'Expected a reason letter from a to g under section 1.5 (category h came with section 1.4 in 2003); found "({letter})".',
      section: 'Expected the reason cited as section 1.4 (or 1.5 before 2003); found "1.{section}".',
    },
  },
  check({ doc, report }) {
    const cb = doc.classifiedBy;
    if (!cb) return;
    const section15 = cb.section !== null && /5$/.test(cb.section.text);
    for (const reason of cb.reasons) {
      const letter = reason.text.toLowerCase();
      if (SECTION_1_4.includes(letter) && (!section15 || SECTION_1_5.includes(letter))) continue;
      if (opensGluedParagraph(doc.text, reason.span.start)) break;
      report({ span: reason.span, messageId: SECTION_1_4.includes(letter) ? 'letter15' : 'letter', data: { letter } });
    }
    if (cb.section) return;
    const body = doc.text.slice(cb.label.span.end, cb.span.end);
    const other = OTHER_SECTION.exec(body);
    if (other) {
      const start = cb.label.span.end + other.index;
      report({ span: { start, end: start + other[0].indexOf(other[1]) + 1 }, messageId: 'section', data: { section: other[1] } });
    }
  },
} satisfies Rule;
