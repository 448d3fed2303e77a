import { isCapitalOrDigit } from '../../text/characters';
import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Rule } from '../rule';
import { addresseeEntries, headerProper } from '../support/addressees';
import { intendedPrecedence } from '../support/precedence';

/**
 * Whether a header line may hold this character other than a lower-case letter (reported, and
 * fixed, on its own): capitals, digits, space and the punctuation of addresses
 * (`[A-Z0-9 /#.()'&,:+-]`).
 */
function isHeaderCharacter(code: number): boolean {
  return (
    isCapitalOrDigit(code) ||
    code === 32 || code === 47 /* / */ || code === 35 /* # */ || code === 46 /* . */ || code === 40 /* ( */ ||
    code === 41 /* ) */ || code === 39 /* ' */ || code === 38 /* & */ || code === 44 /* , */ || code === 58 /* : */ ||
    code === 43 /* + */ || code === 45 /* - */
  );
}
const ROUTED_ENTRY = /^(?:(?:TO|INFO) +)?R[A-Z0-9]{2,9} *\//;

/**
 * Spans of the header whose case another rule fixes together with the spelling: the DTG's
 * month (`Mar`, `March` → `MAR`, dtg-form), the FM label (`fm` → `FM`, from-line) and a
 * misspelt precedence (`Prioity` → `PRIORITY`, precedence-spelling). Their lower case is reported here but left to those fixes, so no two
 * fixes touch the same characters.
 */
function ownedElsewhere(doc: CableDocument): Span[] {
  const spans: Span[] = [];
  const month = doc.header?.dtgLine?.dtg?.month;
  if (month) spans.push(month.span);
  // The FM label (`fm`, `From` → `FM`, from-line).
  const from = doc.header?.from;
  if (from && from.label.text !== 'FM') spans.push(from.label.span);
  for (const entry of addresseeEntries(doc)) {
    if (entry.precedence && !entry.precedenceWord && intendedPrecedence(entry.precedence.text)) spans.push(entry.precedence.span);
  }
  return spans;
}

/** The runs of lower-case letters in `[start, end)`, outside `skip`. */
function lowerCaseRuns(text: string, start: number, end: number, skip: readonly Span[]): Span[] {
  const runs: Span[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122 || skip.some((s) => i >= s.start && i < s.end)) {
      i++;
      continue;
    }
    const from = i;
    while (i < end && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122 && !skip.some((s) => i >= s.start && i < s.end)) i++;
    runs.push({ start: from, end: i });
  }
  return runs;
}

/**
 * STR-003: the transmission header is in capitals, digits and the few punctuation marks
 * addresses use (`&`, `,`, `:` and `+` appear in real office symbols too). Lower case is
 * fixed by writing its letters in capitals (the security line excepted: it is never changed
 * by a fix), except where another rule's fix rewrites the word anyway; any other character
 * is reported for the drafter.
 */
export default {
  meta: {
    id: 'header-character-set',
    category: 'structure',
    description: 'Header lines are written in capitals, digits, spaces and / # . ( ) \' - only (FM AMEMBASSY TRIPOLI, not Fm Amembassy Tripoli).',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['STR-003'],
    messages: {
      lowerCase: 'Expected the header line in capitals ({expected}); found "{found}".',
      character: 'Expected only capitals, digits, spaces and / # . ( ) \' - in the header; found "{found}".',
    },
  },
  check({ doc, report }) {
    const lines = doc.header?.lines;
    if (!lines) return;
    // The lines of the header proper come in the order of the header's lines (a subsequence
    // of them), so one index walks both instead of a set built per cable.
    const proper = headerProper(doc);
    let nextProper = 0;
    // Asked only when a line holds lower case (few do).
    let owned: Span[] | null = null;
    for (const line of lines) {
      const isProper = nextProper < proper.length && proper[nextProper] === line;
      if (isProper) nextProper++;
      // Stray text among the header lines (archive notes) is not the drafter's header; an
      // entry that starts with a routing indicator is, whatever else it holds.
      if (!isProper && !(line.kind === 'addressee' && ROUTED_ENTRY.test(doc.text.slice(line.span.start, line.span.end)))) continue;
      // The first character that is neither allowed nor a lower-case letter (which is fixed
      // below), and whether the line holds lower case, read in place.
      let odd = -1;
      let lower = false;
      for (let i = line.span.start; i < line.span.end; i++) {
        const code = doc.text.charCodeAt(i);
        if (code >= 97 && code <= 122) lower = true;
        else if (!isHeaderCharacter(code)) {
          odd = i;
          break;
        }
      }
      if (odd >= 0) {
        report({ span: { start: odd, end: odd + 1 }, messageId: 'character', data: { found: doc.text[odd] } });
        continue;
      }
      if (!lower) continue;
      owned ??= ownedElsewhere(doc);
      const text = doc.text.slice(line.span.start, line.span.end);
      const edits = lowerCaseRuns(doc.text, line.span.start, line.span.end, owned).map((span) => ({ span, text: doc.text.slice(span.start, span.end).toUpperCase() }));
      const data = { expected: text.toUpperCase(), found: text };
      if (edits.length === 0) report({ span: line.span, messageId: 'lowerCase', data });
      else if (line.kind === 'securityLine') report({ span: line.span, messageId: 'lowerCase', data, suggestions: [{ title: 'Write the security line in capitals', edits }] });
      else report({ span: line.span, messageId: 'lowerCase', data, fix: { edits } });
    }
  },
} satisfies Rule;
