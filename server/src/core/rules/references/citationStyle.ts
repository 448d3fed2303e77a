import type { Rule } from '../rule';
import { bareCitations, citedLetters, referenceList } from '../support/referenceList';

/**
 * REF-005: with several references, a bare `REFTEL` (no letter) leaves the reader to guess
 * which one is meant; with a single, unlettered reference, `ref A` points at a letter the
 * list does not show (cite it as `REFTEL`).
 */
export default {
  meta: {
    id: 'references-citation-style',
    category: 'references',
    description: 'A citation names its reference by letter when there are several, and as REFTEL when there is a single unlettered one.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['REF-005'],
    messages: {
      ambiguous: 'Expected a letter after "{keyword}" (the REF list has {count} references); found none.',
      letterForSingle: 'Expected the single reference cited as REFTEL (it has no letter); found "{written}".',
    },
  },
  check({ doc, report }) {
    const list = referenceList(doc);
    if (!list || list.items.length === 0 || list.damaged) return;
    if (list.items.length > 1) {
      for (const citation of bareCitations(doc)) {
        if (!/^(?:REFTEL|REF)$/i.test(citation.keyword.text)) continue;
        report({ span: citation.keyword.span, messageId: 'ambiguous', data: { keyword: citation.keyword.text, count: list.items.length } });
      }
      return;
    }
    if (list.lettered || list.items[0].citations.length > 1) return;
    const done = new Set<number>();
    for (const c of citedLetters(doc)) {
      if (c.letter.text !== 'A' || done.has(c.citation.span.start)) continue;
      done.add(c.citation.span.start);
      report({ span: c.citation.span, messageId: 'letterForSingle', data: { written: doc.text.slice(c.citation.span.start, c.citation.span.end).replace(/\s+/g, ' ') } });
    }
  },
} satisfies Rule;
