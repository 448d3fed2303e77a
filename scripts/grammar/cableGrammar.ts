/**
 * The TextMate grammar of Cablewright (`source.cable`), assembled from named regex fragments so
 * each pattern can be read and reviewed. `npx tsx scripts/grammar/build.ts` writes it to
 * `syntaxes/cable.tmLanguage.json`; a test fails when the committed file and this source differ.
 * Caption words and precedence words come from the core vocabulary, so the grammar and the
 * linter agree on them. The scopes are documented for theme authors in `docs/grammar.md`.
 *
 * How the grammar reads a cable. TextMate sees one line at a time and never looks ahead, so
 * context comes from regions that open on a line and close on a later one:
 * - the transmission header: from its first line (VZCZC, FL2, DE, ZNR/ZNY, or a DTG line for
 *   copies without routing lines) to a blank line, BT, the classification line or a preamble
 *   label. FM, TO, INFO and XMT are labels only inside it (body text says "FM Moratinos").
 * - the classification line with a serial opens the captions region, which lasts while the
 *   lines are blank or upper-case handling lines: that is where passing lines such as
 *   `DEPT FOR NEA/MAG` are recognised.
 * - E.O., TAGS, SUBJECT, REF and Classified By open at their labels; TAGS, SUBJECT and REF
 *   run on over their wrapped lines.
 * - every other run of non-blank lines is a block (`meta.paragraph.cable`). Its first line is
 *   the only place a heading is recognised (`\G` matches only where the block began), and a
 *   lone surname on a later line is the signature.
 *
 * Regex discipline (Oniguruma): every repetition is bounded or runs over characters that the
 * next token cannot start with; two runs over the same characters are always separated by a
 * mandatory token; lazy repetitions are bounded and their lookaheads are bounded too. The
 * adversarial grammar test runs 100,000-character lines through every context.
 */
import { CAPTIONS, type CaptionKind } from '../../server/src/core/vocab/captions';
import { PRECEDENCES } from '../../server/src/core/vocab/precedence';

/** A capture's scope and/or the patterns that re-tokenise the captured text. */
export interface Capture {
  name?: string;
  patterns?: Rule[];
}

/** One TextMate rule: a match, a begin/end or begin/while region, or an include. */
export interface Rule {
  comment?: string;
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  patterns?: Rule[];
  include?: string;
}

/** The grammar file's shape. */
export interface Grammar {
  $schema: string;
  name: string;
  scopeName: string;
  fileTypes: string[];
  patterns: Rule[];
  repository: Record<string, Rule>;
}

/** Where the generated grammar lives, relative to the repository root. */
export const GRAMMAR_FILE = 'syntaxes/cable.tmLanguage.json';

// ---------------------------------------------------------------------------------------------
// Fragments

/** Escapes text for use inside a regex. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of literal phrases, longest first; inner spaces accept one or two blanks. */
function phrases(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((p) => escape(p).replace(/ /g, '[ \\t]{1,2}'))
    .join('|');
}

/** A classification word written with or without spaces between its letters: `S {0,2}E {0,2}C…`. */
function letterSpaced(word: string): string {
  return [...word.replace(/ /g, '')].join(' {0,2}');
}

/** A routing indicator: R plus 3–7 letters (RI-001). */
const RI = String.raw`R[A-Z]{3,7}`;

/** Archive residue that starts a line: `¶` or `[1](#)`. Two captures. */
const LINE_RESIDUE = String.raw`(?:(¶)|(\[[0-9]{1,4}\]\(#\)))?`;

/** The start of a body line: indentation, optional residue, a little more indentation. Two captures. */
const LINE_START = String.raw`^[ \t]{0,8}${LINE_RESIDUE}[ \t]{0,2}`;

/** Classification levels, the scope segment each gets, and its words (case-insensitive). */
const LEVEL_WORDS: ReadonlyArray<{ level: string; words: string }> = [
  { level: 'top-secret', words: letterSpaced('TOPSECRET') },
  { level: 'unclassified', words: `${letterSpaced('UNCLASSIFIED')}|${letterSpaced('UNCLAS')}` },
  { level: 'confidential', words: letterSpaced('CONFIDENTIAL') },
  { level: 'secret', words: letterSpaced('SECRET') },
  { level: 'unclassified.limited-official-use', words: 'LIMITED {1,2}OFFICIAL {1,2}USE' },
];

/** The origin of a cable number: up to five words (`STATE`, `SAO PAULO`, `USUN NEW YORK`). */
const ORIGIN = String.raw`[A-Za-z][A-Za-z.'-]{0,24}(?:[ ][A-Za-z][A-Za-z.'-]{0,24}){0,4}`;

/**
 * The classification line (CLS-001), whole: level words, EFTO, a `//` control, SECTION nn OF
 * mm, origin and serial. `serial: 'required'` is the first line of a cable; `'optional'` also
 * takes a bare `CONFIDENTIAL`. With `capturing` false it is written for lookaheads. Captures:
 * one per entry of LEVEL_WORDS (1–5, only the matching one is set), then EFTO, `//`, control,
 * SECTION, nn, OF, mm, origin, serial (6–14).
 */
function classificationLine(serial: 'required' | 'optional', capturing: boolean): string {
  const g = capturing ? '(' : '(?:';
  const tail = String.raw`(?:[ \t]{1,8}${g}${ORIGIN})[ \t]{1,4}${g}[0-9]{1,8}))`;
  return [
    String.raw`^[ \t]{0,4}(?i:${LEVEL_WORDS.map((l) => `${g}${l.words})`).join('|')})(?![A-Za-z])`,
    String.raw`(?:[ \t]{1,4}${g}(?i:E {0,2}F {0,2}T {0,2}O)(?![A-Za-z])))?`,
    String.raw`(?:[ \t]*${g}//)[ \t]*${g}[A-Z](?:[A-Z /]{0,60}[A-Z])?))?`,
    String.raw`(?:[ \t]{1,4}${g}(?i:SECTION))[ \t]{1,4}${g}[0-9]{1,3})[ \t]{1,4}${g}(?i:OF))[ \t]{1,4}${g}[0-9]{1,3}))?`,
    serial === 'required' ? tail : `${tail}?`,
    String.raw`[ \t]*$`,
  ].join('');
}

/** Month abbreviations of a DTG. */
const MONTHS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';

/** Precedence words, longest first (NIACT IMMEDIATE before IMMEDIATE). */
const PRECEDENCE_WORDS = phrases(PRECEDENCES.map((p) => p.word));

/** Scope segment of each precedence: `niact-immediate`, `flash`… */
function precedenceSegment(word: string): string {
  return word.toLowerCase().replace(/ /g, '-');
}

