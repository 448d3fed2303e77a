/**
 * Recall on real cables: `npm run mutate -- ../shared/corpus [--per-kind N] [--seed S] [--verbose]`.
 *
 * Takes clean real cables (original line breaks, no damage flags), injects one defect of a
 * known kind into a copy, lints it, and counts the defect as caught when a new warning or
 * error appears on the defect's line (a problem the unmutated cable did not have there).
 * Prints recall per kind and overall (targets: ≥ 95% overall, ≥ 90% for every kind).
 * Nothing is written to disk but the optional JSON summary.
 */
import { writeFileSync } from 'node:fs';
import { lint, parseCable, type CableDocument, type Problem } from '../server/src/core/index';
import { corpusDir, loadCorpus, readCable } from './lib/corpus';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const perKind = option('--per-kind', 80);
const seed = option('--seed', 20261127);
const verbose = argv.includes('--verbose');
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
const today = { year: 2026, month: 11, day: 27 };

/** A small deterministic random generator (mulberry32), so runs are repeatable. */
function random(s: number): () => number {
  let state = s >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** A defect: the new text and the 0-based line where it is (for a deletion, the line that took its place). */
interface Mutation {
  readonly text: string;
  readonly line: number;
  /** Lines counted as the defect's (a deletion also counts the line above). */
  readonly lines?: readonly number[];
  readonly note: string;
}

type Mutator = (doc: CableDocument) => Mutation | null;

function replaceSpan(doc: CableDocument, start: number, end: number, replacement: string, note: string): Mutation {
  return { text: doc.text.slice(0, start) + replacement + doc.text.slice(end), line: doc.lines.positionAt(start).line, note };
}

function lineOf(doc: CableDocument, offset: number): number {
  return doc.lines.positionAt(offset).line;
}

const LEVEL_FORMS: Record<string, string> = { CONFIDENTIAL: 'C O N F I D E N T I A L', SECRET: 'S E C R E T' };
const HIGHER_MARK: Record<string, string> = { UNCLASSIFIED: 'C', CONFIDENTIAL: 'S', SECRET: 'TS' };

function swapInside(word: string): string {
  // Swap two different neighbouring letters inside the word: PREL → PRLE, SIPDIS → SIPIDS
  // (never two equal ones, as in MARR, which would change nothing).
  for (const i of [2, 1, 3, 0]) {
    if (i + 1 < word.length && word[i] !== word[i + 1]) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  return word;
}

const MUTATORS: Record<string, Mutator> = {
  'skipped paragraph number': (doc) => {
    const candidates = doc.paragraphs.filter((p, i) => i >= 1 && i < doc.paragraphs.length - 1 && p.value === i + 1 && doc.paragraphs[i + 1].value === i + 2);
    if (candidates.length === 0 || doc.paragraphs.some((p, i) => p.value !== i + 1)) return null;
    const p = pick(candidates);
    return replaceSpan(doc, p.number.span.start, p.number.span.end, String(p.value + 1), `${p.value} → ${p.value + 1}`);
  },
  'repeated paragraph number': (doc) => {
    const candidates = doc.paragraphs.filter((p, i) => i >= 1 && p.value === i + 1);
    if (candidates.length === 0 || doc.paragraphs.some((p, i) => p.value !== i + 1)) return null;
    const p = pick(candidates);
    return replaceSpan(doc, p.number.span.start, p.number.span.end, String(p.value - 1), `${p.value} → ${p.value - 1}`);
  },
  'portion above the banner': (doc) => {
    const level = doc.classification?.level;
    if (!level || level === 'TOP SECRET') return null;
    const marked = doc.paragraphs.filter((p) => p.portionMark);
    if (marked.length === 0) return null;
    const p = pick(marked);
    const mark = p.portionMark!;
    return replaceSpan(doc, mark.span.start, mark.span.end, `(${HIGHER_MARK[level]})`, `(${mark.text}) → (${HIGHER_MARK[level]}) in ${level}`);
  },
  'missing portion mark': (doc) => {
    const level = doc.classification?.level;
    if (!level || level === 'UNCLASSIFIED' || doc.paragraphs.length < 2 || doc.paragraphs.some((p) => !p.portionMark)) return null;
    const p = pick(doc.paragraphs);
    const mark = p.portionMark!;
    let end = mark.span.end;
    while (doc.text[end] === ' ') end++;
    return replaceSpan(doc, mark.span.start, end, '', `(${mark.text}) removed`);
  },
  'citation of a missing REF letter': (doc) => {
    const letters = (doc.references?.items ?? []).map((r) => r.letter).filter((l): l is string => l !== null);
    if (letters.length < 2) return null;
    const lastLetter = String.fromCharCode(Math.max(...letters.map((l) => l.charCodeAt(0))) + 1);
    const citations = doc.refCitations.filter((c) => c.letters.length === 1 && doc.text.slice(c.letters[0].span.start, c.letters[0].span.end).length === 1);
    if (citations.length === 0) return null;
    const c = pick(citations);
    const letter = c.letters[0];
    const written = doc.text[letter.span.start];
    const replacement = written === written.toLowerCase() ? lastLetter.toLowerCase() : lastLetter;
    return replaceSpan(doc, letter.span.start, letter.span.end, replacement, `${doc.text.slice(c.span.start, c.span.end)} → letter ${lastLetter} (list stops at ${letters[letters.length - 1]})`);
  },
  'impossible DTG day': (doc) => {
    const dtg = doc.header?.dtgLine?.dtg;
    if (!dtg || !dtg.value) return null;
    return replaceSpan(doc, dtg.day.span.start, dtg.day.span.end, '32', `day ${dtg.day.text} → 32`);
  },
  'impossible DTG hour': (doc) => {
    const dtg = doc.header?.dtgLine?.dtg;
    if (!dtg || !dtg.value) return null;
    return replaceSpan(doc, dtg.hour.span.start, dtg.hour.span.end, '25', `hour ${dtg.hour.text} → 25`);
  },
  'Julian day disagreeing with the DTG': (doc) => {
    const de = doc.header?.de;
    if (!de?.julian || !de.filingTime || !doc.dateTime) return null;
    const day = de.julian.day > 300 ? de.julian.day - 20 : de.julian.day + 20;
    const text = String(day).padStart(3, '0');
    return replaceSpan(doc, de.filingTime.span.start, de.filingTime.span.start + 3, text, `Julian day ${de.filingTime.text.slice(0, 3)} → ${text}`);
  },
  'wrong station serial': (doc) => {
    const serial = doc.header?.de?.serial;
    if (!serial || !/^\d{4}$/.test(serial.text) || !doc.classification?.serial) return null;
    const wrong = String((Number(serial.text) + 1111) % 10000).padStart(4, '0');
    return replaceSpan(doc, serial.span.start, serial.span.end, wrong, `#${serial.text} → #${wrong}`);
  },
  'security line disagreeing with the classification': (doc) => {
    const security = doc.header?.security;
    const level = doc.classification?.level;
    if (!security?.code || !level) return null;
    const replacement = level === 'UNCLASSIFIED' ? 'ZNY SSSSS' : 'ZNR UUUUU';
    return replaceSpan(doc, security.prefix.span.start, security.code.span.end, replacement, `${doc.text.slice(security.prefix.span.start, security.code.span.end)} → ${replacement}`);
  },
  'precedence digraph lower than an addressee': (doc) => {
    const digraph = doc.header?.routing[0]?.digraph;
    if (!digraph || digraph.text === 'RR') return null;
    const addressees = [...(doc.header?.to ?? []), ...(doc.header?.info ?? [])];
    if (!addressees.some((a) => a.precedenceWord && a.precedenceWord !== 'ROUTINE')) return null;
    return replaceSpan(doc, digraph.span.start, digraph.span.end, 'RR', `${digraph.text} → RR`);
  },
  'misspelt precedence word': (doc) => {
    const entries = [...(doc.header?.to ?? []), ...(doc.header?.info ?? [])].filter((a) => a.precedence && (a.precedenceWord === 'IMMEDIATE' || a.precedenceWord === 'PRIORITY' || a.precedenceWord === 'ROUTINE'));
    if (entries.length === 0) return null;
    const a = pick(entries);
    const misspelt = { IMMEDIATE: 'IMMEDAITE', PRIORITY: 'PRIOITY', ROUTINE: 'ROUTNE' }[a.precedenceWord as 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE'];
    return replaceSpan(doc, a.precedence!.span.start, a.precedence!.span.end, misspelt, `${a.precedence!.text} → ${misspelt}`);
  },
  'malformed routing indicator': (doc) => {
    const entries = [...(doc.header?.to ?? []), ...(doc.header?.info ?? [])].filter((a) => a.indicator && /^RUEH[A-Z]{1,3}$/.test(a.indicator.text));
    if (entries.length === 0) return null;
    const a = pick(entries);
    const ri = a.indicator!;
    const malformed = `RUEH${ri.text.length > 5 ? '4' + ri.text.slice(5) : '4'}`;
    return replaceSpan(doc, ri.span.start, ri.span.end, malformed, `${ri.text} → ${malformed}`);
  },
  'N/A on a classified cable': (doc) => {
    const eo = doc.eo;
    if (!eo?.instruction || eo.form !== 'date' || !doc.classification || doc.classification.level === 'UNCLASSIFIED') return null;
    return replaceSpan(doc, eo.instruction.span.start, eo.instruction.span.end, 'N/A', `${eo.instruction.text} → N/A`);
  },
  'declassification month 13': (doc) => {
    const eo = doc.eo;
    if (!eo?.dateText || !eo.dateValid || !/^\d{1,2}\//.test(eo.dateText.text)) return null;
    const slash = eo.dateText.text.indexOf('/');
    return replaceSpan(doc, eo.dateText.span.start, eo.dateText.span.start + slash, '13', `month ${eo.dateText.text.slice(0, slash)} → 13`);
  },
  'unspaced classification': (doc) => {
    const c = doc.classification;
    if (!c || c.form !== 'canonical' || !(c.level in LEVEL_FORMS)) return null;
    return replaceSpan(doc, c.marking.span.start, c.marking.span.end, c.level, `${c.marking.text} → ${c.level}`);
  },
  'SECTION number above its total': (doc) => {
    const c = doc.classification;
    if (!c?.sectionNumber || !c.sectionTotal) return null;
    const above = String(Number(c.sectionTotal.text) + 1).padStart(2, '0');
    return replaceSpan(doc, c.sectionNumber.span.start, c.sectionNumber.span.end, above, `SECTION ${c.sectionNumber.text} → ${above} OF ${c.sectionTotal.text}`);
  },
  'wrong serial on a continuation header': (doc) => {
    const headers = doc.pageHeaders.filter((h) => /^\d{8}$/.test(h.serial.text));
    if (headers.length === 0 || !doc.classification?.serial) return null;
    const h = pick(headers);
    const wrong = h.serial.text.slice(0, 7) + String((Number(h.serial.text[7]) + 3) % 10);
    return replaceSpan(doc, h.serial.span.start, h.serial.span.end, wrong, `${h.serial.text} → ${wrong}`);
  },
  'misspelt tag': (doc) => {
    const tags = (doc.tags?.tags ?? []).filter((t) => /^(PREL|PGOV|PHUM|ECON|ETRD|PTER|MARR|EFIN|KDEM|SNAR|EAID|PINR|ENRG|KCRM|MOPS|SOCI)$/.test(t.text) && !t.linked && swapInside(t.text) !== t.text);
    if (tags.length === 0) return null;
    const t = pick(tags);
    return replaceSpan(doc, t.span.start, t.span.end, swapInside(t.text), `${t.text} → ${swapInside(t.text)}`);
  },
  'misspelt caption': (doc) => {
    const captions = doc.captionLines.flatMap((l) => l.captions).filter((c) => ['SIPDIS', 'NOFORN', 'SENSITIVE', 'EXDIS', 'NODIS'].includes(c.name));
    if (captions.length === 0) return null;
    const c = pick(captions);
    const written = doc.text.slice(c.span.start, c.span.end);
    return replaceSpan(doc, c.span.start, c.span.end, swapInside(written), `${written} → ${swapInside(written)}`);
  },
  'para citation of a missing paragraph': (doc) => {
    if (doc.paragraphs.length < 2) return null;
    const citations = doc.paraCitations.filter((c) => c.numbers.length === 1 && doc.paragraphs.some((p) => p.value === Number(c.numbers[0].text)));
    if (citations.length === 0) return null;
    const c = pick(citations);
    const beyond = String(Math.max(...doc.paragraphs.map((p) => p.value)) + 3);
    return replaceSpan(doc, c.numbers[0].span.start, c.numbers[0].span.end, beyond, `para ${c.numbers[0].text} → para ${beyond}`);
  },
  'NOFORN portion without the caption': (doc) => {
    const level = doc.classification?.level;
    if (!level || level === 'UNCLASSIFIED') return null;
    const hasNoforn = doc.captionLines.some((l) => l.captions.some((c) => /NOFORN|NOT RELEASABLE/.test(c.name)));
    if (hasNoforn) return null;
    const marked = doc.paragraphs.filter((p) => p.portionMark && p.portionMark.controls.length === 0 && p.portionMark.level !== 'U' && p.portionMark.level !== 'SBU');
    if (marked.length === 0) return null;
    const p = pick(marked);
    const mark = p.portionMark!;
    return replaceSpan(doc, mark.span.start, mark.span.end, `(${mark.level}/NF)`, `(${mark.text}) → (${mark.level}/NF)`);
  },
  'reason letter outside a–h': (doc) => {
    const reasons = doc.classifiedBy?.reasons ?? [];
    if (reasons.length === 0) return null;
    const r = pick(reasons);
    const written = doc.text.slice(r.span.start, r.span.end);
    const replacement = written === written.toUpperCase() ? 'K' : 'k';
    return replaceSpan(doc, r.span.start, r.span.end, replacement, `reason ${written} → ${replacement}`);
  },
  'missing SUBJECT': (doc) => {
    const subject = doc.subject;
    if (!subject || !doc.tags) return null;
    const first = lineOf(doc, subject.span.start);
    const last = lineOf(doc, subject.span.end);
    const start = doc.lines.lineStart(first);
    const end = doc.lines.lineEndWithBreak(last);
    // Where the subject belonged: right after the TAGS line (the line that took its place,
    // the line above it, or the TAGS line itself when a blank line separated them).
    const tagsLine = lineOf(doc, doc.tags.span.end);
    return { text: doc.text.slice(0, start) + doc.text.slice(end), line: first, lines: [...new Set([tagsLine, first - 1, first])], note: 'SUBJECT line deleted' };
  },
  'missing E.O. line': (doc) => {
    const eo = doc.eo;
    if (!eo || !doc.tags) return null;
    const first = lineOf(doc, eo.span.start);
    const last = lineOf(doc, eo.span.end);
    // A line that holds more than the E.O. line (parts run together) cannot be deleted alone.
    if (first === lineOf(doc, doc.tags.span.start)) return null;
    const start = doc.lines.lineStart(first);
    const end = doc.lines.lineEndWithBreak(last);
    // Reported on the TAGS line, which takes the deleted line's place.
    return { text: doc.text.slice(0, start) + doc.text.slice(end), line: first, lines: [first, first - 1], note: 'E.O. line deleted' };
  },
  'wrong executive order for the date': (doc) => {
    const order = doc.eo?.order;
    if (!order || order.text !== '12958' || !doc.dateTime || doc.dateTime.year > 2009) return null;
    return replaceSpan(doc, order.span.start, order.span.end, '13526', `E.O. 12958 → 13526 on a ${doc.dateTime.year} cable`);
  },
  'REF letters out of sequence': (doc) => {
    const items = (doc.references?.items ?? []).filter((r) => r.letterToken && r.letter);
    if (items.length < 3) return null;
    const r = items[items.length - 1];
    const token = r.letterToken!;
    const at = token.text.search(/[A-Za-z]/);
    const skipped = String.fromCharCode(r.letter!.charCodeAt(0) + 1);
    return replaceSpan(doc, token.span.start + at, token.span.start + at + 1, skipped, `REF ${r.letter} → ${skipped}`);
  },
};

// ───────────── run ─────────────
const dir = corpusDir(argv.filter((a, i) => !a.startsWith('--') && !['--per-kind', '--seed', '--json'].includes(argv[i - 1] ?? '')));
const clean = loadCorpus(dir).filter((e) => e.clean);
const docs = clean.map((e) => ({ id: e.id, doc: parseCable(readCable(e)) }));

function problemsByLine(doc: CableDocument, problems: readonly Problem[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  for (const p of problems) {
    if (p.severity !== 'error' && p.severity !== 'warning') continue;
    const line = doc.lines.positionAt(p.span.start).line;
    const set = map.get(line) ?? new Set<string>();
    set.add(`${p.ruleId}: ${p.message}`);
    map.set(line, set);
  }
  return map;
}

const results: Array<{ kind: string; tried: number; caught: number; missed: string[] }> = [];
for (const [kind, mutate] of Object.entries(MUTATORS)) {
  const order = [...docs].sort(() => rand() - 0.5);
  let tried = 0;
  let caught = 0;
  const missed: string[] = [];
  for (const { id, doc } of order) {
    if (tried >= perKind) break;
    const mutation = mutate(doc);
    if (!mutation) continue;
    tried++;
    const before = problemsByLine(doc, lint(doc, {}, today));
    const mutated = parseCable(mutation.text);
    const after = problemsByLine(mutated, lint(mutated, {}, today));
    const lines = mutation.lines ?? [mutation.line];
    // A deletion moves the lines below it up by the deleted count: compare like with like.
    const shift = doc.lines.lineCount - mutated.lines.lineCount;
    const isNew = lines.some((line) => {
      const now = after.get(line) ?? new Set<string>();
      const was = before.get(line >= mutation.line ? line + shift : line) ?? new Set<string>();
      const wasHere = before.get(line) ?? new Set<string>();
      return [...now].some((p) => !was.has(p) && !wasHere.has(p));
    });
    if (isNew) caught++;
    else missed.push(`${id}:${mutation.line + 1} (${mutation.note})`);
  }
  results.push({ kind, tried, caught, missed });
}

let tried = 0;
let caught = 0;
console.log(`Recall on ${clean.length} clean cables, up to ${perKind} defects per kind (seed ${seed}):`);
for (const r of results) {
  tried += r.tried;
  caught += r.caught;
  const share = r.tried === 0 ? '—' : `${((100 * r.caught) / r.tried).toFixed(1)}%`;
  console.log(`  ${r.kind.padEnd(52)} ${String(r.caught).padStart(4)}/${String(r.tried).padEnd(4)} ${share.padStart(6)}`);
  if (verbose) for (const m of r.missed.slice(0, 8)) console.log(`      missed ${m}`);
}
const overall = tried === 0 ? 0 : (100 * caught) / tried;
const worst = Math.min(...results.filter((r) => r.tried > 0).map((r) => (100 * r.caught) / r.tried));
console.log(`  overall ${caught}/${tried} = ${overall.toFixed(1)}% (target ≥ 95%); lowest kind ${worst.toFixed(1)}% (target ≥ 90%); ${results.length} kinds`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ seed, perKind, overall, worst, kinds: results.map(({ kind, tried: t, caught: c }) => ({ kind, tried: t, caught: c })) }, null, 2));
