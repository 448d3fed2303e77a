import type { Rule } from '../rule';
import { preambleTruncated, preambleUnreliable, someLineStartsWith, TAGS_LABEL_LINE } from '../support/copyDamage';
import { lineContentSpan } from '../support/placement';

/**
 * TAG-001, TAG-002: a cable carries a `TAGS:` line after the E.O. line and before SUBJECT,
 * and it holds at least one tag. TAGS decide automated distribution and filing, so a cable
 * without them reaches nobody's files.
 */
export default {
  meta: {
    id: 'tags-present',
    category: 'tags',
    description: 'A TAGS line with at least one tag stands after the E.O. line and before SUBJECT.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['TAG-001', 'TAG-002'],
    messages: {
      missing: 'Expected a TAGS line before the subject; found none.',
      missingAfterEo: 'Expected a TAGS line after the E.O. line; found none.',
      inEoLine: 'Expected the TAGS on a line of their own, labelled "TAGS:"; found "{found}" inside the E.O. line.',
      empty: 'Expected at least one tag after "{label}"; found none.',
      afterSubject: 'Expected TAGS before SUBJECT; found the TAGS line after the subject.',
      beforeEo: 'Expected TAGS after the E.O. line; found the TAGS line before it.',
    },
  },
  check({ doc, report }) {
    const tags = doc.tags;
    if (!tags) {
      // Without an E.O. line or a subject there is no preamble to judge (a fragment); a copy
      // whose preamble was cut short may have lost the TAGS line.
      if (preambleTruncated(doc) || preambleUnreliable(doc) || someLineStartsWith(doc, TAGS_LABEL_LINE)) return;
      // `E.O. 12958: DECL: 03/20/2019 TAG PTER, PGOV`: the tags glued to the E.O. line.
      if (doc.eo) {
        const line = doc.lines.lineAt(doc.eo.span.start);
        const start = doc.lines.lineStart(line);
        const glued = /\bTAGS?\s*[:;]?\s+[A-Z]{2,4}\b/.exec(doc.lines.lineText(line));
        if (glued) {
          const span = { start: start + glued.index, end: doc.lines.lineEnd(line) };
          report({ span, messageId: 'inEoLine', data: { found: doc.text.slice(span.start, span.end).trim() } });
          return;
        }
      }
      if (doc.subject) report({ span: lineContentSpan(doc, doc.lines.lineAt(doc.subject.span.start)), messageId: 'missing' });
      else if (doc.eo) report({ span: doc.eo.span, messageId: 'missingAfterEo' });
      return;
    }
    if (tags.tags.length === 0) {
      report({ span: tags.span, messageId: 'empty', data: { label: doc.text.slice(tags.label.span.start, tags.span.end).trim() } });
    }
    if (doc.subject && doc.subject.span.start < tags.span.start) report({ span: tags.label.span, messageId: 'afterSubject' });
    else if (doc.eo && tags.span.start < doc.eo.span.start) report({ span: tags.label.span, messageId: 'beforeEo' });
  },
} satisfies Rule;