/** Prosign letter → precedence segment (HDR-014). */
const PROSIGN_SEGMENT: ReadonlyArray<[string, string]> = [
  ['Z', 'flash'],
  ['O', 'immediate'],
  ['P', 'priority'],
  ['R', 'routine'],
];

/**
 * Caption words by kind, from the core vocabulary. `STATE FOR` is an attention line, not a
 * caption word: passing lines are recognised as whole lines instead.
 */
const CAPTION_KINDS: ReadonlyArray<[CaptionKind, string]> = (['restrictive', 'control', 'channel', 'distribution', 'handling'] as const).map(
  (kind) => [kind, phrases(CAPTIONS.filter((c) => c.kind === kind && !c.name.endsWith(' FOR')).map((c) => c.name))],
);

/** Any caption word or phrase, as written on a caption line. */
const ANY_CAPTION = `(?:${CAPTION_KINDS.map(([, words]) => words).join('|')})(?![A-Za-z])`;

/** A line made only of captions, separated by blanks or commas: `SENSITIVE`, `NOFORN, SIPDIS`. */
const CAPTION_ONLY_LINE = String.raw`[ \t]{0,8}${ANY_CAPTION}(?:(?:[ \t]*[,;][ \t]*|[ \t]+)${ANY_CAPTION}){0,8}[ \t]*(?:[,.][ \t]*)?$`;

/** The label lines a preamble region must stop in front of. */
const PREAMBLE_LABEL = String.raw`(?:E\.?[ ]?O\.?(?![A-Za-z])|EO[ \t]|TAGS?(?![A-Za-z])|SUBJ|REF|CLASSIFIED|Classified|[0-9]{1,3}\.)`;

/** The first line of a transmission header (FL1–FL5), for the header region and its neighbours. */
const HEADER_START = String.raw`(?:VZCZC|(?:ZZ|OO|PP|RR)[ \t]+${RI}(?![A-Za-z/])|DE[ \t]+${RI}[ \t]+#?[0-9]{3,5}(?:/[0-9]{1,3})?[ \t]+[0-9]{3}|ZN[RY][ \t]|[ZOPR](?:[ \t][ZOPR])?[ \t]+[0-9]{6}Z?[ \t]+[A-Z]{3})`;

/** Where the header (and its TO/INFO blocks) ends: blank line, BT, classification line, preamble label. */
const HEADER_STOP = String.raw`^(?=[ \t]*$|BT[ \t]*$|[ \t]{0,4}(?:TAGS?|SUBJECT|E\.O\.)(?![A-Za-z])|${classificationLine('optional', false).slice(1)})`;

/** A corrected-copy notice's words, letter-spaced or not, with an opening bracket allowed before them. */
const CORRECTED_COPY = String.raw`\(?[ \t]*(?i:C ?O ?R ?R ?E ?C ?T ?E ?D[ \t]{1,8}C ?O ?P ?Y)(?![A-Za-z])`;

/**
 * A line that may stand between the classification line and the E.O. line (CAP-001/002):
 * a corrected-copy notice, or else upper case throughout or a `<words> for|pass …` passing
 * line in mixed case; never a preamble label, a paragraph, a portion mark or a header line.
 */
const HANDLING_LINE = String.raw`[ \t]{0,8}(?:${CORRECTED_COPY}|(?!${PREAMBLE_LABEL}|\(|BT[ \t]*$|${HEADER_START}|FM[ \t]|TO[ \t]|INFO[ \t]|${classificationLine('optional', false).slice(1)})(?:[^a-z\n]{1,200}$|[A-Z][A-Za-z/.&-]{0,30}(?:[ ][A-Za-z][A-Za-z/.&-]{0,30}){0,3}[ \t]+(?:FOR|[Ff]or|PASS|[Pp]ass|ALSO|[Aa]lso)(?![A-Za-z])))`;

/** Where a preamble block (TAGS, SUBJECT, REF) stops: a blank line or the next part. */
function preambleStop(extra: string): string {
  return String.raw`^(?=[ \t]*$|[ \t]{0,4}(?:${extra}|CLASSIFIED|Classified|[0-9]{1,3}\.[ \t(]|\([A-Z/]{1,8}\)[ \t]*(?:CLASSIFIED|Classified)|SENSITIVE[ \t]+BUT))`;
}

/** Upper-case words that are headings when they stand alone (SUMMARY, COMMENT…), not signatures. */
const HEADING_WORDS = phrases([
  'ACTION', 'ACTION REQUEST', 'ACTION REQUESTED', 'AGENDA', 'ANALYSIS', 'ASSESSMENT', 'ATMOSPHERICS', 'BACKGROUND',
  'BIO', 'BIOGRAPHIC NOTE', 'BIOGRAPHY', 'BOTTOM LINE', 'CHRONOLOGY', 'COMMENT', 'COMMENTS', 'CONCLUSION',
  'CONCLUSIONS', 'CONTEXT', 'DEADLINE', 'DETAILS', 'DISCUSSION', 'EVENTS', 'HISTORY', 'INTRODUCTION', 'ISSUES',
  'KEY POINTS', 'MEETING', 'NEXT STEPS', 'NOTE', 'OBJECTIVE', 'OBJECTIVES', 'OUTLOOK', 'OVERVIEW', 'PARTICIPANTS',
  'POC', 'POINTS', 'PRIORITIES', 'PURPOSE', 'QUOTE', 'READOUT', 'RECOMMENDATION', 'RECOMMENDATIONS',
  'REPORTING DEADLINE', 'RESPONSE', 'RESULTS', 'SCENESETTER', 'STATUS', 'SUMMARY', 'TALKING POINTS', 'TEXT',
  'TIMELINE', 'UPDATE',
]);

/** A dashed, double or underscore rule above or below a heading (BODY-007). */
const RULE = String.raw`[-=_]{3,200}|(?:-[ \t]){2,100}-`;

/** Not a BEGIN/END marker line (END TEXT is a marker, not a heading). */
const NOT_MARKER = String.raw`(?!(?:BEGIN|END)(?![A-Z]))`;

/** Not a sub-paragraph label (A. / A)). */
const NOT_LABEL = String.raw`(?![A-Za-z][.)][ \t])`;

/** Heading text: upper case, at most 50 characters, no final period (paragraph lines are longer). */
const HEADING_TEXT = String.raw`[A-Z](?:[A-Z0-9 &/,'():;"-]{0,48}[A-Z0-9)":])?`;

/** A line that is not one of the heading words alone. */
const NOT_HEADING_WORDS = String.raw`(?!(?:${HEADING_WORDS})[ \t]*$)`;

/**
 * A heading region opened on the first line of a block (`\G`) by `firstLine` (one capture,
 * scoped `firstScope`); it lasts while the lines under it are rules or heading text, so a
 * heading wrapped over two lines, or framed by dashes, is one heading. `regionName` null
 * leaves the region unnamed (a signature line that heading lines follow).
 */
