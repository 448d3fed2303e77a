import type { Rule } from '../rule';
import { eoLabelParts, eoLineCheckable } from '../support/eo';

/**
 * EO-001's punctuation: `E.O. 12958: ` with a space between the label and the order, a colon
 * after the order and white space after it, and `DECL: ` before the date; and the label's
 * letter O where a zero was typed (`E.0.`). The line stays
 * readable when these slip (`E.O.12958: N/A`, `DECL:12/17/2026`), so this is a warning, and
 * the fix only rewrites the punctuation.
 */
export default {
  meta: {
    id: 'eo-line-spacing',
    category: 'eo',
    description: 'The E.O. line is punctuated "E.O. 12958: N/A" and "E.O. 12958: DECL: 03/13/2018" (spaces and colons).',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['EO-001'],
    messages: {
      label: 'Expected the line to begin "{expected}"; found "{found}".',
      zero: 'Expected the letter O in "E.O."; found a zero: "{found}".',
      keyword: 'Expected "DECL: " before the date; found "{found}".',
    },
  },
  check({ doc, report }) {
    const eo = doc.eo;
    if (!eo || !eoLineCheckable(doc)) return;
    const label = eoLabelParts(doc);
    // An E.O. line may wrap after its label (`E.O.12958:` / `DECL: …` below): only the
    // label's own line is quoted, and no space is put before the line break.
    const lineText = firstLineOf(doc.text.slice(eo.span.start, eo.span.end));
    const found = lineText.length > 30 ? `${lineText.slice(0, 27)}...` : lineText;
    // Undotted `EO 12958` is a legacy form (eo-legacy-form); no order is eo-line-form's.
    if (label && label.dotted && label.order && !label.canonical) {
      const wrapped = lineText.length <= label.span.end - eo.span.start;
      const text = eo.instruction && !wrapped ? `E.O. ${label.order}: ` : `E.O. ${label.order}:`;
      // A zero typed for the letter O (`E.0.`) is hard to see in the quoted line: said in words.
      const messageId = /^E\.[ \t]*0/i.test(lineText) ? 'zero' : 'label';
      report({ span: label.span, messageId, data: { expected: text, found }, fix: { edits: [{ span: label.span, text }] } });
    }
    // `DECL 01/04/2020`, `DECL:12/17/2026`: the keyword, a colon, a space (a second space
    // before a one-digit month is padding, not a slip).
    if (eo.form === 'date' && eo.keyword && eo.dateText && eo.instruction && /^DECL$/i.test(eo.keyword.text)) {
      const span = { start: eo.keyword.span.end, end: eo.dateText.span.start };
      if (!/^: +$/.test(doc.text.slice(span.start, span.end))) {
        report({ span: eo.instruction.span, messageId: 'keyword', data: { found: eo.instruction.text }, fix: { edits: [{ span, text: ': ' }] } });
      }
    }
  },
} satisfies Rule;

/** `text` up to its first line break. */
function firstLineOf(text: string): string {
  const lineBreak = text.search(/[\r\n]/);
  return lineBreak < 0 ? text : text.slice(0, lineBreak);
}
