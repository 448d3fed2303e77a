/**
 * What a classification line, security line, portion mark, caption and E.O. line MEAN, read
 * from a parse, so a test can tell a fix that only respells them (`CONFIDENTIAL` →
 * `C O N F I D E N T I A L`, `DECL 01/04/2020` → `DECL: 01/04/2020`) from one that changes
 * what they say. A fix may never do the second: that is a suggestion's job.
 *
 * The comparison is exact, part by part. Every protected part a fix edit touches must be
 * found again where the edit put it, meaning the same; a fix may not make a new one. The one
 * change of words accepted is a caption typo corrected to the caption certainly meant,
 * decided here independently of the rule: the misspelt word is not a caption, is at least
 * five letters long, and exactly one known caption lies within one edit (insertion, deletion,
 * substitution or swap of neighbours) of it, and it became that one.
 *
 * Two things are not a fix changing a part. Deleting archive residue (`¶`, `[1](#)`, a
 * trailing backslash) changes no word, since the residue never was cable text. And a part
 * no edit touched keeps its text: if the parser reads it differently after a fix elsewhere
 * (a header it could not read before), that is counted (`contextChanges`), not reported.
 * The tests in properties.test.ts show the check rejects each kind of change of meaning.
 */
import type { CableDocument, Span } from '../../../server/src/core/index';
import { CAPTIONS, captionByName } from '../../../server/src/core/vocab/captions';

/** The meaning of the protected parts of one cable. */
export interface Meaning {
  /** `CONFIDENTIAL`, `UNCLASSIFIED/EFTO`, `UNCLASSIFIED/LOU`…, or null without a classification line. */
  readonly classification: string | null;
  /** `ZNY C SPECAT:…`, or null without a security line. */
  readonly security: string | null;
  /** Each portion mark's level and controls, in text order (`C`, `S/NF`). */
  readonly portions: readonly string[];
  /** The words of the caption lines, in order, upper case and single-spaced. */
  readonly captions: readonly string[];
  /** `E.O. 12958 DECL 2018-03-13`, `E.O. 12958 N/A`…, or null without an E.O. line. */
  readonly eo: string | null;
}

/** Counts that show a run really exercised the meaning check. */
export interface MeaningStats {
  /** Protected parts the parser read differently after a fix that did not touch them, by kind. */
  contextChanges: Map<string, number>;
  /** Fix edits that touched a protected part (and so had to keep its meaning). */
  protectedEdits: number;
  /** Changes of form that kept the meaning, by what was respelt. */
  keptMeaning: Map<string, number>;
  /** How often each protected part was present in a fixed cable. */
  present: Map<string, number>;
}

/** Dissemination controls written two ways that mean one thing. */
const CONTROL_SYNONYMS: Readonly<Record<string, string>> = { NOFORN: 'NF', N: 'NF', ORCON: 'OC', PROPIN: 'PR' };

function control(c: string): string {
  const upper = c.toUpperCase().replace(/\s+/g, ' ').trim();
  const rel = /^REL(?: TO)? (.*)$/.exec(upper);
  if (rel) return `REL ${rel[1].split(/[ ,]+/).filter(Boolean).sort().join(',')}`;
  return CONTROL_SYNONYMS[upper] ?? upper;
}

/** Every portion mark in the tree, found by walking it (so none is missed wherever it hangs). */
function portionMarks(doc: CableDocument): Array<{ span: Span; level: string; controls: readonly string[] }> {
  const found = new Map<number, { span: Span; level: string; controls: readonly string[] }>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    const node = value as { kind?: string; span?: Span; level?: string; controls?: readonly string[] };
    if (node.kind === 'portionMark' && node.span && node.level !== undefined) {
      found.set(node.span.start, { span: node.span, level: node.level, controls: node.controls ?? [] });
      return;
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'lines' && key !== 'text') visit(child);
  };
  visit(doc);
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

function expandYear(y: number, digits: number): number {
  if (digits === 4) return y;
  return y >= 50 ? 1900 + y : 2000 + y;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * The dates an E.O. instruction names, read here from its text (not from the parser, so a
 * keyword the parser could not read before a fix does not hide the date): `03/13/2018`,
 * `2018-03-13`, `MARCH 13, 2018`.
 */
function datesIn(instruction: string): string[] {
  const out: string[] = [];
  for (const m of instruction.matchAll(/(?<!\d)(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})(?!\d)/g)) {
    const yearFirst = m[1].length === 4;
    const yearText = yearFirst ? m[1] : m[3];
    const year = expandYear(Number(yearText), yearText.length);
    const month = Number(yearFirst ? m[2] : m[1]);
    const day = Number(yearFirst ? m[3] : m[2]);
    out.push(`${year}-${month}-${day}`);
  }
  for (const m of instruction.matchAll(/\b([A-Za-z]{3})[A-Za-z]{0,6}\.? (\d{1,2}),? (\d{4})\b/g)) {
    const month = MONTHS.indexOf(m[1].toUpperCase()) + 1;
    if (month > 0) out.push(`${m[3]}-${month}-${Number(m[2])}`);
  }
  return out;
}

