import type { Rule } from '../rule';
import { looksReflowed } from '../support/copyDamage';

/** Commerce guidance: 69 characters a line (State's 2004 guidance said 55). */
const DEFAULT_MAX = 69;

/**
 * BODY-008: drafting guidance limits a line's length (55 characters in the 2004 handbook,
 * 69 for Commerce cables); transmitted cables wrap at about 60–70. Off by default; turn it
 * on with the length your office uses. Reflowed copies (a paragraph per line) are skipped.
 */
export default {
  meta: {
    id: 'line-length',
    category: 'body',
    description: 'Lines of the text are no longer than the configured maximum (69 characters by default).',
    defaultSeverity: 'off',
    fixable: false,
    hasSuggestions: false,
    confidence: 'low',
    formatRules: ['BODY-008'],
    messages: {
      long: 'Expected at most {max} characters on a line; found {length}.',
    },
    options: {
      maxLength: { type: 'number', description: 'The longest line allowed, in characters.', default: DEFAULT_MAX },
    },
  },
  check({ doc, options, report }) {
    const max = typeof options.maxLength === 'number' && options.maxLength > 0 ? options.maxLength : DEFAULT_MAX;
    if (looksReflowed(doc)) return;
    for (let line = doc.lines.lineAt(doc.bodyStart); line < doc.lines.lineCount; line++) {
      const content = doc.lines.lineText(line).trimEnd();
      if (content.length <= max) continue;
      const start = doc.lines.lineStart(line);
      report({ span: { start: start + max, end: start + content.length }, messageId: 'long', data: { max, length: content.length } });
    }
  },
} satisfies Rule;
