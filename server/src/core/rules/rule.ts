/**
 * What a rule is: metadata and a check that reads the syntax tree and reports problems,
 * each with an optional safe fix and optional suggestions, all as data (offset edits).
 */
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';
import type { CalendarDate } from '../vocab/dates';
import type { ExtraIndicators } from '../vocab/routingIndicators';
import type { ExtraTags } from '../vocab/tags';
import { isWordCharacter } from '../text/characters';

/** How serious a problem is, as editors show it. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A severity, or `off` to silence a rule. */
export type SeveritySetting = Severity | 'off';

/** Every severity setting, most serious first. */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** The rule groups, after the format's sections. */
export type RuleCategory = 'structure' | 'header' | 'routing' | 'classification' | 'captions' | 'eo' | 'tags' | 'subject' | 'references' | 'body' | 'pages' | 'signature' | 'residue';

/** Replace the text of `span` with `text` (an empty span inserts, empty text deletes). */
export interface Edit {
  readonly span: Span;
  readonly text: string;
}

/** A safe, mechanical change: applied unattended by `--fix`, fix-all, format and save. */
export interface Fix {
  readonly edits: readonly Edit[];
}

/** A change that needs a person's judgement: offered one at a time, never applied in bulk. */
export interface Suggestion {
  readonly title: string;
  readonly edits: readonly Edit[];
}

/** Another place that explains a problem (the banner a portion exceeds, the REF list). */
export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

/** One problem found in a cable. */
export interface Problem {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  readonly related?: readonly RelatedLocation[];
  /** `unnecessary` greys the text out (an unused reference). */
  readonly tags?: readonly 'unnecessary'[];
}

/** Options a rule accepts, described for the settings schema and docs. */
export interface RuleOptionSchema {
  readonly type: 'number' | 'string' | 'boolean' | 'array';
  readonly description: string;
  readonly default: unknown;
}

/** What describes a rule; the id is stable and names its documentation page. */
export interface RuleMeta {
  /** Stable kebab-case id: `paragraph-sequence`. */
  readonly id: string;
  readonly category: RuleCategory;
  /** One sentence: what the rule wants. */
  readonly description: string;
  readonly defaultSeverity: SeveritySetting;
  /** Whether the rule offers safe fixes. */
  readonly fixable: boolean;
  /** Whether the rule offers suggestions. */
  readonly hasSuggestions: boolean;
  /** How sure the format's sources are of the rule: high, med, low. */
  readonly confidence: 'high' | 'med' | 'low';
  /** The format rules it implements (`BODY-001`). */
  readonly formatRules: readonly string[];
  /** Message templates by id; `{name}` placeholders are filled from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, RuleOptionSchema>>;
}

/** Shared knowledge rules may consult besides the tree. */
export interface LintVocabulary {
  readonly extraTags: ExtraTags;
  readonly extraIndicators: ExtraIndicators;
}

/** What a rule reports; the engine adds the rule id, severity and message text. */
export interface Report {
  readonly span: Span;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  readonly related?: readonly RelatedLocation[];
  readonly tags?: readonly 'unnecessary'[];
}

/** What a rule's check receives. */
export interface RuleContext {
  readonly doc: CableDocument;
  /** The rule's options merged over its defaults. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Today's date, given by the caller: the core never reads the clock. */
  readonly today: CalendarDate;
  readonly vocabulary: LintVocabulary;
  report(report: Report): void;
}

/** A rule: metadata and a check. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Fills `{name}` placeholders in a message template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  // What `template.replace(/\{(\w+)\}/g, …)` does, read with indexOf: a replace with a
  // function costs a call and a match object per placeholder, for every problem reported.
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let last = 0;
  for (; open >= 0; open = template.indexOf('{', open + 1)) {
    let end = open + 1;
    while (end < template.length && isWordCharacter(template.charCodeAt(end))) end++;
    if (end === open + 1 || template.charCodeAt(end) !== 125 /* } */) continue;
    const name = template.slice(open + 1, end);
    out += template.slice(last, open) + (name in data ? String(data[name]) : template.slice(open, end + 1));
    last = end + 1;
    open = end;
  }
  return out + template.slice(last);
}
