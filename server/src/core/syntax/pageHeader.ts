/** Continuation page headers: `STATE 00010774  002 OF 003`, which may fall mid-sentence. */
import type { Segment } from './lines';
import type { PageBannerNode, PageHeaderNode } from './nodes';

/** `PAGE 02 ROME 01196 01 OF 02 082030Z` and the bare `… 01569 04 OF 04 071629Z` of older copies. */
export const LEGACY_PAGE_BANNER = /^(?:PAGE \d{2,3} +)?[A-Z][A-Z ]{1,30}? +\d{4,6} +(?:\d{2} OF \d{2} +)?\d{6}Z$|^\d{4,6} +\d{2} OF \d{2} +\d{6}Z$/;

/** A classification word alone on a line: the top or foot of a page in older copies. */
const PAGE_CLASSIFICATION = /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)$/;

const INLINE_BANNER = /(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE) +)?PAGE \d{2,3} +[A-Z][A-Z ]{0,30}? +\d{4,6} +(?:\d{2} OF \d{2} +)?\d{6}Z/g;

/** Legacy page banners run into a line of text (`… STATE 40721 CONFIDENTIAL PAGE 02 ROME 01196 01 OF 02 082030Z B. …`). */
export function findInlinePageBanners(segment: Segment): PageBannerNode[] {
  const text = segment.text;
  if (!text.includes('PAGE ')) return [];
  const found: PageBannerNode[] = [];
  INLINE_BANNER.lastIndex = 0;
  for (let m = INLINE_BANNER.exec(text); m; m = INLINE_BANNER.exec(text)) {
    found.push({ kind: 'pageBanner', span: { start: segment.start + m.index, end: segment.start + m.index + m[0].length } });
  }
  return found;
}

/** A page banner filling the segment, or null. */
export function readPageBanner(segment: Segment): PageBannerNode | null {
  return isPageBanner(segment.source, segment.start, segment.end) ? { kind: 'pageBanner', span: segment.span } : null;
}

/** Whether `[start, end)` of `source` is a page banner (asked of every body line and the line above it). */
export function isPageBanner(source: string, start: number, end: number): boolean {
  if (end - start > 80) return false;
  // Banners are in capitals and digits: a lower-case letter near the start rules the line out.
  const first = source.charCodeAt(start);
  if (first >= 97 && first <= 122) return false;
  // The last character settles most lines without a copy: a legacy banner ends with its
  // DTG's `Z`, a classification word with D, L, T or E.
  const lastChar = source.charCodeAt(end - 1);
  if (lastChar === 90 /* Z */) return LEGACY_PAGE_BANNER.test(source.slice(start, end));
  if (lastChar !== 68 /* D */ && lastChar !== 76 /* L */ && lastChar !== 84 /* T */ && lastChar !== 69 /* E */) return false;
  return PAGE_CLASSIFICATION.test(source.slice(start, end));
}

/** A whole line that is a page header, loose enough to find malformed ones (6-digit serial, `2 OF 3`). */
const WHOLE_LINE = /^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4}) {1,3}(\d{5,8}) {1,4}(\d{1,3}(?:\.\d)?) {1,2}OF {1,2}(\d{1,3})(?!\d)/;

/** The strict shape, for headers glued inside a line of text. */
const INSIDE = /(\d{8}) {1,3}(\d{3}(?:\.\d)?) OF (\d{3})(?!\d)/g;

/** A page header filling the whole segment (or opening it, with text of the paragraph after). */
export function readWholeLinePageHeader(segment: Segment, origin: string | null, allowTrailing = false): PageHeaderNode | null {
  const text = segment.text;
  if (!text.includes(' OF ')) return null;
  const m = WHOLE_LINE.exec(text);
  if (!m) return null;
  if (!allowTrailing && !/^\s*$/.test(text.slice(m[0].length))) return null;
  // A 5–7 digit serial is accepted only with the cable's own origin, so body text such as
  // `SPENT 12000 2 OF 3 …` is not taken for a header.
  if (m[2].length < 8 && origin !== null && m[1] !== origin) return null;
  if (m[2].length < 8 && origin === null) return null;
  return build(segment, 0, m[1], m[1].length + text.slice(m[1].length).indexOf(m[2]), m[2], m[3], m[4], m[0].length);
}

function build(segment: Segment, originAt: number, origin: string, serialAt: number, serial: string, page: string, total: string, end: number): PageHeaderNode {
  const text = segment.text;
  const pageAt = text.indexOf(page, serialAt + serial.length);
  const totalAt = end - total.length;
  return {
    kind: 'pageHeader',
    span: { start: segment.start + originAt, end: segment.start + end },
    origin: segment.tokenAt(originAt, origin.length),
    serial: segment.tokenAt(serialAt, serial.length),
    page: segment.tokenAt(pageAt, page.length),
    total: segment.tokenAt(totalAt, total.length),
  };
}

/**
 * Page headers inside a line of text (after its start): the strict shape, with the origin read
 * backwards: the cable's own origin when it is there, else up to three upper-case words.
 */
export function findInlinePageHeaders(segment: Segment, origin: string | null): PageHeaderNode[] {
  const text = segment.text;
  if (!text.includes(' OF ')) return [];
  const found: PageHeaderNode[] = [];
  INSIDE.lastIndex = 0;
  for (let m = INSIDE.exec(text); m; m = INSIDE.exec(text)) {
    const serialAt = m.index;
    let originAt = -1;
    let originText = '';
    const before = text.slice(Math.max(0, serialAt - 40), serialAt);
    if (origin && before.endsWith(origin + ' ')) {
      originAt = serialAt - origin.length - 1;
      originText = origin;
    } else {
      const om = /((?:[A-Z][A-Z.'-]* ){1,3})$/.exec(before);
      if (om) {
        originText = om[1].trimEnd();
        originAt = serialAt - om[1].length;
      }
    }
    if (originAt < 0) continue;
    if (originAt > 0 && /[A-Za-z0-9]/.test(text[originAt - 1])) continue;
    found.push(build(segment, originAt, originText, serialAt, m[1], m[2], m[3], serialAt + m[0].length));
  }
  return found;
}
