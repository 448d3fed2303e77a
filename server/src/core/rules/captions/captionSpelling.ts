import { BoundedCache } from '../../boundedCache';
import type { Report, Rule } from '../rule';
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import { closestMatches, editDistance } from '../../text/similarity';
import { captionByName, CAPTIONS } from '../../vocab/captions';
import { editsAroundResidue, residueFree, residueFreeText } from '../support/residueFree';

/** Single-word captions long enough that a near miss is a typo, not another word. */
const TARGETS = CAPTIONS.map((c) => c.name).filter((n) => !n.includes(' ') && n.length >= 5);
/** Captions a lone line may be compared with anywhere before paragraph 1 or in the body: six letters or more. */
const LONG_TARGETS = TARGETS.filter((n) => n.length >= 6);

/** How far a word may be from a caption: one edit (a swap counts as one), two for long words. */
function maxDistance(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** The captions `word` is a near miss of (none when it is a caption). */
function candidatesFor(word: string, targets: readonly string[]): readonly string[] {
  if (!/^[A-Z]{4,12}$/.test(word) || captionByName(word)) return [];
  // The same words come back cable after cable (names, headings, SUMMARY): each is compared
  // with the captions once per list.
  return (targets === LONG_TARGETS ? NEAR_LONG_TARGETS : NEAR_TARGETS).get(word, (w) => closestMatches(w, targets, maxDistance(w)).slice(0, 3));
}

/** {@link candidatesFor} of each word already asked, for TARGETS and for LONG_TARGETS (the bundled captions never change). */
const NEAR_TARGETS = new BoundedCache<string, readonly string[]>(5000);
const NEAR_LONG_TARGETS = new BoundedCache<string, readonly string[]>(5000);

/**
 * CAP-002: captions come from a known list, so an all-caps word on a caption line that is one
 * edit from a caption (`SIPIDS`, `NOFRON`, `SENSITVE`) is a typo. Words that are near no
 * caption are left alone: passing lines (`DEPT FOR …`) and names are free text. The fix
 * applies only when one caption is certainly meant.
 */
export default {
  meta: {
    id: 'caption-spelling',
    category: 'captions',
    description: 'Captions are spelled as the format knows them: SIPDIS, NOFORN, SENSITIVE, NODIS, EXDIS…; a near miss is a typo.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['CAP-002'],
    messages: {
      typo: 'Expected the caption "{expected}"; found "{found}".',
      typoChoice: 'Expected a known caption such as {expected}; found "{found}".',
    },
  },
  check({ doc, report }) {
    const reported = new Set<number>();
    const flag = (span: Span, word: string, candidates: readonly string[]) => {
      // A word is known by its first letter: a lone-word line's span may start at residue
      // before it (`¶SIDPIS`) where the caption line's starts at the word.
      const key = firstLetterAt(doc.text, span);
      if (candidates.length === 0 || reported.has(key)) return;
      reported.add(key);
      // The word is read without archive residue (`N¶FORN`), and edited around it, so this
      // fix and archive-residue's never overlap.
      const piece = residueFree(doc, span);
      // Certain: one caption, and no other caption at all, lies within one edit of the word.
      const certain = word.length >= 5 && closestMatches(word, TARGETS, 1).length === 1 && editDistance(word, candidates[0], 1) <= 1;
      const r: Report = {
        span,
        messageId: certain ? 'typo' : 'typoChoice',
        data: { expected: certain ? candidates[0] : candidates.join(' or '), found: word },
        ...(certain ? { fix: { edits: editsAroundResidue(piece, candidates[0]) } } : {}),
        suggestions: candidates.map((c) => ({ title: `Write ${c}`, edits: editsAroundResidue(piece, c) })),
      };
      report(r);
    };
    // Words on caption lines: on a line whose other words are all captions (or near misses),
    // any near miss; otherwise only the line's first word, where a caption stands (`SIDPIS
    // S/CT FOR J. SMITH`), and only near misses of the longer captions.
    for (const line of doc.captionLines) {
      // A line of known captions only (most lines) has no near miss to report.
      if (line.captions.every((c) => c.passing || captionByName(residueFreeText(doc, c.span).toUpperCase()))) continue;
      const words = line.captions.filter((c) => !c.passing).map((c) => ({ span: c.span, name: residueFreeText(doc, c.span).toUpperCase() }));
      const unknown = words.filter((c) => !captionByName(c.name));
      const near = unknown.map((c) => candidatesFor(c.name, TARGETS));
      if (!near.some((n) => n.length === 0)) {
        unknown.forEach((c, i) => flag(c.span, c.name, near[i]));
        continue;
      }
      const first = firstWord(doc, line.captions[0]?.span);
      if (first) flag(first.span, first.word, candidatesFor(first.word, LONG_TARGETS));
    }
    // Lone words on a line of their own anywhere after the classification line (SIPDIS is
    // often inserted in the text as well): only near misses of the longer captions.
    for (const { span, word } of loneWordLines(doc)) flag(span, word, candidatesFor(word, LONG_TARGETS));
  },
} satisfies Rule;

/** Offset of the first capital letter in `span` (its start when it has none). */
function firstLetterAt(text: string, span: Span): number {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return i;
  }
  return span.start;
}

