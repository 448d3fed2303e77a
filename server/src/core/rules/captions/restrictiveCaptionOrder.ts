import type { Rule } from '../rule';
import { RESTRICTIVE_ORDER } from '../../vocab/captions';
import { captionsOf } from '../support/captions';

/**
 * CAP-004: STADIS may be combined with EXDIS or NODIS, and the most restrictive caption goes
 * first: NODIS, then EXDIS, LIMDIS, STADIS.
 */
export default {
  meta: {
    id: 'restrictive-caption-order',
    category: 'captions',
    description: 'Restrictive captions are listed most restrictive first: NODIS, EXDIS, LIMDIS, STADIS.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CAP-004'],
    messages: {
      order: 'Expected {caption} before {earlier} (the more restrictive caption goes first); found it after.',
    },
  },
  check({ doc, report }) {
    const restrictive = captionsOf(doc).filter((c) => RESTRICTIVE_ORDER.includes(c.name));
    for (let i = 1; i < restrictive.length; i++) {
      const caption = restrictive[i];
      const rank = RESTRICTIVE_ORDER.indexOf(caption.name);
      const earlier = restrictive.slice(0, i).find((c) => RESTRICTIVE_ORDER.indexOf(c.name) > rank);
      if (!earlier) continue;
      report({
        span: caption.span,
        messageId: 'order',
        data: { caption: caption.name, earlier: earlier.name },
        related: [{ span: earlier.span, message: `${earlier.name} is less restrictive than ${caption.name}.` }],
        suggestions: [
          {
            title: `Swap ${earlier.name} and ${caption.name}`,
            edits: [
              { span: earlier.span, text: caption.name },
              { span: caption.span, text: earlier.name },
            ],
          },
        ],
      });
    }
  },
} satisfies Rule;
