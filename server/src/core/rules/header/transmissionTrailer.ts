import type { TrailerLineNode } from '../../syntax/nodes';
import type { Rule } from '../rule';

/**
 * HDR-025: in the pure ACP-127 form, `BT` separates the header from the text and follows
 * the text, then the end-of-message validation `#SSSS` repeats the DE line's serial and
 * `NNNN` ends the transmission. Copies usually omit all of these; when any is present in a
 * routed header, all must be, consistent and in order. Copies that begin at the DTG line
 * have no DE serial to check against and often end in a lone NNNN, so they are left alone.
 */
export default {
  meta: {
    id: 'transmission-trailer',
    category: 'header',
    description: 'BT, the #SSSS validation and NNNN appear together or not at all: BT after the header and after the text, #SSSS repeating the DE serial, NNNN last.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['HDR-025'],
    messages: {
      missing: 'Expected {what} with the other end-of-transmission lines ({present}); found none.',
      serial: 'Expected #{expected} (the station serial on the DE line); found #{found}.',
      order: 'Expected the closing BT, then #{serial}, then NNNN; found {found} out of that order.',
    },
  },
  check({ doc, report }) {
    const trailer = doc.trailer;
    if (trailer.length === 0) return;
    const nnnn = trailer.find((t) => t.which === 'nnnn');
    const de = doc.header?.de;
    if (!de?.serial) return;
    const bodyStart = doc.classification?.span.start ?? doc.bodyStart;
    const opening = trailer.find((t) => t.which === 'bt' && t.span.start < bodyStart);
    const closing = trailer.find((t) => t.which === 'bt' && t.span.start > bodyStart);
    const ssn = trailer.find((t) => t.which === 'ssn');
    const first = trailer[0];
    const present = trailer.map((t) => describe(t)).join(', ');
    const missing = (what: string) => report({ span: first.span, messageId: 'missing', data: { what, present } });
    if (!opening) missing('a BT line between the header and the text');
    if (!closing) missing('a BT line after the text');
    if (!ssn) missing(`the validation line #${de.serial.text}`);
    if (!nnnn) missing('NNNN on the last line');
    if (ssn?.serial && ssn.serial.text !== de.serial.text) {
      report({
        span: ssn.span,
        messageId: 'serial',
        data: { expected: de.serial.text, found: ssn.serial.text },
        suggestions: [{ title: `Change it to #${de.serial.text}`, edits: [{ span: ssn.serial.span, text: de.serial.text }] }],
        related: [{ span: de.serial.span, message: 'The station serial on the DE line.' }],
      });
    }
    const ordered = [closing, ssn, nnnn].filter((t): t is TrailerLineNode => t !== undefined);
    for (let i = 1; i < ordered.length; i++) {
      if (ordered[i].span.start < ordered[i - 1].span.start) {
        report({ span: ordered[i].span, messageId: 'order', data: { serial: de.serial.text, found: describe(ordered[i]) } });
        break;
      }
    }
  },
} satisfies Rule;

function describe(line: TrailerLineNode): string {
  return line.which === 'bt' ? 'BT' : line.which === 'nnnn' ? 'NNNN' : `#${line.serial?.text ?? ''}`;
}