/** Reads the meaning of the protected parts of a parsed cable. */
export function meaningOf(doc: CableDocument): Meaning {
  const c = doc.classification;
  const classification = c ? `${c.level}${c.efto ? '/EFTO' : ''}${c.limitedOfficialUse ? '/LOU' : ''}` : null;
  const s = doc.header?.security ?? null;
  const security = s
    ? `${s.prefix.text.toUpperCase()} ${s.code ? [...new Set(withoutResidue(s.code.text.toUpperCase()).replace(/\s/g, ''))].join('') : '-'}${s.specat ? ` SPECAT:${s.specat.text.toUpperCase().replace(/\s/g, '')}` : ''}`
    : null;
  const portions = portionMarks(doc).map((p) => [p.level.toUpperCase(), ...p.controls.map(control).sort()].join('/'));
  const captions = doc.captionLines.flatMap((line) => line.captions.map((cap) => cap.name.toUpperCase().replace(/\s+/g, ' ')));
  const eo = doc.eo;
  let eoMeaning: string | null = null;
  if (eo) {
    const instruction = withoutResidue(eo.instruction?.text ?? '');
    const flags = [/^N ?\/ ?A\b/i.test(instruction) ? 'N/A' : '', /\bOADR\b/i.test(instruction) ? 'OADR' : '', /\b(?:X?GDS|RDS)\b/i.test(instruction) ? 'SCHEDULE' : ''].filter(Boolean);
    eoMeaning = `E.O. ${eo.order?.text ?? '?'} ${[...flags, ...datesIn(instruction)].join(' ') || '-'}`;
  }
  return { classification, security, portions, captions, eo: eoMeaning };
}

/** Single-word captions within one edit of `word`. */
function captionsNear(word: string): string[] {
  return CAPTIONS.map((c) => c.name).filter((name) => !name.includes(' ') && damerau(word, name) <= 1);
}

