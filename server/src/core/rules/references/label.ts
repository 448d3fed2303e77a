import { REF_START } from '../../syntax/references';
import type { Rule } from '../rule';

/** A REF line standing in the body: `REF: …` at the start of a line, with its colon. */
/** Blanks within a line (not its break), then R: the start of a line that may hold a REF label. */
const OPENS_WITH_R = /[^\S\r\n]*R/y;
const REF_LINE = /^(?:REFS?|REF\(S\)|REFTELS?):/;

/**
 * REF-001: the REF list is labelled `REF:` and stands after SUBJECT, before the Classified
 * By line and paragraph 1. `REFS:`, `REF(S):`, `Ref:` and `REFTEL:` are read but are not the
 * standard label; the fix writes `REF:`.
 */
export default {
  meta: {
    id: 'references-label',
    category: 'references',
    description: 'The REF list is labelled "REF:" and stands after SUBJECT, before Classified By and paragraph 1.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['REF-001'],
    messages: {
      label: 'Expected the label "REF:"; found "{found}".',
      noColon: 'Expected the label "REF:" with its colon; found "{found}".',
      beforeSubject: 'Expected the REF list after SUBJECT; found it before the subject.',
      afterClassifiedBy: 'Expected the REF list before the Classified By line; found it after.',
      inBody: 'Expected the REF list before paragraph 1; found a REF line in the text.',
    },
  },
  check({ doc, report }) {
    const text = doc.text;
    const blocks = doc.blocks.filter((b) => b.kind === 'references');
    for (const block of blocks) {
      let end = block.label.span.end;
      while (text[end] === ' ' || text[end] === '\t') end++;
      if (text[end] === ':') {
        end++;
        const found = text.slice(block.label.span.start, end);
        const span = { start: block.label.span.start, end };
        if (found !== 'REF:') report({ span, messageId: 'label', data: { found }, fix: { edits: [{ span, text: 'REF:' }] } });
      } else {
        report({ span: block.label.span, messageId: 'noColon', data: { found: block.label.text } });
      }
    }
    const first = blocks[0];
    if (first) {
      if (doc.subject && first.span.start < doc.subject.span.start) report({ span: first.label.span, messageId: 'beforeSubject' });
      else if (doc.classifiedBy && doc.classifiedBy.span.start < first.span.start) report({ span: first.label.span, messageId: 'afterClassifiedBy' });
    }
    for (const paragraph of doc.paragraphs.length > 0 ? [doc.paragraphs[0]] : []) {
      // A REF line after paragraph 1 starts its own line somewhere in the body.
      const firstLine = doc.lines.lineAt(paragraph.span.start);
      for (let line = firstLine + 1; line < doc.lines.lineCount; line++) {
        // Only a line whose first non-blank character is R can open with a REF label: the
        // others are passed over without copying them, most by their first characters.
        const lineStart = doc.lines.lineStart(line);
        let at = lineStart;
        while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
        const opening = text.charCodeAt(at);
        if (opening !== 82 /* R */) {
          // Any other ASCII but the blanks \v and \f (a line break ends the line) settles it;
          // the pattern judges the rest (Unicode blanks).
          if (opening < 128 && opening !== 11 && opening !== 12) continue;
          OPENS_WITH_R.lastIndex = lineStart;
          if (!OPENS_WITH_R.test(text)) continue;
        } else if (!text.startsWith('REF', at)) {
          // Every REF label opens with REF (REF_LINE).
          continue;
        }
        const content = doc.lines.lineText(line).trimStart();
        if (!REF_LINE.test(content) || !REF_START.test(content)) continue;
        const start = doc.lines.lineStart(line) + doc.lines.lineText(line).length - content.length;
        report({ span: { start, end: start + content.indexOf(':') + 1 }, messageId: 'inBody' });
        break;
      }
    }
  },
} satisfies Rule;
