/**
 * The syntax tree of a cable. Every node has a `kind` and a `span` (UTF-16 offsets into the
 * text). The document's `blocks` are the top-level nodes in text order: they never overlap,
 * and every character of the text that is not white space lies in exactly one of them, so
 * nothing the parser does not understand is dropped (it becomes an `unknown` block).
 * Convenience fields (`header`, `subject`, `paragraphs`…) point into the same nodes.
 */
import type { LineIndex } from '../text/lineIndex';
import type { Span, Token } from '../text/span';
import type { Level } from '../vocab/classification';
import type { DateTime, CalendarDate } from '../vocab/dates';
import type { PrecedenceWord } from '../vocab/precedence';

export type { Level } from '../vocab/classification';

// ───────────────────────────── transmission header ─────────────────────────────

/** FL1: `VZCZCXRO4139`. */
export interface TransmissionIdNode {
  readonly kind: 'transmissionId';
  readonly span: Span;
  /** The identifier with any inner spaces removed (`VZCZC XRO4139` → `VZCZCXRO4139`). */
  readonly id: string;
}

/** FL2 (`OO RUEHTRO`) or one of its continuation lines of routing indicators. */
export interface RoutingLineNode {
  readonly kind: 'routingLine';
  readonly span: Span;
  /** The precedence digraph (`OO`), absent on continuation lines. */
  readonly digraph: Token | null;
  readonly indicators: readonly Token[];
}

/** FL3: `DE RUEHC #0774/01 0362052`. */
export interface DeLineNode {
  readonly kind: 'deLine';
  readonly span: Span;
  readonly indicator: Token | null;
  /** The station serial number as written, without `#` (normally four digits). */
  readonly serial: Token | null;
  /** Whether the serial was written with its `#`. */
  readonly hasHash: boolean;
  /** The section number after `/`, without the slash. */
  readonly section: Token | null;
  /** The filing time as written (`0362052`: Julian day, hour, minute). */
  readonly filingTime: Token | null;
  /** The filing time's parts when it has the 7-digit shape (values unchecked). */
  readonly julian: { readonly day: number; readonly hour: number; readonly minute: number } | null;
  /** Text after the expected parts that the line should not have. */
  readonly extra: Token | null;
}

/** FL4: `ZNR UUUUU ZZH`, `ZNY CCCCC ZZH`. */
export interface SecurityLineNode {
  readonly kind: 'securityLine';
  readonly span: Span;
  /** `ZNR` or `ZNY`. */
  readonly prefix: Token;
  /** The five repeated letters (`UUUUU`), as written. */
  readonly code: Token | null;
  /** A SPECAT or SIOP-ESI suffix (`/BBBBB`). */
  readonly specat: Token | null;
  /** The operating signal after the code (`ZZH`). */
  readonly operatingSignal: Token | null;
  readonly extra: Token | null;
}

/** A date-time group `DDHHMMZ MON YY` wherever it is written. */
export interface DtgNode {
  readonly kind: 'dtg';
  readonly span: Span;
  readonly day: Token;
  readonly hour: Token;
  readonly minute: Token;
  /** The zone letter (`Z`), or null when it is missing. */
  readonly zone: Token | null;
  /** The month as written (`FEB`, or a spelled-out `FEBRUARY`). */
  readonly month: Token;
  /** The year as written (two digits, or four). */
  readonly year: Token;
  /** The moment it names, or null when the parts name no real moment. */
  readonly value: DateTime | null;
}

/** FL5: precedence prosign(s) and the DTG: `O P 052036Z FEB 09`. */
export interface DtgLineNode {
  readonly kind: 'dtgLine';
  readonly span: Span;
  readonly prosigns: readonly Token[];
  readonly dtg: DtgNode | null;
}

/** FL6: `FM SECSTATE WASHDC`. */
export interface FromLineNode {
  readonly kind: 'fromLine';
  readonly span: Span;
  readonly label: Token;
  /** The originator as written (may wrongly include an indicator or precedence). */
  readonly plad: Token | null;
  /** A routing indicator written before the PLAD (not allowed on FM). */
  readonly indicator: Token | null;
  /** A precedence word written after the PLAD (not allowed on FM). */
  readonly precedence: Token | null;
}

