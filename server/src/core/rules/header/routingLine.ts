import { isProsign } from '../../vocab/precedence';
import type { Rule } from '../rule';

/**
 * HDR-002: format line 2 is the precedence prosign written twice (`ZZ`, `OO`, `PP`, `RR`)
 * and then routing indicators. A lone prosign letter is doubled by the fix; any other
 * digraph needs the drafter (which precedence was meant?). The indicators themselves are
 * checked by `routing-indicator-shape`.
 */
export default {
  meta: {
    id: 'routing-line',
    category: 'header',
    description: 'Format line 2 starts with the precedence prosign written twice (ZZ, OO, PP or RR), followed by routing indicators.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-002'],
    messages: {
      single: 'Expected the precedence prosign written twice ({expected}); found "{found}".',
      digraph: 'Expected a precedence digraph ZZ, OO, PP or RR; found "{found}".',
    },
  },
  check({ doc, report }) {
    for (const line of doc.header?.routing ?? []) {
      const digraph = line.digraph;
      if (!digraph) continue;
      const found = digraph.text;
      if (found.length === 2 && found[0] === found[1] && isProsign(found[0])) continue;
      if (found.length === 1 && isProsign(found)) {
        report({
          span: digraph.span,
          messageId: 'single',
          data: { expected: found + found, found },
          fix: { edits: [{ span: { start: digraph.span.end, end: digraph.span.end }, text: found }] },
        });
        continue;
      }
      report({ span: digraph.span, messageId: 'digraph', data: { found } });
    }
  },
} satisfies Rule;
