import type { Rule } from '../rule';
import { isClassified } from '../../vocab/classification';
import { declassDateText, defaultDeclassDate } from '../support/cableDate';
import { eoLineCheckable } from '../support/eo';

/**
 * EO-002 with CLS-006 and CLS-014: the E.O. line says `N/A` if and only if the cable is
 * unclassified. UNCLAS, SBU (SENSITIVE) and UNCLAS EFTO cables use `N/A`; CONFIDENTIAL and
 * above use `DECL:` and a date (or a legacy OADR or schedule marking). The suggestion writes
 * the other form, with a date ten years after the DTG.
 */
export default {
  meta: {
    id: 'eo-declassification-matches-level',
    category: 'eo',
    description: 'The E.O. line says N/A if and only if the cable is unclassified (UNCLAS, SBU or UNCLAS EFTO).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-002', 'CLS-006', 'CLS-014'],
    messages: {
      naClassified: 'Expected "DECL:" and a declassification date on a {level} cable; found "N/A", which is only for unclassified cables.',
      declUnclassified: 'Expected "N/A" on an unclassified cable; found "{found}", a declassification instruction for classified ones.',
      declEfto: 'Expected "N/A" on an UNCLAS E F T O cable (encrypted for transmission, but unclassified); found "{found}".',
    },
  },
  check({ doc, report, today }) {
    const eo = doc.eo;
    const c = doc.classification;
    if (!eo || !c || !eo.instruction || !eoLineCheckable(doc)) return;
    const related = [{ span: c.marking.span, message: `The classification line marks the cable ${c.level}.` }];
    if (isClassified(c.level)) {
      if (eo.form !== 'na') return;
      const date = declassDateText(defaultDeclassDate(doc, today));
      report({
        span: eo.instruction.span,
        messageId: 'naClassified',
        data: { level: c.level },
        related,
        suggestions: [{ title: `Write DECL: ${date} (ten years after the DTG)`, edits: [{ span: eo.instruction.span, text: `DECL: ${date}` }] }],
      });
      return;
    }
    if (eo.form === 'na' || eo.form === 'missing') return;
    report({
      span: eo.instruction.span,
      messageId: c.efto ? 'declEfto' : 'declUnclassified',
      data: { found: eo.instruction.text },
      related,
      suggestions: [{ title: 'Write N/A', edits: [{ span: eo.instruction.span, text: 'N/A' }] }],
    });
  },
} satisfies Rule;