/** Edit distance with swaps of neighbours (restricted Damerau–Levenshtein), written here so the check does not reuse the code it checks. */
export function damerau(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Whether `after` is the one caption `before` certainly meant (see the module comment). */
export function isCertainCaptionCorrection(before: string, after: string): boolean {
  if (captionByName(before) || !captionByName(after) || before.length < 5 || before.includes(' ')) return false;
  const near = captionsNear(before);
  return near.length === 1 && near[0] === after;
}

/** Whether caption line words `after` are `before` with typos corrected to the captions certainly meant, and nothing else changed. */
function captionsCorrected(before: string, after: string): boolean {
  const b = before.split(' ');
  const a = after.split(' ');
  return b.length === a.length && b.every((word, i) => word === a[i] || isCertainCaptionCorrection(word, a[i]));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** One protected part of a parse: what it is, where, and what it means. */
export interface ProtectedPart {
  readonly what: 'classification' | 'security line' | 'portion mark' | 'caption' | 'E.O. line';
  readonly span: Span;
  readonly meaning: string;
}

/** Archive residue is not part of what a word says: `SIPDI[1](#)S` is SIPDIS with residue inside. */
function withoutResidue(name: string): string {
  return name.replace(/\[\d{1,4}\]\(#\)|¶/g, '').replace(/\s+/g, ' ').trim();
}

/** The protected parts of a parse, each with its meaning. */
export function protectedParts(doc: CableDocument): ProtectedPart[] {
  const m = meaningOf(doc);
  const out: ProtectedPart[] = [];
  if (doc.classification && m.classification) out.push({ what: 'classification', span: doc.classification.span, meaning: m.classification });
  if (doc.header?.security && m.security) out.push({ what: 'security line', span: doc.header.security.span, meaning: m.security });
  portionMarks(doc).forEach((p, i) => out.push({ what: 'portion mark', span: p.span, meaning: m.portions[i] }));
  // A caption line means its words: the parser may group them into captions differently once
  // a typo is corrected (`SEPCAT EXCLUSIVE` → the one caption `SPECAT EXCLUSIVE`).
  for (const line of doc.captionLines) out.push({ what: 'caption', span: line.span, meaning: line.captions.map((cap) => withoutResidue(cap.name.toUpperCase())).join(' ') });
  if (doc.eo && m.eo) out.push({ what: 'E.O. line', span: doc.eo.span, meaning: m.eo });
  return out;
}

/** An edit as the comparison needs it. */
export interface SortedEdit {
  readonly span: Span;
  readonly text: string;
  readonly ruleId: string;
}

/** Archive residue as the residue rule deletes it: `¶`, `[1](#)`, a trailing backslash, the brackets of a tag link. */
const RESIDUE = /^(?:¶|\[\d{1,4}\]\(#\)|\\|\[|\]\(#\))$/;

/** Whether an edit only deletes archive residue. */
export function isResidueDeletion(text: string, edit: { span: Span; text: string }): boolean {
  return edit.text === '' && RESIDUE.test(text.slice(edit.span.start, edit.span.end));
}

/** Maps offsets of the original text to the fixed text; an offset inside an edit goes to the edit's start or end. */
function offsetMapper(edits: readonly SortedEdit[]): (offset: number, side: 'start' | 'end') => number {
  return (offset, side) => {
    let delta = 0;
    for (const e of edits) {
      if (e.span.end <= offset && !(e.span.start === e.span.end && e.span.start === offset && side === 'start')) {
        delta += e.text.length - (e.span.end - e.span.start);
      } else if (e.span.start < offset && offset < e.span.end) {
        return side === 'start' ? e.span.start + delta : e.span.start + delta + e.text.length;
      } else {
        break;
      }
    }
    return offset + delta;
  };
}

function touches(edit: Span, part: Span): boolean {
  if (edit.start === edit.end) return edit.start > part.start && edit.start < part.end;
  return edit.start < part.end && part.start < edit.end;
}

function overlapsOrEqual(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);
}

/**
 * What the fixes did to the protected parts; empty when every part an edit touched still
 * means the same (or is a caption typo corrected to the one caption meant) and no edit made
 * a new protected part. Parts no edit touched keep their text; if the parser reads them
 * differently after a fix elsewhere, that is counted in `stats.contextChanges`, not reported.
 */
export function compareMeaning(beforeDoc: CableDocument, afterDoc: CableDocument, edits: readonly SortedEdit[], stats: MeaningStats): string[] {
  const out: string[] = [];
  const before = protectedParts(beforeDoc);
  const after = protectedParts(afterDoc);
  const map = offsetMapper(edits);
  const afterEdits = edits.map((e) => ({ ...e, after: { start: map(e.span.start, 'start'), end: map(e.span.start, 'start') + e.text.length } }));
  const lineOf = (doc: CableDocument, offset: number) => doc.lines.positionAt(offset).line + 1;
  for (const what of new Set(after.map((p) => p.what))) bump(stats.present, what);
  // Deleting archive residue cannot change what a part says (the residue was never cable
  // text), so those edits do not count as touching it; the parser may read the part anew
  // once residue inside a word is gone, which is counted as a context change.
  const content = edits.filter((e) => !isResidueDeletion(beforeDoc.text, e));
  const contentAfter = afterEdits.filter((e) => !isResidueDeletion(beforeDoc.text, e));
  const matched = new Set<ProtectedPart>();
  for (const b of before) {
    const touching = content.filter((e) => touches(e.span, b.span));
    const mapped = { start: map(b.span.start, 'start'), end: map(b.span.end, 'end') };
    const a = after.find((p) => p.what === b.what && !matched.has(p) && overlapsOrEqual(p.span, mapped));
    if (a) matched.add(a);
    if (touching.length === 0) {
      if (!a || a.meaning !== b.meaning) bump(stats.contextChanges, `${b.what} read differently after a fix elsewhere`);
      continue;
    }
    stats.protectedEdits++;
    const rules = [...new Set(touching.map((e) => e.ruleId))].join(', ');
    if (!a) {
      out.push(`a fix (${rules}) removed the ${b.what} "${b.meaning}" on line ${lineOf(beforeDoc, b.span.start)}`);
    } else if (a.meaning === b.meaning) {
      bump(stats.keptMeaning, `${b.what} respelt (${rules})`);
    } else if (b.what === 'caption' && captionsCorrected(b.meaning, a.meaning)) {
      bump(stats.keptMeaning, `caption typo corrected (${rules})`);
    } else {
      out.push(`a fix (${rules}) changed the ${b.what} on line ${lineOf(beforeDoc, b.span.start)}: "${b.meaning}" → "${a.meaning}"`);
    }
  }
  for (const a of after) {
    if (matched.has(a)) continue;
    const touching = contentAfter.filter((e) => touches(e.after, a.span));
    if (touching.length === 0) {
      bump(stats.contextChanges, `${a.what} read differently after a fix elsewhere`);
      continue;
    }
    out.push(`a fix (${[...new Set(touching.map((e) => e.ruleId))].join(', ')}) made a new ${a.what} "${a.meaning}" on line ${lineOf(afterDoc, a.span.start)}`);
  }
  return out;
}