/** One TO or INFO addressee: `RUEHAK/AMEMBASSY ANKARA IMMEDIATE 7038`. */
export interface AddresseeNode {
  readonly kind: 'addressee';
  readonly span: Span;
  readonly role: 'to' | 'info';
  /** `TO` or `INFO` on the first addressee of each block. */
  readonly label: Token | null;
  readonly indicator: Token | null;
  /** The separator between indicator and PLAD as written (`/`, ` / `). */
  readonly separator: Token | null;
  readonly plad: Token | null;
  /**
   * The precedence as written: an exact precedence word, or a word that is close to one
   * (`PRIOITY`); rules tell which. Null when the entry has none.
   */
  readonly precedence: Token | null;
  /** The precedence the entry names when `precedence` is an exact word. */
  readonly precedenceWord: PrecedenceWord | null;
  /** The per-addressee serial (normally four digits). */
  readonly serial: Token | null;
}

/** `XMT/AMEMBASSY SOFIA`, or a further exempted PLAD below it. */
export interface XmtLineNode {
  readonly kind: 'xmtLine';
  readonly span: Span;
  readonly role: 'to' | 'info';
  readonly label: Token | null;
  readonly plad: Token | null;
}

/** A page banner of older copies inside the header (`TO PAGE 02 STATE 023763 071504Z`). */
export interface LegacyBannerNode {
  readonly kind: 'legacyBanner';
  readonly span: Span;
}

export type HeaderLine =
  | TransmissionIdNode
  | RoutingLineNode
  | DeLineNode
  | SecurityLineNode
  | DtgLineNode
  | FromLineNode
  | AddresseeNode
  | XmtLineNode
  | LegacyBannerNode
  | UnknownNode;

/** The ACP-127 transmission header, FL1 to FL8, with or without routing indicators. */
export interface HeaderNode {
  readonly kind: 'header';
  readonly span: Span;
  readonly lines: readonly HeaderLine[];
  readonly transmissionId: TransmissionIdNode | null;
  readonly routing: readonly RoutingLineNode[];
  readonly de: DeLineNode | null;
  readonly security: SecurityLineNode | null;
  readonly dtgLine: DtgLineNode | null;
  readonly from: FromLineNode | null;
  readonly to: readonly AddresseeNode[];
  readonly info: readonly AddresseeNode[];
  readonly exemptions: readonly XmtLineNode[];
}

/** `BT`, `#0774` or `NNNN` of the pure ACP-127 form. */
export interface TrailerLineNode {
  readonly kind: 'trailerLine';
  readonly span: Span;
  readonly which: 'bt' | 'ssn' | 'nnnn';
  /** For `#0774`, the serial without `#`. */
  readonly serial: Token | null;
}

// ───────────────────────────── classification line ─────────────────────────────

/**
 * How the classification words are written: `canonical` (UNCLAS, C O N F I D E N T I A L…),
 * `unspaced` (CONFIDENTIAL), `spelled` (UNCLASSIFIED), `lowercase` (c o n f i d e n t i a l),
 * `irregular` (S E C R ET).
 */
export type ClassificationForm = 'canonical' | 'unspaced' | 'spelled' | 'lowercase' | 'irregular';

/** `UNCLAS SECTION 01 OF 03 STATE 010774`. */
export interface ClassificationLineNode {
  readonly kind: 'classificationLine';
  readonly span: Span;
  /** The classification words as written (`C O N F I D E N T I A L`). */
  readonly marking: Token;
  readonly level: Level;
  readonly form: ClassificationForm;
  /** `UNCLAS E F T O` (or an unspaced EFTO). */
  readonly efto: Token | null;
  /** LIMITED OFFICIAL USE, the pre-1995 control. */
  readonly limitedOfficialUse: boolean;
  /** The whole `SECTION nn OF mm` phrase. */
  readonly sectionPhrase: Token | null;
  readonly sectionNumber: Token | null;
  readonly sectionTotal: Token | null;
  /** The origin station as written (`STATE`, `SAO PAULO`). */
  readonly origin: Token | null;
  /** The message serial as written (`010774`). */
  readonly serial: Token | null;
  /** Canonical cable id (`09STATE10774`) when the year is known. */
  readonly cableId: string | null;
}

