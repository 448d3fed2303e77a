import type { Rule } from '../rule';
import { readTags, type TagReading } from '../support/tagReading';

/**
 * TAG-002: tags are separated by single spaces, or (the older style) by commas; one line does
 * not mix the two (`PREL,PGOV ECON`). Tags are written in capitals. Spaces inside a person's
 * name (`OVIP RICE CONDOLEEZZA`, `(STEINBERG, JAMES B.)`) are part of the name.
 */
export default {
  meta: {
    id: 'tags-separators',
    category: 'tags',
    description: 'Tags are in capitals, separated by spaces or by commas, not both on one line.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['TAG-002'],
    messages: {
      mixed: 'Expected one kind of separator between tags on a line; found both commas and spaces ("{found}").',
      lowercase: 'Expected tags in capitals; found "{found}".',
    },
  },
  check({ doc, vocabulary, report }) {
    const tags = doc.tags;
    if (!tags) return;
    const text = doc.text;
    const readings = readTags(doc, vocabulary.extraTags);
    const byLine = new Map<number, TagReading[]>();
    for (const r of readings) {
      const line = doc.lines.lineAt(r.node.span.start);
      const list = byLine.get(line) ?? [];
      list.push(r);
      byLine.set(line, list);
    }
    for (const line of byLine.values()) {
      let commas = false;
      let spaces = false;
      for (let i = 1; i < line.length; i++) {
        if (line[i - 1].inName && line[i].inName) continue;
        const before = line[i - 1].node;
        if (holdsSeparator(text, before.span.end, line[i].node.span.start) || isSeparator(before.text.charCodeAt(before.text.length - 1))) commas = true;
        else spaces = true;
      }
      const first = line[0].node.span;
      const last = line[line.length - 1].node.span;
      const span = { start: first.start, end: last.end };
      if (commas && spaces) report({ span, messageId: 'mixed', data: { found: text.slice(span.start, span.end) } });
      if (holdsLowerCase(text, span.start, span.end) && line.some((r) => !r.inName && holdsLowerCase(text, r.node.span.start, r.node.span.end))) {
        const written = text.slice(span.start, span.end);
        report({
          span,
          messageId: 'lowercase',
          data: { found: written },
          suggestions: [{ title: 'Write the tags in capitals', edits: [{ span, text: written.toUpperCase() }] }],
        });
      }
    }
  },
} satisfies Rule;

/** A comma or semicolon: the separators a TAGS line may use besides spaces. */
function isSeparator(code: number): boolean {
  return code === 44 /* , */ || code === 59 /* ; */;
}

/** Whether `text[start, end)` holds a comma or semicolon (read in place, without a copy). */
function holdsSeparator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isSeparator(text.charCodeAt(i))) return true;
  return false;
}

/** Whether `text[start, end)` holds a lower-case ASCII letter (read in place, without a copy). */
function holdsLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}
