/**
 * Hover: what the thing under the cursor means, decoded and checked against the rest of the
 * cable. Routing indicators name the station and what it serves; precedences and prosigns
 * their meaning; the DTG its weekday and UTC time; the DE line its Julian filing time and
 * how it agrees with the DTG; the security and classification lines, captions and portion
 * marks their level and controls; a corrected-copy notice what it corrects; a receiving
 * station's distribution log what it is; the E.O. line its order and declassification date;
 * TAGS their kind and meaning; REF and `para` citations the text they point at.
 */
import type { LintVocabulary } from '../rules/rule';
import { foldWhitespace } from '../syntax/lines';
import type { CableDocument, ClassificationLineNode, DeLineNode, DtgNode, EoLineNode, PortionMarkNode, ReferenceNode } from '../syntax/nodes';
import type { Span } from '../text/span';
import { closestMatches } from '../text/similarity';
import { captionByName } from '../vocab/captions';
import {
  CANONICAL_CLASSIFICATION,
  CONTROL_MEANING,
  LEVEL_RANK,
  levelOfSecurityCode,
  PORTION_MEANING,
  PORTION_RANK,
  SECURITY_CODE_MEANING,
  securityLineFor,
} from '../vocab/classification';
import { dateFromDayOfYear, isoDateTime, longDate, minuteNumber, pad2, type CalendarDate, type DateTime } from '../vocab/dates';
import { executiveOrder, ordersInForce } from '../vocab/executiveOrders';
import { isProsign, PRECEDENCES, precedenceByWord, PROSIGNS } from '../vocab/precedence';
import { lookupIndicator } from '../vocab/routingIndicators';
import { ISO_INSTEAD_OF_FIPS, kindByShape, lookupTag, PERSON_TAGS, SUBJECT_CATEGORIES, type TagKind } from '../vocab/tags';
import { citationCount, citationIndex, onlyReference } from './citations';
import { escapeMarkdown, paragraphFirstLine } from './find';
import { itemAt, type CableItem } from './itemAt';

/** A hover: Markdown to show and the span it explains. */
export interface CableHover {
  readonly span: Span;
  readonly markdown: string;
}

/** The organisation's extra TAGS and routing indicators, when configured. */
export type HoverVocabulary = Partial<LintVocabulary>;