// ───────────────────────────── captions and handling ─────────────────────────────

/** One caption word or phrase on a caption line (`SIPDIS`, `FOR DCMS AND ALL CABLE DRAFTERS`). */
export interface CaptionNode {
  readonly kind: 'caption';
  readonly span: Span;
  /** Upper case, single-spaced. */
  readonly name: string;
  /** Whether this is a passing or attention phrase (`DEPT FOR …`, `PASS TO …`) rather than a caption. */
  readonly passing: boolean;
}

/** A line of captions or a passing line between the classification line and the E.O. line. */
export interface CaptionLineNode {
  readonly kind: 'captionLine';
  readonly span: Span;
  readonly captions: readonly CaptionNode[];
  /** Whether the captions are separated by commas. */
  readonly commaSeparated: boolean;
}

/** `SENSITIVE BUT UNCLASSIFIED -- PLEASE PROTECT ACCORDINGLY` and similar handling banners. */
export interface SbuBannerNode {
  readonly kind: 'sbuBanner';
  readonly span: Span;
  /** Whether the banner adds NOFORN (`…UNCLASSIFIED/NOFORN…`). */
  readonly noforn: boolean;
}

// ───────────────────────────── E.O., TAGS, SUBJECT ─────────────────────────────

/** The declassification instruction on the E.O. line. */
export type DeclassifyForm = 'na' | 'date' | 'oadr' | 'schedule' | 'other' | 'missing';

/** `E.O. 12958: DECL: 03/13/2018`. */
export interface EoLineNode {
  readonly kind: 'eoLine';
  readonly span: Span;
  /** The label as written (`E.O.`, `EO`). */
  readonly label: Token;
  /** The order number (`12958`). */
  readonly order: Token | null;
  /** Whether the label and colon are in the canonical `E.O. nnnnn:` form. */
  readonly canonicalLabel: boolean;
  /** Everything after the order and its colon (`DECL: 03/13/2018`, `N/A`). */
  readonly instruction: Token | null;
  readonly form: DeclassifyForm;
  /** The `DECL`/`DNG` keyword. */
  readonly keyword: Token | null;
  /** The date as written. */
  readonly dateText: Token | null;
  /** The date's parts (the year expanded), or null when it has no date shape. */
  readonly date: CalendarDate | null;
  /** Whether the date's parts name a real day. */
  readonly dateValid: boolean;
  /** Whether the date text has the canonical MM/DD/YYYY shape. */
  readonly dateCanonical: boolean;
}

/** One tag on the TAGS line. */
export interface TagNode {
  readonly kind: 'tag';
  readonly span: Span;
  /** The tag in upper case, without any link residue around it. */
  readonly text: string;
  /** Whether it was written as archive link residue `[PREL](#)`. */
  readonly linked: boolean;
  /** Whether it is a person's name after OVIP, OEXC, OREP, OTRA or OCON (`CLINTON, HILLARY`). */
  readonly person: boolean;
  /**
   * The tags a word holds when it is listed tags run together (`ITPHUM` on a line that also
   * writes `IT`, `PHUMPGOV`), each with its own span inside this one; absent otherwise. The
   * node itself keeps the word as written; `tagsAsRead` (tagsLine.ts) gives the list with the parts.
   */
  readonly parts?: readonly TagNode[];
}

/** `TAGS: PREL PGOV TU`, possibly wrapped, comma- or space-separated. */
export interface TagsNode {
  readonly kind: 'tags';
  readonly span: Span;
  /** `TAGS` (or a variant such as `TAG`); empty, at the line's start, when the line has no label. */
  readonly label: Token;
  readonly hasColon: boolean;
  readonly tags: readonly TagNode[];
  /**
   * Captions written among the tags (`TAGS: ECON ETRD CA SIPDIS`): SIPDIS, NOFORN and the
   * restrictive captions, which are never tags, so they are kept out of `tags`.
   */
  readonly captions: readonly CaptionNode[];
  /** Separators used: spaces, commas or both. */
  readonly separators: 'space' | 'comma' | 'mixed' | 'none';
}

