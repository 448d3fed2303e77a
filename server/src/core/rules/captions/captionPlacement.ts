import type { Rule } from '../rule';
import { lineBreakOf } from '../support/cableDate';
import { standaloneCaptionLines } from '../support/captions';

/**
 * CAP-001: captions follow the classification line and come before the E.O. line. A line of
 * captions after the E.O. line is misplaced. SIPDIS is the exception (CAP-007): copies show it
 * a second time wherever the system inserted it, so a SIPDIS-only line is never reported.
 */
export default {
  meta: {
    id: 'caption-placement',
    category: 'captions',
    description: 'Captions stand between the classification line and the E.O. line (a second, system-inserted SIPDIS may stand anywhere).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CAP-001', 'CAP-007'],
    messages: {
      afterEo: 'Expected the caption {caption} before the E.O. line; found it after.',
    },
  },
  check({ doc, report }) {
    const eo = doc.eo;
    if (!eo) return;
    const br = lineBreakOf(doc);
    const eoLineStart = doc.lines.lineStart(doc.lines.lineAt(eo.span.start));
    for (const line of standaloneCaptionLines(doc)) {
      if (!line.afterEo || line.names.every((n) => n === 'SIPDIS')) continue;
      const text = doc.text.slice(line.span.start, line.span.end);
      const lineStart = doc.lines.lineStart(line.line);
      report({
        span: line.span,
        messageId: 'afterEo',
        data: { caption: line.names.filter((n) => n !== 'SIPDIS').join(', ') },
        related: [{ span: eo.span, message: 'The E.O. line comes after the captions.' }],
        suggestions: [
          {
            title: 'Move the line above the E.O. line',
            edits: [
              { span: { start: eoLineStart, end: eoLineStart }, text: `${text}${br}${br}` },
              { span: { start: lineStart, end: doc.lines.lineEndWithBreak(line.line) }, text: '' },
            ],
          },
        ],
      });
    }
  },
} satisfies Rule;
