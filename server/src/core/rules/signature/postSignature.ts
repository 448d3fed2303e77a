import type { Rule } from '../rule';
import { editDistance } from '../../text/similarity';

/** `Ambassador`, `Amb.`, `Charge d'Affaires, a.i.`, `CDA`: the chief of mission's titles. */
const CHIEF = /^(?:the\s+)?(?:Ambassador|Amb\.?|Charg[eé](?:\s+d'?\s*Affaires)?(?:,?\s*a\.?\s*i\.?,?)?|CDA(?:,?\s*a\.?\s*i\.?,?)?|Chief\s+of\s+Mission)\b[\s.,:]*/i;
/** Where the name stops: `per section`, `for reasons`, `under`, a comma. */
const NAME_END = /[,;]|\b(?:per|for|under|reasons?|section|E\.O\.)(?![A-Za-z])/i;

/** The chief of mission's surname when the cable is classified by them, else null. */
function chiefSurname(classifier: string): string | null {
  const m = CHIEF.exec(classifier.trim());
  if (!m) return null;
  const rest = classifier.trim().slice(m[0].length);
  const stop = NAME_END.exec(rest);
  const name = (stop ? rest.slice(0, stop.index) : rest).trim().replace(/\b(?:Jr|Sr|III|II)\.?$/i, '').trim();
  const words = name.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z'’.-]*$/.test(w));
  if (words.length < 2) return null;
  return words[words.length - 1].replace(/[^A-Za-z'’-]/g, '').toUpperCase();
}

/**
 * SIG-003: a post's cable is signed with the surname of the chief of mission (or the chargé
 * d'affaires). The name cannot be checked against a table; when the cable is classified by
 * the chief of mission, a different signature is hinted at (the chargé signs while the
 * ambassador is away, so it is only a hint).
 */
export default {
  meta: {
    id: 'signature-post',
    category: 'signature',
    description: 'A post cable classified by its chief of mission is signed with that surname.',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['SIG-003'],
    messages: {
      other: 'Expected the signature {expected} (the chief of mission who classified the cable); found {found}.',
    },
  },
  check({ doc, report }) {
    const signature = doc.signature;
    const classifiedBy = doc.classifiedBy;
    if (!signature || !classifiedBy) return;
    const surname = chiefSurname(classifiedBy.classifier);
    if (!surname) return;
    const signed = signature.text.replace(/\.$/, '').toUpperCase();
    const joined = signed.replace(/\s+/g, '');
    // A letter dropped or doubled in either name (`BLKEMAN`) is a typo, not another person.
    if (signed.split(/\s+/).some((w) => editDistance(w, surname, 1) <= 1) || joined.includes(surname) || surname.endsWith(joined)) return;
    report({ span: signature.span, messageId: 'other', data: { expected: surname, found: signature.text } });
  },
} satisfies Rule;
