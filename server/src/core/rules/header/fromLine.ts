import type { Rule } from '../rule';

const SERIAL_AT_END = / +(\d{1,6})$/;

/**
 * HDR-017: format line 6 is `FM` and the originator's PLAD, with no routing indicator, no
 * precedence and no serial. `FROM` is fixed to `FM`; anything else is left to the drafter
 * with a suggestion that removes it.
 */
export default {
  meta: {
    id: 'from-line',
    category: 'header',
    description: "Format line 6 is FM and the originator's plain-language address only (FM AMEMBASSY BERN): no routing indicator, precedence or serial.",
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['HDR-017'],
    messages: {
      label: 'Expected "FM" before the originator; found "{found}".',
      noPlad: "Expected the originator's PLAD after FM (FM AMEMBASSY BERN); found nothing.",
      indicator: 'Expected the originator as a PLAD only (FM {plad}); found the routing indicator "{found}" before it.',
      precedence: 'Expected no precedence on the FM line; found "{found}".',
      serial: 'Expected no serial on the FM line; found "{found}".',
    },
  },
  check({ doc, report }) {
    const from = doc.header?.from;
    if (!from) return;
    if (from.label.text !== 'FM') {
      report({ span: from.label.span, messageId: 'label', data: { found: from.label.text }, fix: { edits: [{ span: from.label.span, text: 'FM' }] } });
    }
    const plad = from.plad;
    if (!plad) {
      report({ span: from.span, messageId: 'noPlad' });
      return;
    }
    let end = plad.span.end;
    const serial = SERIAL_AT_END.exec(plad.text);
    if (serial) {
      const start = plad.span.end - serial[1].length;
      end = plad.span.end - serial[0].length;
      report({
        span: { start, end: plad.span.end },
        messageId: 'serial',
        data: { found: serial[1] },
        suggestions: [{ title: 'Remove the serial', edits: [{ span: { start: end, end: plad.span.end }, text: '' }] }],
      });
    }
    if (from.precedence && from.precedence.span.end <= end) {
      const cut = { start: from.precedence.span.start, end };
      while (cut.start > plad.span.start && doc.text.charCodeAt(cut.start - 1) === 32) cut.start--;
      report({
        span: from.precedence.span,
        messageId: 'precedence',
        data: { found: from.precedence.text },
        suggestions: [{ title: 'Remove the precedence', edits: [{ span: cut, text: '' }] }],
      });
    }
    if (from.indicator) {
      const slash = doc.text.indexOf('/', from.indicator.span.end);
      let cutEnd = slash >= 0 && slash < plad.span.end ? slash + 1 : from.indicator.span.end;
      while (cutEnd < plad.span.end && doc.text.charCodeAt(cutEnd) === 32) cutEnd++;
      const rest = doc.text.slice(cutEnd, from.precedence ? from.precedence.span.start : end).trim();
      report({
        span: { start: from.indicator.span.start, end: cutEnd },
        messageId: 'indicator',
        data: { plad: rest, found: doc.text.slice(from.indicator.span.start, cutEnd).trim() },
        suggestions: [{ title: `Remove ${from.indicator.text}/`, edits: [{ span: { start: from.indicator.span.start, end: cutEnd }, text: '' }] }],
      });
    }
  },
} satisfies Rule;
