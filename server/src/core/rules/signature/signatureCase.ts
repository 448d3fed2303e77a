import type { Rule } from '../rule';

/** Cables dated this year or later may be signed in mixed case (SMART-era drafting). */
const MIXED_CASE_FROM = 2006;

/**
 * SIG-001: the signature is written in capitals (`CLINTON`, `VAN VOORST`). Cables drafted in
 * the SMART system, from 2006 at some posts, are often signed in mixed case (`Stapleton`),
 * so those are accepted from the year given by `allowMixedCaseFrom`.
 */
export default {
  meta: {
    id: 'signature-case',
    category: 'signature',
    description: 'The signature is written in capitals (mixed case is accepted in SMART-era cables, from 2006 by default).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['SIG-001'],
    messages: {
      mixed: 'Expected the signature in capitals ("{upper}"); found "{found}".',
    },
    options: {
      allowMixedCaseFrom: {
        type: 'number',
        description: 'Cables dated this year or later may be signed in mixed case; 9999 asks for capitals always.',
        default: MIXED_CASE_FROM,
      },
    },
  },
  check({ doc, options, report }) {
    const signature = doc.signature;
    if (!signature || !/[a-z]/.test(signature.text)) return;
    const from = typeof options.allowMixedCaseFrom === 'number' ? options.allowMixedCaseFrom : MIXED_CASE_FROM;
    if (doc.year !== null && doc.year >= from) return;
    const written = doc.text.slice(signature.span.start, signature.span.end);
    const upper = written.toUpperCase();
    report({ span: signature.span, messageId: 'mixed', data: { upper, found: written }, suggestions: [{ title: `Write "${upper}"`, edits: [{ span: signature.span, text: upper }] }] });
  },
} satisfies Rule;
