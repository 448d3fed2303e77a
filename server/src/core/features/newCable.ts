/**
 * The "New Cable…" wizard's logic, without the UI: from the drafter's answers (kind,
 * classification, originator, addressees, TAGS) and the current UTC time, a complete cable
 * whose header agrees with itself: the DTG and the DE line's Julian filing time name the same
 * minute, the station serial is the last four digits of the cable number, the security line,
 * captions, E.O. line (DECL = DTG + 10 years), Classified By line and portion marks follow
 * the classification. The body is the kind's skeleton with tab stops for what the drafter
 * writes, the SUBJECT first.
 */
import { countryCodesOfPost } from '../rules/support/postCountries';
import type { Level } from '../syntax/nodes';
import type { Span } from '../text/span';
import { CANONICAL_CLASSIFICATION, LEVEL_MARK, securityLineFor } from '../vocab/classification';
import { addYears, dayOfYear, MONTHS, nextDay, pad2, type CalendarDate, type DateTime } from '../vocab/dates';
import { ordersInForce } from '../vocab/executiveOrders';
import { precedenceByWord, type PrecedenceWord } from '../vocab/precedence';
import { allIndicators, lookupIndicator } from '../vocab/routingIndicators';
import { secretariesOn } from '../vocab/secretaries';
import { isStation } from '../vocab/stations';
import { kindByShape, lookupTag } from '../vocab/tags';
import { SnippetTemplate } from './snippetTemplate';

/** The kinds of cable the wizard drafts. */
export type CableKind = 'demarche' | 'reporting' | 'actionRequest' | 'information';

/** The kinds, as the wizard offers them. */
export const CABLE_KINDS: ReadonlyArray<{ readonly kind: CableKind; readonly label: string; readonly description: string }> = [
  { kind: 'demarche', label: 'Demarche', description: 'Action request from the Department: objectives, reporting deadline, the text to deliver' },
  { kind: 'reporting', label: 'Reporting cable', description: 'From a post: summary, report, comment' },
  { kind: 'actionRequest', label: 'Action request', description: 'Asks the addressees to act, with background and a deadline' },
  { kind: 'information', label: 'Information cable', description: 'For information only; no action requested' },
];

/** A classification with its cable-level controls. */
export interface ClassificationChoice {
  readonly label: string;
  readonly level: Level;
  /** UNCLAS with the SENSITIVE caption and (SBU) portions. */
  readonly sbu: boolean;
  /** NOFORN caption and NF on the main portions. */
  readonly noforn: boolean;
}

/** The classifications the wizard offers, lowest first. */
export const CLASSIFICATION_CHOICES: readonly ClassificationChoice[] = [
  { label: 'UNCLASSIFIED', level: 'UNCLASSIFIED', sbu: false, noforn: false },
  { label: 'UNCLASSIFIED//SBU', level: 'UNCLASSIFIED', sbu: true, noforn: false },
  { label: 'CONFIDENTIAL', level: 'CONFIDENTIAL', sbu: false, noforn: false },
  { label: 'CONFIDENTIAL//NOFORN', level: 'CONFIDENTIAL', sbu: false, noforn: true },
  { label: 'SECRET', level: 'SECRET', sbu: false, noforn: false },
  { label: 'SECRET//NOFORN', level: 'SECRET', sbu: false, noforn: true },
  { label: 'TOP SECRET', level: 'TOP SECRET', sbu: false, noforn: false },
  { label: 'TOP SECRET//NOFORN', level: 'TOP SECRET', sbu: false, noforn: true },
];

/** The classification choice with this label (`SECRET//NOFORN`), if any. */
export function classificationChoice(label: string): ClassificationChoice | undefined {
  return CLASSIFICATION_CHOICES.find((c) => c.label === label.toUpperCase().replace(/\s+/g, ' ').trim());
}

/** A station in the routing table: its routing indicator and the PLAD cables use for it. */
export interface Station {
  readonly indicator: string;
  readonly plad: string;
  /** The origin written on its cables' classification line (`STATE`, `ANKARA`, `USUN NEW YORK`), or null for collectives and stations that do not originate cables. */
  readonly origin: string | null;
  /** The FIPS country code of a post's country, when it has one. */
  readonly country: string | null;
}

