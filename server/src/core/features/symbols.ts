/**
 * The outline of a cable (document symbols): Header › From, To (n), Info (n);
 * Classification; Captions › Corrected copy; E.O.; TAGS; Subject; References › A, B…;
 * Classified By; Body › `1. (U) This is an action request…` › sub-paragraphs, with headings
 * and summary/comment/quoted-text blocks in place; Signature. Every symbol's `selection` lies
 * inside its `span`, and children inside their parent, so breadcrumbs follow the cursor.
 */
import { memo } from '../memo';
import { foldWhitespace } from '../syntax/lines';
import type { AddresseeNode, CableDocument, CorrectedCopyNode, HeaderNode, MarkedBlockNode, ParagraphNode, SubParagraphNode, TextBlockNode } from '../syntax/nodes';
import type { Span } from '../text/span';
import { paragraphFirstLine, shorten } from './find';

/** What a symbol stands for; the server picks an icon for each. */
export type SymbolRole =
  | 'header'
  | 'field'
  | 'list'
  | 'addressee'
  | 'classification'
  | 'captions'
  | 'correctedCopy'
  | 'eo'
  | 'tags'
  | 'subject'
  | 'references'
  | 'reference'
  | 'classifiedBy'
  | 'body'
  | 'paragraph'
  | 'subParagraph'
  | 'heading'
  | 'block'
  | 'signature';

/** One entry of the outline. */
export interface CableSymbol {
  readonly name: string;
  readonly detail: string;
  readonly role: SymbolRole;
  /** Everything the symbol covers. */
  readonly span: Span;
  /** The part to reveal and select (a label, a number): inside `span`. */
  readonly selection: Span;
  readonly children: readonly CableSymbol[];
}

const NAME_LENGTH = 48;
const BLOCK_NAMES: Readonly<Record<MarkedBlockNode['block'], string>> = {
  summary: 'Summary',
  comment: 'Comment',
  note: 'Note',
  text: 'Quoted text',
  quote: 'Quotation',
};

function symbol(name: string, detail: string, role: SymbolRole, span: Span, selection: Span, children: CableSymbol[] = []): CableSymbol {
  // Keep the invariants clients rely on even if a node's parts fall outside it.
  const start = Math.min(span.start, selection.start);
  const end = Math.max(span.end, selection.end);
  return { name: name || '(empty)', detail, role, span: { start, end }, selection, children };
}

function cover(spans: readonly Span[]): Span {
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}

/** The outline of a parsed cable, in text order. */
/** Computed once per parse (a document version); callers must not change the result. */
export function documentSymbols(doc: CableDocument): CableSymbol[] {
  return memo(doc, documentSymbols, computeDocumentSymbols);
}

function computeDocumentSymbols(doc: CableDocument): CableSymbol[] {
  const text = doc.text;
  const slice = (s: Span) => foldWhitespace(text.slice(s.start, s.end));
  const symbols: CableSymbol[] = [];
  if (doc.header) symbols.push(headerSymbol(doc, doc.header));
  const c = doc.classification;
  if (c) symbols.push(symbol('Classification', shorten(slice(c.span), NAME_LENGTH), 'classification', c.span, c.marking.span));
  // A corrected-copy notice stands among the captions: it is a child of the Captions entry,
  // which then covers it too, or an entry of its own when the cable has no captions.
  const notices = correctedCopyNotices(doc).map((n) =>
    symbol('Corrected copy', n.note ? shorten(foldWhitespace(n.note.text), NAME_LENGTH) : '', 'correctedCopy', n.span, n.span),
  );
  if (doc.captionLines.length > 0) {
    const lines = doc.captionLines;
    const names = lines.flatMap((l) => l.captions.map((caption) => caption.name));
    const spans = [...lines.map((l) => l.span), ...notices.map((n) => n.span)];
    const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    symbols.push(symbol('Captions', shorten(names.join(', '), NAME_LENGTH), 'captions', span, lines[0].span, notices));
  } else {
    symbols.push(...notices);
  }
  if (doc.eo) symbols.push(symbol(doc.eo.order ? `E.O. ${doc.eo.order.text}` : 'E.O.', doc.eo.instruction?.text ?? '', 'eo', doc.eo.span, doc.eo.label.span));
  if (doc.tags) symbols.push(symbol('TAGS', doc.tags.tags.map((t) => t.text).join(' '), 'tags', doc.tags.span, doc.tags.label.span));
  if (doc.subject) symbols.push(symbol('Subject', shorten(doc.subject.text, NAME_LENGTH), 'subject', doc.subject.span, doc.subject.label.span));
  const refs = doc.references;
  if (refs) {
    const items = refs.items.map((item) =>
      symbol(item.letter ?? 'REF', shorten(item.text, NAME_LENGTH), 'reference', item.span, item.letterToken?.span ?? item.textSpan),
    );
    const count = refs.items.length;
    symbols.push(symbol('References', count === 1 ? '1 reference' : `${count} references`, 'references', refs.span, refs.label.span, items));
  }
  if (doc.classifiedBy) {
    symbols.push(symbol('Classified By', shorten(doc.classifiedBy.classifier, NAME_LENGTH), 'classifiedBy', doc.classifiedBy.span, doc.classifiedBy.label.span));
  }
  const body = bodySymbols(doc);
  if (body.length > 0) {
    const count = doc.paragraphs.length;
    symbols.push(symbol('Body', count === 1 ? '1 paragraph' : `${count} paragraphs`, 'body', cover(body.map((b) => b.span)), body[0].selection, body));
  }
  if (doc.signature) symbols.push(symbol('Signature', doc.signature.text, 'signature', doc.signature.span, doc.signature.span));
  return symbols;
}

