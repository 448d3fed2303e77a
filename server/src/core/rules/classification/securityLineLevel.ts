import type { Rule } from '../rule';
import { levelOfSecurityCode } from '../../vocab/classification';
import { securityPrefixAndCode, securityLineEdit, setBannerEdits } from '../support/bannerEdits';

/**
 * CLS-006 (the header half): the FL4 security line announces the level the classification
 * line states: `ZNR UUUUU` for UNCLAS, `ZNY CCCCC` for CONFIDENTIAL, `ZNY SSSSS` for SECRET.
 * UNCLAS EFTO may use `ZNR UUUUU` or `ZNY EEEEE` (the State practice is uncertain). The
 * E.O. and Classified By halves are eo-declassification-matches-level and classified-by-line.
 */
export default {
  meta: {
    id: 'security-line-level',
    category: 'classification',
    description: 'The security line (ZNR UUUUU, ZNY CCCCC, ZNY SSSSS) announces the level of the classification line.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CLS-006'],
    messages: {
      mismatch: 'Expected the security line "{expected}" for a {level} cable; found "{found}", which announces {announced}.',
    },
  },
  check({ doc, report, today }) {
    const c = doc.classification;
    const security = doc.header?.security;
    // A bare level line (an archive's metadata line above the header) still names the level.
    if (!c || !security?.code) return;
    const code = security.code.text.toUpperCase();
    const announced = levelOfSecurityCode(code);
    if (!announced || announced === c.level) return;
    // When the header's serial is not the text's, the archive joined the header of one cable
    // to the text of another: comparing their levels says nothing about either.
    // (Only a complete serial tells: `00040QSITIVE` is a cut one.)
    const de = doc.header?.de?.serial?.text;
    const serial = c.serial && /^\d{6}$/.test(c.serial.text) && !/^[A-Za-z]/.test(doc.text.slice(c.serial.span.end, c.serial.span.end + 1)) ? c.serial.text : null;
    if (de && serial && /^\d+$/.test(de) && Number(serial) % 10_000 !== Number(de) % 10_000) return;
    const toBanner = securityLineEdit(doc, c.level);
    const toSecurity = setBannerEdits(doc, announced, today);
    report({
      span: { start: security.prefix.span.start, end: security.code.span.end },
      messageId: 'mismatch',
      data: { expected: securityPrefixAndCode(c.level), level: c.level, found: doc.text.slice(security.prefix.span.start, security.code.span.end), announced },
      related: [{ span: c.marking.span, message: `The classification line marks the cable ${c.level}.` }],
      suggestions: [
        ...(toBanner ? [{ title: `Set the security line to ${securityPrefixAndCode(c.level)}`, edits: [toBanner] }] : []),
        ...(toSecurity.length > 0 ? [{ title: `Mark the whole cable ${announced} as the security line says`, edits: toSecurity }] : []),
      ],
    });
  },
} satisfies Rule;