/** The first word of a caption line (also of a passing line), read without residue. */
function firstWord(doc: CableDocument, span: Span | undefined): { span: Span; word: string } | null {
  if (!span) return null;
  // A word glued to what follows (`SIPDISE.O. 12958` in a copy that lost its line breaks) is not judged.
  const m = /^[A-Z¶[\]()#0-9]{1,24}(?=[ \t]|$)/.exec(doc.text.slice(span.start, span.end));
  if (!m) return null;
  const wordSpan = { start: span.start, end: span.start + m[0].length };
  return { span: wordSpan, word: residueFreeText(doc, wordSpan) };
}

/**
 * Lines after the classification line that hold a single upper-case word of 6 to 12 letters,
 * read without archive residue.
 */
function loneWordLines(doc: CableDocument): Array<{ span: Span; word: string }> {
  const out: Array<{ span: Span; word: string }> = [];
  const lines = doc.lines;
  const from = doc.classification ? doc.classification.span.end : doc.header ? doc.header.span.end : 0;
  // The signature is a name, and names may be near a caption (SPECHT, SPECAT).
  const signature = doc.signature?.span.start ?? -1;
  for (let line = lines.lineAt(from) + 1; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    // The word is read from the line (less its residue), so a line shorter than six
    // characters cannot hold one.
    if (end - start > 40 || end - start < 6 || cannotHoldLoneWord(doc.text, start, end)) continue;
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const span = { start: start + lead, end: start + raw.trimEnd().length };
    if (span.start >= span.end || span.start === signature) continue;
    // Read without residue: `¶`, `[1](#)`, and the ` \` damaged copies end lines with.
    const word = /[¶[\\]/.test(raw) ? residueFree(doc, span).text.trim() : doc.text.slice(span.start, span.end);
    if (/^[A-Z]{6,12}$/.test(word)) out.push({ span, word });
  }
  return out;
}

/** ASCII white space, as `trim` removes it. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Whether the line `[start, end)` certainly holds no lone word of 6 to 12 capitals, judged
 * without copying it: most lines are passed over here. Residue is only ever removed from
 * where `¶`, `[`, `]` or a backslash stands, so a line that shows, after leading spaces and
 * capitals, a character that is none of these, nor a space, nor beyond ASCII, keeps that
 * character in its word; a line of capitals and spaces only is judged by its one word.
 */
function cannotHoldLoneWord(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isAsciiSpace(text.charCodeAt(i))) i++;
  const wordStart = i;
  while (i < end && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) i++;
  const wordEnd = i;
  while (i < end && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i === end) return wordEnd - wordStart < 6 || wordEnd - wordStart > 12;
  const code = text.charCodeAt(i);
  // A second word after spaces: the spaces stay in the word.
  if (code >= 65 && code <= 90) return i > wordEnd;
  return code < 128 && code !== 91 /* [ */ && code !== 92 /* \\ */ && code !== 93 /* ] */;
}
