/**
 * Edits that move a whole cable to another overall level together: the classification line,
 * the FL4 security line, the E.O. line and the Classified By line must agree (CLS-006), so a
 * suggestion that raises or lowers the banner changes all four at once.
 */
import type { Edit } from '../rule';
import type { CableDocument } from '../../syntax/nodes';
import { CANONICAL_CLASSIFICATION, levelOfSecurityCode, SECURITY_CODE, type Level } from '../../vocab/classification';
import type { CalendarDate } from '../../vocab/dates';
import { declassDateText, defaultDeclassDate, lineBreakOf } from './cableDate';

/** The template a suggestion inserts when a cable becomes classified. */
export const CLASSIFIED_BY_TEMPLATE = 'Classified By: <name>, <title>. Reason: 1.4 (<letter>).';

/** `ZNR UUUUU` or `ZNY CCCCC`: the security line's prefix and code for a level. */
export function securityPrefixAndCode(level: Level): string {
  return level === 'UNCLASSIFIED' ? 'ZNR UUUUU' : `ZNY ${SECURITY_CODE[level]}`;
}

/** The edit that sets the FL4 security line to `level`, or null when it already agrees or is missing. */
export function securityLineEdit(doc: CableDocument, level: Level): Edit | null {
  const security = doc.header?.security;
  if (!security || !security.code) return null;
  const current = levelOfSecurityCode(security.code.text.toUpperCase());
  if (current === level) return null;
  return { span: { start: security.prefix.span.start, end: security.code.span.end }, text: securityPrefixAndCode(level) };
}

/** The edit that sets the E.O. line's instruction for `level`: `N/A`, or `DECL:` and a date ten years on. */
export function eoInstructionEdit(doc: CableDocument, level: Level, today: CalendarDate): Edit | null {
  const eo = doc.eo;
  if (!eo) return null;
  const classified = level !== 'UNCLASSIFIED';
  if (classified && eo.form === 'na' && eo.instruction) {
    return { span: eo.instruction.span, text: `DECL: ${declassDateText(defaultDeclassDate(doc, today))}` };
  }
  if (classified && eo.form === 'missing') {
    return { span: { start: eo.span.end, end: eo.span.end }, text: ` DECL: ${declassDateText(defaultDeclassDate(doc, today))}` };
  }
  if (!classified && eo.instruction && eo.form !== 'na') return { span: eo.instruction.span, text: 'N/A' };
  return null;
}

/** Whether the text names a classifier or a classification source anywhere (a line the parser did not place). */
export function mentionsClassifiedBy(doc: CableDocument): boolean {
  // `Derived from: …` names the source of a derivative classification instead.
  return doc.classifiedBy !== null || /classified\s{1,3}by|derived\s{1,3}from\s{0,3}:/i.test(doc.text);
}

/** The edit that inserts a Classified By template after REF (or SUBJECT, TAGS, the E.O. line). */
export function insertClassifiedByEdit(doc: CableDocument): Edit | null {
  const after = doc.references ?? doc.subject ?? doc.tags ?? doc.eo ?? doc.classification;
  if (!after) return null;
  const br = lineBreakOf(doc);
  return { span: { start: after.span.end, end: after.span.end }, text: `${br}${br}${CLASSIFIED_BY_TEMPLATE}` };
}

/** The edit that removes the Classified By line (with the blank line before it). */
export function removeClassifiedByEdit(doc: CableDocument): Edit | null {
  const cb = doc.classifiedBy;
  if (!cb) return null;
  const lines = doc.lines;
  const first = lines.lineAt(cb.span.start);
  const last = lines.lineAt(cb.span.end);
  let start = lines.lineStart(first);
  const end = lines.lineEndWithBreak(last);
  if (first > 0 && /^\s*$/.test(lines.lineText(first - 1))) start = lines.lineStart(first - 1);
  return { span: { start, end }, text: '' };
}

/**
 * The edits that move the cable to `level`: classification line, security line, E.O. line,
 * and the Classified By line (a template inserted when the cable becomes classified, the
 * line removed when it becomes unclassified).
 */
export function setBannerEdits(doc: CableDocument, level: Level, today: CalendarDate): Edit[] {
  const edits: Edit[] = [];
  const classification = doc.classification;
  if (classification && classification.level !== level) {
    edits.push({ span: classification.marking.span, text: CANONICAL_CLASSIFICATION[level] });
  }
  const security = securityLineEdit(doc, level);
  if (security) edits.push(security);
  const eo = eoInstructionEdit(doc, level, today);
  if (eo) edits.push(eo);
  if (level !== 'UNCLASSIFIED' && !mentionsClassifiedBy(doc)) {
    const insert = insertClassifiedByEdit(doc);
    if (insert) edits.push(insert);
  } else if (level === 'UNCLASSIFIED') {
    const remove = removeClassifiedByEdit(doc);
    if (remove) edits.push(remove);
  }
  return edits;
}
