/**
 * What is under the cursor, for hover: a routing indicator, a precedence, the DTG, the DE
 * line, the security line, the classification line, a caption, a corrected-copy notice, a
 * receiving station's distribution log, a portion mark, the E.O. line, a tag, a REF citation
 * or item, a `para N` citation or a paragraph number. Each lookup is a binary search over
 * nodes in text order, so hover stays fast on long cables.
 */
import type {
  AddresseeNode,
  BulletNode,
  CableDocument,
  CaptionNode,
  ClassificationLineNode,
  CorrectedCopyNode,
  DeLineNode,
  DtgNode,
  EoLineNode,
  HeaderNode,
  ParaCitationNode,
  ParagraphNode,
  PortionMarkNode,
  RefCitationNode,
  ReferenceNode,
  SbuBannerNode,
  SecurityLineNode,
  SubParagraphNode,
  TagNode,
  TextBlockNode,
} from '../syntax/nodes';
import type { Span, Token } from '../text/span';
import { findAt, inSpan } from './find';

/** An item hover can explain, with the span it covers. */
export type CableItem =
  | { readonly kind: 'routingIndicator'; readonly span: Span; readonly token: Token }
  | { readonly kind: 'digraph'; readonly span: Span; readonly token: Token }
  | { readonly kind: 'prosign'; readonly span: Span; readonly token: Token; readonly position: number; readonly count: number }
  | { readonly kind: 'precedence'; readonly span: Span; readonly token: Token; readonly addressee: AddresseeNode }
  | { readonly kind: 'dtg'; readonly span: Span; readonly node: DtgNode }
  | { readonly kind: 'deLine'; readonly span: Span; readonly node: DeLineNode }
  | { readonly kind: 'securityLine'; readonly span: Span; readonly node: SecurityLineNode }
  | { readonly kind: 'classificationLine'; readonly span: Span; readonly node: ClassificationLineNode }
  | { readonly kind: 'caption'; readonly span: Span; readonly node: CaptionNode }
  | { readonly kind: 'sbuBanner'; readonly span: Span; readonly node: SbuBannerNode }
  | { readonly kind: 'correctedCopy'; readonly span: Span; readonly node: CorrectedCopyNode }
  | { readonly kind: 'distributionLog'; readonly span: Span }
  | { readonly kind: 'portionMark'; readonly span: Span; readonly node: PortionMarkNode }
  | { readonly kind: 'eoLine'; readonly span: Span; readonly node: EoLineNode }
  | { readonly kind: 'tag'; readonly span: Span; readonly node: TagNode }
  | { readonly kind: 'refCitation'; readonly span: Span; readonly node: RefCitationNode; readonly letter: Token | null }
  | { readonly kind: 'reference'; readonly span: Span; readonly node: ReferenceNode }
  | { readonly kind: 'paraCitation'; readonly span: Span; readonly node: ParaCitationNode; readonly number: Token }
  | { readonly kind: 'paragraphNumber'; readonly span: Span; readonly node: ParagraphNode };

const on = (token: Token | null | undefined, offset: number): token is Token => !!token && inSpan(token.span, offset);

/** The item at `offset`, or null when the cursor is on nothing hover explains. */
export function itemAt(doc: CableDocument, offset: number): CableItem | null {
  const block = findAt(doc.blocks, offset);
  if (!block) return null;
  switch (block.kind) {
    case 'header':
      return headerItem(block, offset);
    case 'classificationLine':
      return { kind: 'classificationLine', span: block.span, node: block };
    case 'captionLine': {
      const caption = findAt(block.captions, offset);
      return caption ? { kind: 'caption', span: caption.span, node: caption } : null;
    }
    case 'sbuBanner':
      return { kind: 'sbuBanner', span: block.span, node: block };
    case 'correctedCopy':
      return { kind: 'correctedCopy', span: block.span, node: block };
    case 'distributionLog':
      return { kind: 'distributionLog', span: block.span };
    case 'eoLine':
      return { kind: 'eoLine', span: block.span, node: block };
    case 'tags': {
      const tag = findAt(block.tags, offset);
      return tag ? { kind: 'tag', span: tag.span, node: tag } : null;
    }
    case 'subject':
      return markItem(block.portionMark, offset);
    case 'classifiedBy':
      return markItem(block.portionMark, offset);
    case 'references': {
      const item = findAt(block.items, offset);
      return item ? { kind: 'reference', span: item.span, node: item } : null;
    }
    case 'paragraph':
    case 'text':
      return bodyItem(doc, block, offset);
    default:
      return null;
  }
}

