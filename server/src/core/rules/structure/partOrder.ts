import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Rule } from '../rule';

interface Part {
  readonly name: string;
  readonly span: Span;
}

/** The parts whose order is fixed, in that order, as this cable has them (first of each). */
function parts(doc: CableDocument): Part[] {
  const found: Array<Part | null> = [
    doc.classification && { name: 'classification line', span: doc.classification.span },
    doc.eo && { name: 'E.O. line', span: doc.eo.span },
    doc.tags && { name: 'TAGS line', span: doc.tags.span },
    doc.subject && { name: 'SUBJECT line', span: doc.subject.span },
    doc.references && { name: 'REF line', span: doc.references.span },
  ];
  return found.filter((p): p is Part => p !== null);
}

/**
 * STR-001: the parts of a cable come in a fixed order. This rule checks the part of that
 * order every sample and the drafting guidance agree on: the classification line, then the
 * E.O. line, TAGS, SUBJECT and REF. (Where the Classified-by line goes is
 * `classified-by-position`'s business; the header's own order is `header-order`'s.) A part
 * is reported where it stands, naming the part it should follow.
 */
export default {
  meta: {
    id: 'part-order',
    category: 'structure',
    description: 'The classification line, E.O. line, TAGS, SUBJECT and REF come in that order.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['STR-001'],
    messages: {
      before: 'Expected the {part} after the {other}; found it before.',
    },
  },
  check({ doc, report }) {
    const list = parts(doc);
    for (let i = 1; i < list.length; i++) {
      let latest: Part | null = null;
      for (let j = 0; j < i; j++) if (list[j].span.start > list[i].span.start && (!latest || list[j].span.start > latest.span.start)) latest = list[j];
      if (latest) report({ span: list[i].span, messageId: 'before', data: { part: list[i].name, other: latest.name } });
    }
  },
} satisfies Rule;
