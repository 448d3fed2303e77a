/** How a caption restricts or routes a cable. */
export type CaptionKind = 'distribution' | 'handling' | 'channel' | 'restrictive' | 'control';

/** A caption the format knows. */
export interface CaptionInfo {
  readonly name: string;
  readonly kind: CaptionKind;
  readonly meaning: string;
}

/** Captions and handling lines accepted between the classification line and the E.O. line. */
export const CAPTIONS: readonly CaptionInfo[] = [
  { name: 'SIPDIS', kind: 'distribution', meaning: 'SIPDIS: distribute on SIPRNET to other agencies (from 2005). May not be combined with NODIS or EXDIS.' },
  { name: 'NOFORN', kind: 'control', meaning: 'NOFORN: not releasable to foreign nationals. Required when any portion is marked NF.' },
  { name: 'NOT RELEASABLE TO FOREIGN NATIONALS', kind: 'control', meaning: 'The spelled-out form of NOFORN.' },
  { name: 'SENSITIVE', kind: 'distribution', meaning: 'SENSITIVE: the text is Sensitive But Unclassified (SBU). Goes after any other caption.' },
  { name: 'NODIS', kind: 'restrictive', meaning: 'NODIS: no distribution beyond the addressees without the originator\'s approval; the most restrictive caption.' },
  { name: 'EXDIS', kind: 'restrictive', meaning: 'EXDIS: exclusive distribution to officers with an essential need to know.' },
  { name: 'LIMDIS', kind: 'restrictive', meaning: 'LIMDIS: limited distribution.' },
  { name: 'STADIS', kind: 'restrictive', meaning: 'STADIS: State distribution only; may be combined with EXDIS or NODIS, after them.' },
  { name: 'ROGER CHANNEL', kind: 'channel', meaning: 'ROGER channel (meaning not confirmed by a readable source).' },
  { name: 'CHEROKEE', kind: 'channel', meaning: 'CHEROKEE: a NODIS channel for the Secretary (meaning not confirmed by a readable source).' },
  { name: 'DIRGEN', kind: 'channel', meaning: 'DIRGEN channel: for the Director General; no other captions may be added.' },
  { name: 'DIRGEN CHANNEL', kind: 'channel', meaning: 'DIRGEN channel: for the Director General; no other captions may be added.' },
  { name: 'AGREMENT CHANNEL', kind: 'channel', meaning: 'AGRÉMENT channel: agrément requests; must be classified or controlled, no other captions.' },
  { name: 'AGRÉMENT CHANNEL', kind: 'channel', meaning: 'AGRÉMENT channel: agrément requests; must be classified or controlled, no other captions.' },
  { name: 'MED CHANNEL', kind: 'channel', meaning: 'MED channel: medical information for the Office of Medical Services.' },
  { name: 'TM CHANNEL', kind: 'channel', meaning: 'TM channel: travel and personnel messages.' },
  { name: 'CODEL', kind: 'handling', meaning: 'CODEL: concerns a congressional delegation.' },
  { name: 'INFORM CONSULS', kind: 'handling', meaning: 'INFORM CONSULS: the receiving embassy passes the text to its consulates.' },
  { name: 'INFORM ALL STATE EMPLOYEES', kind: 'handling', meaning: 'INFORM ALL STATE EMPLOYEES.' },
  { name: 'OFFICIAL INFORMAL', kind: 'handling', meaning: 'OFFICIAL INFORMAL: an informal letter between officers; SUBJECT must say so too.' },
  { name: 'SPECAT', kind: 'handling', meaning: 'SPECAT: special category traffic.' },
  { name: 'SPECAT EXCLUSIVE', kind: 'handling', meaning: 'SPECAT EXCLUSIVE: special category, exclusive handling.' },
  { name: 'EXCLUSIVE', kind: 'handling', meaning: 'EXCLUSIVE: for the named recipient only.' },
  { name: 'SBU', kind: 'distribution', meaning: 'SBU: Sensitive But Unclassified.' },
  { name: 'DS CHANNEL', kind: 'channel', meaning: 'DS channel: Diplomatic Security.' },
];

const BY_NAME = new Map<string, CaptionInfo>(CAPTIONS.map((c) => [c.name, c]));

/** The caption called `name` (upper case, single-spaced), if known. */
export function captionByName(name: string): CaptionInfo | undefined {
  return BY_NAME.get(name);
}

/** Single-word captions, for did-you-mean on caption typos such as SIPIDS. */
export const SINGLE_WORD_CAPTIONS: readonly string[] = CAPTIONS.map((c) => c.name).filter((n) => !n.includes(' '));

/** Restrictive captions, most restrictive first (CAP-004). */
export const RESTRICTIVE_ORDER: readonly string[] = ['NODIS', 'EXDIS', 'LIMDIS', 'STADIS'];
