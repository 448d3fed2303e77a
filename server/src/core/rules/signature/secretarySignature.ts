import type { Rule } from '../rule';
import { isoDate } from '../../vocab/dates';
import { secretariesOn } from '../../vocab/secretaries';

/**
 * SIG-002: cables from the Department (`FM SECSTATE WASHDC`, or a STATE cable without a
 * header) are signed with the surname of the Secretary of State in office on the DTG date,
 * whoever drafted them. An acting Secretary may sign while the Secretary is away, so this is
 * a warning.
 */
export default {
  meta: {
    id: 'signature-secretary',
    category: 'signature',
    description: "Department cables are signed with the surname of the Secretary of State in office on the DTG's date.",
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['SIG-002'],
    messages: {
      other: 'Expected the signature of the Secretary of State in office on {date} ({expected}); found {found}.',
    },
  },
  check({ doc, report }) {
    const signature = doc.signature;
    const when = doc.dateTime;
    if (!signature || !when) return;
    const from = doc.header?.from?.plad?.text ?? null;
    const department = from !== null ? /^SECSTATE\s+WASHDC\b/i.test(from.trim()) : doc.classification?.origin?.text === 'STATE';
    if (!department) return;
    const secretaries = secretariesOn(when);
    if (secretaries.length === 0) return;
    const words = signature.text.replace(/\.$/, '').toUpperCase().split(/\s+/);
    if (secretaries.some((s) => words.includes(s.surname))) return;
    const expected = secretaries.map((s) => s.surname).join(' or ');
    report({
      span: signature.span,
      messageId: 'other',
      data: { date: isoDate(when), expected, found: signature.text },
      suggestions: secretaries.map((s) => ({ title: `Sign ${s.surname}`, edits: [{ span: signature.span, text: s.surname }] })),
    });
  },
} satisfies Rule;
