import data from './data/routing-indicators.json';

/** What the routing table says about one routing indicator. */
export interface IndicatorInfo {
  readonly indicator: string;
  /** Names in the ACP 117 routing book (2010). */
  readonly bookNames: readonly string[];
  /** Addressee names seen with this indicator in cable headers. */
  readonly seenNames: readonly string[];
}

const TABLE = data.indicators as unknown as Record<string, [string[], string[]]>;

/** Extra indicators an organisation adds through its configuration: indicator → names. */
export type ExtraIndicators = ReadonlyMap<string, readonly string[]>;

/** The answers for the bundled table, made once per indicator (headers repeat the same relays). */
const BUNDLED_INFO = new Map<string, IndicatorInfo>();

/** The table's entry for `indicator`, or the configured extra entry, if any. */
export function lookupIndicator(indicator: string, extra?: ExtraIndicators): IndicatorInfo | undefined {
  const known = BUNDLED_INFO.get(indicator);
  if (known) return known;
  const row = TABLE[indicator];
  if (row) {
    const info: IndicatorInfo = { indicator, bookNames: row[0], seenNames: row[1] };
    BUNDLED_INFO.set(indicator, info);
    return info;
  }
  const names = extra?.get(indicator);
  if (names) return { indicator, bookNames: names, seenNames: [] };
  return undefined;
}

/** Every indicator in the bundled table. */
export function allIndicators(): readonly string[] {
  return Object.keys(TABLE);
}

/** The names an indicator serves, book names first, without repeats. */
export function namesOf(info: IndicatorInfo): string[] {
  return [...new Set([...info.bookNames, ...info.seenNames])];
}

/** Words that describe a kind of post rather than a place, skipped when comparing cities. */
const POST_WORDS = new Set([
  'AMEMBASSY', 'AMCONSUL', 'USMISSION', 'USMISSIN', 'AMCONGEN', 'USLO', 'USOFFICE', 'AIT', 'US', 'USEU', 'USNATO',
  'EMBASSY', 'CONSULATE', 'MISSION', 'AMERICAN', 'THE', 'OF', 'DEPT', 'STATE', 'DC', 'NY', 'USUN', 'USOSCE', 'UNVIE',
  'SECSTATE', 'WASHDC', 'WASHINGTON', 'COMMCEN', 'MIL', 'DEPT', 'US', 'USINT', 'USDEL', 'GE', 'FR',
]);

/** The place words of a PLAD (`AMEMBASSY SAN JOSE` → `SAN JOSE`), for comparing posts. */
export function placeOf(plad: string): string {
  return plad
    .toUpperCase()
    .split(/\s+/)
    .filter((w) => w.length > 0 && !POST_WORDS.has(w))
    .join(' ');
}
