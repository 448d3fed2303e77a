import type { Rule } from '../rule';

const VALID = /^VZCZC[A-Z]{3}\d{3,4}$/;

/**
 * HDR-001: format line 1 is `VZCZC`, a three-letter channel designator and the channel
 * sequence number, in one word. The fix only closes up spaces inside an identifier that is
 * otherwise right.
 */
export default {
  meta: {
    id: 'transmission-id',
    category: 'header',
    description: 'Format line 1 is the transmission identifier: VZCZC, a three-letter channel and a 3–4 digit number, written as one word (VZCZCXRO4139).',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-001'],
    messages: {
      form: 'Expected the transmission identifier as VZCZC, a three-letter channel and its 3–4 digit number in one word (VZCZCXRO4139); found "{found}".',
      spaced: 'Expected the transmission identifier in one word ({expected}); found "{found}" with a space.',
    },
  },
  check({ doc, report }) {
    const id = doc.header?.transmissionId;
    if (!id) return;
    const found = doc.text.slice(id.span.start, id.span.end);
    if (VALID.test(found)) return;
    const closed = found.replace(/ +/g, '');
    if (closed !== found && VALID.test(closed)) {
      const edits = [];
      for (let i = 0; i < found.length; i++) {
        if (found.charCodeAt(i) !== 32) continue;
        let j = i;
        while (j < found.length && found.charCodeAt(j) === 32) j++;
        edits.push({ span: { start: id.span.start + i, end: id.span.start + j }, text: '' });
        i = j;
      }
      report({ span: id.span, messageId: 'spaced', data: { expected: closed, found }, fix: { edits } });
      return;
    }
    report({ span: id.span, messageId: 'form', data: { found } });
  },
} satisfies Rule;