/** The hover at `offset`, or null when there is nothing to explain there. */
export function hoverAt(doc: CableDocument, offset: number, vocabulary: HoverVocabulary = {}): CableHover | null {
  const item = itemAt(doc, offset);
  if (!item) return null;
  const markdown = describe(doc, item, vocabulary);
  return markdown ? { span: item.span, markdown } : null;
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const paragraphs = (...parts: Array<string | null | undefined | false>) => parts.filter((p): p is string => !!p).join('\n\n');

function describe(doc: CableDocument, item: CableItem, vocabulary: HoverVocabulary): string | null {
  switch (item.kind) {
    case 'routingIndicator':
      return routingIndicator(item.token.text, vocabulary);
    case 'digraph':
      return digraph(item.token.text);
    case 'prosign':
      return prosign(item.token.text, item.position, item.count);
    case 'precedence':
      return precedence(item.token.text);
    case 'dtg':
      return dtg(doc, item.node);
    case 'deLine':
      return deLine(doc, item.node);
    case 'securityLine':
      return securityLine(doc, item.node.code?.text ?? null, item.node.prefix.text, item.node.specat?.text ?? null, item.node.operatingSignal?.text ?? null);
    case 'classificationLine':
      return classificationLine(doc, item.node);
    case 'caption':
      return caption(item.node.name, item.node.passing);
    case 'sbuBanner':
      return paragraphs(
        '**Handling banner**',
        'The text is Sensitive But Unclassified (SBU): an administrative control on an UNCLAS cable, not a classification.',
        item.node.noforn && 'NOFORN: not releasable to foreign nationals.',
      );
    case 'correctedCopy':
      return paragraphs(
        '**Corrected copy**',
        'The cable was sent again with a correction; this copy replaces the one sent before.',
        item.node.note && `Corrected: ${escapeMarkdown(foldWhitespace(item.node.note.text))}.`,
      );
    case 'distributionLog':
      return paragraphs(
        '**Distribution log**',
        'Printed by the station that received this copy: the offices it was distributed to (with the drafting lines, on a Department copy). It is not part of the cable as drafted, and no rule checks it.',
      );
    case 'portionMark':
      return portionMark(doc, item.node);
    case 'eoLine':
      return eoLine(doc, item.node);
    case 'tag':
      return tag(item.node.text, vocabulary);
    case 'refCitation':
      return refCitation(doc, item.node.letters.length === 0, item.letter?.text ?? null, item.node.letters.map((l) => l.text));
    case 'reference':
      return reference(doc, item.node);
    case 'paraCitation':
      return paragraphCited(doc, Number(item.number.text));
    case 'paragraphNumber': {
      const uses = citationIndex(doc).paraUses.get(item.node.value)?.length ?? 0;
      return paragraphs(`**Paragraph ${item.node.value}**`, uses === 0 ? 'Not cited elsewhere in the body.' : `Cited ${uses === 1 ? 'once' : `${uses} times`} in the body (${code(`para ${item.node.value}`)}).`);
    }
  }
}

function routingIndicator(indicator: string, vocabulary: HoverVocabulary): string {
  const info = lookupIndicator(indicator, vocabulary.extraIndicators);
  if (!info) {
    return paragraphs(`**${indicator}**: routing indicator`, 'Not in the routing table (ACP 117, 2010, and indicators seen in cable headers) nor in a configured routing-indicator file. Check the spelling.');
  }
  const station = info.bookNames[0] ?? info.seenNames[0];
  const lines = [`**${indicator}**: routing indicator${station ? ` of ${escapeMarkdown(station)}` : ''}`];
  if (info.bookNames.length > 0) lines.push(`Routing book (ACP 117): ${info.bookNames.map(escapeMarkdown).join('; ')}`);
  if (info.seenNames.length > 0) lines.push(`Serves in cable headers: ${info.seenNames.map(escapeMarkdown).join('; ')}`);
  return paragraphs(...lines);
}

function precedenceOfProsign(letter: string) {
  if (!isProsign(letter)) return undefined;
  return precedenceByWord(PROSIGNS[letter].word.split(' (')[0]);
}

function digraph(text: string): string {
  const letter = text[0];
  const info = precedenceOfProsign(letter);
  if (!info || text.length !== 2 || text[1] !== letter) {
    return paragraphs(`**${text}**: precedence digraph`, 'Expected a prosign letter written twice: ZZ (FLASH), OO (IMMEDIATE), PP (PRIORITY) or RR (ROUTINE).');
  }
  return paragraphs(`**${text}**: precedence digraph, ${info.word}`, 'The highest precedence of any addressee, TO or INFO.', info.meaning);
}

function prosign(letter: string, position: number, count: number): string {
  const info = precedenceOfProsign(letter);
  const role =
    count === 2 ? (position === 0 ? 'the precedence of the action (TO) addressees' : 'the precedence of the INFO addressees') : 'the highest precedence among the action (TO) addressees';
  if (!info) return paragraphs(`**${letter}**: precedence prosign`, `Not a State prosign: expected Z (FLASH), O (IMMEDIATE), P (PRIORITY) or R (ROUTINE), giving ${role}.`);
  return paragraphs(`**${letter}**: precedence prosign, ${PROSIGNS[letter as 'Z'].word}`, `Gives ${role}.`, info.meaning);
}

function precedence(word: string): string {
  const info = precedenceByWord(word);
  if (info) return paragraphs(`**${word}**: precedence`, info.meaning, `Prosign on the wire: ${code(info.prosign)}.`);
  const near = closestMatches(word, PRECEDENCES.map((p) => p.word), 2);
  return paragraphs(`**${escapeMarkdown(word)}**`, `Not a precedence word${near.length > 0 ? `; did you mean ${near.map(code).join(' or ')}?` : '.'} The precedences are FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY and ROUTINE.`);
}

function dateTimeText(value: DateTime): string {
  return `${longDate(value)}, ${pad2(value.hour)}:${pad2(value.minute)} UTC`;
}

function dtg(doc: CableDocument, node: DtgNode): string {
  const written = doc.text.slice(node.span.start, node.span.end);
  if (!node.value) {
    return paragraphs(`**${code(written)}**: date-time group`, 'These parts name no real date and time. The form is DDHHMMZ MON YY: day, hour and minute in UTC (Z), month, two-digit year.');
  }
  return paragraphs(`**${dateTimeText(node.value)}**`, `Date-time group ${code(written)}: ${code(isoDateTime(node.value))}. The time is UTC (zone Z); the DTG is when the cable was released.`);
}

/** The day-of-year date nearest the DTG (the filing time may fall in the next year after 31 December). */
function filingMoment(doc: CableDocument, julian: { day: number; hour: number; minute: number }): { moment: DateTime | null; year: number | null } {
  const reference = doc.dateTime;
  const year = reference?.year ?? doc.year;
  if (year === null) return { moment: null, year: null };
  // Across New Year the filing day may belong to the year after (or before) the DTG's.
  const candidates = [year];
  if (reference?.month === 12 && julian.day <= 7) candidates.push(year + 1);
  if (reference?.month === 1 && julian.day >= 358) candidates.push(year - 1);
  let best: DateTime | null = null;
  for (const y of candidates) {
    const date = dateFromDayOfYear(y, julian.day);
    if (!date) continue;
    const moment: DateTime = { ...date, hour: julian.hour, minute: julian.minute };
    if (!best || (reference && Math.abs(minuteNumber(moment) - minuteNumber(reference)) < Math.abs(minuteNumber(best) - minuteNumber(reference)))) best = moment;
  }
  return { moment: best, year };
}

function duration(minutes: number): string {
  const m = Math.abs(minutes);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  if (m < 2880) return `${Math.floor(m / 60)} h ${pad2(m % 60)} min`;
  return `${Math.round(m / 1440)} days`;
}

function deLine(doc: CableDocument, node: DeLineNode): string {
  const parts: string[] = [];
  const station = node.indicator ? `station ${code(node.indicator.text)}` : 'no station routing indicator';
  parts.push(
    `**DE line**: ${station}${node.serial ? `, station serial number ${code(node.serial.text)}` : ''}${node.section ? `, section ${code(node.section.text)}` : ''}`,
  );
  const julian = node.julian;
  if (!node.filingTime) return paragraphs(...parts, 'No filing time: expected JJJHHMM (day of the year, hour and minute UTC).');
  if (!julian) return paragraphs(...parts, `The filing time ${code(node.filingTime.text)} does not have the JJJHHMM shape (day of the year, hour and minute UTC).`);
  if (julian.hour > 23 || julian.minute > 59) return paragraphs(...parts, `The filing time ${code(node.filingTime.text)} has no such time of day: hours run 00–23 and minutes 00–59.`);
  const { moment, year } = filingMoment(doc, julian);
  if (year === null) return paragraphs(...parts, `Filed on day ${julian.day} of the year at ${pad2(julian.hour)}:${pad2(julian.minute)} UTC (the year is unknown without a DTG).`);
  if (!moment) return paragraphs(...parts, `Day ${julian.day} does not exist in ${year}: the year has ${dateFromDayOfYear(year, 366) ? 366 : 365} days.`);
  parts.push(`Filing time ${code(node.filingTime.text)}: day ${julian.day} = **${dateTimeText(moment)}**.`);
  const reference = doc.dateTime;
  if (!reference) return paragraphs(...parts, 'There is no valid DTG to check it against.');
  const gap = minuteNumber(moment) - minuteNumber(reference);
  if (gap < 0) parts.push(`Filed ${duration(gap)} **before** the DTG (${dateTimeText(reference)}): the DE time should fall on or after it.`);
  else if (gap <= 1440) parts.push(`Filed ${duration(gap)} after the DTG (${dateTimeText(reference)}), as expected.`);
  else parts.push(`Filed ${duration(gap)} after the DTG (${dateTimeText(reference)}): normally the same UTC day, within minutes.`);
  return paragraphs(...parts);
}

function securityLine(doc: CableDocument, securityCode: string | null, prefix: string, specat: string | null, signal: string | null): string {
  const parts = [`**Security warning** (format line 4)`];
  parts.push(`${code(prefix)}: ${prefix === 'ZNR' ? 'unclassified traffic' : prefix === 'ZNY' ? 'classified (or encrypted) traffic' : 'expected ZNR (unclassified) or ZNY (classified)'}.`);
  if (securityCode) parts.push(`${code(securityCode)}: ${SECURITY_CODE_MEANING[securityCode] ?? 'not a known code; expected UUUUU, CCCCC, SSSSS, TTTTT or EEEEE'}.`);
  if (specat) parts.push(`${code(specat)}: ${specat.includes('BBBBB') ? 'SPECAT (special category) traffic' : specat.includes('AAAAA') ? 'SIOP-ESI traffic' : 'a suffix the format does not know'}.`);
  if (signal) parts.push(`${code(signal)}: operating signal${signal === 'ZZH' ? ' seen on every cable of the period; its meaning is not confirmed by a public source' : ''}.`);
  const level = securityCode ? levelOfSecurityCode(securityCode) : undefined;
  const classification = doc.classification;
  if (classification && level) {
    if (level === classification.level) parts.push(`Agrees with the classification line (${classification.level}).`);
    else parts.push(`Does not agree with the classification line (${classification.level}), which calls for ${code(securityLineFor(classification.level))}.`);
  }
  return paragraphs(...parts);
}

function classificationLine(doc: CableDocument, node: ClassificationLineNode): string {
  const parts = [`**${node.level}**${node.limitedOfficialUse ? ' (LIMITED OFFICIAL USE)' : ''}: classification line`];
  const canonical = node.limitedOfficialUse ? 'LIMITED OFFICIAL USE' : CANONICAL_CLASSIFICATION[node.level];
  if (node.marking.text !== canonical) parts.push(`Written ${code(node.marking.text)}; the transmitted form is ${code(canonical)}.`);
  if (node.efto) parts.push('E F T O: Encrypted For Transmission Only. Unclassified text that must be encrypted in transit; not SBU.');
  if (node.limitedOfficialUse) parts.push('LIMITED OFFICIAL USE was replaced by SBU on 1 October 1995.');
  if (node.sectionNumber && node.sectionTotal) parts.push(`Section ${Number(node.sectionNumber.text)} of ${Number(node.sectionTotal.text)} of the cable.`);
  if (node.origin && node.serial) parts.push(`Message ${code(`${node.origin.text} ${node.serial.text}`)}${node.cableId ? `: cable id **${node.cableId}**` : ''}.`);
  if (node.level === 'UNCLASSIFIED') parts.push('An unclassified cable: portions may be (U) or (SBU); the E.O. line says N/A.');
  else parts.push(`No portion may be marked above ${node.level}; the E.O. line needs a declassification date and the cable a Classified By line.`);
  if (doc.header?.security?.code) {
    const level = levelOfSecurityCode(doc.header.security.code.text);
    if (level && level !== node.level) parts.push(`The security line (${code(doc.header.security.code.text)}) announces ${level}.`);
  }
  return paragraphs(...parts);
}

function caption(name: string, passing: boolean): string {
  if (passing) return paragraphs(`**${escapeMarkdown(name)}**`, 'A passing or attention line: free text naming who should see or act on the cable.');
  const info = captionByName(name);
  if (!info) return paragraphs(`**${escapeMarkdown(name)}**`, 'Not a caption the format knows; check the spelling (SIPDIS, NOFORN, SENSITIVE, NODIS, EXDIS, LIMDIS…).');
  return paragraphs(`**${escapeMarkdown(name)}**: ${info.kind} caption`, escapeMarkdown(info.meaning));
}

function portionMark(doc: CableDocument, mark: PortionMarkNode): string {
  const meaning = PORTION_MEANING[mark.level];
  const parts = [`**${code(mark.text.startsWith('(') ? mark.text : `(${mark.text})`)}**: portion mark`];
  parts.push(meaning ? `Level ${code(mark.level)}: ${meaning}.` : `${code(mark.level)} is not a portion level: expected U, SBU, C, S or TS.`);
  for (const control of mark.controls) {
    const key = control.split(' ')[0];
    parts.push(`Control ${code(control)}: ${CONTROL_MEANING[key] ?? 'not a control the format knows'}.`);
  }
  const level = doc.classification?.level;
  const rank = PORTION_RANK[mark.level];
  if (level && rank !== undefined) {
    if (rank > LEVEL_RANK[level]) parts.push(`Higher than the cable's classification (${level}): no portion may exceed the classification line.`);
    else parts.push(`Within the cable's classification (${level}).`);
  }
  return paragraphs(...parts);
}

function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
}

