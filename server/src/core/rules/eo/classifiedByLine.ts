import type { Rule } from '../rule';
import { isClassified } from '../../vocab/classification';
import { insertClassifiedByEdit, mentionsClassifiedBy, removeClassifiedByEdit } from '../support/bannerEdits';
import { sentBefore } from '../support/cableDate';

/** Before E.O. 12958 the classification authority was written in other ways (legacy copies are not checked). */
const AUTHORITY_LINE_FROM = { year: 1995, month: 10, day: 14 };

/**
 * EO-006 with CLS-006 and CLS-014: a classified cable names its classifier and the reason in
 * a Classified By line before paragraph 1; an unclassified one (UNCLAS, SBU, UNCLAS EFTO) has
 * none. A Classified By line without a reason is incomplete.
 */
export default {
  meta: {
    id: 'classified-by-line',
    category: 'eo',
    description: 'A classified cable has a Classified By line with the classifier and the reason; an unclassified one has none.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['EO-006', 'CLS-006', 'CLS-014'],
    messages: {
      missing: 'Expected a Classified By line (classifier and reason) before paragraph 1 of this {level} cable; found none.',
      unclassified: 'Expected no Classified By line on an unclassified cable; found one.',
      efto: 'Expected no Classified By line on an UNCLAS E F T O cable (encrypted for transmission, but unclassified); found one.',
      noReason: 'Expected the reason after the classifier (such as "Reason: 1.4 (b) and (d)"); found "{found}".',
    },
  },
  check({ doc, report }) {
    const c = doc.classification;
    if (!c) return;
    const cb = doc.classifiedBy;
    if (isClassified(c.level)) {
      if (!cb) {
        // Nothing to judge on a copy with no SUBJECT or no paragraphs (an extract, or a copy
        // whose preamble the parser could not read) or on a later section's copy (the line
        // stands in section 01).
        if (mentionsClassifiedBy(doc) || sentBefore(doc, AUTHORITY_LINE_FROM) || doc.paragraphs.length === 0 || !doc.subject) return;
        if (c.sectionNumber && Number(c.sectionNumber.text) > 1) return;
        const at = doc.references?.label ?? doc.subject?.label ?? null;
        const insert = insertClassifiedByEdit(doc);
        report({
          span: at ? at.span : c.marking.span,
          messageId: 'missing',
          data: { level: c.level },
          suggestions: insert ? [{ title: 'Add a Classified By line', edits: [insert] }] : [],
        });
        return;
      }
      const text = cb.text.trim();
      // A copy cut short by the archive (`Classified By: Ambassador …, reasons...`) is not the drafter's slip.
      // `Derived from Multiple Sources` cites the source of a derivative classification, not a reason.
      if (cb.section || cb.reasons.length > 0 || /reason|1\s?[.:]\s?[45]|derived\s+from/i.test(text) || text.endsWith('...')) return;
      // A note that quotes the words (`CORRECTED COPY (ADDING "CLASSIFIED BY" LINE)`) was read
      // first; the real line follows.
      if (/classified\s{1,3}by/i.test(doc.text.slice(cb.span.end))) return;
      report({
        span: cb.label.span,
        messageId: 'noReason',
        data: { found: text.length > 70 ? `${text.slice(0, 67)}...` : text },
        suggestions: [{ title: 'Add the reason', edits: [{ span: { start: cb.span.end, end: cb.span.end }, text: ' Reason: 1.4 (<letter>).' }] }],
      });
      return;
    }
    if (!cb) return;
    const remove = removeClassifiedByEdit(doc);
    report({
      span: cb.label.span,
      messageId: c.efto ? 'efto' : 'unclassified',
      related: [{ span: c.marking.span, message: `The classification line marks the cable ${c.level}.` }],
      suggestions: remove ? [{ title: 'Remove the Classified By line', edits: [remove] }] : [],
    });
  },
} satisfies Rule;
