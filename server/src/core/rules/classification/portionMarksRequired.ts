import type { Rule } from '../rule';
import type { CableDocument, ParagraphNode } from '../../syntax/nodes';
import { isClassified, LEVEL_MARK } from '../../vocab/classification';
import { sentBefore } from '../support/cableDate';
import { malformedMarkAt } from '../support/malformedMark';
import { leadInMark } from '../support/portions';

/** E.O. 12958 took effect on this day and made portion marking the rule (CLS-008's legacy exception ends here). */
const PORTION_MARKING_FROM = { year: 1995, month: 10, day: 14 };

/**
 * Whether a paragraph is marked in a way the reader can see: after its number, after a short
 * lead-in (`1. Summary: (C) …`), or on its bullets and sub-paragraphs after a heading-like
 * lead-in (`1. KEY POINTS` whose bullets carry the marks).
 */
export function paragraphIsMarked(doc: CableDocument, paragraph: ParagraphNode): boolean {
  if (paragraph.portionMark || leadInMark(doc, paragraph)) return true;
  let firstMarked = Number.POSITIVE_INFINITY;
  for (const item of [...paragraph.bullets, ...paragraph.subParagraphs]) if (item.portionMark && item.span.start < firstMarked) firstMarked = item.span.start;
  if (firstMarked === Number.POSITIVE_INFINITY) return false;
  // Only a heading-like lead-in may go unmarked before marked items: a sentence there is a
  // portion of its own (`2. WE WOULD APPRECIATE … : A. (C) …`).
  const lead = doc.text.slice(paragraph.textStart, firstMarked).replace(/\s+/g, ' ').trim();
  return lead.length <= LEAD_IN_MAX;
}

/** The longest unmarked lead-in before marked bullets (`KEY POINTS:`, `Talking points follow:`). */
const LEAD_IN_MAX = 60;

/**
 * Whether a paragraph's opening says why it has no mark of its own: a mark written wrongly
 * (the syntax rule reports it), a paragraph the press redacted whole (`XXXXXXXXXXXX`), or the
 * classification authority written as paragraph 1.
 */
export function paragraphExcused(doc: CableDocument, paragraph: ParagraphNode): boolean {
  const start = paragraph.textStart;
  if (malformedMarkAt(doc.text, start)) return true;
  const opening = doc.text.slice(start, start + 40);
  // A paragraph the press redacted whole (`6. xxxxxxxxxxxx`) lost its mark with its text; a
  // paragraph that only opens with a redacted name keeps its text and needs its mark.
  if (/^x{6}/i.test(opening) && paragraph.span.end - start <= 120) return true;
  // A paragraph with no text, or cut short by the copy (`1. (C...`), or redacted by the press
  // (`(C XXXXXXXXXXXX`, `(XXXXXXXX`, `[DETAILS REMOVED]`) lost its mark with its text.
  if (/^\s*$/.test(doc.text.slice(start, paragraph.span.end))) return true;
  if (/^\((?:(?:TS|SBU|U|C|S)(?:\/{1,2}NF)? ?)?(?:x{4}|\.\.\.)/i.test(opening) || /^\[[A-Z ]{0,12}REMOVED\]/i.test(opening)) return true;
  return /^(?:\(U\)\s*)?classified\s+by\b/i.test(opening);
}

/** Whether the line before the paragraph is blank (or a continuation page header, or there is none). */
function followsBlankLine(doc: CableDocument, paragraph: ParagraphNode): boolean {
  const line = doc.lines.lineAt(paragraph.span.start);
  if (line === 0) return true;
  const before = doc.lines.lineStart(line - 1);
  if (/^\s*$/.test(doc.lines.lineText(line - 1))) return true;
  return doc.pageHeaders.some((h) => h.span.start >= before && h.span.start < paragraph.span.start);
}

/**
 * CLS-008: every numbered paragraph of a classified cable carries a portion mark. Cables sent
 * before portion marking was required (before 14 October 1995, often "SECRET - ENTIRE TEXT")
 * are not checked.
 */
export default {
  meta: {
    id: 'portion-marks-required',
    category: 'classification',
    description: 'In a CONFIDENTIAL, SECRET or TOP SECRET cable every numbered paragraph carries a portion mark such as (C) or (U).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-008'],
    messages: {
      missing: 'Expected a portion mark after the number of paragraph {number} in this {level} cable, such as ({mark}) or (U); found none.',
    },
  },
  check({ doc, report }) {
    const classification = doc.classification;
    if (!classification || !isClassified(classification.level)) return;
    if (sentBefore(doc, PORTION_MARKING_FROM)) return;
    const mark = LEVEL_MARK[classification.level];
    const paragraphs = doc.paragraphs;
    const unmarked = paragraphs.map((p) => !paragraphIsMarked(doc, p) && !paragraphExcused(doc, p));
    // A later section's copy starts at its own first number.
    let lastInSequence = paragraphs.length > 0 ? paragraphs[0].value - 1 : 0;
    paragraphs.forEach((paragraph, index) => {
      // A number out of the cable's sequence (`1.` after `28.`, `42.` and `43.` after `13.`)
      // is numbering inside quoted or listed text, not a paragraph of the cable. A repeat or a
      // short step forward after a blank line (`3.` after `3.` or `1.`) is a paragraph the
      // drafter misnumbered:
      // paragraph-sequence reports the number, and the mark is still checked here.
      const step = paragraph.value - lastInSequence;
      if (step !== 1 && !(step >= 0 && step <= 3 && followsBlankLine(doc, paragraph))) return;
      lastInSequence = paragraph.value;
      if (!unmarked[index]) return;
      // A run of unmarked numbered lines with no blank line between them is a numbered list
      // inside a paragraph, not paragraphs.
      if (!followsBlankLine(doc, paragraph) && (unmarked[index - 1] === true || unmarked[index + 1] === true)) return;
      const at = paragraph.textStart;
      // `1.The` has no space to keep: the mark brings its own.
      const before = /[ \t]/.test(doc.text[at - 1] ?? '') ? '' : ' ';
      const numberSpan = { start: paragraph.number.span.start, end: paragraph.numberPunctuation?.span.end ?? paragraph.number.span.end };
      report({
        span: numberSpan,
        messageId: 'missing',
        data: { number: paragraph.number.text, level: classification.level, mark },
        suggestions: [
          { title: `Mark paragraph ${paragraph.number.text} (${mark})`, edits: [{ span: { start: at, end: at }, text: `${before}(${mark}) ` }] },
          { title: `Mark paragraph ${paragraph.number.text} (U)`, edits: [{ span: { start: at, end: at }, text: `${before}(U) ` }] },
        ],
      });
    });
  },
} satisfies Rule;
