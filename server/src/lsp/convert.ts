/**
 * The one place where the core's offsets become LSP positions and ranges, problems become
 * diagnostics, and the features' plain data becomes LSP objects. UTF-16 columns throughout,
 * as LSP counts them by default.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentHighlightKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type Range,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver';
import type { LineIndex, Problem, Severity, Span } from '../core/index';
import type { Edit } from '../core/rules/rule';
import type { CableCodeAction, CableCompletions, CableHover, CableSymbol, CompletionKind, Fold, Occurrence, SymbolRole } from '../core/features/index';

/** The LSP range of a span. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The span of an LSP range. */
export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

/** Whether two ranges are the same. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a rule's documentation page is, as a URI. */
export type RuleDocsLocator = (ruleId: string) => string | undefined;

/** A diagnostic for a problem: code = rule id, with a link to the rule's page and related locations. */
export function toDiagnostic(problem: Problem, lines: LineIndex, uri: string, docs: RuleDocsLocator): Diagnostic {
  const href = docs(problem.ruleId);
  const diagnostic: Diagnostic = {
    range: toRange(lines, problem.span),
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    source: 'cablewright',
    message: problem.message,
  };
  if (href) diagnostic.codeDescription = { href };
  if (problem.related) {
    diagnostic.relatedInformation = problem.related.map((r) => ({ location: { uri, range: toRange(lines, r.span) }, message: r.message }));
  }
  if (problem.tags?.includes('unnecessary')) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** A text edit for an offset edit. */
export function toTextEdit(lines: LineIndex, edit: Edit): TextEdit {
  return { range: toRange(lines, edit.span), newText: edit.text };
}

/** A location in a document. */
export function toLocation(uri: string, lines: LineIndex, span: Span): Location {
  return { uri, range: toRange(lines, span) };
}

/** A hover with Markdown contents. */
export function toHover(lines: LineIndex, hover: CableHover): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(lines, hover.span) };
}

/** A folding range (lines, inclusive), or null when the fold lies on one line. */
export function toFoldingRange(lines: LineIndex, fold: Fold): FoldingRange | null {
  const startLine = lines.lineAt(fold.span.start);
  const endLine = lines.lineAt(Math.max(fold.span.start, fold.span.end - 1));
  if (endLine <= startLine) return null;
  return { startLine, endLine, kind: fold.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region };
}

const SYMBOL_KIND: Record<SymbolRole, SymbolKind> = {
  header: SymbolKind.Module,
  field: SymbolKind.Field,
  list: SymbolKind.Array,
  addressee: SymbolKind.Constant,
  classification: SymbolKind.Key,
  captions: SymbolKind.Enum,
  correctedCopy: SymbolKind.Event,
  eo: SymbolKind.Property,
  tags: SymbolKind.Property,
  subject: SymbolKind.String,
  references: SymbolKind.Namespace,
  reference: SymbolKind.Key,
  classifiedBy: SymbolKind.Property,
  body: SymbolKind.Namespace,
  paragraph: SymbolKind.String,
  subParagraph: SymbolKind.String,
  heading: SymbolKind.Class,
  block: SymbolKind.Object,
  signature: SymbolKind.Constant,
};

/** A hierarchical document symbol. */
export function toDocumentSymbol(lines: LineIndex, symbol: CableSymbol): DocumentSymbol {
  const result: DocumentSymbol = {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.role],
    range: toRange(lines, symbol.span),
    selectionRange: toRange(lines, symbol.selection),
    children: symbol.children.map((child) => toDocumentSymbol(lines, child)),
  };
  if (symbol.detail) result.detail = symbol.detail;
  return result;
}

/** Flat symbols for clients without hierarchical outline support. */
export function toSymbolInformation(uri: string, lines: LineIndex, symbols: readonly CableSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: SYMBOL_KIND[symbol.role], location: toLocation(uri, lines, symbol.span), ...(container ? { containerName: container } : {}) },
    ...toSymbolInformation(uri, lines, symbol.children, symbol.name),
  ]);
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  tag: CompletionItemKind.Keyword,
  addressee: CompletionItemKind.Reference,
  precedence: CompletionItemKind.EnumMember,
  classification: CompletionItemKind.Value,
  caption: CompletionItemKind.Constant,
  eoLine: CompletionItemKind.Snippet,
  portionMark: CompletionItemKind.Unit,
  paragraph: CompletionItemKind.Text,
  reference: CompletionItemKind.Reference,
};

/** A completion list whose items replace the completion's span. */
export function toCompletionList(lines: LineIndex, completions: CableCompletions): CompletionList {
  const range = toRange(lines, completions.span);
  const items: CompletionItem[] = completions.items.map((c) => {
    const item: CompletionItem = {
      label: c.label,
      kind: COMPLETION_KIND[c.kind],
      detail: c.detail,
      sortText: c.sortText,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: c.insertText },
    };
    if (c.documentation) item.documentation = c.documentation;
    if (c.filterText) item.filterText = c.filterText;
    if (c.preselect) item.preselect = true;
    return item;
  });
  return { isIncomplete: completions.incomplete, items };
}

/** Document highlights: the definition is written, citations read. */
export function toHighlights(lines: LineIndex, occurrences: readonly Occurrence[]): DocumentHighlight[] {
  return occurrences.map((o) => ({ range: toRange(lines, o.span), kind: o.role === 'definition' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** The LSP kind of the whole-cable safe fix-all, run by `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cablewright`;

/** A quick fix editing the cable (or running a command), linked to the diagnostics it addresses. */
export function toCodeAction(uri: string, lines: LineIndex, action: CableCodeAction, diagnostics: Diagnostic[]): CodeAction {
  const result: CodeAction = { title: action.title, kind: CodeActionKind.QuickFix, diagnostics };
  if (action.edits) result.edit = { changes: { [uri]: action.edits.map((e) => toTextEdit(lines, e)) } };
  if (action.command) result.command = { title: action.command.title, command: action.command.id, arguments: [...action.command.args] };
  if (action.preferred) result.isPreferred = true;
  return result;
}