/** A portion mark as written inside its parentheses: `(S//NF)`, `(C/REL UK)`, `(SBU)`. */
export interface PortionMarkNode {
  readonly kind: 'portionMark';
  /** The span including the parentheses. */
  readonly span: Span;
  /** The text inside the parentheses as written. */
  readonly text: string;
  /** The level letters, upper case: U, SBU, LOU, C, S, TS. */
  readonly level: string;
  /** Controls, upper case (`NF`, `REL UK`, `N`). */
  readonly controls: readonly string[];
  /** Whether the text is in the canonical upper-case short form. */
  readonly canonical: boolean;
}

/** `SUBJECT: DEMARCHE TO …`, possibly wrapped. */
export interface SubjectNode {
  readonly kind: 'subject';
  readonly span: Span;
  readonly label: Token;
  readonly portionMark: PortionMarkNode | null;
  /** The subject text, line breaks folded to single spaces, without the portion mark. */
  readonly text: string;
  /** The span of the text after the label. */
  readonly textSpan: Span;
}

// ───────────────────────────── references ─────────────────────────────

/** A citation of another cable: `08 STATE 100866`, `TBILISI 1605`. */
export interface CableCitation {
  readonly span: Span;
  /** The year as written (2 or 4 digits), if any. */
  readonly year: Token | null;
  /** The origin as written. */
  readonly origin: Token;
  /** The serial as written. */
  readonly serial: Token;
  /** Canonical id (`08STATE100866`), or null when no year is known. */
  readonly cableId: string | null;
}

/** How REF items are lettered: `A.`, `A)`, `(A)`, `A:`, or not at all. */
export type LetterStyle = 'dot' | 'paren' | 'enclosed' | 'colon' | 'bare' | 'none';

/** One item of the REF block. */
export interface ReferenceNode {
  readonly kind: 'reference';
  readonly span: Span;
  /** The letter (upper case), or null for an unlettered single reference. */
  readonly letter: string | null;
  /** The letter with its punctuation as written (`A.`, `(A)`). */
  readonly letterToken: Token | null;
  readonly letterStyle: LetterStyle;
  /** The item's text, line breaks folded, letter removed. */
  readonly text: string;
  readonly textSpan: Span;
  /** The cable citations in the item (most have one; `BRASILIA 2799 AND 2764` has two). */
  readonly citations: readonly CableCitation[];
}

/** `REF: A. 08 STATE 100866 B. …`. */
export interface ReferencesNode {
  readonly kind: 'references';
  readonly span: Span;
  /** The label as written (`REF`, `REFS`, `Reftel`). */
  readonly label: Token;
  readonly items: readonly ReferenceNode[];
}

/** `Classified By: Amb. Carol van Voorst for reasons 1.4 (b) and (d).` */
export interface ClassifiedByNode {
  readonly kind: 'classifiedBy';
  readonly span: Span;
  readonly label: Token;
  readonly portionMark: PortionMarkNode | null;
  /** The whole text after the label, line breaks folded. */
  readonly text: string;
  /** The classifier: the text before the reason, trimmed of punctuation. */
  readonly classifier: string;
  /** `1.4` or `1.5`, as written. */
  readonly section: Token | null;
  /** The reason letters, lower case, each with its span. */
  readonly reasons: readonly Token[];
}

// ───────────────────────────── body ─────────────────────────────

/** A continuation page header: `STATE 00010774  002 OF 003`. */
export interface PageHeaderNode {
  readonly kind: 'pageHeader';
  readonly span: Span;
  readonly origin: Token;
  readonly serial: Token;
  /** The page as written (`002`, `001.2`). */
  readonly page: Token;
  readonly total: Token;
}

/**
 * A page banner of older copies: `PAGE 02 ROME 01196 01 OF 02 082030Z`, or a classification
 * word alone on a line at the top or foot of a page. It interrupts text like a page header
 * but is not checked as one.
 */
