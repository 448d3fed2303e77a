import type { Rule } from '../rule';
import { isWhite } from '../../syntax/lines';
import { isWordCharacter } from '../../text/characters';

/**
 * Whether `text[from, to)` holds `\bACTION\s+REQUEST\b` in any case, as that pattern with the
 * `i` flag reads the piece. Found from each Q rather than by the pattern, which tries every
 * offset of the whole body: a cable holds few Qs.
 */
function hasActionRequest(text: string, from: number, to: number): boolean {
  for (const q of ['Q', 'q']) {
    for (let p = text.indexOf(q, from); p >= 0 && p < to; p = text.indexOf(q, p + 1)) {
      if (actionRequestAt(text, from, to, p - 2)) return true;
    }
  }
  return false;
}

/** Whether REQUEST at `at`, after ACTION and white space, stands as words in `text[from, to)`. */
function actionRequestAt(text: string, from: number, to: number, at: number): boolean {
  if (at < from || at + 7 > to || !equalsLower(text, at, 'request')) return false;
  if (at + 7 < to && isWordCharacter(text.charCodeAt(at + 7))) return false;
  let space = at;
  while (space > from && isWhite(text.charCodeAt(space - 1))) space--;
  if (space === at || space - 6 < from || !equalsLower(text, space - 6, 'action')) return false;
  return space - 6 === from || !isWordCharacter(text.charCodeAt(space - 7));
}

/** Whether `text` at `at` holds `lower` (lower-case letters) in any case (ASCII only, as the `i` flag without `u`). */
function equalsLower(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

/**
 * BODY-009: when a cable asks for action, paragraph 1 says so and points to the paragraph
 * that holds it (`This is an action request; see para 5.`), so addressees see at once that
 * something is expected of them and where. A hint.
 */
export default {
  meta: {
    id: 'action-request-pointer',
    category: 'body',
    description: 'A cable that asks for action says so in paragraph 1 and points to the action paragraph (see para N).',
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['BODY-009'],
    messages: {
      notInFirst: 'Expected paragraph 1 to say this is an action request (the {where} does); found no mention there.',
      noPointer: 'Expected paragraph 1 to point to the action paragraph ("see para N"); found none.',
    },
  },
  check({ doc, report }) {
    const first = doc.paragraphs[0];
    if (!first) return;
    const text = doc.text;
    if (hasActionRequest(text, first.span.start, first.span.end)) {
      if (doc.paragraphs.length < 2) return;
      const points = doc.paraCitations.some((c) => c.span.start >= first.span.start && c.span.end <= first.span.end);
      if (!points) report({ span: first.number.span, messageId: 'noPointer' });
      return;
    }
    const inSubject = doc.subject !== null && hasActionRequest(doc.subject.text, 0, doc.subject.text.length);
    const inBody = hasActionRequest(text, first.span.end, text.length);
    if (!inSubject && !inBody) return;
    report({ span: first.number.span, messageId: 'notInFirst', data: { where: inSubject ? 'subject' : 'text further on' } });
  },
} satisfies Rule;
