import type { Rule } from '../rule';

/**
 * HDR-006 (observed in every sample): the DE line's station serial is the last four digits
 * of the cable number on the classification line (`#0774` with `STATE 010774`). Reported on
 * the DE serial, with the classification line as related information. Which side is wrong
 * needs the drafter, so the change is a suggestion.
 */
export default {
  meta: {
    id: 'station-serial',
    category: 'header',
    description: 'The station serial on the DE line (#0774) is the last four digits of the cable number on the classification line (STATE 010774).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['HDR-006'],
    messages: {
      mismatch: 'Expected the station serial {expected} (the last four digits of the cable number {number}); found {found}.',
    },
  },
  check({ doc, report }) {
    const serial = doc.header?.de?.serial;
    const classification = doc.classification;
    const number = classification?.serial;
    if (!serial || !number || !/^\d{4}$/.test(serial.text) || !/^\d{6}$/.test(number.text)) return;
    const expected = number.text.slice(-4);
    if (serial.text === expected) return;
    const written = `${classification.origin?.text ?? ''} ${number.text}`.trim();
    report({
      span: serial.span,
      messageId: 'mismatch',
      data: { expected, number: written, found: serial.text },
      suggestions: [{ title: `Change the station serial to ${expected}`, edits: [{ span: serial.span, text: expected }] }],
      related: [{ span: number.span, message: `The cable number on the classification line: ${written}.` }],
    });
  },
} satisfies Rule;
