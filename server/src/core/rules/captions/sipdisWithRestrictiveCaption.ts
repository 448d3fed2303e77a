import type { Rule } from '../rule';
import { captionNames, captionsOf, removeCaptionEdit, standaloneCaptionLines } from '../support/captions';

/**
 * CAP-003: SIPDIS puts a cable on SIPRNET for other agencies; NODIS and EXDIS limit who may
 * see it inside the USG. A cable cannot be both: the restrictive caption controls, so warn.
 */
export default {
  meta: {
    id: 'sipdis-with-restrictive-caption',
    category: 'captions',
    description: 'SIPDIS is not combined with NODIS or EXDIS, which limit distribution inside the USG.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'high',
    formatRules: ['CAP-003'],
    messages: {
      conflict: 'Expected no SIPDIS together with {restrictive} ({restrictive} limits distribution, SIPDIS widens it); found both.',
    },
  },
  check({ doc, report }) {
    // The names of the captions and of the stray caption lines, gathered once per tree: most
    // cables name neither NODIS nor EXDIS, and need nothing more.
    const all = captionNames(doc);
    if (!all.includes('SIPDIS') || !(all.includes('NODIS') || all.includes('EXDIS'))) return;
    const captions = captionsOf(doc);
    const stray = standaloneCaptionLines(doc).filter((l) => !doc.captionLines.some((c) => doc.lines.lineAt(c.span.start) === l.line));
    const names = new Set([...captions.map((c) => c.name), ...stray.flatMap((l) => l.names)]);
    const restrictive = names.has('NODIS') ? 'NODIS' : names.has('EXDIS') ? 'EXDIS' : null;
    if (!restrictive || !names.has('SIPDIS')) return;
    const sipdis = captions.find((c) => c.name === 'SIPDIS');
    const strayLine = stray.find((l) => l.names.includes('SIPDIS'));
    const span = sipdis?.span ?? strayLine?.span;
    if (!span) return;
    report({ span, messageId: 'conflict', data: { restrictive }, suggestions: [{ title: 'Remove SIPDIS', edits: [removeCaptionEdit(doc.text, doc.lines, span)] }] });
  },
} satisfies Rule;
