import type { Rule } from '../rule';
import { realAddressees } from '../support/addressees';

/**
 * Words that show the first paragraph says why the cable is NIACT: the format asks for the
 * reason there, and drafters give it with these.
 */
const REASON = /\bNIACT\b|\bURGENT(?:LY)?\b|\bIMMEDIATE(?:LY)?\b|\bTIME[- ]SENSITIVE\b|\bDEADLINE\b|\bNO LATER THAN\b|\bNLT\b|\bAS SOON AS POSSIBLE\b|\bASAP\b/i;

/**
 * HDR-016: a NIACT IMMEDIATE cable states in its first paragraph why night action is needed.
 * A heuristic: the first paragraph names NIACT, urgency, a deadline or immediate action.
 * Reported on the first NIACT IMMEDIATE precedence, with the first paragraph as related
 * information.
 */
export default {
  meta: {
    id: 'niact-justification',
    category: 'header',
    description: 'A NIACT IMMEDIATE cable says in its first paragraph why the addressee must act at once, day or night.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-016'],
    messages: {
      missing: 'Expected the first paragraph to say why NIACT IMMEDIATE is needed (for example "This is a NIACT request because …"); found no reason there.',
      noText: 'Expected a first paragraph saying why NIACT IMMEDIATE is needed; found no text.',
    },
  },
  check({ doc, report }) {
    const niact = realAddressees(doc).find((e) => e.precedenceWord === 'NIACT IMMEDIATE');
    if (!niact?.precedence) return;
    const first = doc.blocks.find((b) => (b.kind === 'paragraph' || b.kind === 'text') && b.span.end > doc.bodyStart);
    if (!first) {
      report({ span: niact.precedence.span, messageId: 'noText' });
      return;
    }
    if (REASON.test(doc.text.slice(first.span.start, first.span.end))) return;
    report({ span: niact.precedence.span, messageId: 'missing', related: [{ span: first.span, message: 'The first paragraph.' }] });
  },
} satisfies Rule;