function headingRegion(comment: string, firstLine: string, firstScope: string, regionName: string | null = 'meta.heading.cable'): Rule {
  return {
    comment,
    ...(regionName ? { name: regionName } : {}),
    begin: String.raw`\G[ \t]{0,4}${firstLine}[ \t]*$`,
    beginCaptures: { 1: { name: firstScope } },
    while: String.raw`^(?=[ \t]{0,4}(?:(?:${RULE})|${NOT_MARKER}${NOT_LABEL}${HEADING_TEXT})[ \t]*$)`,
    patterns: [
      { match: String.raw`^[ \t]{0,4}(${RULE})[ \t]*$`, captures: { 1: { name: 'markup.heading.rule.cable' } } },
      { match: String.raw`^[ \t]{0,4}(${HEADING_TEXT})[ \t]*$`, captures: { 1: { name: 'markup.heading.cable' } } },
    ],
  };
}

/** A surname on a signature line (SIG-001): capitals, apostrophe, hyphen. */
const NAME = String.raw`[A-Z][A-Z'-]{1,24}`;

/** A cable citation `[YY ]ORIGIN SERIAL` (REF-003). Captures: 1 year, 2 origin, 3 serial. */
const CABLE_CITATION = String.raw`(?<![A-Za-z0-9])(?:([0-9]{4}|[0-9]{2})[ \t]{1,2})?([A-Z][A-Z.'-]{1,20}(?:[ ][A-Z][A-Z.'-]{1,20}){0,3})[ \t]{1,2}([0-9]{1,7})(?![0-9A-Za-z/])`;

/** A DTG `DDHHMMZ MON YY` (HDR-013). Captures: 1 day, 2 time, 3 Z, 4 month, 5 year. */
const DTG = String.raw`([0-9]{2})([0-9]{4})(Z)?[ \t]{1,2}(${MONTHS})[ \t]{1,2}([0-9]{2,4})(?![0-9])`;

/**
 * The labels that open the preamble parts, without the leading `^`. The block region ends in
 * front of exactly these, so the top level always has a rule for the line it hands back.
 */
const EO_LABEL = String.raw`[ \t]{0,4}(E\.[ ]?O\.?|EO)(?=[ \t]*[0-9]{5}|[ \t]*:)`;
const TAGS_LABEL = String.raw`[ \t]{0,4}(TAGS?|TAGES|Tags)(:)?(?=[ \t]|$)`;
const SUBJECT_LABEL = String.raw`[ \t]{0,4}(SUBJECT|SUBJ|SUBJET|Subject)[ \t]*(:)`;
const REF_LABEL = String.raw`[ \t]{0,4}(REF\(S\)|REFTELS?|REFERENCES?|REFS?|Refs?|Reftels?|References?)[ \t]*(:)`;

// ---------------------------------------------------------------------------------------------
// Scope helpers

/** The scope a classification level adds inside a construct's own scope. */
function levelScope(level: string): string {
  return `markup.classification.${level}.cable`;
}

/** Captures for `(¶)` / `([1](#))` at the start of a line. */
function residueCaptures(first: number): Record<string, Capture> {
  return { [first]: { name: 'invalid.deprecated.residue.cable' }, [first + 1]: { name: 'invalid.deprecated.residue.cable' } };
}

/**
 * Up to `count` items joined by a joiner, each item and joiner captured, written as nested
 * optional groups: `I(?:JI(?:JI)?)?`. Listing the captures instead of re-tokenising one big
 * capture matters: vscode-textmate copies the line prefix for every re-tokenised capture,
 * which is quadratic on a long line. `lead` puts a joiner before the first item too.
 * Captures are numbered from `first`; returns the regex, the captures and the next number.
 */
function capturedList(
  item: { regex: string; names: readonly string[] },
  joiner: { regex: string; name: string },
  count: number,
  first: number,
  lead = false,
): { regex: string; captures: Record<string, Capture>; next: number } {
  const captures: Record<string, Capture> = {};
  let next = first;
  const segments: string[] = [];
  for (let i = 0; i < count; i++) {
    let segment = '';
    if (i > 0 || lead) {
      segment += joiner.regex;
      captures[next++] = { name: joiner.name };
    }
    segment += item.regex;
    for (const name of item.names) captures[next++] = { name };
    segments.push(segment);
  }
  const regex = segments.reduceRight((inner, segment, i) => (i === 0 && !lead ? segment + inner : `(?:${segment}${inner})?`), '');
  return { regex, captures, next };
}

// ---------------------------------------------------------------------------------------------
// Repository

