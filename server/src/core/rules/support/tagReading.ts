/**
 * A reading of the TAGS line shared by the tags rules: each tag with its punctuation
 * stripped, what the tables know of it, and whether it belongs to a person's name (the
 * words after OVIP, OEXC, OREP, OTRA or OCON, or inside parentheses), which no tag rule
 * should take for a tag.
 */
import { BoundedCache } from '../../boundedCache';
import { memo } from '../../memo';
import type { CableDocument, TagNode, TagsNode } from '../../syntax/nodes';
import { isCapitalOrDigit } from '../../text/characters';
import { closestMatches } from '../../text/similarity';
import { lookupTag, PERSON_TAGS, tagsOfKind, type ExtraTags, type TagInfo } from '../../vocab/tags';

/** One tag of the TAGS line as the rules see it. */
export interface TagReading {
  readonly node: TagNode;
  /** The tag in capitals with surrounding punctuation removed: `(STEINBERG,` → `STEINBERG`. */
  readonly bare: string;
  /** What the bundled table and the configured extra tags know of it. */
  readonly info: TagInfo | undefined;
  /** Whether the word is part of a person's name rather than a tag. */
  readonly inName: boolean;
  /** Whether it is one of the O-tags that call for a person's name. */
  readonly personTag: boolean;
}

/** How many words a person's name after an O-tag may have (`SURNAME GIVEN MIDDLE`). */
const NAME_WORDS = 4;

function bareOf(text: string): string {
  // Most tags open and close with a capital or digit: nothing to strip, no pattern to try.
  if (text.length > 0 && isCapitalOrDigit(text.charCodeAt(0)) && isCapitalOrDigit(text.charCodeAt(text.length - 1))) return text;
  return text.replace(/^[^A-Z0-9]+/, '').replace(/[^A-Z0-9]+$/, '');
}

/**
 * Reads the tags of the cable's TAGS line (none without one). A word is taken as part of a
 * name when it is inside parentheses, or when it follows an O-tag (or another name word) and
 * no table knows it as a tag.
 */
export function readTags(doc: CableDocument, extra: ExtraTags): readonly TagReading[] {
  const tags = doc.tags;
  if (!tags) return [];
  // Eight rules read the same line with the same extras in one lint: read it once. A document
  // read before with other extras (linted again under other settings) is read afresh.
  const first = memo(doc, readTags, () => ({ extra, readings: computeReadings(tags, extra) }));
  return first.extra === extra ? first.readings : computeReadings(tags, extra);
}

function computeReadings(tags: TagsNode, extra: ExtraTags): TagReading[] {
  const readings: TagReading[] = [];
  let inParentheses = false;
  let nameWordsLeft = 0;
  for (const node of tags.tags) {
    const bare = bareOf(node.text);
    const info = bare.length > 0 ? lookupTag(bare, extra) : undefined;
    const opens = node.text.startsWith('(');
    const personTag = PERSON_TAGS.includes(bare);
    let inName = false;
    if (opens) inParentheses = true;
    if (inParentheses) inName = true;
    // A word one slip from a subject tag (`OVIP POGV`) is that tag misspelt, not a name.
    else if (nameWordsLeft > 0 && !info && !personTag && closeTags(bare, extra).length === 0) inName = true;
    if (node.text.endsWith(')') || node.text.endsWith(').') || node.text.endsWith('),')) inParentheses = false;
    if (personTag) nameWordsLeft = NAME_WORDS;
    else if (inName) nameWordsLeft--;
    else nameWordsLeft = 0;
    readings.push({ node, bare, info, inName, personTag });
  }
  return readings;
}

/** Subject and program tags, from the table and the configured extras. */
let bundledSubjectAndProgram: readonly string[] | null = null;

function subjectAndProgramTags(extra: ExtraTags): readonly string[] {
  bundledSubjectAndProgram ??= [...tagsOfKind('subject'), ...tagsOfKind('program')];
  if (extra.size === 0) return bundledSubjectAndProgram;
  const list = [...bundledSubjectAndProgram];
  for (const [tag, info] of extra) if (info.kind === 'subject' || info.kind === 'program') list.push(tag);
  return list;
}

/**
 * The subject or program tags one slip (a letter added, dropped, changed, or two swapped)
 * from `word`, which keep its first letter or swap it with the second: at most three,
 * nearest first. Empty for words that are not three to five capitals.
 */
export function closeTags(word: string, extra: ExtraTags): readonly string[] {
  if (word.length < 3 || word.length > 5 || !/^[A-Z]+$/.test(word)) return [];
  // The bundled tables never change: a word's close tags are found once.
  if (extra.size > 0) return findCloseTags(word, extra);
  return CLOSE_TAGS.get(word, (w) => findCloseTags(w, extra));
}

const CLOSE_TAGS = new BoundedCache<string, readonly string[]>(20000);

function findCloseTags(word: string, extra: ExtraTags): readonly string[] {
  return closestMatches(word, subjectAndProgramTags(extra), 1)
    .filter((c) => c !== word && (c[0] === word[0] || (c.length === word.length && c[0] === word[1] && c[1] === word[0])))
    .slice(0, 3);
}