function span(months: number): string {
  const years = Math.floor(Math.abs(months) / 12);
  const rest = Math.abs(months) % 12;
  const y = years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '';
  const m = rest > 0 ? `${rest} month${rest === 1 ? '' : 's'}` : '';
  return [y, m].filter(Boolean).join(' and ') || 'less than a month';
}

function eoLine(doc: CableDocument, node: EoLineNode): string {
  const parts: string[] = [];
  const order = node.order ? executiveOrder(node.order.text) : undefined;
  if (node.order && order) {
    const until = order.to ? longDate(order.to) : 'today';
    parts.push(`**E.O. ${order.number}**, in force ${longDate(order.from)} to ${until}: ${order.note}.`);
  } else if (node.order) {
    parts.push(`**E.O. ${escapeMarkdown(node.order.text)}**: not an executive order on classification the format knows (11652, 12065, 12356, 12958, 13526).`);
  } else {
    parts.push('**E.O. line**: no executive order number.');
  }
  const dtgDate = doc.dateTime;
  if (dtgDate && node.order) {
    const inForce = ordersInForce(dtgDate);
    if (inForce.length > 0 && !inForce.some((o) => o.number === node.order!.text)) {
      parts.push(`On the DTG date (${longDate(dtgDate)}) the order in force was E.O. ${inForce.map((o) => o.number).join(' or ')}.`);
    }
  }
  switch (node.form) {
    case 'na':
      parts.push('`N/A`: nothing to declassify. Right for unclassified cables (including SBU and EFTO) only.');
      break;
    case 'oadr':
      parts.push("`DECL: OADR`: declassify on the originating agency's determination (E.O. 12356).");
      break;
    case 'schedule':
      parts.push('A declassification schedule (GDS, XGDS, RDS) of the orders before 1982.');
      break;
    case 'date':
      if (node.date && node.dateValid) {
        const months = dtgDate ? monthsBetween(dtgDate, node.date) : null;
        parts.push(
          `Declassify on **${longDate(node.date)}**${
            months === null ? '' : months >= 0 ? `, ${span(months)} after the DTG` : `, ${span(months)} **before** the DTG`
          }.`,
        );
        if (months !== null && months > 25 * 12) parts.push('More than 25 years after the DTG: the orders allow at most 25.');
      } else {
        parts.push(`The date ${code(node.dateText?.text ?? '')} names no real day: expected MM/DD/YYYY.`);
      }
      break;
    case 'missing':
      parts.push('No declassification instruction: expected `N/A` (unclassified) or `DECL: MM/DD/YYYY` (classified).');
      break;
    default:
      if (node.instruction) parts.push(`Instruction ${code(node.instruction.text)}: not a form the format knows.`);
  }
  return paragraphs(...parts);
}

