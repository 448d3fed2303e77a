import { readDtg } from '../../syntax/dtg';
import { Segment } from '../../syntax/lines';
import { isStation } from '../../vocab/stations';
import type { Rule } from '../rule';

/** The largest serial a cable can have: seven digits (leading zeros do not count). */
const LARGEST_SERIAL = 9_999_999;
/** A station name joined to its serial with a hyphen: `STATE-12345`. */
const HYPHENATED = /(?:^|[^A-Z0-9-])([A-Z]{2,}(?: [A-Z]+){0,3})-(\d{1,8})(?![0-9])/g;
/**
 * A word of capitals and digits (at most twelve characters, so the scan stays linear) that may
 * be a year, a station or a serial written with the letter O for a zero or a zero for an O.
 */
const WORD = /[A-Z0-9]{1,12}(?![A-Z0-9])/g;
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
      letterO: 'Expected digits in the {part} of the citation ("{meant}"); found "{found}", with the letter O for a zero.',
      digitZero: 'Expected the station "{meant}"; found "{found}", with a zero for the letter O.',
    },
  },
  check({ doc, report }) {
    const text = doc.text;
    for (const block of doc.blocks) {
      if (block.kind !== 'references') continue;
      for (const item of block.items) {
        for (const citation of item.citations) {
          if (citation.year) {
            const written = text.slice(citation.span.start, citation.span.end);
            if (/^\d+[A-Z]+\d+$/.test(written)) {
              const spaced = `${citation.year.text} ${citation.origin.text} ${citation.serial.text}`;
              report({ span: citation.span, messageId: 'glued', data: { spaced, found: written }, suggestions: [{ title: `Write "${spaced}"`, edits: [{ span: citation.span, text: spaced }] }] });
            }
          }
          if (Number(citation.serial.text) > LARGEST_SERIAL) {
            report({ span: citation.serial.span, messageId: 'longSerial', data: { serial: citation.serial.text } });
          }
        }
        const local = text.slice(item.span.start, item.span.end);
        HYPHENATED.lastIndex = 0;
        // Every match holds a hyphen, and most items none: the pattern is tried only where one stands.
        for (let m = local.includes('-') ? HYPHENATED.exec(local) : null; m; m = HYPHENATED.exec(local)) {
          if (!isStation(m[1].replace(/ /g, ''))) continue;
          const start = item.span.start + m.index + m[0].indexOf(m[1]);
          const found = `${m[1]}-${m[2]}`;
          const spaced = `${m[1]} ${m[2]}`;
          const span = { start, end: start + found.length };
          report({ span, messageId: 'hyphenated', data: { found, spaced }, suggestions: [{ title: `Write "${spaced}"`, edits: [{ span, text: spaced }] }] });
        }
        for (const typo of oAndZeroTypos(local)) {
          const span = { start: item.span.start + typo.at, end: item.span.start + typo.at + typo.found.length };
          report({
            span,
            messageId: typo.part === 'station' ? 'digitZero' : 'letterO',
            data: { found: typo.found, meant: typo.meant, part: typo.part },
            suggestions: [{ title: `Write "${typo.meant}"`, edits: [{ span, text: typo.meant }] }],
          });
        }
        // Every DTG candidate holds its zone letter Z, and most items none.
        if (!local.includes('Z')) continue;
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

/** A citation part typed with O for 0 or 0 for O: where it stands in the item, as written and as meant. */
interface OTypo {
  readonly at: number;
  readonly found: string;
  readonly meant: string;
  readonly part: 'year' | 'station' | 'serial';
}

/**
 * The citations of a REF item whose year or serial holds the letter O (`LAGOS O1512`,
 * `O4 CHENNAI 944`) or whose station holds a zero (`SANTIAG0 465`). Read word by word: a
 * station (as written, or with its zeros read as O) followed by a serial of digits and O, with
 * an optional two-character year before the station. Only words that read as a station once
 * corrected count, so free text (`OPORD 2`, `ANNEX O`) stays silent.
 */
function oAndZeroTypos(local: string): OTypo[] {
  // Every typo read below puts an O next to a digit or a zero next to a capital (a station
  // holds a zero after its letters, a serial or year an O among its digits): without such a
  // pair the piece holds none, and its words need not be read.
  if (!mixesOAndZero(local)) return [];
  const words: Array<{ at: number; text: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(local); m; m = WORD.exec(local)) {
    if (m.index > 0 && /[A-Za-z0-9]/.test(local[m.index - 1])) continue;
    words.push({ at: m.index, text: m[0] });
  }
  const typos: OTypo[] = [];
  const serialLike = (w: string) => /^[0-9O]{3,8}$/.test(w) && /\d/.test(w);
  for (let k = 0; k + 1 < words.length; k++) {
    const station = words[k];
    const serial = words[k + 1];
    if (!/^[A-Z][A-Z0]+$/.test(station.text) || !serialLike(serial.text)) continue;
    // Only words separated by white space form a citation.
    if (!/^\s+$/.test(local.slice(station.at + station.text.length, serial.at))) continue;
    const stationMeant = station.text.replace(/0/g, 'O');
    if (!isStation(stationMeant)) continue;
    if (stationMeant !== station.text) typos.push({ at: station.at, found: station.text, meant: stationMeant, part: 'station' });
    if (serial.text.includes('O')) typos.push({ at: serial.at, found: serial.text, meant: serial.text.replace(/O/g, '0'), part: 'serial' });
    const year = words[k - 1];
    if (year && /^[0-9O]{2}$/.test(year.text) && year.text.includes('O') && /\d/.test(year.text) && /^\s+$/.test(local.slice(year.at + 2, station.at))) {
      typos.push({ at: year.at, found: year.text, meant: year.text.replace(/O/g, '0'), part: 'year' });
    }
  }
  return typos;
}

/** Whether `text` has an O beside a digit or a zero beside a capital letter. */
function mixesOAndZero(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if ((a === 79 /* O */ && b >= 48 && b <= 57) || (b === 79 && a >= 48 && a <= 57)) return true;
    if ((a === 48 /* 0 */ && b >= 65 && b <= 90) || (b === 48 && a >= 65 && a <= 90)) return true;
  }
  return false;
}