function header(): Record<string, Rule> {
  const prosignRules: Rule[] = PROSIGN_SEGMENT.map(([letter, segment]) => ({ match: letter, name: `keyword.control.prosign.${segment}.cable` }));
  const digraphRules: Rule[] = PROSIGN_SEGMENT.map(([letter, segment]) => ({ match: letter + letter, name: `keyword.control.prosign.${segment}.cable` }));
  const addresseeStop = String.raw`^(?=[ \t]{0,4}(?:INFO|TO)(?:[ \t]|$))|${HEADER_STOP}`;
  return {
    header: {
      comment: 'FL1–FL8: from the first header line to a blank line, BT, the classification line or a preamble label.',
      name: 'meta.header.cable',
      begin: String.raw`^(?=${HEADER_START})`,
      end: HEADER_STOP,
      patterns: [
        { include: '#transmission-id' },
        { include: '#precedence-line' },
        { include: '#de-line' },
        { include: '#security-line' },
        { include: '#dtg-line' },
        { include: '#from-line' },
        { include: '#action-addressees' },
        { include: '#info-addressees' },
        { comment: 'A routing indicator on a malformed header line.', match: String.raw`(?<![A-Za-z/])${RI}(?![A-Za-z/])`, name: 'variable.other.constant.routing-indicator.cable' },
      ],
    },
    'transmission-id': {
      comment: 'FL1: VZCZC, channel designator, channel sequence number (HDR-001).',
      match: String.raw`^(VZCZC)[ \t]?([A-Z]{2,4})?([0-9]{1,6})?[ \t]*$`,
      name: 'meta.transmission-id.cable',
      captures: {
        1: { name: 'keyword.control.transmission-start.cable' },
        2: { name: 'variable.other.channel.cable' },
        3: { name: 'constant.numeric.channel-sequence.cable' },
      },
    },
    'precedence-line': {
      comment: 'FL2: the prosign digraph and routing indicators, continued on lines holding only RIs (HDR-002).',
      name: 'meta.precedence-line.cable',
      begin: String.raw`^(ZZ|OO|PP|RR)(?=[ \t]+${RI}(?![A-Za-z/]))`,
      beginCaptures: { 1: { patterns: digraphRules } },
      while: String.raw`^(?=[ \t]{0,4}${RI}(?:[ \t]{1,4}${RI}){0,40}[ \t]*$)`,
      patterns: [{ match: String.raw`(?<![A-Za-z])${RI}(?![A-Za-z])`, name: 'variable.other.constant.routing-indicator.cable' }],
    },
    'de-line': {
      comment: 'FL3: DE, originator RI, #SSN, /section, Julian filing time JJJHHMM (HDR-005).',
      match: String.raw`^(DE)[ \t]+(${RI})(?:[ \t]+(?:(#)([0-9]{1,6})|([0-9]{1,6}))(?:(/)([0-9]{1,3}))?(?:[ \t]+([0-9]{3})[ \t]?([0-9]{4}))?)?`,
      name: 'meta.de-line.cable',
      captures: {
        1: { name: 'keyword.other.de.cable' },
        2: { name: 'variable.other.constant.routing-indicator.cable' },
        3: { name: 'punctuation.definition.station-serial.cable' },
        4: { name: 'constant.numeric.station-serial.cable' },
        5: { name: 'constant.numeric.station-serial.cable' },
        6: { name: 'punctuation.separator.section.cable' },
        7: { name: 'constant.numeric.section.number.cable' },
        8: { name: 'constant.numeric.filing-time.julian-day.cable' },
        9: { name: 'constant.numeric.filing-time.hour-minute.cable' },
      },
    },
    'security-line': {
      comment: 'FL4: ZNR/ZNY, the five-letter code of the level, SPECAT suffix, ZZH (HDR-011/012).',
      match: String.raw`^(ZN[RY])(?:[ \t]+(?:(UUUUU)|(EEEEE)|(CCCCC)|(SSSSS)|(TTTTT)|([A-Z]{1,8})))?(?:(/)([A-Z]{5}))?(?:[ \t]+(ZZH))?`,
      name: 'meta.security-line.cable',
      captures: {
        1: { name: 'keyword.other.security-warning.cable' },
        2: { name: `constant.language.security-code.cable ${levelScope('unclassified')}` },
        3: { name: `constant.language.security-code.cable ${levelScope('unclassified.efto')}` },
        4: { name: `constant.language.security-code.cable ${levelScope('confidential')}` },
        5: { name: `constant.language.security-code.cable ${levelScope('secret')}` },
        6: { name: `constant.language.security-code.cable ${levelScope('top-secret')}` },
        7: { name: 'constant.language.security-code.cable' },
        8: { name: 'punctuation.separator.security-code.cable' },
        9: { name: 'constant.language.security-code.special-category.cable' },
        10: { name: 'keyword.other.operating-signal.cable' },
      },
    },
    'dtg-line': {
      comment: 'FL5: one or two prosigns and the date-time group (HDR-013).',
      match: String.raw`^([ZOPR])(?:[ \t]+([ZOPR]))?[ \t]+(${DTG})[ \t]*$`,
      name: 'meta.dtg-line.cable',
      captures: {
        1: { patterns: prosignRules },
        2: { patterns: prosignRules },
        3: { name: 'meta.dtg.cable' },
        4: { name: 'constant.numeric.dtg.day.cable' },
        5: { name: 'constant.numeric.dtg.time.cable' },
        6: { name: 'keyword.other.dtg.zone.cable' },
        7: { name: 'constant.language.dtg.month.cable' },
        8: { name: 'constant.numeric.dtg.year.cable' },
      },
    },
    'from-line': {
      comment: 'FL6: FM and the originator PLAD (HDR-017).',
      match: String.raw`^[ \t]{0,4}(FM)[ \t]+([A-Z0-9](?:[^\n]{0,120}[^ \t\n])?)[ \t]*$`,
      name: 'meta.from-line.cable',
      captures: { 1: { name: 'keyword.other.header-label.from.cable' }, 2: { name: 'entity.name.type.plad.cable' } },
    },
    'action-addressees': {
      comment: 'FL7: TO and the action addressees, one per line (HDR-018).',
      name: 'meta.addressees.action.cable',
      begin: String.raw`^[ \t]{0,4}(TO)(?:[ \t]+|$)`,
      beginCaptures: { 1: { name: 'keyword.other.header-label.to.cable' } },
      end: addresseeStop,
      patterns: [{ include: '#addressee' }],
    },
    'info-addressees': {
      comment: 'FL8: INFO and the information addressees.',
      name: 'meta.addressees.info.cable',
      begin: String.raw`^[ \t]{0,4}(INFO)(?:[ \t]+|$)`,
      beginCaptures: { 1: { name: 'keyword.other.header-label.info.cable' } },
      end: addresseeStop,
      patterns: [{ include: '#addressee' }],
    },
    addressee: {
      comment: 'An addressee entry [RI/]PLAD[ PRECEDENCE][ NNNN], or an XMT exemption (HDR-018/021/022).',
      patterns: [
        {
          match: String.raw`^[ \t]{0,4}(XMT)(/)?`,
          captures: { 1: { name: 'keyword.other.header-label.exempt.cable' }, 2: { name: 'punctuation.separator.exempt.cable' } },
        },
        {
          match: String.raw`(?<![A-Za-z0-9])(${RI})[ \t]{0,2}(/)`,
          captures: { 1: { name: 'variable.other.constant.routing-indicator.cable' }, 2: { name: 'punctuation.separator.routing.cable' } },
        },
        {
          comment: 'The PLAD: after the slash, after XMT, after the label, or opening a continuation line; it stops before a precedence word, a serial or the end.',
          match: String.raw`(?:(?<=/)[ \t]{0,2}|(?<=XMT)[ \t]{1,4}|\G|^[ \t]{0,4}(?!${RI}[ \t]{0,2}/|XMT(?![A-Z])|[ \t]))([A-Z0-9][A-Z0-9 .()'&,/:-]{0,80}?)(?=[ \t]{1,4}(?:${PRECEDENCE_WORDS})(?![A-Z])|[ \t]{1,4}[0-9]{4}[ \t]{0,8}$|[ \t]{0,8}$)`,
          captures: { 1: { name: 'entity.name.type.plad.cable' } },
        },
        ...PRECEDENCES.map(
          (p): Rule => ({
            match: String.raw`(?<=[ \t])(${phrases([p.word])})(?=[ \t]{1,4}[0-9]{4}[ \t]*$|[ \t]*$)`,
            captures: { 1: { name: `keyword.control.precedence.${precedenceSegment(p.word)}.cable` } },
          }),
        ),
        { match: String.raw`(?<=[ \t])([0-9]{4})(?=[ \t]*$)`, captures: { 1: { name: 'constant.numeric.addressee-serial.cable' } } },
      ],
    },
    trailer: {
      comment: 'BT, the #SSN validation line and NNNN (HDR-025).',
      patterns: [
        { match: String.raw`^[ \t]{0,4}(BT)[ \t]*$`, captures: { 1: { name: 'keyword.control.trailer.break.cable' } } },
        {
          match: String.raw`^[ \t]{0,4}(#)([0-9]{3,5})[ \t]*$`,
          name: 'meta.trailer.cable',
          captures: { 1: { name: 'punctuation.definition.station-serial.cable' }, 2: { name: 'constant.numeric.station-serial.cable' } },
        },
        { match: String.raw`^[ \t]{0,4}(NNNN)[ \t]*$`, captures: { 1: { name: 'keyword.control.trailer.end-of-message.cable' } } },
      ],
    },
  };
}

