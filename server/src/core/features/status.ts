/**
 * The classification banner of a cable, for the editor's status bar: the overall level and
 * its controls (`SECRET//NOFORN`, `UNCLASSIFIED//SBU`), how many paragraphs and references
 * the cable has, and the portions marked above the banner (the one thing a drafter must never
 * miss). Read from the same tree and portion list the classification rules use.
 */
import { captionsOf, isNoforn, isSensitive } from '../rules/support/captions';
import { portionsOf, type Portion } from '../rules/support/portions';
import type { CableDocument, Level } from '../syntax/nodes';
import type { Span } from '../text/span';
import { RESTRICTIVE_ORDER } from '../vocab/captions';
import { bannerText, hasNoforn, LEVEL_RANK, levelForRank } from '../vocab/classification';

/** A portion marked above the banner. */
export interface ExceedingPortion {
  /** The mark with its parentheses. */
  readonly span: Span;
  /** The mark as written, inside its parentheses (`S//NF`). */
  readonly mark: string;
  /** The level the mark stands for. */
  readonly level: Level;
  /** Where it stands: paragraph 4, the SUBJECT line… */
  readonly place: string;
}

/** What the status item shows for a cable. */
export interface CableStatus {
  /** The overall level, or null when the cable has no classification line yet. */
  readonly level: Level | null;
  /** Controls in force at cable level (`NOFORN`, `SBU`, `NODIS`…), in banner order. */
  readonly controls: readonly string[];
  /** `SECRET//NOFORN`, `UNCLASSIFIED//SBU`, or null without a classification line. */
  readonly banner: string | null;
  /** The classification line, for "reveal". */
  readonly classificationSpan: Span | null;
  readonly paragraphs: number;
  readonly references: number;
  /** Portions marked above the banner, in text order (empty when all is well). */
  readonly exceeding: readonly ExceedingPortion[];
}

/** The status of a parsed cable. */
export function statusOf(doc: CableDocument): CableStatus {
  const classification = doc.classification;
  const portions = portionsOf(doc);
  const level = classification?.level ?? null;
  const controls = level ? controlsOf(doc, level, portions) : [];
  const exceeding: ExceedingPortion[] = [];
  if (level) {
    const limit = LEVEL_RANK[level];
    for (const portion of portions) {
      if (portion.rank <= limit) continue;
      exceeding.push({ span: portion.mark.span, mark: portion.mark.text.trim(), level: levelForRank(portion.rank), place: placeOf(doc, portion) });
    }
  }
  return {
    level,
    controls,
    banner: level ? bannerText(level, controls) : null,
    classificationSpan: classification?.span ?? null,
    paragraphs: doc.paragraphs.length,
    references: doc.references?.items.length ?? 0,
    exceeding,
  };
}

/**
 * The controls a banner carries: SBU for an unclassified cable with the SENSITIVE caption or
 * SBU portions; NOFORN when the captions or any portion say so; the restrictive captions
 * (NODIS, EXDIS…) in the order the cable gives them.
 */
function controlsOf(doc: CableDocument, level: Level, portions: readonly Portion[]): string[] {
  const controls: string[] = [];
  if (level === 'UNCLASSIFIED' && (isSensitive(doc) || portions.some((p) => p.mark.level === 'SBU' || p.mark.level === 'LOU'))) controls.push('SBU');
  if (isNoforn(doc) || portions.some((p) => hasNoforn(p.mark.controls, p.mark.level))) controls.push('NOFORN');
  for (const caption of captionsOf(doc)) {
    if (RESTRICTIVE_ORDER.includes(caption.name) && !controls.includes(caption.name)) controls.push(caption.name);
  }
  return controls;
}

function placeOf(doc: CableDocument, portion: Portion): string {
  const at = portion.mark.span.start;
  const paragraph = doc.paragraphs.find((p) => p.span.start <= at && at < p.span.end);
  switch (portion.place) {
    case 'subject':
      return 'the SUBJECT line';
    case 'classifiedBy':
      return 'the Classified By line';
    case 'paragraph':
    case 'leadIn':
      return paragraph ? `paragraph ${paragraph.number.text}` : 'a paragraph';
    case 'subParagraph':
      return paragraph ? `a sub-paragraph of paragraph ${paragraph.number.text}` : 'a sub-paragraph';
    case 'bullet':
      return paragraph ? `a bullet of paragraph ${paragraph.number.text}` : 'a bullet';
    default:
      return `line ${doc.lines.positionAt(at).line + 1}`;
  }
}
