import type { Rule } from '../rule';

/**
 * HDR-011: format line 4 is `ZNR UUUUU` for unclassified traffic and `ZNY` with five repeats
 * of the classification letter for classified traffic (`ZNY CCCCC`, `SSSSS`, `TTTTT`; `ZNY
 * EEEEE` is accepted for UNCLAS EFTO, as is `ZNR UUUUU`), with an optional SPECAT `/BBBBB`
 * or `/AAAAA`. Whether it announces the classification line's level is
 * `security-line-level`'s business (CLS-006). Service notes after the code (`ZZH`, `ZDK`, a
 * corrected-copy note) are not judged here. The security line is never changed by a fix.
 */
export default {
  meta: {
    id: 'security-line',
    category: 'header',
    description: 'Format line 4 is ZNR UUUUU for unclassified traffic, or ZNY and five repeated classification letters (CCCCC, SSSSS, TTTTT; EEEEE for EFTO).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['HDR-011'],
    messages: {
      form: 'Expected the security line ZNR UUUUU (unclassified) or ZNY with five repeated classification letters (CCCCC, SSSSS or TTTTT; EEEEE for EFTO); found "{found}".',
      specat: 'Expected a SPECAT suffix /BBBBB or /AAAAA after a ZNY code; found "/{found}".',
    },
  },
  check({ doc, report }) {
    const security = doc.header?.security;
    if (!security) return;
    const prefix = security.prefix.text;
    const code = security.code?.text ?? '';
    const end = (security.specat ?? security.code ?? security.prefix).span.end;
    const span = { start: security.prefix.span.start, end };
    const formOk = (prefix === 'ZNR' && code === 'UUUUU') || (prefix === 'ZNY' && /^(?:CCCCC|SSSSS|TTTTT|EEEEE)$/.test(code));
    if (!formOk) {
      report({ span, messageId: 'form', data: { found: doc.text.slice(span.start, end) } });
      return;
    }
    if (security.specat && !(prefix === 'ZNY' && /^(?:AAAAA|BBBBB)$/.test(security.specat.text))) {
      report({ span: security.specat.span, messageId: 'specat', data: { found: security.specat.text } });
    }
  },
} satisfies Rule;
