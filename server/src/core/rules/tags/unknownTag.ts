import type { Rule, Suggestion } from '../rule';
import { splitGlued, writtenCountryCodes } from '../../vocab/gluedTags';
import { closeTags, readTags } from '../support/tagReading';
import { kindByShape } from '../../vocab/tags';

/** Whether `a` and `b` differ in exactly one letter at the same place. */
function isSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

/**
 * TAG-004: a tag that no table knows but that is one slip away from a subject or program tag
 * (`PRLE`, `POGOV`, `MOPPS`, `KWWMN`) is most likely that tag misspelt. The tables are not
 * complete (many program tags are missing), so a word is reported only when a close tag
 * exists and that tag is not already on the line; the fix is left to the drafter.
 */
export default {
  meta: {
    id: 'tags-unknown',
    category: 'tags',
    description: 'Every tag is a known TAGS code; a word one letter away from a subject or program tag is probably that tag misspelt.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['TAG-004'],
    messages: {
      unknown: 'Expected a known tag; found "{tag}" (did you mean {candidates}?).',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const readings = readTags(doc, vocabulary.extraTags);
    // What the line holds is read only for a word the tables do not know (most lines have none).
    let present: Set<string> | null = null;
    let codes: Set<string> | null = null;
    for (const r of readings) {
      if (r.info || r.inName || r.node.linked) continue;
      present ??= new Set(readings.map((x) => x.bare));
      codes ??= writtenCountryCodes([...present], vocabulary.extraTags);
      if (splitGlued(r.bare, vocabulary.extraTags, codes)) continue;
      const close = closeTags(r.bare, vocabulary.extraTags);
      if (close.length === 0 || close.some((c) => present!.has(c))) continue;
      // The program-tag table is far from complete: a K-tag one letter off a listed one
      // (KTIA, KFLO) is usually a real tag, so only slips of another kind are reported.
      if (kindByShape(r.bare) === 'program' && close.every((c) => isSubstitution(r.bare, c))) continue;
      // Only the tag as written is replaced, never the punctuation around it.
      const at = r.node.span.start + r.node.text.indexOf(r.bare);
      const span = { start: at, end: at + r.bare.length };
      const suggestions: Suggestion[] = close.map((c) => ({ title: `Replace ${r.bare} with ${c}`, edits: [{ span, text: c }] }));
      report({ span, messageId: 'unknown', data: { tag: r.bare, candidates: close.join(' or ') }, suggestions });
    }
  },
} satisfies Rule;
