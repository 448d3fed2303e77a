import type { Rule } from '../rule';

/**
 * HDR-007: the `/NN` after the DE serial is the section this transmission carries; when the
 * classification line says `SECTION nn OF mm`, the suffix is `/nn`. Single-section cables
 * are seen both with `/01` and with no suffix, so only a number other than 01 is flagged
 * there.
 */
export default {
  meta: {
    id: 'de-section-suffix',
    category: 'header',
    description: 'The /NN section suffix on the DE line matches SECTION nn OF mm on the classification line (/01 or none on a one-section cable).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['HDR-007'],
    messages: {
      mismatch: 'Expected the section suffix /{expected} (the classification line says SECTION {section} OF {total}); found /{found}.',
      missing: 'Expected the section suffix /{expected} after the serial (the classification line says SECTION {section} OF {total}); found none.',
      single: 'Expected /01 or no section suffix on a one-section cable (the classification line has no SECTION); found /{found}.',
    },
  },
  check({ doc, report }) {
    const de = doc.header?.de;
    const classification = doc.classification;
    if (!de?.serial || !classification) return;
    const section = classification.sectionNumber;
    const total = classification.sectionTotal;
    const suffix = de.section;
    if (section && /^\d{1,2}$/.test(section.text)) {
      const expected = section.text.padStart(2, '0');
      const data = { expected, section: section.text, total: total?.text ?? '?' };
      const related = [{ span: classification.sectionPhrase?.span ?? section.span, message: 'The section on the classification line.' }];
      if (!suffix) {
        const at = de.serial.span.end;
        report({
          span: de.serial.span,
          messageId: 'missing',
          data,
          suggestions: [{ title: `Add /${expected}`, edits: [{ span: { start: at, end: at }, text: `/${expected}` }] }],
          related,
        });
      } else if (/^\d{2}$/.test(suffix.text) && suffix.text !== expected) {
        report({
          span: suffix.span,
          messageId: 'mismatch',
          data: { ...data, found: suffix.text },
          suggestions: [{ title: `Change the suffix to /${expected}`, edits: [{ span: suffix.span, text: expected }] }],
          related,
        });
      }
      return;
    }
    if (!section && suffix && /^\d{2}$/.test(suffix.text) && suffix.text !== '01') {
      report({ span: suffix.span, messageId: 'single', data: { found: suffix.text }, related: [{ span: classification.span, message: 'The classification line has no SECTION phrase.' }] });
    }
  },
} satisfies Rule;