function markItem(mark: PortionMarkNode | null, offset: number): CableItem | null {
  return mark && inSpan(mark.span, offset) ? { kind: 'portionMark', span: mark.span, node: mark } : null;
}

function headerItem(header: HeaderNode, offset: number): CableItem | null {
  const line = findAt(header.lines, offset);
  if (!line) return null;
  switch (line.kind) {
    case 'routingLine': {
      if (on(line.digraph, offset)) return { kind: 'digraph', span: line.digraph.span, token: line.digraph };
      const indicator = findAt(line.indicators, offset);
      return indicator ? { kind: 'routingIndicator', span: indicator.span, token: indicator } : null;
    }
    case 'deLine':
      if (on(line.indicator, offset)) return { kind: 'routingIndicator', span: line.indicator.span, token: line.indicator };
      return { kind: 'deLine', span: on(line.filingTime, offset) ? line.filingTime.span : line.span, node: line };
    case 'securityLine':
      return { kind: 'securityLine', span: line.span, node: line };
    case 'dtgLine': {
      const prosign = line.prosigns.findIndex((p) => inSpan(p.span, offset));
      if (prosign >= 0) return { kind: 'prosign', span: line.prosigns[prosign].span, token: line.prosigns[prosign], position: prosign, count: line.prosigns.length };
      if (line.dtg && inSpan(line.dtg.span, offset)) return { kind: 'dtg', span: line.dtg.span, node: line.dtg };
      return null;
    }
    case 'fromLine':
      if (on(line.indicator, offset)) return { kind: 'routingIndicator', span: line.indicator.span, token: line.indicator };
      return null;
    case 'addressee':
      if (on(line.indicator, offset)) return { kind: 'routingIndicator', span: line.indicator.span, token: line.indicator };
      if (on(line.precedence, offset)) return { kind: 'precedence', span: line.precedence.span, token: line.precedence, addressee: line };
      return null;
    default:
      return null;
  }
}

function bodyItem(doc: CableDocument, block: ParagraphNode | TextBlockNode, offset: number): CableItem | null {
  if (block.kind === 'paragraph' && inSpan(block.number.span, offset)) return { kind: 'paragraphNumber', span: block.number.span, node: block };
  const own = markItem(block.portionMark, offset);
  if (own) return own;
  const nested = nestedMark(block.subParagraphs, offset) ?? nestedMark(block.bullets, offset);
  if (nested) return nested;
  const citation = findAt(doc.refCitations, offset);
  if (citation) {
    const letter = citation.letters.find((l) => inSpan(l.span, offset)) ?? null;
    return { kind: 'refCitation', span: letter?.span ?? citation.span, node: citation, letter };
  }
  const para = findAt(doc.paraCitations, offset);
  if (para) {
    const number = para.numbers.find((n) => inSpan(n.span, offset)) ?? (para.numbers.length === 1 ? para.numbers[0] : undefined);
    if (number) return { kind: 'paraCitation', span: number.span, node: para, number };
  }
  return null;
}

function nestedMark(items: readonly (SubParagraphNode | BulletNode)[], offset: number): CableItem | null {
  const item = findAt(items, offset);
  return item ? markItem(item.portionMark, offset) : null;
}
