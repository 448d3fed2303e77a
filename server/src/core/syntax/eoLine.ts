/** The E.O. line: `E.O. 12958: N/A`, `E.O. 12958: DECL: 03/13/2018`, and the legacy forms. */
import { expandYear, isValidDate, monthNumber } from '../vocab/dates';
import type { Segment } from './lines';
import type { DeclassifyForm, EoLineNode } from './nodes';
import type { Token } from '../text/span';

/**
 * `E.O. 12958:`, `E.O.12958`, `EO 12958`, `E. O. 12958 :`, `EO:`, `E.O.  12958:` (two spaces),
 * `E.0. 12958:` (a zero typed for the letter O); case-insensitive. The spacing and the zero are
 * eo-line-spacing's to report; the line is an E.O. line all the same.
 */
export const EO_LABEL = /^(E\.[ \t]{0,3}[O0]\.?|EO)(?:[ \t]{0,3}(\d{3,6}))?[ \t]{0,3}(:?) */i;

/**
 * Whether a line (or the rest of one) opens with an E.O. label: the label, then the order
 * number, a number mistyped with too few or too many digits and its colon (`E.O. 1295:`,
 * executive-order-for-date's to report), or a colon.
 */
export const EO_START = /^(?:E\.[ \t]{0,3}[O0]\.?[ \t]{0,3}(?:1\d{4}|\d{3,6}[ \t]{0,3}:|:)|EO ?(?:1\d{4}|:))/i;

/** Where an E.O. label with its order number starts inside a line, for lines with text glued before it. */
export const EO_INSIDE = /(?:^|[^A-Za-z0-9])(E\.[ \t]{0,3}[O0]\.?[ \t]{0,3}1\d{4}|EO ?1\d{4})\b/i;

/**
 * A line that can only be the rest of an E.O. line wrapped after its label (`E.O. 12958:` /
 * `DECL: 04/05/2011`): the DECL keyword, `N/A`, or a date opening it. Copies with joined or
 * wrapped lines break the line there.
 */
const EO_CONTINUATION = /^(?:(?:DECL|DECLASSIFY(?: ON)?|DECLAS)\b ?:|N ?\/ ?A\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b)/i;

/**
 * Whether `next` (a trimmed line) continues the E.O. line `eoText` on the line below: the
 * label stands alone on its line, nothing after its colon, and `next` opens as an
 * instruction does ({@link EO_CONTINUATION}).
 */
export function continuesEoLine(eoText: string, next: string): boolean {
  const label = EO_LABEL.exec(eoText);
  return label !== null && label[0].trimEnd().length === eoText.trimEnd().length && EO_CONTINUATION.test(next);
}

const SLASH_DATE = /^(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})(?!\d)/;
const WORD_DATE = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})/;

/**
 * Parses an E.O. line whose label is at the start of `segment`. The segment may run onto the
 * next line when the instruction was wrapped there ({@link continuesEoLine}): the line break
 * after the label is read as the space it stands for.
 */
export function parseEoLine(segment: Segment): EoLineNode {
  const text = segment.text;
  const lm = EO_LABEL.exec(text)!;
  const labelText = lm[1];
  const label = segment.tokenAt(0, labelText.length);
  const order = lm[2] ? segment.tokenAt(text.indexOf(lm[2], labelText.length), lm[2].length) : null;
  const canonicalLabel = /^E\.O\. \d{5}:/.test(text);
  const rest = segment.from(lm[0].length).trimmed();
  const instruction = rest.isEmpty ? null : rest.token(rest.start, rest.end);
  let form: DeclassifyForm = 'missing';
  let keyword: Token | null = null;
  let dateText: Token | null = null;
  let date: EoLineNode['date'] = null;
  let dateValid = false;
  let dateCanonical = false;
  if (instruction) {
    const body = rest.text;
    const km = /^(DECL|DNG|DECLASSIFY ON|DECLASSIFY|DECLAS|DCL)\b ?:? */i.exec(body);
    let after = 0;
    if (km) {
      keyword = rest.tokenAt(0, km[1].length);
      after = km[0].length;
    }
    const target = body.slice(after);
    if (/^N ?\/ ?A\b/i.test(body)) form = 'na';
    else if (/^(?:X?GDS|RDS)\b/i.test(target) || /^(?:X?GDS|RDS)\b/i.test(body)) form = 'schedule';
    else if (/^OADR\b/i.test(target)) form = 'oadr';
    else {
      const sm = SLASH_DATE.exec(target);
      const wm = sm ? null : WORD_DATE.exec(target);
      if (sm) {
        dateText = rest.tokenAt(after, sm[0].length);
        const [a, b, c] = [sm[1], sm[2], sm[3]];
        const yearFirst = a.length === 4;
        const yearText = yearFirst ? a : c;
        const year = yearText.length === 4 ? Number(yearText) : yearText.length === 2 ? expandYear(Number(yearText)) : NaN;
        const month = Number(yearFirst ? b : a);
        const day = Number(yearFirst ? c : b);
        if (!Number.isNaN(year)) {
          date = { year, month, day };
          dateValid = isValidDate(year, month, day);
        }
        dateCanonical = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(sm[0]);
        form = 'date';
      } else if (wm && monthNumber(wm[1].slice(0, 3)) > 0) {
        dateText = rest.tokenAt(after, wm[0].length);
        date = { year: Number(wm[3]), month: monthNumber(wm[1].slice(0, 3)), day: Number(wm[2]) };
        dateValid = isValidDate(date.year, date.month, date.day);
        form = 'date';
      } else {
        form = 'other';
      }
    }
  }
  return {
    kind: 'eoLine',
    span: segment.span,
    label,
    order,
    canonicalLabel,
    instruction,
    form,
    keyword,
    dateText,
    date,
    dateValid,
    dateCanonical,
  };
}
