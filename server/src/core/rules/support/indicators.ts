/**
 * Routing indicators against the posts they serve. An RI is a communications station and
 * serves several PLADs, and the routing book's names are often not the PLADs cables use
 * (`RUEHC` is "DEPT OF STATE WASHINGTON DC" in the book and `SECSTATE WASHDC` in cables),
 * so the comparison is by place and says "mismatch" only when every place the RI is known
 * to serve differs from the PLAD's place.
 */
import { allIndicators, lookupIndicator, namesOf, placeOf, type ExtraIndicators, type IndicatorInfo } from '../../vocab/routingIndicators';

/** Result of comparing an indicator with a PLAD. */
export type IndicatorFit =
  | { readonly kind: 'fits' }
  /** Nothing to compare: unknown RI, or the PLAD or the RI's names name no place. */
  | { readonly kind: 'unknown' }
  /** Every place the RI serves is elsewhere; `names` lists what it serves. */
  | { readonly kind: 'mismatch'; readonly names: readonly string[] };

/**
 * A name as the table holds it, cut to the PLAD itself: seen names sometimes carry the rest
 * of their header line (a precedence, a serial, text after a tab or a backslash).
 */
export function cleanName(name: string): string {
  const cut = name.split(/[\t\\]/)[0];
  return cut
    .replace(/\s+\d{1,6}(?:-\d{1,6})?\s*$/, '')
    .replace(/\s+(?:NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)\s*$/, '')
    .trim();
}

/** The place words of a name, without military office symbols (`//J-3//`) or country suffixes. */
function placeWords(name: string): Set<string> {
  const withoutOffice = cleanName(name).split('//')[0];
  return new Set(placeOf(withoutOffice).split(' ').filter((w) => w.length > 1));
}

/**
 * Whether the PLAD is a State post whose place the RI's names contradict. Only State post
 * PLADs (AMEMBASSY, AMCONSUL, USMISSION …) are judged, where the place is plain; military and
 * agency addressees share relay indicators too freely for a place comparison to mean much.
 */
export function indicatorFit(indicator: string, plad: string, extra?: ExtraIndicators): IndicatorFit {
  // Every State post's PLAD opens with A or U (STATE_POST): any other, more than half the
  // addressees, is settled before the tables are looked up.
  const first = plad.charCodeAt(0);
  if (first !== 65 /* A */ && first !== 85 /* U */) return UNKNOWN_FIT;
  // Configured extra indicators change with settings: their pairs are judged afresh.
  if (extra !== undefined && extra.size > 0) return computeFit(indicator, plad, extra);
  let byPlad = FITS.get(indicator);
  if (!byPlad) {
    byPlad = new Map();
    FITS.set(indicator, byPlad);
  }
  let fit = byPlad.get(plad);
  if (!fit) {
    fit = computeFit(indicator, plad, extra);
    if (++fitCount > MAX_FITS) {
      FITS.clear();
      fitCount = 1;
      FITS.set(indicator, byPlad = new Map());
    }
    byPlad.set(plad, fit);
  }
  return fit;
}

/**
 * The fit of each pair of a bundled indicator and a PLAD, judged once: cables address the same
 * few hundred posts through the same relays, and judging a pair splits and compares names.
 * Bounded, so a long session cannot grow it without end. Two levels rather than a
 * BoundedCache keyed by the pair: joining the two into one key string for every addressee made
 * the whole lint about a tenth slower.
 */
const FITS = new Map<string, Map<string, IndicatorFit>>();
const MAX_FITS = 20000;
let fitCount = 0;

/** The PLADs of State posts, the only ones judged. */
const STATE_POST = /^(?:AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION|USLO|USOFFICE|AIT|USINT|USEU|USNATO)\b/;

const UNKNOWN_FIT: IndicatorFit = { kind: 'unknown' };

function computeFit(indicator: string, plad: string, extra: ExtraIndicators | undefined): IndicatorFit {
  const info = lookupIndicator(indicator, extra);
  if (!info) return { kind: 'unknown' };
  if (!STATE_POST.test(plad)) return { kind: 'unknown' };
  const pladPlace = placeWords(plad);
  if (pladPlace.size === 0) return { kind: 'unknown' };
  const { names, places } = extra === undefined || lookupIndicator(indicator) !== undefined ? tablePlaces(info) : namedPlaces(info);
  let comparable = 0;
  for (const place of places) {
    if (place.size === 0) continue;
    comparable++;
    for (const word of place) if (pladPlace.has(word)) return { kind: 'fits' };
  }
  if (comparable === 0) return { kind: 'unknown' };
  return { kind: 'mismatch', names: [...new Set(names)] };
}

/** An indicator's names, cleaned (empty ones left out), and the place words of each. */
interface NamedPlaces {
  readonly names: readonly string[];
  readonly places: readonly ReadonlySet<string>[];
}

function namedPlaces(info: IndicatorInfo): NamedPlaces {
  const names = namesOf(info).map(cleanName).filter((n) => n.length > 0);
  return { names, places: names.map(placeWords) };
}

/**
 * The names and places of an indicator of the bundled table, read once per indicator: the
 * table never changes, and a header's addressees share a few relay indicators, each with
 * dozens of names. (Configured extra indicators are read afresh: they change with settings.)
 */
const TABLE_PLACES = new Map<string, NamedPlaces>();

function tablePlaces(info: IndicatorInfo): NamedPlaces {
  let known = TABLE_PLACES.get(info.indicator);
  if (!known) {
    known = namedPlaces(info);
    TABLE_PLACES.set(info.indicator, known);
  }
  return known;
}

let byName: Map<string, string[]> | null = null;

/** The indicators whose book or seen names include `plad` exactly (after cleaning). */
export function indicatorsNaming(plad: string): readonly string[] {
  if (!byName) {
    byName = new Map();
    for (const indicator of allIndicators()) {
      const info = lookupIndicator(indicator);
      if (!info) continue;
      for (const name of new Set(namesOf(info).map(cleanName))) {
        const list = byName.get(name) ?? [];
        list.push(indicator);
        byName.set(name, list);
      }
    }
  }
  return byName.get(cleanName(plad)) ?? [];
}
