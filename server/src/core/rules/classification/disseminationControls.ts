import type { Rule } from '../rule';
import { hasNoforn } from '../../vocab/classification';
import { addCaptionEdit, isNoforn } from '../support/captions';
import { PLACE_NAME, portionsOf } from '../support/portions';

/**
 * CLS-011: dissemination controls propagate to the cable. A portion marked NOFORN (`C/NF`,
 * `S//NF`, `SBU/N`) needs the NOFORN caption at cable level; a portion releasable to others
 * (`C/REL UK`) contradicts a cable that is NOFORN as a whole.
 */
export default {
  meta: {
    id: 'dissemination-controls',
    category: 'classification',
    description: 'A NOFORN portion needs the NOFORN caption; a REL TO portion should not stand in a NOFORN cable.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['CLS-011'],
    messages: {
      noCaption: 'Expected the NOFORN caption for a cable with the NOFORN {place} "{mark}"; found no NOFORN caption.',
      relInNoforn: 'Expected no REL TO portion in a cable that is NOFORN as a whole; found the {place} marked "{mark}".',
    },
  },
  check({ doc, report }) {
    const portions = portionsOf(doc);
    // Whether the cable is NOFORN matters only to a mark with NOFORN or a REL control (few
    // have either): asked at the first such mark.
    let noforn: boolean | undefined;
    // The caption edit is made on the first portion that needs it (most cables have none).
    let add: ReturnType<typeof addCaptionEdit> | undefined;
    for (const portion of portions) {
      const { mark } = portion;
      const marksNoforn = hasNoforn(mark.controls, mark.level);
      const releases = mark.controls.some((c) => c.startsWith('REL'));
      if (!marksNoforn && !releases) continue;
      noforn ??= isNoforn(doc);
      if (!noforn && marksNoforn) {
        if (add === undefined) add = addCaptionEdit(doc, 'NOFORN', 'first');
        const data = { place: PLACE_NAME[portion.place], mark: `(${mark.text})` };
        report({ span: mark.span, messageId: 'noCaption', data, suggestions: add ? [{ title: 'Add the NOFORN caption', edits: [add] }] : [] });
      } else if (noforn && releases) {
        const data = { place: PLACE_NAME[portion.place], mark: `(${mark.text})` };
        report({ span: mark.span, messageId: 'relInNoforn', data });
      }
    }
  },
} satisfies Rule;