/** The Department, the usual originator of demarches and action requests. */
export const DEPARTMENT: Station = { indicator: 'RUEHC', plad: 'SECSTATE WASHDC', origin: 'STATE', country: null };

const PLAD_FORM = /^(?:AMEMBASSY|AMCONSUL|USMISSION|USEU|USNATO|AIT|USOFFICE|USLO|USINT) [A-Z][A-Z .'-]{1,40}$|^[A-Z][A-Z .'-]{2,50} COLLECTIVE$/;
const TRAILING_NOISE = /(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH)$/;

/** The origin a PLAD writes on its classification line, when it names a known station. */
export function originOf(plad: string): string | null {
  if (plad === DEPARTMENT.plad) return 'STATE';
  const words = plad.split(' ');
  for (const candidate of [words.join(' '), words.slice(1).join(' ')]) {
    if (candidate && isStation(candidate.replace(/ /g, ''))) return candidate;
  }
  return null;
}

let directory: Station[] | undefined;

/**
 * The stations of the routing table that the wizard offers, the Department first, then the
 * posts and collectives by PLAD. A station's PLAD is the first well-formed name seen in cable
 * headers, else the routing book's (which has typos such as `USMISSIN`).
 */
export function stationDirectory(): readonly Station[] {
  if (directory) return directory;
  const byPlad = new Map<string, Station>();
  for (const indicator of allIndicators()) {
    if (indicator === DEPARTMENT.indicator) continue;
    const info = lookupIndicator(indicator);
    if (!info) continue;
    const plad = [...info.seenNames, ...info.bookNames].map((n) => n.trim()).find((n) => PLAD_FORM.test(n) && !TRAILING_NOISE.test(n));
    if (!plad || byPlad.has(plad)) continue;
    const origin = originOf(plad);
    const country = origin ? (countryCodesOfPost(origin)?.[0] ?? null) : null;
    byPlad.set(plad, { indicator, plad, origin, country });
  }
  directory = [DEPARTMENT, ...[...byPlad.values()].sort((a, b) => (a.plad < b.plad ? -1 : a.plad > b.plad ? 1 : 0))];
  return directory;
}

/** An addressee line's station and precedence. */
export interface Addressee {
  readonly indicator: string;
  readonly plad: string;
  readonly precedence: PrecedenceWord;
}

/** What the drafter answered. */
export interface NewCableAnswers {
  readonly kind: CableKind;
  readonly classification: ClassificationChoice;
  readonly originator: Station;
  readonly to: readonly Addressee[];
  readonly info: readonly Addressee[];
  readonly tags: readonly string[];
  /** The subject, when the drafter gave one; otherwise a placeholder to overwrite. */
  readonly subject?: string;
  /** The cable's serial number (1–999999); by default one derived from the time. */
  readonly serial?: number;
}

/** The drafted cable. */
export interface NewCable {
  /** The cable with every placeholder at its default. */
  readonly text: string;
  /** The same cable as a snippet, with a tab stop on each thing to write. */
  readonly snippet: string;
  /** The first thing to write (the SUBJECT's text): where the cursor goes. */
  readonly cursor: Span;
}

