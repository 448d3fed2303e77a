/**
 * The plain model of a cable that `cablewright inspect` prints and other tools read. Its
 * field names are part of the product's interface: keep them.
 */
import { foldWhitespace } from './syntax/lines';
import { maskedText } from './syntax/mask';
import type { AddresseeNode, CableDocument, MarkedBlockNode } from './syntax/nodes';
import { isoDate, isoDateTime } from './vocab/dates';

/** An addressee in the model. */
export interface AddresseeModel {
  readonly ri: string | null;
  readonly name: string | null;
  readonly precedence: string | null;
  readonly serial: string | null;
}

/** The model of one cable; absent parts are null. */
export interface CableModel {
  readonly transmissionId: string | null;
  readonly dtg: { readonly text: string; readonly iso: string | null } | null;
  readonly from: string | null;
  readonly to: readonly AddresseeModel[];
  readonly info: readonly AddresseeModel[];
  readonly classification: {
    readonly level: string;
    readonly text: string;
    readonly section: number | null;
    readonly sections: number | null;
    readonly origin: string | null;
    readonly serial: string | null;
    readonly cableId: string | null;
  } | null;
  readonly captions: readonly string[];
  readonly eo: { readonly order: string | null; readonly text: string | null; readonly declassify: string | null } | null;
  readonly tags: readonly string[];
  readonly subject: string | null;
  readonly references: ReadonlyArray<{ readonly letter: string | null; readonly text: string; readonly cableId: string | null }>;
  readonly classifiedBy: { readonly text: string; readonly reasons: readonly string[] } | null;
  readonly summary: string | null;
  readonly paragraphs: ReadonlyArray<{ readonly number: number; readonly marking: string | null; readonly line: number }>;
  readonly signature: string | null;
}

function addressee(a: AddresseeNode): AddresseeModel {
  return { ri: a.indicator?.text ?? null, name: a.plad?.text ?? null, precedence: a.precedence?.text ?? null, serial: a.serial?.text ?? null };
}

/** The text between a marked block's opener and closer, page headers and residue left out, white space folded. */
export function markedBlockText(doc: CableDocument, block: MarkedBlockNode): string {
  const start = block.open.span.end;
  const end = block.close ? block.close.span.start : blockEnd(doc, start);
  const masks = [...doc.pageHeaders.map((p) => p.span), ...doc.residue.map((r) => r.span)].sort((a, b) => a.start - b.start);
  return foldWhitespace(maskedText(doc.text, start, end, masks))
    .replace(/^[:.\s-]+/, '')
    .replace(/^\d{1,3}\.\s*/, '')
    .replace(/^\( ?[A-Za-z]{1,3}(?:\/{1,2}[A-Za-z ,]+)? ?\)\s*/, '')
    .replace(/^summary(?: and [a-z]{3,12}(?: [a-z]{3,12})?)?\s*[:.]\s*/i, '')
    .trim();
}

/** Where an unclosed block's text stops: the end of the paragraph it opens in, or a dashed heading inside it. */
function blockEnd(doc: CableDocument, from: number): number {
  let end = Math.min(doc.text.length, from + 2000);
  for (const p of doc.paragraphs) {
    if (from >= p.span.start && from <= p.span.end) {
      end = p.span.end;
      break;
    }
  }
  const rule = /\s-{4,}/.exec(doc.text.slice(from, end));
  return rule ? from + rule.index : end;
}

/**
 * The summary of a cable: its summary block, or, when the text closes a summary it never
 * opened (`… END SUMMARY.` in paragraph 1), the text from the first paragraph to that closer.
 */
function summaryText(doc: CableDocument): string | null {
  const block = doc.markedBlocks.find((b) => b.block === 'summary');
  if (block) return markedBlockText(doc, block);
  const closer = doc.strayClosers.find((c) => c.block === 'summary');
  const first = doc.paragraphs[0];
  if (!closer || !first || closer.span.start < first.textStart) return null;
  const masks = [...doc.pageHeaders.map((p) => p.span), ...doc.residue.map((r) => r.span)].sort((a, b) => a.start - b.start);
  return foldWhitespace(maskedText(doc.text, first.textStart, closer.span.start, masks)).trim();
}

/** Builds the model of a parsed cable. */
export function cableModel(doc: CableDocument): CableModel {
  const header = doc.header;
  const dtg = header?.dtgLine?.dtg ?? null;
  const c = doc.classification;
  return {
    transmissionId: header?.transmissionId?.id ?? null,
    dtg: dtg ? { text: doc.text.slice(dtg.span.start, dtg.span.end), iso: dtg.value ? isoDateTime(dtg.value) : null } : null,
    from: header?.from?.plad?.text ?? null,
    to: header?.to.map(addressee) ?? [],
    info: header?.info.map(addressee) ?? [],
    classification: c
      ? {
          level: c.level,
          text: c.marking.text,
          section: c.sectionNumber ? Number(c.sectionNumber.text) : null,
          sections: c.sectionTotal ? Number(c.sectionTotal.text) : null,
          origin: c.origin?.text ?? null,
          serial: c.serial?.text ?? null,
          cableId: c.cableId,
        }
      : null,
    captions: doc.captionLines.flatMap((line) => line.captions.map((caption) => caption.name)),
    eo: doc.eo
      ? {
          order: doc.eo.order?.text ?? null,
          text: doc.eo.instruction?.text ?? null,
          declassify: doc.eo.date && doc.eo.dateValid ? isoDate(doc.eo.date) : null,
        }
      : null,
    tags: doc.tags?.tags.map((t) => t.text) ?? [],
    subject: doc.subject?.text ?? null,
    references: doc.references?.items.map((r) => ({ letter: r.letter, text: r.text, cableId: r.citations[0]?.cableId ?? null })) ?? [],
    classifiedBy: doc.classifiedBy ? { text: doc.classifiedBy.text, reasons: doc.classifiedBy.reasons.map((r) => r.text) } : null,
    summary: summaryText(doc),
    paragraphs: doc.paragraphs.map((p) => ({
      number: p.value,
      marking: p.portionMark?.text ?? null,
      line: doc.lines.positionAt(p.span.start).line + 1,
    })),
    signature: doc.signature?.text ?? null,
  };
}
