import type { Rule } from '../rule';
import { captionByName } from '../../vocab/captions';
import { captionsOf } from '../support/captions';
import { lineBreakOf } from '../support/cableDate';

/**
 * CAP-008: the distribution caption SENSITIVE goes immediately after any other caption
 * (`SIPDIS`, then `SENSITIVE`). Copies show it first often enough that this is only a hint,
 * and a SIPDIS after it is not counted: the system inserts one there (CAP-007).
 */
export default {
  meta: {
    id: 'sensitive-caption-last',
    category: 'captions',
    description: 'SENSITIVE comes after any other caption (SIPDIS, then SENSITIVE).',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CAP-008'],
    messages: {
      notLast: 'Expected SENSITIVE after the other captions; found it before {next}.',
    },
  },
  check({ doc, report }) {
    // A SIPDIS after SENSITIVE is most often the one the system inserted (CAP-007): not counted.
    // Most cables carry no SENSITIVE caption: nothing to place then.
    if (!captionsOf(doc).some((c) => c.name === 'SENSITIVE')) return;
    const known = captionsOf(doc).filter((c) => captionByName(c.name));
    const captions = known.filter((c, i) => c.name !== 'SIPDIS' || known.slice(0, i).every((b) => b.name !== 'SENSITIVE'));
    const index = captions.findIndex((c) => c.name === 'SENSITIVE');
    if (index < 0) return;
    const sensitive = captions[index];
    // A repeated SENSITIVE (or its short form SBU) is no other caption.
    const next = captions.slice(index + 1).find((c) => c.name !== 'SENSITIVE' && c.name !== 'SBU');
    if (!next) return;
    const lines = doc.lines;
    const line = lines.lineAt(sensitive.span.start);
    const alone = lines.lineText(line).trim().toUpperCase() === 'SENSITIVE';
    const lastLine = lines.lineAt(captions[captions.length - 1].span.start);
    const br = lineBreakOf(doc);
    report({
      span: sensitive.span,
      messageId: 'notLast',
      data: { next: next.name },
      suggestions:
        alone && lastLine !== line
          ? [
              {
                title: 'Move SENSITIVE after the last caption',
                edits: [
                  { span: { start: lines.lineStart(line), end: lines.lineEndWithBreak(line) }, text: '' },
                  { span: { start: lines.lineEnd(lastLine), end: lines.lineEnd(lastLine) }, text: `${br}SENSITIVE` },
                ],
              },
            ]
          : [],
    });
  },
} satisfies Rule;