function classification(): Record<string, Rule> {
  const lineCaptures: Record<string, Capture> = Object.fromEntries(
    [
      ...LEVEL_WORDS.map((l) => `keyword.other.classification.cable ${levelScope(l.level)}`),
      `keyword.other.classification.cable ${levelScope('unclassified.efto')}`,
      'punctuation.separator.dissemination-control.cable',
      'storage.modifier.dissemination-control.cable',
      'keyword.other.section.cable',
      'constant.numeric.section.number.cable',
      'keyword.other.section.cable',
      'constant.numeric.section.total.cable',
      'entity.name.type.origin.cable',
      'constant.numeric.cable-serial.cable',
    ].map((name, i) => [String(i + 1), { name }]),
  );
  return {
    'captions-region': {
      comment: 'The classification line with its serial, then the caption and passing lines up to the first other line (CAP-001).',
      name: 'meta.captions.cable',
      begin: classificationLine('required', true),
      beginCaptures: { 0: { name: 'meta.classification-line.cable' }, ...lineCaptures },
      end: String.raw`^(?![ \t]*$|${HANDLING_LINE})`,
      patterns: [
        { include: '#sbu-banner' },
        { include: '#corrected-copy' },
        { include: '#caption-line' },
        {
          comment: 'A passing or attention line: DEPT FOR NEA/MAG, STATE PASS TO USTR.',
          name: 'string.unquoted.passing-line.cable',
          begin: String.raw`^(?=[ \t]{0,8}\S)`,
          end: '$',
          patterns: [
            { include: '#residue' },
            { include: '#caption-words' },
            { match: String.raw`(?<![A-Za-z])(?:PLEASE[ \t]{1,2}PASS(?:[ \t]{1,2}TO)?|ALSO[ \t]{1,2}FOR|PASS(?:[ \t]{1,2}TO)?|FOR|[Pp]lease[ \t]pass(?:[ \t]to)?|[Pp]ass(?:[ \t]to)?|[Ff]or)(?![A-Za-z])`, name: 'keyword.other.passing.cable' },
          ],
        },
      ],
    },
    'classification-line': {
      comment: 'A classification line elsewhere (a bare CONFIDENTIAL banner): scoped, but it opens no region.',
      match: classificationLine('optional', true),
      name: 'meta.classification-line.cable',
      captures: lineCaptures,
    },
    'caption-line': {
      comment: 'A line made only of captions (SIPDIS, NOFORN, SENSITIVE…), wherever it stands.',
      name: 'meta.caption-line.cable',
      begin: `^(?=${CAPTION_ONLY_LINE})`,
      end: '$',
      patterns: [{ include: '#caption-words' }, { match: '[,;.]', name: 'punctuation.separator.caption.cable' }],
    },
    'caption-words': {
      patterns: CAPTION_KINDS.map(([kind, words]) => ({ match: `(?<![A-Za-z])(?:${words})(?![A-Za-z])`, name: `storage.modifier.caption.${kind}.cable` })),
    },
    'corrected-copy': {
      comment: 'A corrected-copy notice among the captions, and what it corrects: C O R R E C T E D  C O P Y (PARAGRAPH NUMBERS).',
      match: String.raw`^[ \t]{0,8}(${CORRECTED_COPY})(.*)$`,
      name: 'meta.corrected-copy.cable',
      captures: { 1: { name: 'keyword.other.corrected-copy.cable' }, 2: { name: 'string.unquoted.correction-note.cable' } },
    },
    'sbu-banner': {
      comment: 'SENSITIVE BUT UNCLASSIFIED -- PLEASE PROTECT ACCORDINGLY (CLS-012).',
      match: String.raw`^[ \t]{0,8}${LINE_RESIDUE}[ \t]{0,2}((?i:SENSITIVE[ \t]{1,2}BUT[ \t]{1,2}UNCLASSIFIED))(?:(?:[ \t]*(?:-{1,2}|–|—|:|,|;|\.)[ \t]*|[ \t]+)((?i:PLEASE[ \t]{1,2}PROTECT[ \t]{1,2}ACCORDINGLY|NOT[ \t]{1,2}FOR[ \t]{1,2}(?:INTERNET|PUBLIC)[ \t]{1,2}DISTRIBUTION)[.!]?))?`,
      name: 'meta.sbu-banner.cable',
      captures: {
        ...residueCaptures(1),
        3: { name: `keyword.other.classification.banner.cable ${levelScope('unclassified.sbu')}` },
        4: { name: 'string.unquoted.handling-instruction.cable' },
      },
    },
  };
}

