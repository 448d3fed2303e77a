/** The overall classification of a cable. */
export type Level = 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

/**
 * Rank of each level and portion mark for comparison: U < SBU < C < S < TS. SBU is a control,
 * not a level, and is ranked only so a mark can be compared with the banner (UNCLAS holds
 * U and SBU portions). LOU, the pre-1995 control SBU replaced, ranks with SBU.
 */
export const PORTION_RANK: Readonly<Record<string, number>> = { U: 0, SBU: 1, LOU: 1, C: 2, S: 3, TS: 4 };

/** Rank of an overall level on the same scale: UNCLASSIFIED holds up to SBU (1). */
export const LEVEL_RANK: Readonly<Record<Level, number>> = { UNCLASSIFIED: 1, CONFIDENTIAL: 2, SECRET: 3, 'TOP SECRET': 4 };

/** The lowest level that may carry a portion of `rank`. */
export function levelForRank(rank: number): Level {
  return rank >= 4 ? 'TOP SECRET' : rank === 3 ? 'SECRET' : rank === 2 ? 'CONFIDENTIAL' : 'UNCLASSIFIED';
}

/** Whether `level` is a classified one (CONFIDENTIAL and above). */
export function isClassified(level: Level): boolean {
  return level !== 'UNCLASSIFIED';
}

/** The portion-mark letters for a level (`C` for CONFIDENTIAL). */
export const LEVEL_MARK: Readonly<Record<Level, string>> = { UNCLASSIFIED: 'U', CONFIDENTIAL: 'C', SECRET: 'S', 'TOP SECRET': 'TS' };

/** The canonical transmitted form of each level on the classification line. */
export const CANONICAL_CLASSIFICATION: Readonly<Record<Level, string>> = {
  UNCLASSIFIED: 'UNCLAS',
  CONFIDENTIAL: 'C O N F I D E N T I A L',
  SECRET: 'S E C R E T',
  'TOP SECRET': 'T O P S E C R E T',
};

/** The five-letter code of the FL4 security warning for each level. */
export const SECURITY_CODE: Readonly<Record<Level, string>> = { UNCLASSIFIED: 'UUUUU', CONFIDENTIAL: 'CCCCC', SECRET: 'SSSSS', 'TOP SECRET': 'TTTTT' };

/** The whole FL4 line a level calls for. */
export function securityLineFor(level: Level): string {
  return level === 'UNCLASSIFIED' ? 'ZNR UUUUU ZZH' : `ZNY ${SECURITY_CODE[level]} ZZH`;
}

/** What each security-line code means. */
export const SECURITY_CODE_MEANING: Readonly<Record<string, string>> = {
  UUUUU: 'unclassified traffic',
  CCCCC: 'CONFIDENTIAL traffic',
  SSSSS: 'SECRET traffic',
  TTTTT: 'TOP SECRET traffic',
  EEEEE: 'UNCLAS EFTO (encrypted for transmission only)',
};

/** The level a security-line code announces (EEEEE is unclassified). */
export function levelOfSecurityCode(code: string): Level | undefined {
  switch (code) {
    case 'UUUUU':
    case 'EEEEE':
      return 'UNCLASSIFIED';
    case 'CCCCC':
      return 'CONFIDENTIAL';
    case 'SSSSS':
      return 'SECRET';
    case 'TTTTT':
      return 'TOP SECRET';
    default:
      return undefined;
  }
}

/** Meaning of each portion-mark level. */
export const PORTION_MEANING: Readonly<Record<string, string>> = {
  U: 'UNCLASSIFIED',
  SBU: 'SENSITIVE BUT UNCLASSIFIED (an administrative control, sent in UNCLAS cables with the SENSITIVE caption)',
  LOU: 'LIMITED OFFICIAL USE (the control SBU replaced on 1 October 1995)',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
};

/** Meaning of the dissemination controls seen after a portion level. */
export const CONTROL_MEANING: Readonly<Record<string, string>> = {
  NF: 'NOFORN: not releasable to foreign nationals',
  NOFORN: 'NOFORN: not releasable to foreign nationals',
  N: 'NOFORN (in SBU/N: SBU NOFORN)',
  REL: 'REL TO: releasable to the named countries or organisations',
  OC: 'ORCON: dissemination controlled by the originator',
  ORCON: 'ORCON: dissemination controlled by the originator',
  PR: 'PROPIN: caution, proprietary information',
  PROPIN: 'PROPIN: caution, proprietary information',
};

/** Whether a portion's controls carry NOFORN. */
export function hasNoforn(controls: readonly string[], level: string): boolean {
  return controls.some((c) => c === 'NF' || c === 'NOFORN' || (c === 'N' && level === 'SBU'));
}

/** The banner text for a level and the controls in force: `SECRET//NOFORN`, `UNCLASSIFIED//SBU`. */
export function bannerText(level: Level, controls: readonly string[]): string {
  return controls.length > 0 ? `${level}//${controls.join('/')}` : level;
}
