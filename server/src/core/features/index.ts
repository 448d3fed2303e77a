/**
 * The language features over the parsed cable, one per file, each pure: spans and plain
 * data in, spans and plain data out. The language server converts them to LSP.
 */
export { documentSymbols, type CableSymbol, type SymbolRole } from './symbols';
export { foldingRanges, type Fold } from './folding';
export { hoverAt, type CableHover, type HoverVocabulary } from './hover';
export { completionsAt, type CableCompletion, type CableCompletions, type CompletionKind, type CompletionOptions } from './completion';
export { definitionAt, type DefinitionTarget } from './definition';
export { referencesAt, highlightsAt, type Occurrence } from './references';
export { prepareRename, renameAt, type RenamePreparation, type RenameResult } from './rename';
export { documentLinks, referenceUrl, type CableLink } from './links';
export { referenceLenses, type ReferenceLens } from './codeLens';
export { quickFixes, SHOW_RULE_DOCS_COMMAND, type CableCodeAction, type QuickFixOptions } from './codeActions';
export { safeFixEdits, changedStretch, type Relint } from './formatting';
export { turnOffRule, newConfigText, type RuleOffChange } from './ruleConfig';
