/** The TAGS line: `TAGS: PREL PGOV TU`, wrapped, comma- or space-separated, colon or not. */
import type { Segment } from './lines';
import type { ResidueNode, TagNode, TagsNode } from './nodes';

/** `TAGS:`, `TAGS`, and the misspellings copies have (`TAG:`, `TAGES:`). */
export const TAGS_LABEL = /^(TAGS|TAGES|TAG)\b ?(:?) */i;

/** Whether a line opens with a TAGS label (followed by a colon or a tag). */
export const TAGS_START = /^(?:TAGS|TAGES|TAG)(?: ?:| +[A-Z[])/i;

/** Result of {@link parseTags}: the node and the residue found around linked tags. */
export interface TagsParse {
  readonly node: TagsNode;
  readonly residue: ResidueNode[];
}

const LINKED_TAG = /^\[([A-Za-z0-9]{1,12})\]\(#\)/;

/** Parses the TAGS label in the first segment and the tags in every segment. */
export function parseTags(segments: readonly Segment[]): TagsParse {
  const first = segments[0];
  const lm = TAGS_LABEL.exec(first.text)!;
  const label = first.tokenAt(0, lm[1].length);
  const tags: TagNode[] = [];
  const residue: ResidueNode[] = [];
  let anyCommas = false;
  let mixedLine = false;
  segments.forEach((segment, index) => {
    const text = segment.text;
    let commas = 0;
    let spaces = 0;
    let i = index === 0 ? lm[0].length : 0;
    let sawTag = false;
    while (i < text.length) {
      const c = text[i];
      if (c === ',' || c === ';') {
        commas++;
        i++;
        while (text[i] === ' ') i++;
        continue;
      }
      if (c === ' ' || c === '\t') {
        const start = i;
        while (text[i] === ' ' || text[i] === '\t') i++;
        if (sawTag && i < text.length && text[i] !== ',' && text[start - 1] !== ',') spaces++;
        continue;
      }
      const linked = LINKED_TAG.exec(text.slice(i, i + 20));
      if (linked) {
        const tagStart = segment.start + i + 1;
        tags.push({ kind: 'tag', span: { start: tagStart, end: tagStart + linked[1].length }, text: linked[1].toUpperCase(), linked: true });
        residue.push({ kind: 'residue', span: { start: segment.start + i, end: tagStart }, what: 'tagLink' });
        residue.push({ kind: 'residue', span: { start: tagStart + linked[1].length, end: segment.start + i + linked[0].length }, what: 'tagLink' });
        i += linked[0].length;
        sawTag = true;
        continue;
      }
      const start = i;
      while (i < text.length && text[i] !== ' ' && text[i] !== ',' && text[i] !== ';' && text[i] !== '\t') i++;
      const word = text.slice(start, i);
      tags.push({ kind: 'tag', span: { start: segment.start + start, end: segment.start + i }, text: word.toUpperCase(), linked: false });
      sawTag = true;
    }
    if (commas > 0) anyCommas = true;
    if (commas > 0 && spaces > 0) mixedLine = true;
  });
  const separators = tags.length <= 1 ? 'none' : mixedLine ? 'mixed' : anyCommas ? 'comma' : 'space';
  const last = segments[segments.length - 1];
  return {
    node: {
      kind: 'tags',
      span: { start: first.start, end: last.end },
      label,
      hasColon: lm[2] === ':',
      tags,
      separators,
    },
    residue,
  };
}
