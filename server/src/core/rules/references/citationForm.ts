import { readDtg } from '../../syntax/dtg';
import { Segment } from '../../syntax/lines';
import { isStation } from '../../vocab/stations';
import type { Rule } from '../rule';

/** The largest serial a cable can have: seven digits (leading zeros do not count). */
const LARGEST_SERIAL = 9_999_999;
/** A station name joined to its serial with a hyphen: `STATE-12345`. */
const HYPHENATED = /(?:^|[^A-Z0-9-])([A-Z]{2,}(?: [A-Z]+){0,3})-(\d{1,8})(?![0-9])/g;
/** A date-time group with its zone letter, where one is quoted in a reference. */
const DTG_CANDIDATE = /(?:^|[^0-9])(\d{6}Z ?[A-Za-z]{3,9}\.? (?:\d{4}|\d{2}))(?![0-9])/g;

/**
 * REF-003, REF-004: a cited cable is written `[YY ]ORIGIN SERIAL` (`08 STATE 100866`,
 * `ANKARA 123`): not run together as its archive id (`08STATE100866`), not hyphenated
 * (`STATE-12345`), with a serial of at most seven digits. Other references (e-mails,
 * memos, messages cited by DTG) are free text, but a date-time group quoted in one must be
 * a real moment.
 */
export default {
  meta: {
    id: 'references-citation-form',
    category: 'references',
    description: 'A cited cable is written "[YY] ORIGIN SERIAL" (08 STATE 100866); a DTG quoted in a reference is valid.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['REF-003', 'REF-004'],
    messages: {
      glued: 'Expected the cable written as "{spaced}"; found the run-together id "{found}".',
      hyphenated: 'Expected a space between origin and serial ("{spaced}"); found "{found}".',
      longSerial: 'Expected a serial of at most seven digits; found {serial}.',
      dtg: 'Expected a valid date-time group (DDHHMMZ MON YY); found "{found}", which names no real moment.',
    },
  },
  check({ doc, report }) {
    const text = doc.text;
    for (const block of doc.blocks) {
      if (block.kind !== 'references') continue;
      for (const item of block.items) {
        for (const citation of item.citations) {
          const written = text.slice(citation.span.start, citation.span.end);
          if (citation.year && /^\d+[A-Z]+\d+$/.test(written)) {
            const spaced = `${citation.year.text} ${citation.origin.text} ${citation.serial.text}`;
            report({ span: citation.span, messageId: 'glued', data: { spaced, found: written }, suggestions: [{ title: `Write "${spaced}"`, edits: [{ span: citation.span, text: spaced }] }] });
          }
          if (Number(citation.serial.text) > LARGEST_SERIAL) {
            report({ span: citation.serial.span, messageId: 'longSerial', data: { serial: citation.serial.text } });
          }
        }
        const local = text.slice(item.span.start, item.span.end);
        HYPHENATED.lastIndex = 0;
        for (let m = HYPHENATED.exec(local); m; m = HYPHENATED.exec(local)) {
          if (!isStation(m[1].replace(/ /g, ''))) continue;
          const start = item.span.start + m.index + m[0].indexOf(m[1]);
          const found = `${m[1]}-${m[2]}`;
          const spaced = `${m[1]} ${m[2]}`;
          const span = { start, end: start + found.length };
          report({ span, messageId: 'hyphenated', data: { found, spaced }, suggestions: [{ title: `Write "${spaced}"`, edits: [{ span, text: spaced }] }] });
        }
        const segment = new Segment(text, item.span.start, item.span.end);
        DTG_CANDIDATE.lastIndex = 0;
        for (let m = DTG_CANDIDATE.exec(local); m; m = DTG_CANDIDATE.exec(local)) {
          const at = m.index + m[0].indexOf(m[1]);
          const dtg = readDtg(segment, at);
          if (!dtg || dtg.value) continue;
          report({ span: dtg.span, messageId: 'dtg', data: { found: text.slice(dtg.span.start, dtg.span.end) } });
        }
      }
    }
  },
} satisfies Rule;
