import type { Rule } from '../rule';

/**
 * HDR-013: the DTG's year has two digits (`FEB 09`). Some military circuits wrote four after
 * 2000; State cables never do, so this is a warning. The fix shortens the year when the
 * two-digit form reads back as the same year (1966–2065, the pivot cables use).
 */
export default {
  meta: {
    id: 'dtg-four-digit-year',
    category: 'header',
    description: 'The year in the DTG has two digits (052036Z FEB 09), not four.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-013'],
    messages: {
      fourDigits: 'Expected a two-digit year in the DTG ({expected}); found {found}.',
    },
  },
  check({ doc, report }) {
    const year = doc.header?.dtgLine?.dtg?.year;
    if (!year || !/^\d{4}$/.test(year.text)) return;
    const value = Number(year.text);
    const expected = year.text.slice(2);
    const readsBack = value >= 1966 && value <= 2065;
    report({
      span: year.span,
      messageId: 'fourDigits',
      data: { expected, found: year.text },
      ...(readsBack ? { fix: { edits: [{ span: year.span, text: expected }] } } : {}),
    });
  },
} satisfies Rule;
