import type { CableDocument } from '../../syntax/nodes';
import type { Span } from '../../text/span';
import { lookupTag } from '../../vocab/tags';
import type { Fix, Rule } from '../rule';
import { splitGlued, writtenCountryCodes } from '../../vocab/gluedTags';
import { readTags, type TagReading } from '../support/tagReading';
import { repeatDeletion } from '../support/tagRepeats';

/**
 * TAG-007: tags run together (`PHUMPGOV`, `NATOPREL`, `ETRDEINVPGOVCS`) are one unknown word
 * to a distribution system, so none of them routes the cable. When every part is a listed tag
 * (the parts the parser reads), the fix separates them at the word's first occurrence, with the
 * separator the line uses and without a part the line already has, while tags-duplicate
 * deletes its repeats in the same pass; a split with an unlisted part, or of a word with a
 * repeat tags-duplicate cannot delete, is offered as a suggestion.
 */
export default {
  meta: {
    id: 'tags-glued',
    category: 'tags',
    description: 'Tags are separated from each other; two or more tags run together (PHUMPGOV) are read as one unknown tag.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['TAG-007'],
    messages: {
      glued: 'Expected separate tags ({split}); found them run together as "{tag}".',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const readings = readTags(doc, vocabulary.extraTags);
    // Only an unlisted word of six letters or more, not a name nor a link, can be a glued run
    // (see splitGlued): most lines hold none, and need no more reading.
    if (!readings.some((r) => !r.info && !r.inName && !r.node.linked && r.bare.length >= 6)) return;
    const codes = writtenCountryCodes(readings.map((r) => r.bare), vocabulary.extraTags);
    // Where each tag is written (names aside): a glued word written again is fixed at its first
    // occurrence only when tags-duplicate deletes every repeat in the same pass.
    const occurrences = new Map<string, number[]>();
    readings.forEach((r, k) => {
      if (!r.inName) occurrences.set(r.bare, [...(occurrences.get(r.bare) ?? []), k]);
    });
    const glued = readings.map((r) => (r.info || r.inName || r.node.linked ? null : splitGlued(r.bare, vocabulary.extraTags, codes)));
    // The tags the line holds besides the glued words: a part already among them is not written twice.
    const present = new Set<string>();
    readings.forEach((r, k) => {
      if (!glued[k] && !r.inName && r.bare.length > 0) present.add(r.bare);
    });
    readings.forEach((r, k) => {
      const pieces = glued[k];
      if (!pieces) return;
      const at = r.node.span.start + r.node.text.indexOf(r.bare);
      const span = { start: at, end: at + r.bare.length };
      const split = pieces.join(' ');
      const [first, ...repeats] = occurrences.get(r.bare) ?? [];
      const fixable = first === k && repeats.every((j) => repeatDeletion(doc, readings, j) !== null) && pieces.every((p) => lookupTag(p, vocabulary.extraTags) !== undefined);
      const fix = fixable ? separateFix(doc, readings, k, span, pieces, present) : null;
      report({
        span,
        messageId: 'glued',
        data: { tag: r.bare, split },
        ...(fix ? { fix } : { suggestions: [{ title: `Separate the tags: ${split}`, edits: [{ span, text: split }] }] }),
      });
    });
  },
} satisfies Rule;

/**
 * The fix that writes the parts of the glued word at `k` (`span`) as separate tags, as written
 * (their case kept) and joined as the line joins its tags; a part the line already holds, or
 * an earlier glued word gave, is left out (`IT ITPHUM` becomes `IT PHUM`), so the fixed line
 * holds no repeat for another pass. When every part is already there, the word is deleted as a
 * repeat is; null when it cannot be.
 */
function separateFix(doc: CableDocument, readings: readonly TagReading[], k: number, span: Span, pieces: readonly string[], present: Set<string>): Fix | null {
  const text = doc.text;
  const written: string[] = [];
  let from = span.start;
  for (const p of pieces) {
    if (!present.has(p)) written.push(text.slice(from, from + p.length));
    present.add(p);
    from += p.length;
  }
  const node = readings[k].node;
  if (written.length > 0) {
    const separator = commaBeside(text, node.span, readings) ? ', ' : ' ';
    return { edits: [{ span, text: written.join(separator) }] };
  }
  const deletion = repeatDeletion(doc, readings, k);
  return deletion ? { edits: deletion } : null;
}

/** Whether a comma (or semicolon) separates the tag from its neighbour before or after it. */
function commaBeside(text: string, span: Span, readings: readonly TagReading[]): boolean {
  let i = span.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] === ',' || text[i] === ';') return readings.some((r) => r.node.span.end <= i);
  let j = span.end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return (text[j] === ',' || text[j] === ';') && readings.some((r) => r.node.span.start > j);
}
