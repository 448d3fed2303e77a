/**
 * A reading of the TAGS line shared by the tags rules: each tag with its punctuation
 * stripped, what the tables know of it, and whether it belongs to a person's name (the
 * words after OVIP, OEXC, OREP, OTRA or OCON, or inside parentheses), which no tag rule
 * should take for a tag.
 */
import type { TagNode, TagsNode } from '../../syntax/nodes';
import { lookupTag, PERSON_TAGS, type ExtraTags, type TagInfo } from '../../vocab/tags';

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
  return text.replace(/^[^A-Z0-9]+/, '').replace(/[^A-Z0-9]+$/, '');
}

/**
 * Reads the tags of `tags`. A word is taken as part of a name when it is inside parentheses,
 * or when it follows an O-tag (or another name word) and no table knows it as a tag.
 */
export function readTags(tags: TagsNode, extra: ExtraTags): TagReading[] {
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
    else if (nameWordsLeft > 0 && !info && !personTag) inName = true;
    if (node.text.endsWith(')') || node.text.endsWith(').') || node.text.endsWith('),')) inParentheses = false;
    if (personTag) nameWordsLeft = NAME_WORDS;
    else if (inName) nameWordsLeft--;
    else nameWordsLeft = 0;
    readings.push({ node, bare, info, inName, personTag });
  }
  return readings;
}
