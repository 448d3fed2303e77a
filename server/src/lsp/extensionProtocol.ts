/**
 * The requests the Cablewright VS Code client adds to LSP, shared by the server
 * (extensionRequests.ts) and the client (client/src/). Type-only imports, so the client's
 * bundle takes the names and shapes and nothing of the server. Other LSP clients need none of
 * this: the standard requests give them diagnostics, fixes, hover, completion and the outline.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { CableKind, ClassificationChoice, NewCableAnswers, Station } from '../core/features/newCable';

/** Method names. */
export const REQUESTS = {
  /** {@link StatusParams} → {@link StatusResult} | null: the classification banner of an open cable. */
  status: 'cablewright/status',
  /** {@link RuleFixesParams} → {@link EditsResult} | null: the safe fixes of named rules (Renumber, Re-letter). */
  ruleFixes: 'cablewright/ruleFixes',
  /** {@link DocumentParams} → {@link TransmissionTextResult} | null: the text without archive residue and trailing spaces. */
  transmissionText: 'cablewright/transmissionText',
  /** {@link InsertReferenceParams} → {@link InsertReferenceResult} | null: a new REF item, lettered. */
  insertReference: 'cablewright/insertReference',
  /** No params → {@link NewCableChoicesResult}: what the New Cable wizard offers. */
  newCableChoices: 'cablewright/newCableChoices',
  /** {@link NewCableParams} → {@link NewCableResult}: the drafted cable. */
  newCable: 'cablewright/newCable',
  /** No params → {@link RuleSummary}[]: every rule, for "Open Rule Documentation…". */
  rules: 'cablewright/rules',
} as const;

/** An open document; `version` guards against answers for text that has changed since. */
export interface DocumentParams {
  readonly textDocument: { readonly uri: string; readonly version?: number };
}

export type StatusParams = DocumentParams;

/** The status item's data, with ranges in the document the request named. */
export interface StatusResult {
  readonly version: number;
  readonly level: string | null;
  readonly controls: readonly string[];
  readonly banner: string | null;
  readonly classificationRange: Range | null;
  readonly paragraphs: number;
  readonly references: number;
  readonly exceeding: ReadonlyArray<{ readonly range: Range; readonly mark: string; readonly level: string; readonly place: string }>;
}

export interface RuleFixesParams extends DocumentParams {
  readonly rules: readonly string[];
}

/** Edits for the document version named in the request. */
export interface EditsResult {
  readonly version: number;
  readonly edits: readonly TextEdit[];
}

export interface TransmissionTextResult {
  readonly text: string;
}

export interface InsertReferenceParams extends DocumentParams {
  /** The reference as the drafter typed it: `26 STATE 123456`. */
  readonly reference: string;
}

export type InsertReferenceResult =
  | { readonly version: number; readonly edits: readonly TextEdit[]; readonly letter: string | null; readonly inserted: Range }
  | { readonly refused: string };

export interface NewCableChoicesResult {
  readonly kinds: ReadonlyArray<{ readonly kind: CableKind; readonly label: string; readonly description: string }>;
  readonly classifications: readonly ClassificationChoice[];
  readonly stations: readonly Station[];
  readonly tags: ReadonlyArray<{ readonly tag: string; readonly kind: string; readonly meaning: string }>;
  /** The precedence each kind gives its TO and INFO addressees. */
  readonly precedences: Readonly<Record<CableKind, { readonly to: string; readonly info: string }>>;
}

export interface NewCableParams {
  readonly answers: NewCableAnswers;
  /** The moment to date the cable, ISO 8601 (tests pass one); the server's clock by default. */
  readonly now?: string;
}

export interface NewCableResult {
  readonly text: string;
  readonly snippet: string;
  /** The first thing to write, in the new cable's text. */
  readonly cursor: Range;
}

export interface RuleSummary {
  readonly id: string;
  readonly description: string;
  readonly category: string;
  readonly defaultSeverity: string;
}
