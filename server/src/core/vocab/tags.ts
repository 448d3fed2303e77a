import data from './data/tags.json';

/** The kinds of TAGS: subject, program (K-tags), geographic (FIPS 10-4), organisation, person. */
export type TagKind = 'subject' | 'program' | 'geo' | 'organization' | 'person' | 'unknown';

/** What the product knows about one tag. */
export interface TagInfo {
  readonly tag: string;
  readonly kind: TagKind;
  /** Meaning, empty when no source gives one. */
  readonly meaning: string;
  /** Whether the tag is in the product's tables (the bundled list plus any configured extras). */
  readonly known: boolean;
}

const TABLE = data.tags as unknown as Record<string, [string, string]>;

/** Subject-tag categories by first letter. */
export const SUBJECT_CATEGORIES: Readonly<Record<string, string>> = {
  A: 'Administration',
  B: 'Business',
  C: 'Consular',
  E: 'Economic',
  M: 'Military',
  O: 'Operations',
  P: 'Political',
  S: 'Social',
  T: 'Technology and science',
};

/** O-tags that must be followed by the name of the person concerned (TAG-006). */
export const PERSON_TAGS: readonly string[] = ['OVIP', 'OEXC', 'OREP', 'OTRA', 'OCON'];

/** A set of extra tags an organisation adds through its configuration. */
export type ExtraTags = ReadonlyMap<string, { kind: TagKind; meaning: string }>;

/**
 * The answers for the bundled table, made once per tag: the rules and the TAGS parser look the
 * same few hundred tags up many times per cable (glued words are split piece by piece).
 */
const BUNDLED_INFO = new Map<string, TagInfo>();

/** Looks a tag up in the bundled table, then in `extra`. */
export function lookupTag(tag: string, extra?: ExtraTags): TagInfo | undefined {
  const known = BUNDLED_INFO.get(tag);
  if (known) return known;
  const row = TABLE[tag];
  if (row) {
    const info: TagInfo = { tag, kind: row[0] as TagKind, meaning: row[1], known: true };
    BUNDLED_INFO.set(tag, info);
    return info;
  }
  const added = extra?.get(tag);
  if (added) return { tag, kind: added.kind, meaning: added.meaning, known: true };
  return undefined;
}

/**
 * The kind a tag's shape suggests when it is not in the table: two letters are geographic,
 * K plus three letters a program tag, four letters starting with a subject category letter a
 * subject tag (the same convention the format's sources use).
 */
export function kindByShape(tag: string): TagKind {
  if (/^[A-Z]{2}$/.test(tag)) return 'geo';
  if (/^K[A-Z]{3}$/.test(tag)) return 'program';
  if (/^[ABCEMOPST][A-Z]{3}$/.test(tag)) return 'subject';
  return 'unknown';
}

/** Every tag in the bundled table. */
export function allTags(): readonly string[] {
  return Object.keys(TABLE);
}

const BY_KIND = new Map<TagKind, readonly string[]>();

/** Every tag of one kind in the bundled table (computed once per kind). */
export function tagsOfKind(kind: TagKind): readonly string[] {
  let list = BY_KIND.get(kind);
  if (!list) {
    list = Object.keys(TABLE).filter((t) => TABLE[t][0] === kind);
    BY_KIND.set(kind, list);
  }
  return list;
}

/**
 * ISO 3166 codes that drafters put where the FIPS 10-4 code belongs, with the FIPS code meant
 * (format rule TAG-005). Only codes whose ISO reading is a different country, or no FIPS
 * country at all, are listed.
 */
export const ISO_INSTEAD_OF_FIPS: Readonly<Record<string, { readonly country: string; readonly fips: string }>> = {
  CN: { country: 'China', fips: 'CH' },
  DE: { country: 'Germany', fips: 'GM' },
  AT: { country: 'Austria', fips: 'AU' },
  RU: { country: 'Russia', fips: 'RS' },
  TR: { country: 'Turkey', fips: 'TU' },
  IQ: { country: 'Iraq', fips: 'IZ' },
  IL: { country: 'Israel', fips: 'IS' },
  LB: { country: 'Lebanon', fips: 'LE' },
  ES: { country: 'Spain', fips: 'SP' },
  SE: { country: 'Sweden', fips: 'SW' },
  IE: { country: 'Ireland', fips: 'EI' },
  JP: { country: 'Japan', fips: 'JA' },
  KR: { country: 'South Korea', fips: 'KS' },
  KP: { country: 'North Korea', fips: 'KN' },
  MM: { country: 'Burma', fips: 'BM' },
  CZ: { country: 'Czech Republic', fips: 'EZ' },
  SK: { country: 'Slovakia', fips: 'LO' },
  PH: { country: 'Philippines', fips: 'RP' },
  PT: { country: 'Portugal', fips: 'PO' },
  GB: { country: 'United Kingdom', fips: 'UK' },
  UA: { country: 'Ukraine', fips: 'UP' },
  ZA: { country: 'South Africa', fips: 'SF' },
  VN: { country: 'Vietnam', fips: 'VM' },
  DZ: { country: 'Algeria', fips: 'AG' },
  PY: { country: 'Paraguay', fips: 'PA' },
};

/** Geographic tags whose country name contains `query` (case-insensitive), for completion. */
export function geoTagsByCountry(query: string): string[] {
  const q = query.toLowerCase();
  return Object.keys(TABLE).filter((t) => TABLE[t][0] === 'geo' && TABLE[t][1].toLowerCase().includes(q));
}
