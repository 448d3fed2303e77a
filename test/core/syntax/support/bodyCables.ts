/**
 * Invented cables for the body, citation, page-header, signature, residue and bad-input
 * tests, and the one helper they all assert spans with.
 */
import { parseCable, type CableDocument } from '../../../../server/src/core/index';
import { textOf } from './spans';

export { textOf };

/** An unclassified preamble: classification line, E.O., TAGS and SUBJECT, then a blank line. */
export const UNCLAS_PREAMBLE = 'UNCLAS SECTION 01 OF 03 STATE 045678\n\nE.O. 12958: N/A\nTAGS: PREL KPAO\nSUBJECT: MINISTERIAL VISIT\n\n';

/** A classified preamble with a REF list A–D and a Classified-by line. */
export const CONFIDENTIAL_PREAMBLE =
  'C O N F I D E N T I A L SECTION 01 OF 03 TALLINN 004321\n\nSIPDIS\n\nE.O. 12958: DECL: 04/17/2019\nTAGS: PREL EN\nSUBJECT: TALKS ON THE PORT LEASE\n\n' +
  'REF: A. STATE 11111 B. TALLINN 2222 C. 08 RIGA 3333 D. TALLINN 4444\n\nClassified By: Ambassador Jane Roe for reasons 1.4 (b) and (d).\n\n';

/** Parses `body` below a preamble (the unclassified one unless another is given). */
export function parseBody(body: string, preamble: string = UNCLAS_PREAMBLE): CableDocument {
  return parseCable(preamble + body);
}

/** The text of each top-level block, as `kind: text`. */
export function blockTexts(doc: CableDocument): string[] {
  return doc.blocks.map((b) => `${b.kind}: ${textOf(doc, b.span)}`);
}