export interface PageBannerNode {
  readonly kind: 'pageBanner';
  readonly span: Span;
}

/** Text the archive added: `¶`, `[1](#)`, the link around a tag. */
export interface ResidueNode {
  readonly kind: 'residue';
  readonly span: Span;
  readonly what: 'pilcrow' | 'link' | 'tagLink' | 'backslash';
}

/** A citation of a reference in the text: `REF A`, `REFTEL`, `REFS C AND D`, `reftels A-C`. */
export interface RefCitationNode {
  readonly kind: 'refCitation';
  readonly span: Span;
  /** The keyword as written (`REF`, `reftels`). */
  readonly keyword: Token;
  /** The letters cited, upper case, each with its span; a range `A-C` lists A, B and C, the implied B with the whole range's span. */
  readonly letters: readonly Token[];
}

/** `para 5`, `paras 3 and 4`, `paragraph 2`. */
export interface ParaCitationNode {
  readonly kind: 'paraCitation';
  readonly span: Span;
  readonly keyword: Token;
  readonly numbers: readonly Token[];
}

/** Blocks that open and close inside the text. */
export type MarkedBlockKind = 'summary' | 'comment' | 'note' | 'text' | 'quote';

/** `Summary:`, `End summary.`, `BEGIN TEXT`, `END TEXT` … */
export interface BlockMarkerNode {
  readonly kind: 'blockMarker';
  readonly span: Span;
  readonly block: MarkedBlockKind;
  readonly role: 'open' | 'close';
}

/** A summary, comment, note, quoted-text block from its opener to its closer. */
export interface MarkedBlockNode {
  readonly kind: 'markedBlock';
  readonly span: Span;
  readonly block: MarkedBlockKind;
  readonly open: BlockMarkerNode;
  /** Null when the block is never closed. */
  readonly close: BlockMarkerNode | null;
}

/** A sub-paragraph: `A.`, `a.`, `2a.`, `(a)`. */
export interface SubParagraphNode {
  readonly kind: 'subParagraph';
  readonly span: Span;
  /** The label as written (`A.`, `2a.`). */
  readonly label: Token;
  readonly portionMark: PortionMarkNode | null;
}

/** A `--` or `-` bullet. */
export interface BulletNode {
  readonly kind: 'bullet';
  readonly span: Span;
  readonly marker: Token;
  readonly portionMark: PortionMarkNode | null;
}

/** A numbered paragraph, from its number to the line before the next paragraph or heading. */
export interface ParagraphNode {
  readonly kind: 'paragraph';
  readonly span: Span;
  /** The number as written, without the period. */
  readonly number: Token;
  /** The number's value. */
  readonly value: number;
  /** The period (or other punctuation) after the number. */
  readonly numberPunctuation: Token | null;
  readonly portionMark: PortionMarkNode | null;
  /** Where the text after the number and mark begins. */
  readonly textStart: number;
  readonly subParagraphs: readonly SubParagraphNode[];
  readonly bullets: readonly BulletNode[];
  readonly pageHeaders: readonly PageHeaderNode[];
}

/** Text in the body that is not inside a numbered paragraph (an unnumbered cable's text, a lead-in). */
export interface TextBlockNode {
  readonly kind: 'text';
  readonly span: Span;
  readonly portionMark: PortionMarkNode | null;
  readonly subParagraphs: readonly SubParagraphNode[];
  readonly bullets: readonly BulletNode[];
  readonly pageHeaders: readonly PageHeaderNode[];
}

/** A heading line between paragraphs, possibly with dashed rules above and below. */
export interface HeadingNode {
  readonly kind: 'heading';
  readonly span: Span;
  readonly text: Token;
  readonly rules: readonly Token[];
}

/** The signature: the last line of the text. */
export interface SignatureNode {
  readonly kind: 'signature';
  readonly span: Span;
  readonly text: string;
}

