import type { Rule } from '../rule';
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import { garbledClassificationWords } from '../../syntax/classificationLine';
import { lineContentSpan } from '../support/placement';

/** Words of a classification written where the line belongs but not as one (`SS E C R E T`, `O N F I D E N T I A L`). */
const LEVEL_WORDS = /E C R E T\b|O N F I D E N T I A L\b|UNCLAS|\bCONFIDENTIAL\b|\bSECRET\b|\bLIMITED OFFICIAL USE\b/i;

/**
 * CLS-001, STR-001: a cable opens its text with the classification line (`UNCLAS STATE 047731`,
 * `C O N F I D E N T I A L SECTION 01 OF 03 ANKARA 000412`), above its captions and E.O. line.
 * Without it the cable states no classification at all, and no portion can be checked against
 * a banner. A line that holds the level's words but is no classification line (`SS E C R E T
 * VALLETTA 000417`, a letter doubled or lost) is named. Left alone: a fragment with no E.O. line,
 * TAGS or SUBJECT (nothing tells where the line belongs). Never fixed: the level is the
 * drafter's to state. For a letter doubled or lost, the words meant are offered.
 */
export default {
  meta: {
    id: 'classification-line-present',
    category: 'classification',
    description: 'A cable opens with a classification line ("UNCLAS STATE 047731", "C O N F I D E N T I A L ANKARA 000412") above its captions and E.O. line.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-001', 'STR-001'],
    messages: {
      missing: 'Expected a classification line ("UNCLAS", "C O N F I D E N T I A L" or "S E C R E T", then the origin and serial) above the {part}; found none.',
      garbled: 'Expected a classification line ("UNCLAS", "C O N F I D E N T I A L" or "S E C R E T", then the origin and serial); found "{found}".',
    },
  },
  check({ doc, report }) {
    if (doc.classification) return;
    const first = firstPreamblePart(doc);
    if (!first) return;
    const garbled = garbledLine(doc, first.span.start);
    if (garbled) {
      const found = doc.text.slice(garbled.start, garbled.end);
      // A letter doubled or lost (`SS E C R E T`): the words meant are offered, never written.
      const words = garbledClassificationWords(found);
      const suggestions = words ? [{ title: `Write "${words.meant}"`, edits: [{ span: { start: garbled.start, end: garbled.start + words.length }, text: words.meant }] }] : [];
      report({ span: garbled, messageId: 'garbled', data: { found }, suggestions });
      return;
    }
    report({ span: lineContentSpan(doc, doc.lines.lineAt(first.span.start)), messageId: 'missing', data: { part: first.name } });
  },
} satisfies Rule;

/** The first of the parts a classification line stands above: captions, the E.O. line, TAGS, SUBJECT. */
function firstPreamblePart(doc: CableDocument): { span: Span; name: string } | null {
  const parts = [
    doc.captionLines[0] && { span: doc.captionLines[0].span, name: 'captions' },
    doc.eo && { span: doc.eo.span, name: 'E.O. line' },
    doc.tags && { span: doc.tags.span, name: 'TAGS line' },
    doc.subject && { span: doc.subject.span, name: 'subject' },
  ].filter((p): p is { span: Span; name: string } => !!p);
  // Captions alone do not make a preamble: a fragment may open with SIPDIS.
  if (parts.length === 0 || (parts.length === 1 && parts[0].name === 'captions')) return null;
  return parts.reduce((a, b) => (b.span.start < a.span.start ? b : a));
}

/** A line between the header (or the text's start) and `before` that holds a level's words but was not read as the classification line. */
function garbledLine(doc: CableDocument, before: number): Span | null {
  const from = doc.header ? doc.lines.lineAt(doc.header.span.end) + 1 : 0;
  const to = doc.lines.lineAt(before);
  for (let line = from; line < to; line++) {
    const text = doc.lines.lineText(line);
    if (LEVEL_WORDS.test(text) && text.length <= 120) return lineContentSpan(doc, line);
  }
  return null;
}