const KIND_NAMES: Readonly<Record<TagKind, string>> = {
  subject: 'subject tag',
  program: 'program tag (K-tag)',
  geo: 'geographic tag (FIPS 10-4 country or area code)',
  organization: 'organisation tag',
  person: 'person tag',
  unknown: 'tag',
};

function tag(text: string, vocabulary: HoverVocabulary): string {
  const info = lookupTag(text, vocabulary.extraTags);
  const parts: string[] = [];
  if (info) {
    parts.push(`**${escapeMarkdown(text)}**: ${KIND_NAMES[info.kind]}`);
    if (info.meaning) parts.push(escapeMarkdown(info.meaning));
  } else {
    const guess = kindByShape(text);
    parts.push(`**${escapeMarkdown(text)}**`, `Not in the TAGS table${guess !== 'unknown' ? `; by its shape, a ${KIND_NAMES[guess]}` : ''}.`);
  }
  const kind = info?.kind ?? kindByShape(text);
  if (kind === 'subject' && SUBJECT_CATEGORIES[text[0]]) parts.push(`Category ${text[0]}: ${SUBJECT_CATEGORIES[text[0]]}.`);
  if (PERSON_TAGS.includes(text)) parts.push('Followed on the TAGS line by the name of the person concerned.');
  const iso = ISO_INSTEAD_OF_FIPS[text];
  if (iso) parts.push(`Note: ${text} is the ISO code for ${iso.country}; the FIPS code cables use for ${iso.country} is ${code(iso.fips)}.`);
  return paragraphs(...parts);
}