/**
 * The archive's record of a cable, which some archived copies hold between two copies of the
 * cable's opening: its id, date, origin, classification and references (`id: 90003`,
 * `refid: 07LIMA2129` …, or the values alone), and the rule closing the archive's copy of the
 * header (`----- header ends -----`). Not cable text; see `syntax/archiveCopy.ts`.
 */
export interface ArchiveRecordNode {
  readonly kind: 'archiveRecord';
  readonly span: Span;
}

/**
 * A corrected-copy notice among the captions (`C O R R E C T E D  C O P Y (PARAGRAPH NUMBERS)`):
 * the cable was sent again with a correction. See `syntax/correctedCopy.ts`.
 */
export interface CorrectedCopyNode {
  readonly kind: 'correctedCopy';
  readonly span: Span;
  /** What the notice says was corrected (`PARAGRAPH NUMBERS`), without its brackets or dashes; null when it names nothing. */
  readonly note: Token | null;
}

/**
 * A receiving station's distribution log above the cable (`INFO  LOG-00   EEB-00 …`), with
 * the drafting lines a Department copy prints with it. Not cable text; see
 * `syntax/distributionLog.ts`.
 */
export interface DistributionLogNode {
  readonly kind: 'distributionLog';
  readonly span: Span;
}

/** A line or part of one that the parser could not place. */
export interface UnknownNode {
  readonly kind: 'unknown';
  readonly span: Span;
}

/** A top-level node. */
export type Block =
  | HeaderNode
  | TrailerLineNode
  | ClassificationLineNode
  | CaptionLineNode
  | SbuBannerNode
  | EoLineNode
  | TagsNode
  | SubjectNode
  | ReferencesNode
  | ClassifiedByNode
  | ParagraphNode
  | TextBlockNode
  | HeadingNode
  | PageHeaderNode
  | PageBannerNode
  | SignatureNode
  | ResidueNode
  | ArchiveRecordNode
  | CorrectedCopyNode
  | DistributionLogNode
  | UnknownNode;

/** The parsed cable. */
export interface CableDocument {
  readonly kind: 'document';
  readonly span: Span;
  readonly text: string;
  readonly lines: LineIndex;
  /** Top-level nodes in order: disjoint, covering every character that is not white space. */
  readonly blocks: readonly Block[];
  readonly header: HeaderNode | null;
  readonly classification: ClassificationLineNode | null;
  readonly captionLines: readonly CaptionLineNode[];
  readonly sbuBanners: readonly SbuBannerNode[];
  readonly eo: EoLineNode | null;
  readonly tags: TagsNode | null;
  readonly subject: SubjectNode | null;
  readonly references: ReferencesNode | null;
  readonly classifiedBy: ClassifiedByNode | null;
  readonly paragraphs: readonly ParagraphNode[];
  readonly headings: readonly HeadingNode[];
  readonly signature: SignatureNode | null;
  /** Continuation page headers wherever they fall, in order. */
  readonly pageHeaders: readonly PageHeaderNode[];
  /** Page banners of older copies wherever they fall, in order. */
  readonly pageBanners: readonly PageBannerNode[];
  readonly trailer: readonly TrailerLineNode[];
  /** Every piece of archive residue, in order. */
  readonly residue: readonly ResidueNode[];
  /** Every in-text REF citation in the body, in order. */
  readonly refCitations: readonly RefCitationNode[];
  /** Every `para N` citation in the body, in order. */
  readonly paraCitations: readonly ParaCitationNode[];
  /** Every summary / comment / note / quoted-text block in the body, by opener. */
  readonly markedBlocks: readonly MarkedBlockNode[];
  /** Block markers that close nothing (`END TEXT` with no `BEGIN TEXT`). */
  readonly strayClosers: readonly BlockMarkerNode[];
  /** The moment of the DTG, when the header has a valid one. */
  readonly dateTime: DateTime | null;
  /** The cable's year: from the DTG, else the option the caller gave, else null. */
  readonly year: number | null;
  /** Offset where the body (the first paragraph or text after the preamble) begins, or the text's length. */
  readonly bodyStart: number;
}

/** Options for {@link parseCable}. */
export interface ParseOptions {
  /** Year to assume when the text has no DTG (fragments). */
  readonly year?: number;
}
