import type { Rule } from '../rule';
import { lineBreakOf } from '../support/cableDate';
import { looksReflowed, preambleTruncated } from '../support/copyDamage';

/** A surname in capitals glued to the end of the last sentence: `… SAFE TRIP. WILLIAMSON`. */
const GLUED_SIGNATURE = /[.!?"”)]\s+([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?)\.?$/;

/**
 * SIG-001: the last line of the text is the signature: the sender's surname in capitals
 * (the Secretary's for Department cables, the chief of mission's for posts), on a line of
 * its own. Copies often lose their last lines, so the rule only speaks when the text ends
 * cleanly with a paragraph's last sentence, and warns rather than errs.
 */
export default {
  meta: {
    id: 'signature-present',
    category: 'signature',
    description: 'The text ends with the signature, the sender\'s surname in capitals, on a line of its own.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['SIG-001', 'PAGE-003'],
    messages: {
      missing: 'Expected the signature (the sender\'s surname in capitals) after the last paragraph; found none.',
      glued: 'Expected the signature "{name}" on a line of its own; found it at the end of the text.',
    },
  },
  check({ doc, report }) {
    if (doc.paragraphs.length === 0 || looksReflowed(doc) || preambleTruncated(doc)) return;
    if (doc.signature) {
      // The parser reads a name closing the last line after two spaces (`… CONSIDERED.  EAGLETON`)
      // as the signature; it still belongs on a line of its own.
      const signature = doc.signature;
      const lineStart = doc.lines.lineStart(doc.lines.lineAt(signature.span.start));
      let gap = signature.span.start;
      while (gap > lineStart && (doc.text[gap - 1] === ' ' || doc.text[gap - 1] === '\t')) gap--;
      if (gap > lineStart) {
        report({
          span: signature.span,
          messageId: 'glued',
          data: { name: signature.text },
          suggestions: [{ title: `Put ${signature.text} on a line of its own`, edits: [{ span: { start: gap, end: signature.span.start }, text: lineBreakOf(doc) }] }],
        });
      }
      return;
    }
    // Only a text that ends in its last paragraph: a copy ending in banners, stray lines or
    // archive residue lost its end, and says nothing about the signature.
    const last = [...doc.blocks].reverse().find((b) => b.kind !== 'trailerLine');
    if (!last || last.kind !== 'paragraph') return;
    const lastLine = doc.lines.lineAt(last.span.end);
    const text = doc.lines.lineText(lastLine).trimEnd();
    const start = doc.lines.lineStart(lastLine);
    const found = GLUED_SIGNATURE.exec(text);
    // `… END COMMENT.` and redactions (`XXXXXXXX`) are not signatures.
    const glued = found && !/^(?:END|BEGIN|COMMENT|SUMMARY|NOTE|TEXT|QUOTE|UNQUOTE|SIPDIS)\b/.test(found[1]) && !/X{4,}/.test(found[1]) ? found : null;
    if (glued) {
      const at = start + text.length - glued[0].length + glued[0].indexOf(glued[1]);
      const span = { start: at, end: at + glued[1].length };
      report({
        span,
        messageId: 'glued',
        data: { name: glued[1] },
        suggestions: [{ title: `Put ${glued[1]} on a line of its own`, edits: [{ span: { start: span.start - 1, end: span.start }, text: '\n' }] }],
      });
      return;
    }
    if (!/[.!?"”)]$/.test(text) || text.endsWith('...')) return;
    report({ span: { start: start + text.length, end: start + text.length }, messageId: 'missing' });
  },
} satisfies Rule;