function referenceSummary(item: ReferenceNode): string {
  const ids = item.citations.map((c) => c.cableId).filter((id): id is string => !!id);
  return `**${item.letter ? `REF ${item.letter}` : 'REF'}**: ${escapeMarkdown(item.text)}${ids.length > 0 ? ` (cable ${ids.map(code).join(', ')})` : ''}`;
}

function refCitation(doc: CableDocument, letterless: boolean, letter: string | null, letters: readonly string[]): string {
  const index = citationIndex(doc);
  if (letterless) {
    const only = onlyReference(doc);
    if (only) return referenceSummary(only);
    const count = doc.references?.items.length ?? 0;
    return count === 0 ? 'This cable has no REF list.' : `The REF list has ${count} items; name the letter (${code('REF A')}) to say which.`;
  }
  const wanted = letter ? [letter] : letters;
  return wanted
    .map((l) => {
      const item = index.referenceByLetter.get(l);
      return item ? referenceSummary(item) : `REF ${l}: not in the REF list.`;
    })
    .join('\n\n');
}

function reference(doc: CableDocument, item: ReferenceNode): string {
  const parts = [`**${item.letter ? `REF ${item.letter}` : 'REF'}**: ${escapeMarkdown(item.text)}`];
  const ids = item.citations.map((c) => c.cableId).filter((id): id is string => !!id);
  if (item.citations.length === 0) parts.push('No cable is cited in the form `[YY] ORIGIN SERIAL`; the item names a document or another message.');
  else if (ids.length === 0) parts.push('No canonical id: the year of the cited cable is unknown.');
  else parts.push(`Canonical cable id${ids.length > 1 ? 's' : ''}: ${ids.map((id) => `**${id}**`).join(', ')}.`);
  const count = citationCount(doc, item);
  parts.push(count === 0 ? 'Not cited in the body.' : `Cited ${count === 1 ? 'once' : `${count} times`} in the body.`);
  return paragraphs(...parts);
}

function paragraphCited(doc: CableDocument, value: number): string {
  const paragraph = citationIndex(doc).paragraphByNumber.get(value);
  if (!paragraph) return `There is no paragraph ${value} in this cable.`;
  const mark = paragraph.portionMark ? `${doc.text.slice(paragraph.portionMark.span.start, paragraph.portionMark.span.end)} ` : '';
  return paragraphs(`**Paragraph ${value}**`, `${escapeMarkdown(mark)}${escapeMarkdown(foldWhitespace(paragraphFirstLine(doc, paragraph)))}`);
}
