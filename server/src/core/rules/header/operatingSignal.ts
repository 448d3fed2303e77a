import { editDistance } from '../../text/similarity';
import type { Rule } from '../rule';
import { wordTokens } from '../../syntax/header';
import { Segment } from '../../syntax/lines';

/**
 * HDR-012: SIPDIS-era security lines end with the operating signal `ZZH`. Its absence is not
 * flagged (its meaning is unconfirmed) and other Z-signals (`ZDK`, `ZDS`) are real service
 * signals; only a near miss of `ZZH` itself (`ZHH`, `ZH`) is pointed out, as a hint. The
 * security line is never changed by a fix: the correction is a suggestion.
 */
export default {
  meta: {
    id: 'operating-signal',
    category: 'header',
    description: 'The operating signal after the security code, when present, is written ZZH.',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: true,
    confidence: 'low',
    formatRules: ['HDR-012'],
    messages: {
      typo: 'Expected the operating signal ZZH; found "{found}".',
    },
  },
  check({ doc, report }) {
    const security = doc.header?.security;
    if (!security) return;
    const after = (security.specat ?? security.code ?? security.prefix).span.end;
    const words = wordTokens(new Segment(doc.text, after, security.span.end));
    const signal = words[0];
    if (!signal || signal.text === 'ZZH' || !/^Z[A-Z]{1,3}$/.test(signal.text)) return;
    if (editDistance(signal.text, 'ZZH', 1) > 1) return;
    report({
      span: signal.span,
      messageId: 'typo',
      data: { found: signal.text },
      suggestions: [{ title: 'Change it to ZZH', edits: [{ span: signal.span, text: 'ZZH' }] }],
    });
  },
} satisfies Rule;
