import type { Rule } from '../rule';
import { isClassified } from '../../vocab/classification';
import { declassDateText, defaultDeclassDate } from '../support/cableDate';
import { eoLabelParts, eoLineCheckable } from '../support/eo';

/**
 * EO-001: the E.O. line reads `E.O. 12958: N/A` or `E.O. 12958: DECL: 03/13/2018`. This rule
 * reports what leaves the line unreadable: no order number, no instruction, a date without
 * its DECL keyword, a misspelt or doubled keyword. The keyword is mechanical and fixed; a
 * missing order or instruction needs a person. Event and exemption markings after `DECL:`
 * (`DECL: 25X1-HUMAN`, `DECL: MR`) are accepted. Spacing and colons are eo-line-spacing's,
 * undotted `EO 12958` and other legacy forms eo-legacy-form's.
 */
export default {
  meta: {
    id: 'eo-line-form',
    category: 'eo',
    description: 'The E.O. line reads "E.O. <order>: N/A" or "E.O. <order>: DECL: MM/DD/YYYY".',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-001'],
    messages: {
      noOrder: 'Expected the number of the executive order after "E.O." (such as "E.O. 12958:"); found "{found}".',
      noInstruction: 'Expected "N/A" or "DECL:" and a date after "E.O. {order}:"; found nothing.',
      noKeyword: 'Expected "DECL:" before the declassification date; found "{found}".',
      keyword: 'Expected "DECL: " before the date; found "{found}".',
      duplicate: 'Expected "DECL:" once; found "{found}".',
      unreadable: 'Expected "N/A" or "DECL:" and a date; found "{found}".',
    },
  },
  check({ doc, report, today }) {
    const eo = doc.eo;
    if (!eo || !eoLineCheckable(doc)) return;
    const label = eoLabelParts(doc);
    if (!label) return;
    const order = label.order ?? eo.order?.text ?? null;
    const lineText = doc.text.slice(eo.span.start, eo.span.end);
    const labelFound = lineText.length > 30 ? `${lineText.slice(0, 27)}...` : lineText;
    if (!order) report({ span: label.span, messageId: 'noOrder', data: { found: labelFound } });
    const instruction = eo.instruction;
    const level = doc.classification?.level;
    if (!instruction) {
      const classified = level ? isClassified(level) : null;
      report({
        span: eo.span,
        messageId: 'noInstruction',
        data: { order: order ?? 'nnnnn' },
        suggestions: [
          ...(classified !== true ? [{ title: 'Write N/A (unclassified cable)', edits: [{ span: { start: eo.span.end, end: eo.span.end }, text: ' N/A' }] }] : []),
          ...(classified !== false ? [{ title: 'Write DECL: and a date ten years on', edits: [{ span: { start: eo.span.end, end: eo.span.end }, text: ` DECL: ${declassDateText(defaultDeclassDate(doc, today))}` }] }] : []),
        ],
      });
      return;
    }
    const body = instruction.text;
    if (eo.form === 'date' && !eo.keyword) {
      report({
        span: instruction.span,
        messageId: 'noKeyword',
        data: { found: body },
        fix: { edits: [{ span: { start: instruction.span.start, end: instruction.span.start }, text: 'DECL: ' }] },
      });
      return;
    }
    if (eo.keyword && /^DECL$/i.test(eo.keyword.text)) {
      const dup = /^DECL ?: ?(DECL ?: ?)/i.exec(body);
      if (dup) {
        // Both keywords become one `DECL: `, so the spacing before the date is right too
        // (dropping the second of `DECL:DECL: 1/27/2020` left `DECL:1/27/2020`).
        const span = { start: instruction.span.start, end: instruction.span.start + dup[0].length };
        report({ span: instruction.span, messageId: 'duplicate', data: { found: body }, fix: { edits: [{ span, text: 'DECL: ' }] } });
      }
      return;
    }
    if (eo.form === 'other' && !eo.keyword) {
      // `DECLl: 10/29/2018`: a misspelt keyword before a date is still DECL.
      const misspelt = /^(D[A-Z]{2,5}) ?: ?(?=\d)/i.exec(body);
      if (misspelt && misspelt[1].toUpperCase() !== 'DNG') {
        const span = { start: instruction.span.start, end: instruction.span.start + misspelt[0].length };
        report({ span: instruction.span, messageId: 'keyword', data: { found: body }, fix: { edits: [{ span, text: 'DECL: ' }] } });
        return;
      }
      report({ span: instruction.span, messageId: 'unreadable', data: { found: body } });
    }
  },
} satisfies Rule;