/**
 * The corrected-copy notices of the cable's opening: those between its classification line and
 * its E.O. line (a copy that holds its opening twice may hold the notice twice).
 */
function correctedCopyNotices(doc: CableDocument): CorrectedCopyNode[] {
  const from = doc.classification?.span.start ?? 0;
  const to = doc.eo?.span.start ?? doc.tags?.span.start ?? doc.subject?.span.start ?? doc.text.length;
  const out: CorrectedCopyNode[] = [];
  for (const block of doc.blocks) {
    if (block.span.start >= to) break;
    if (block.kind === 'correctedCopy' && block.span.start >= from) out.push(block);
  }
  return out;
}

function headerSymbol(doc: CableDocument, header: HeaderNode): CableSymbol {
  const children: CableSymbol[] = [];
  const dtg = header.dtgLine?.dtg;
  if (dtg) children.push(symbol('DTG', doc.text.slice(dtg.span.start, dtg.span.end), 'field', header.dtgLine!.span, dtg.span));
  if (header.from) children.push(symbol('From', header.from.plad?.text ?? '', 'field', header.from.span, header.from.label.span));
  const list = (name: string, addressees: readonly AddresseeNode[]) => {
    if (addressees.length === 0) return;
    const items = addressees.map((a) =>
      symbol(a.plad?.text ?? a.indicator?.text ?? '(addressee)', [a.indicator?.text, a.precedence?.text].filter(Boolean).join(' · '), 'addressee', a.span, a.plad?.span ?? a.span),
    );
    const first = addressees[0];
    children.push(symbol(`${name} (${addressees.length})`, '', 'list', cover(addressees.map((a) => a.span)), first.label?.span ?? first.span, items));
  };
  list('To', header.to);
  list('Info', header.info);
  const first = header.lines[0];
  const detail = header.transmissionId?.id ?? (dtg ? doc.text.slice(dtg.span.start, dtg.span.end) : '');
  return symbol('Header', detail, 'header', header.span, first ? first.span : header.span, children);
}

function bodySymbols(doc: CableDocument): CableSymbol[] {
  const out: CableSymbol[] = [];
  const marked = doc.markedBlocks;
  let nextMarked = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'text') {
      const inside: MarkedBlockNode[] = [];
      while (nextMarked < marked.length && marked[nextMarked].open.span.start < block.span.end) {
        if (marked[nextMarked].open.span.start >= block.span.start) inside.push(marked[nextMarked]);
        nextMarked++;
      }
      out.push(block.kind === 'paragraph' ? paragraphSymbol(doc, block, inside) : textSymbol(doc, block, inside));
    } else if (block.kind === 'heading') {
      out.push(symbol(foldWhitespace(block.text.text), 'heading', 'heading', block.span, block.text.span));
    }
  }
  return out;
}

function paragraphSymbol(doc: CableDocument, paragraph: ParagraphNode, marked: readonly MarkedBlockNode[]): CableSymbol {
  const mark = paragraph.portionMark ? ` ${doc.text.slice(paragraph.portionMark.span.start, paragraph.portionMark.span.end)}` : '';
  const name = `${paragraph.number.text}.${mark} ${shorten(paragraphFirstLine(doc, paragraph), NAME_LENGTH)}`.trimEnd();
  const selection = { start: paragraph.number.span.start, end: paragraph.portionMark?.span.end ?? paragraph.numberPunctuation?.span.end ?? paragraph.number.span.end };
  const children = nested(doc, paragraph.subParagraphs, marked, paragraph.span);
  return symbol(name, '', 'paragraph', paragraph.span, selection, children);
}

function textSymbol(doc: CableDocument, block: TextBlockNode, marked: readonly MarkedBlockNode[]): CableSymbol {
  const line = doc.lines.lineAt(block.span.start);
  const first = foldWhitespace(doc.text.slice(block.span.start, Math.min(doc.lines.lineEnd(line), block.span.end)));
  const selection = { start: block.span.start, end: Math.min(doc.lines.lineEnd(line), block.span.end) };
  return symbol(shorten(first, NAME_LENGTH), 'text', 'paragraph', block.span, selection, nested(doc, block.subParagraphs, marked, block.span));
}

/** Sub-paragraphs and marked blocks inside a paragraph, in text order. */
function nested(doc: CableDocument, subs: readonly SubParagraphNode[], marked: readonly MarkedBlockNode[], within: Span): CableSymbol[] {
  const children: CableSymbol[] = subs.map((sub) => {
    const line = doc.lines.lineAt(sub.span.start);
    const lineEnd = Math.min(doc.lines.lineEnd(line), sub.span.end);
    const name = shorten(foldWhitespace(doc.text.slice(sub.span.start, lineEnd)), NAME_LENGTH);
    return symbol(name, '', 'subParagraph', sub.span, { start: sub.label.span.start, end: sub.portionMark?.span.end ?? sub.label.span.end });
  });
  for (const block of marked) {
    const end = Math.min(block.close ? block.close.span.end : within.end, within.end);
    children.push(symbol(BLOCK_NAMES[block.block], block.close ? '' : 'not closed', 'block', { start: block.open.span.start, end }, block.open.span));
  }
  return children.sort((a, b) => a.span.start - b.span.start);
}
