import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import type { Rule } from '../rule';
import { addresseeEntries, headerProper } from '../support/addressees';
import { intendedPrecedence } from '../support/precedence';

/**
 * A character header lines are not written with: they hold capitals, digits, space and the
 * punctuation of addresses, and lower case (reported, and fixed, on its own).
 */
const ODD = /[^A-Za-z0-9 /#.()'&,:+-]/;
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
    const proper = new Set(headerProper(doc));
    const owned = ownedElsewhere(doc);
    for (const line of doc.header?.lines ?? []) {
      // Stray text among the header lines (archive notes) is not the drafter's header; an
      // entry that starts with a routing indicator is, whatever else it holds.
      if (!proper.has(line) && !(line.kind === 'addressee' && ROUTED_ENTRY.test(doc.text.slice(line.span.start, line.span.end)))) continue;
      const text = doc.text.slice(line.span.start, line.span.end);
      // The first character that is neither allowed nor a lower-case letter (which is fixed
      // below), found by one search rather than a test per character.
      const oddMatch = ODD.exec(text);
      const odd = oddMatch ? oddMatch.index : -1;
      if (odd >= 0) {
        report({ span: { start: line.span.start + odd, end: line.span.start + odd + 1 }, messageId: 'character', data: { found: text[odd] } });
        continue;
      }
      if (!/[a-z]/.test(text)) continue;
      const edits = lowerCaseRuns(doc.text, line.span.start, line.span.end, owned).map((span) => ({ span, text: doc.text.slice(span.start, span.end).toUpperCase() }));
      const data = { expected: text.toUpperCase(), found: text };
      if (edits.length === 0) report({ span: line.span, messageId: 'lowerCase', data });
      else if (line.kind === 'securityLine') report({ span: line.span, messageId: 'lowerCase', data, suggestions: [{ title: 'Write the security line in capitals', edits }] });
      else report({ span: line.span, messageId: 'lowerCase', data, fix: { edits } });
    }
  },
} satisfies Rule;