/** The precedence the kind gives its action addressees, and the one for info addressees. */
export function defaultPrecedences(kind: CableKind): { to: PrecedenceWord; info: PrecedenceWord } {
  switch (kind) {
    case 'demarche':
      return { to: 'IMMEDIATE', info: 'PRIORITY' };
    case 'actionRequest':
    case 'reporting':
      return { to: 'PRIORITY', info: 'ROUTINE' };
    default:
      return { to: 'ROUTINE', info: 'ROUTINE' };
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `271430Z NOV 26`. */
export function formatDtg(at: DateTime): string {
  return `${pad2(at.day)}${pad2(at.hour)}${pad2(at.minute)}Z ${MONTHS[at.month - 1]} ${pad2(at.year % 100)}`;
}

/** The DE line's filing time `JJJHHMM` for a moment. */
export function filingTime(at: DateTime): string {
  return `${String(dayOfYear(at)).padStart(3, '0')}${pad2(at.hour)}${pad2(at.minute)}`;
}

/** `MM/DD/YYYY`. */
function usDate(date: CalendarDate): string {
  return `${pad2(date.month)}/${pad2(date.day)}/${date.year}`;
}

/** `December 4, 2026`. */
function proseDate(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`;
}

function daysLater(date: CalendarDate, days: number): CalendarDate {
  let d: CalendarDate = { year: date.year, month: date.month, day: date.day };
  for (let i = 0; i < days; i++) d = nextDay(d);
  return d;
}

/** The default serial: unique enough within a year for a draft (day of the year, hour). */
function defaultSerial(at: DateTime): number {
  return dayOfYear(at) * 100 + at.hour;
}

/** The highest precedence among `addressees` (ROUTINE for none). */
function highest(addressees: readonly Addressee[]): { word: PrecedenceWord; prosign: string; rank: number } {
  let best = precedenceByWord('ROUTINE')!;
  for (const a of addressees) {
    const p = precedenceByWord(a.precedence);
    if (p && p.rank > best.rank) best = p;
  }
  return { word: best.word, prosign: best.prosign, rank: best.rank };
}

/** FL2 and its continuation lines: the digraph, then the addressees' routing indicators, at most 69 characters a line. */
function routingLines(digraph: string, indicators: readonly string[]): string[] {
  const lines: string[] = [];
  let line = digraph;
  for (const ri of indicators) {
    if (line.length + 1 + ri.length > 69) {
      lines.push(line);
      line = ri;
    } else {
      line = line === '' ? ri : `${line} ${ri}`;
    }
  }
  lines.push(line);
  return lines;
}

/** The TAGS the cable carries: the chosen ones, upper case, once each, with a subject tag first when none was chosen. */
export function cableTags(chosen: readonly string[]): string[] {
  const tags = [...new Set(chosen.map((t) => t.trim().toUpperCase()).filter((t) => t.length > 0))];
  const isSubject = (t: string) => (lookupTag(t)?.kind ?? kindByShape(t)) === 'subject';
  if (!tags.some(isSubject)) tags.unshift('PREL');
  return tags;
}

/** Drafts a new cable from the answers, dated `now` (UTC). */
export function newCable(answers: NewCableAnswers, now: DateTime): NewCable {
  const { classification, originator, kind } = answers;
  const level = classification.level;
  const classified = level !== 'UNCLASSIFIED';
  const at: DateTime = { year: now.year, month: now.month, day: now.day, hour: now.hour, minute: now.minute };
  const serial = Math.max(1, Math.min(999_999, Math.floor(answers.serial ?? defaultSerial(at))));
  const serialText = String(serial).padStart(6, '0');
  const ssn = serialText.slice(-4);
  const br = '\n';

  const to = highest(answers.to);
  const info = highest(answers.info);
  const prosigns = answers.info.length > 0 && info.rank < to.rank ? `${to.prosign} ${info.prosign}` : to.prosign;
  const digraph = `${to.rank >= info.rank ? to.prosign : info.prosign}`.repeat(2);
  const indicators = [...new Set([...answers.to, ...answers.info].map((a) => a.indicator))];
  const addresseeLine = (a: Addressee) => `${a.indicator}/${a.plad} ${a.precedence}`;

  const header = [
    `VZCZCCWR${ssn}`,
    ...routingLines(digraph, indicators),
    `DE ${originator.indicator} #${ssn} ${filingTime(at)}`,
    securityLineFor(level),
    `${prosigns} ${formatDtg(at)}`,
    `FM ${originator.plad}`,
    ...answers.to.map((a, i) => `${i === 0 ? 'TO ' : ''}${addresseeLine(a)}`),
    ...answers.info.map((a, i) => `${i === 0 ? 'INFO ' : ''}${addresseeLine(a)}`),
  ];

  const captions = [...(classification.noforn ? ['NOFORN'] : []), 'SIPDIS', ...(classification.sbu ? ['SENSITIVE'] : [])];
  const orders = ordersInForce(at);
  const order = orders[orders.length - 1]?.number ?? '13526';
  const eo = classified ? `E.O. ${order}: DECL: ${usDate(addYears(at, 10))}` : `E.O. ${order}: N/A`;
  const mainMark = classified ? `${LEVEL_MARK[level]}${classification.noforn ? '//NF' : ''}` : classification.sbu ? 'SBU' : 'U';
  const main = `(${mainMark})`;
  const plain = '(U)';
  const signature = originator.indicator === DEPARTMENT.indicator ? (secretariesOn(at)[0]?.surname ?? 'SURNAME') : 'SURNAME';
  const origin = originator.origin ?? 'STATE';

  const t = new SnippetTemplate();
  t.text([...header, '', `${CANONICAL_CLASSIFICATION[level]} ${origin} ${serialText}`, '', ...captions, '', eo, `TAGS: ${cableTags(answers.tags).join(' ')}`, 'SUBJECT: '].join(br));
  t.stop(answers.subject?.trim().toUpperCase() || SUBJECT_PLACEHOLDER[kind]);
  t.text(br + br);
  if (classified) {
    t.text('Classified By: ');
    t.stop(originator.indicator === DEPARTMENT.indicator ? 'NAME, TITLE, OFFICE' : 'Ambassador NAME');
    t.text(`, for reasons 1.4 (b) and (d).${br}${br}`);
  }
  BODIES[kind](t, { main, plain, br, deadline: proseDate(daysLater(at, 7)) });
  t.text(br);
  t.stop(signature);
  t.text(br);
  const rendered = t.render();
  return { text: rendered.text, snippet: rendered.snippet, cursor: rendered.stops.get(1)! };
}

const SUBJECT_PLACEHOLDER: Readonly<Record<CableKind, string>> = {
  demarche: 'DEMARCHE REQUEST: TOPIC',
  reporting: 'COUNTRY: WHAT HAPPENED',
  actionRequest: 'ACTION REQUEST: TOPIC',
  information: 'TOPIC',
};

interface BodyContext {
  /** The mark of the paragraphs that carry the cable's level. */
  readonly main: string;
  /** The mark of unclassified paragraphs. */
  readonly plain: string;
  readonly br: string;
  /** A reporting deadline a week from the DTG, in prose. */
  readonly deadline: string;
}

const BODIES: Readonly<Record<CableKind, (t: SnippetTemplate, c: BodyContext) => void>> = {
  demarche(t, { main, plain, br, deadline }) {
    t.text(`1. ${plain} This is an action request; see para 3 for the objectives and${br}para 6 for the text to deliver. Washington asks action addressees to${br}deliver the text in para 6 to host government officials at the${br}appropriate level.${br}${br}`);
    t.text(`2. ${main} Background: `).stop('Why the Department asks for this demarche.').text(` End background.${br}${br}`);
    t.text(`OBJECTIVES${br}${br}3. ${main} Objectives: Posts should seek to:${br}${br}-- `).stop('first objective').text(`;${br}${br}-- `).stop('second objective').text(`.${br}${br}`);
    t.text(`4. ${plain} Reporting deadline: Please report results by front channel${br}cable no later than `).stop(deadline).text(`.${br}${br}`);
    t.text(`BACKGROUND FOR POSTS${br}${br}5. ${main} `).stop('What posts should know; not for delivery.').text(br + br);
    t.text(`TEXT TO DELIVER${br}${br}6. ${plain} Begin text.${br}${br}`).stop('The points to deliver to the host government.').text(`${br}${br}End text.${br}${br}`);
    t.text(`POINT OF CONTACT${br}${br}7. ${plain} `).stop('NAME, OFFICE').text(`, is the point of contact for this request.${br}Washington appreciates posts' assistance.`);
  },
  reporting(t, { main, plain, br }) {
    t.text(`1. ${main} Summary: `).stop('The report in three sentences.').text(` End summary.${br}${br}`);
    t.text(`2. ${main} `).stop('What happened, and who said what.').text(br + br);
    t.text(`3. ${plain} `).stop('Further detail.').text(br + br);
    t.text(`4. ${main} Comment: `).stop('What it means for U.S. interests.').text(' End comment.');
  },
  actionRequest(t, { main, plain, br, deadline }) {
    t.text(`1. ${plain} This is an action request; see para 3.${br}${br}`);
    t.text(`2. ${main} Background: `).stop('Why the action is needed.').text(` End background.${br}${br}`);
    t.text(`3. ${main} Action requested: `).stop('What the addressees should do.').text(br + br);
    t.text(`4. ${plain} Reporting deadline: Please reply by front channel cable no${br}later than `).stop(deadline).text('.');
  },
  information(t, { main, plain, br }) {
    t.text(`1. ${plain} This cable is for information only; no action is requested.${br}${br}`);
    t.text(`2. ${main} `).stop('The information.').text(br + br);
    t.text(`3. ${plain} `).stop('Where to ask for more.');
  },
};