function preamble(): Record<string, Rule> {
  return {
    'eo-line': {
      comment: 'E.O. <order>: N/A | DECL: <date> (EO-001), with the legacy forms.',
      name: 'meta.eo-line.cable',
      begin: `^${EO_LABEL}`,
      beginCaptures: { 1: { name: 'keyword.other.eo.cable' } },
      end: '$',
      patterns: [
        { include: '#residue' },
        { match: String.raw`(?<![0-9])[0-9]{5}(?![0-9])`, name: 'constant.numeric.executive-order.cable' },
        { match: String.raw`(?<![A-Za-z/])(?i:N/A)(?![A-Za-z/])`, name: 'constant.language.not-applicable.cable' },
        { match: String.raw`(?<![A-Za-z])(?i:DECL)(?![A-Za-z])`, name: 'keyword.other.declassify.cable' },
        { match: String.raw`(?<![0-9])[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}(?![0-9])`, name: 'constant.numeric.date.declassification.cable' },
        { match: String.raw`(?<![A-Za-z0-9])(?:OADR|X?GDS(?:-[0-9])?|RDS-[0-9]|25X[0-9]|50X[0-9](?:-[A-Z]{1,6})?)(?![A-Za-z0-9])`, name: 'constant.language.declassification-exemption.cable' },
        { match: ':', name: 'punctuation.separator.key-value.cable' },
      ],
    },
    tags: {
      comment: 'TAGS: and the tags, wrapped until the next part (TAG-001/002).',
      name: 'meta.tags.cable',
      begin: `^${TAGS_LABEL}`,
      beginCaptures: { 1: { name: 'keyword.other.tags.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
      end: String.raw`^(?![ \t]{0,4}(?!SUBJ|REF|${PREAMBLE_LABEL})[A-Z\[][A-Z0-9 ,;/\[\]()#.'-]{0,200}$)`,
      patterns: [
        {
          comment: 'A tag inside archive residue: [PREL](#).',
          match: String.raw`(\[)([A-Z][A-Z0-9-]{0,15})(\]\(#\))`,
          captures: { 1: { name: 'invalid.deprecated.residue.cable' }, 2: { name: 'entity.name.tag.tags-item.cable' }, 3: { name: 'invalid.deprecated.residue.cable' } },
        },
        { include: '#residue' },
        { match: String.raw`(?<![A-Za-z0-9])[A-Z][A-Za-z0-9-]{1,20}(?![A-Za-z0-9])`, name: 'entity.name.tag.tags-item.cable' },
        { match: '[,;]', name: 'punctuation.separator.tags.cable' },
      ],
    },
    subject: {
      comment: 'SUBJECT: and its text, wrapped until a blank line or REF (SUBJ-001/003).',
      name: 'meta.subject.cable',
      begin: `^${SUBJECT_LABEL}`,
      beginCaptures: { 1: { name: 'keyword.other.subject.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
      contentName: 'markup.heading.subject.cable',
      end: preambleStop('REF|Ref|TAGS|E\\.O'),
      patterns: [{ include: '#residue' }, { include: '#portion-mark' }, { include: '#page-header-inline' }],
    },
    references: {
      comment: 'REF: and its lettered items, wrapped until a blank line (REF-001..004).',
      name: 'meta.references.cable',
      begin: `^${REF_LABEL}`,
      beginCaptures: { 1: { name: 'keyword.other.ref.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
      contentName: 'string.unquoted.ref-item.cable',
      end: preambleStop('SUBJECT|TAGS|E\\.O'),
      patterns: [
        { include: '#residue' },
        {
          comment: 'A reference letter: A. or A) or (A).',
          match: String.raw`(?<![A-Za-z0-9.])(?:(\()([A-Z])(\))|([A-Z])([.)]))(?=[ \t]|$)`,
          captures: {
            1: { name: 'punctuation.definition.ref-letter.cable' },
            2: { name: 'variable.other.ref-letter.definition.cable' },
            3: { name: 'punctuation.definition.ref-letter.cable' },
            4: { name: 'variable.other.ref-letter.definition.cable' },
            5: { name: 'punctuation.definition.ref-letter.cable' },
          },
        },
        {
          comment: 'A message cited by its DTG (SECDEF MSG DTG 301601Z SEP 08).',
          match: String.raw`(?<![0-9])${DTG}`,
          name: 'meta.dtg.cable',
          captures: {
            1: { name: 'constant.numeric.dtg.day.cable' },
            2: { name: 'constant.numeric.dtg.time.cable' },
            3: { name: 'keyword.other.dtg.zone.cable' },
            4: { name: 'constant.language.dtg.month.cable' },
            5: { name: 'constant.numeric.dtg.year.cable' },
          },
        },
        {
          match: CABLE_CITATION,
          name: 'markup.underline.link.cable-citation.cable',
          captures: {
            1: { name: 'constant.numeric.cable-year.cable' },
            2: { name: 'entity.name.type.origin.cable' },
            3: { name: 'constant.numeric.cable-serial.cable' },
          },
        },
        { match: ';', name: 'punctuation.separator.ref-item.cable' },
      ],
    },
    'classified-by': {
      comment: 'Classified By: and the classifier, up to the reasons (EO-006). The reasons are a region of their own, so they are not inside the classifier string.',
      name: 'meta.classified-by.cable',
      begin: String.raw`^[ \t]{0,4}(?:(\([A-Za-z/ ]{1,12}\))[ \t]{0,2})?((?i:CLASSIFIED[ \t]{1,3}BY))[ \t]{0,2}(:)?`,
      beginCaptures: {
        1: { patterns: [{ include: '#portion-mark' }] },
        2: { name: 'keyword.other.classified-by.cable' },
        3: { name: 'punctuation.separator.key-value.cable' },
      },
      contentName: 'string.unquoted.classifier.cable',
      end: String.raw`(?=(?i:(?<![A-Za-z])(?:for[ \t]{1,3})?reasons?(?![A-Za-z])|(?<![A-Za-z])reason\(s\)))|^(?=[ \t]*$|[ \t]{0,4}[0-9]{1,3}\.)`,
      patterns: [{ include: '#residue' }],
    },
    reasons: {
      comment: 'for reasons 1.4 (b) and (d) / REASON: 1.4(B), (D) (EO-006/007/008). Reached only where the Classified By region stops mid-line.',
      name: 'meta.reasons.cable',
      begin: String.raw`(?i:(?<![A-Za-z])(?:(for)[ \t]{1,3})?(reason\(s\)|reasons?))(?![A-Za-z])[ \t]{0,2}(:)?`,
      beginCaptures: {
        1: { name: 'keyword.other.reason.cable' },
        2: { name: 'keyword.other.reason.cable' },
        3: { name: 'punctuation.separator.key-value.cable' },
      },
      end: String.raw`^(?=[ \t]*$|[ \t]{0,4}[0-9]{1,3}\.)`,
      patterns: [
        { include: '#residue' },
        { match: String.raw`(?<![0-9])[0-9][ \t]?\.[ \t]?[0-9](?![0-9])`, name: 'constant.numeric.reason-section.cable' },
        {
          match: String.raw`(\()[ \t]{0,2}([A-Za-z])[ \t]{0,2}(\))`,
          captures: { 1: { name: 'punctuation.definition.reason-letter.cable' }, 2: { name: 'constant.language.reason-letter.cable' }, 3: { name: 'punctuation.definition.reason-letter.cable' } },
        },
        { match: String.raw`(?<![A-Za-z])[a-hA-H](?![A-Za-z])`, name: 'constant.language.reason-letter.cable' },
        { match: String.raw`(?<![A-Za-z])(?:and|AND|or|OR)(?![A-Za-z])|[,/&]`, name: 'keyword.operator.joiner.cable' },
      ],
    },
  };
}

function body(): Record<string, Rule> {
  const portionMarks: Rule[] = [
    ['TS', 'top-secret'],
    ['SBU', 'unclassified.sbu'],
    ['LOU', 'unclassified.limited-official-use'],
    ['U', 'unclassified'],
    ['C', 'confidential'],
    ['S', 'secret'],
  ].map(([letters, level]) => {
    const controls = capturedList(
      { regex: String.raw`(REL(?:[ ]TO)?(?:[ ,]{1,2}[A-Z]{2,20}){0,8}|[A-Z]{1,10}(?:[ ][A-Z]{1,10})?)`, names: ['storage.modifier.dissemination-control.cable'] },
      { regex: String.raw`[ ]?(/{1,2}|-|,)[ ]?`, name: `punctuation.separator.portion-mark.cable ${levelScope(level)}` },
      3,
      3,
      true,
    );
    return {
      match: String.raw`(?<![A-Za-z0-9])(\()[ ]?(${letters})${controls.regex}[ ]?(\))(?![A-Za-z0-9])`,
      name: 'meta.portion-mark.cable',
      captures: {
        1: { name: `punctuation.definition.portion-mark.begin.cable ${levelScope(level)}` },
        2: { name: `keyword.other.portion-mark.cable ${levelScope(level)}` },
        ...controls.captures,
        [controls.next]: { name: `punctuation.definition.portion-mark.end.cable ${levelScope(level)}` },
      },
    };
  });

  const refLetters = capturedList(
    {
      regex: String.raw`(?:(\()([A-Z])(\))|([A-Z]))`,
      names: ['punctuation.definition.ref-letter.cable', 'variable.other.ref-letter.citation.cable', 'punctuation.definition.ref-letter.cable', 'variable.other.ref-letter.citation.cable'],
    },
    { regex: String.raw`[ \t]{0,2}(,|/|&|-|–|and|AND|or|OR|through|THROUGH|thru|THRU)[ \t]{0,2}`, name: 'keyword.operator.joiner.cable' },
    8,
    2,
  );
  const paraNumbers = capturedList(
    { regex: '([0-9]{1,3})', names: ['constant.numeric.paragraph-number.citation.cable'] },
    { regex: String.raw`[ \t]{0,2}(,|and|AND|&|-|–|through|THROUGH|to|TO)[ \t]{0,2}`, name: 'keyword.operator.joiner.cable' },
    8,
    3,
  );

  const markerKinds: ReadonlyArray<[string, string, string]> = [
    // [kind, upper-case words, mixed-case words]
    ['summary', 'SUMMARY AND COMMENT|SUMMARY', '[Ss]ummary and [Cc]omment|[Ss]ummary'],
    ['comment', 'COMMENT', '[Cc]omment'],
    ['note', 'NOTE FOR POST ONLY|NOTE', '[Nn]ote for [Pp]ost [Oo]nly|[Nn]ote'],
    ['quote', 'QUOTE', '[Qq]uote'],
    ['text', String.raw`TRANSLATION|(?:[A-Z-]{1,20}[ \t]{1,2}){0,3}TEXT`, String.raw`Translation|translation|(?:[A-Za-z-]{1,20}[ \t]{1,2}){0,3}(?:Text|text)`],
  ];
  const markers: Rule[] = [];
  for (const [kind, upper, mixed] of markerKinds) {
    markers.push({
      comment: `End of a ${kind} block (BODY-004/005).`,
      match: String.raw`(?<![A-Za-z])(?:(?:END|End)(?:[ \t]{1,2}(?:OF|of))?[ \t]{1,2}(?:${upper}|${mixed})(?![A-Za-z])|end(?:[ \t]of)?[ \t]{1,2}(?:${mixed})(?=[.)]))\.?`,
      name: `keyword.control.marker.${kind}.end.cable`,
    });
  }
  for (const [kind, upper, mixed] of markerKinds) {
    const word = kind === 'text' ? String.raw`TEXT|Text|text|TRANSLATION|Translation|translation` : `${upper}|${mixed}`;
    markers.push({
      comment: `BEGIN ${kind.toUpperCase()} and its variants.`,
      match: String.raw`(?<![A-Za-z])(?:BEGIN|Begin|(?<=^|\(|[.:][ \t]|^[ \t])begin)(?:[ \t]{1,2}(?:[A-Za-z-]{1,20}[ \t]{1,2}){0,3}?)?(?:${word})(?![A-Za-z])[.:]?`,
      name: `keyword.control.marker.${kind}.begin.cable`,
    });
  }
  for (const [kind, words] of [
    ['summary', 'SUMMARY AND COMMENT|Summary and [Cc]omment|SUMMARY|Summary'],
    ['comment', 'COMMENT|Comment'],
    ['note', 'NOTE FOR POST ONLY|Note for [Pp]ost [Oo]nly|NOTE|Note'],
  ] as const) {
    markers.push({
      comment: `A ${kind} label (Summary:, (Note: or (Note. …) where a sentence or paragraph can start. Only a colon makes a label, except after a parenthesis: a wrapped END SUMMARY AND / COMMENT. opens nothing.`,
      match: String.raw`(?<=^|^[ \t]|[.!?)"”][ \t]|[.!?)"”][ \t]{2}|--[ \t]|^[ \t]{2})(?:${words})[ \t]?:|(?<=\()(?:${words})[ \t]?[:.]`,
      name: `keyword.control.marker.${kind}.begin.cable`,
    });
  }

  return {
    residue: {
      comment: 'What an archive copy added: ¶, [1](#), [PREL](#).',
      patterns: [{ match: String.raw`¶|\[[0-9]{1,4}\]\(#\)|\[[A-Z][A-Z0-9-]{0,15}\]\(#\)`, name: 'invalid.deprecated.residue.cable' }],
    },
    'portion-mark': { comment: '(U) (SBU) (C) (S) (TS), with controls //NF, /REL … (CLS-007).', patterns: portionMarks },
    'page-header': {
      comment: 'A continuation page header on its own line: STATE 00010774  002 OF 003 (PAGE-001).',
      match: String.raw`^[ \t]{0,4}(${ORIGIN_UPPER})[ \t]{1,3}([0-9]{5,8})[ \t]{1,4}([0-9]{1,3}(?:\.[0-9])?)[ \t]{1,2}(OF)[ \t]{1,2}([0-9]{1,3})[ \t]*$`,
      name: 'comment.line.page-header.cable',
      captures: pageHeaderCaptures(),
    },
    'page-header-inline': {
      comment: 'A page header that fell inside a line of text (PAGE-003): strict shape only.',
      match: String.raw`(?<![A-Za-z0-9])([A-Z][A-Z.'-]{0,20}(?:[ ][A-Z][A-Z.'-]{0,20}){0,2})[ \t]{1,3}([0-9]{8})[ \t]{1,3}([0-9]{3}(?:\.[0-9])?)[ ](OF)[ ]([0-9]{3})(?![0-9])`,
      name: 'comment.line.page-header.cable',
      captures: pageHeaderCaptures(),
    },
    'rule-line': {
      comment: 'A dashed or double rule above or below a heading (BODY-007).',
      match: String.raw`^[ \t]{0,4}(${RULE})[ \t]*$`,
      captures: { 1: { name: 'markup.heading.rule.cable' } },
    },
    'paragraph-number': {
      comment: 'A paragraph number flush left: 1. or 1.(C) (BODY-001/002).',
      match: String.raw`${LINE_START}([0-9]{1,3})(\.)(?=[ \t]|\(|$)`,
      captures: { ...residueCaptures(1), 3: { name: 'constant.numeric.paragraph-number.cable' }, 4: { name: 'punctuation.separator.paragraph-number.cable' } },
    },
    'sub-paragraph': {
      comment: 'A sub-paragraph label: A. a) 2a. (a) (BODY-003). (C), (S) and (U) are portion marks.',
      match: String.raw`${LINE_START}(?:([0-9]{1,3}[a-z]|[A-Za-z])([.)])|(\()(?!(?:TS|SBU|LOU|U|C|S)[/)])([A-Za-z]|[0-9]{1,2}|[ivx]{1,4})(\)))(?=[ \t])`,
      captures: {
        ...residueCaptures(1),
        3: { name: 'constant.numeric.sub-paragraph.cable' },
        4: { name: 'punctuation.definition.sub-paragraph.cable' },
        5: { name: 'punctuation.definition.sub-paragraph.cable' },
        6: { name: 'constant.numeric.sub-paragraph.cable' },
        7: { name: 'punctuation.definition.sub-paragraph.cable' },
      },
    },
    bullet: {
      comment: 'A -- or - bullet (BODY-003).',
      match: String.raw`${LINE_START}(?:(--|—|–|•|\*|-)(?=[ \t])|(--)(?=[A-Za-z(]))`,
      captures: { ...residueCaptures(1), 3: { name: 'punctuation.definition.list.bullet.cable' }, 4: { name: 'punctuation.definition.list.bullet.cable' } },
    },
    markers: { comment: 'Summary, comment, note, quote and text markers (BODY-004/005).', patterns: markers },
    'ref-citation': {
      comment: 'REF A, REFTEL, REFS C AND D, reftels C/D in running text (REF-005); up to eight letters.',
      match: String.raw`(?<![A-Za-z])(REFTELS?|REFS?|[Rr]eftels?|[Rr]efs?)(?![A-Za-z:])(?:[ \t]{1,2}${refLetters.regex}(?![A-Za-z0-9]))?`,
      name: 'meta.ref-citation.cable',
      captures: { 1: { name: 'keyword.other.ref-citation.cable' }, ...refLetters.captures },
    },
    'para-citation': {
      comment: 'para 5, paras 3 and 4, paragraphs 2-4 (BODY-006); up to eight numbers.',
      match: String.raw`(?<![A-Za-z])(PARAGRAPHS?|PARAS?|[Pp]aragraphs?|[Pp]aras?)(\.)?[ \t]?${paraNumbers.regex}(?![0-9]|\.[0-9])`,
      name: 'meta.para-citation.cable',
      captures: { 1: { name: 'keyword.other.para-citation.cable' }, 2: { name: 'keyword.other.para-citation.cable' }, ...paraNumbers.captures },
    },
    'line-start': {
      comment: 'Constructs that own the start of a line in the body.',
      patterns: [
        { include: '#page-header' },
        { include: '#trailer' },
        { include: '#classification-line' },
        { include: '#caption-line' },
        { include: '#sbu-banner' },
        { include: '#rule-line' },
        { include: '#paragraph-number' },
        { include: '#sub-paragraph' },
        { include: '#bullet' },
      ],
    },
    inline: {
      comment: 'Constructs found anywhere in running text.',
      patterns: [
        { include: '#portion-mark' },
        { include: '#page-header-inline' },
        { include: '#markers' },
        { include: '#ref-citation' },
        { include: '#para-citation' },
        { include: '#residue' },
      ],
    },
    block: {
      comment: 'A run of non-blank lines: a paragraph, a heading, a signature. \\G matches only on its first line. It ends in front of a header line or a preamble label, which the top level takes.',
      name: 'meta.paragraph.cable',
      begin: String.raw`^(?=[ \t]*\S)`,
      end: String.raw`^(?=[ \t]*$|${HEADER_START}|${EO_LABEL}|${SUBJECT_LABEL}|${REF_LABEL}|[ \t]{0,4}(?:TAGS?|TAGES|Tags):(?=[ \t]|$))`,
      patterns: [
        headingRegion('A dashed rule opening a block: the heading lines under it belong to it.', `(${RULE})`, 'markup.heading.rule.cable'),
        { include: '#line-start' },
        { include: '#inline' },
        headingRegion('A one- or two-word heading after a blank line (SUMMARY, NEXT STEPS).', `(${HEADING_WORDS})`, 'markup.heading.cable'),
        headingRegion(
          'A lone surname after a blank line: the signature (SIG-001). A TextMate grammar cannot see that it is the last line; when heading lines or a rule follow, those are scoped as a heading.',
          `${NOT_HEADING_WORDS}(${NAME}(?:[ ]${NAME})?)`,
          'entity.name.function.signature.cable',
          null,
        ),
        headingRegion('An upper-case line of at most 50 characters after a blank line, and the like lines under it.', `${NOT_MARKER}${NOT_LABEL}(${HEADING_TEXT})`, 'markup.heading.cable'),
        {
          comment: 'A lone surname right under a line of text: the signature (SIG-001).',
          match: String.raw`^(?!\G)[ \t]{0,4}${NOT_HEADING_WORDS}(${NAME}(?:[ ]${NAME})?)[ \t]*$`,
          captures: { 1: { name: 'entity.name.function.signature.cable' } },
        },
      ],
    },
  };
}

/** Upper-case origin words of a whole-line page header. */
const ORIGIN_UPPER = String.raw`[A-Z][A-Z.'-]{0,20}(?:[ ][A-Z][A-Z.'-]{0,20}){0,4}`;

function pageHeaderCaptures(): Record<string, Capture> {
  return {
    1: { name: 'meta.page-header.origin.cable' },
    2: { name: 'meta.page-header.serial.cable' },
    3: { name: 'meta.page-header.page.cable' },
    4: { name: 'meta.page-header.of.cable' },
    5: { name: 'meta.page-header.total.cable' },
  };
}

/** Builds the whole grammar. Pure: the same input vocabulary gives the same JSON. */
export function buildCableGrammar(): Grammar {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Cable',
    scopeName: 'source.cable',
    fileTypes: ['cable', 'tel'],
    patterns: [
      { include: '#header' },
      { include: '#trailer' },
      { include: '#captions-region' },
      { include: '#eo-line' },
      { include: '#tags' },
      { include: '#subject' },
      { include: '#references' },
      { include: '#classified-by' },
      { include: '#reasons' },
      { include: '#block' },
    ],
    repository: { ...header(), ...classification(), ...preamble(), ...body() },
  };
}

/** The grammar as the committed file holds it. */
export function renderCableGrammar(): string {
  return JSON.stringify(buildCableGrammar(), null, 2) + '\n';
}
