/** A delivery precedence word as written on an addressee line. */
export type PrecedenceWord = 'FLASH' | 'NIACT IMMEDIATE' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE';

/** The one-letter prosign that carries a precedence on the wire (FL2 digraph, FL5). */
export type Prosign = 'Z' | 'O' | 'P' | 'R';

/** What a drafter needs to know about one precedence. */
export interface PrecedenceInfo {
  readonly word: PrecedenceWord;
  readonly prosign: Prosign;
  /** Higher is more urgent: FLASH 3, IMMEDIATE 2, PRIORITY 1, ROUTINE 0. */
  readonly rank: number;
  readonly meaning: string;
}

/** Every precedence, most urgent first. */
export const PRECEDENCES: readonly PrecedenceInfo[] = [
  { word: 'FLASH', prosign: 'Z', rank: 3, meaning: 'FLASH: reserved for initial enemy contact or an event of the gravest urgency; handled ahead of all other traffic. Send FLASH addressees a separate transmission.' },
  { word: 'NIACT IMMEDIATE', prosign: 'O', rank: 2, meaning: 'NIACT IMMEDIATE: night action. The action addressee must act at once, day or night; the first paragraph must say why. Goes on the wire as IMMEDIATE (O).' },
  { word: 'IMMEDIATE', prosign: 'O', rank: 2, meaning: 'IMMEDIATE: needs action as soon as possible during working hours.' },
  { word: 'PRIORITY', prosign: 'P', rank: 1, meaning: 'PRIORITY: needs action within the working day.' },
  { word: 'ROUTINE', prosign: 'R', rank: 0, meaning: 'ROUTINE: normal handling. An addressee with no precedence word is taken as ROUTINE.' },
];

const BY_WORD = new Map<string, PrecedenceInfo>(PRECEDENCES.map((p) => [p.word, p]));

/** The precedence named by `word` (upper case), if any. */
export function precedenceByWord(word: string): PrecedenceInfo | undefined {
  return BY_WORD.get(word);
}

/** Meaning and rank of each prosign letter. */
export const PROSIGNS: Readonly<Record<Prosign, { readonly rank: number; readonly word: string }>> = {
  Z: { rank: 3, word: 'FLASH' },
  O: { rank: 2, word: 'IMMEDIATE (also NIACT IMMEDIATE)' },
  P: { rank: 1, word: 'PRIORITY' },
  R: { rank: 0, word: 'ROUTINE' },
};

/** Whether `letter` is one of the four State prosigns. */
export function isProsign(letter: string): letter is Prosign {
  return letter === 'Z' || letter === 'O' || letter === 'P' || letter === 'R';
}

/** The prosign for a precedence rank (3 → Z … 0 → R). */
export function prosignForRank(rank: number): Prosign {
  return rank >= 3 ? 'Z' : rank === 2 ? 'O' : rank === 1 ? 'P' : 'R';
}
