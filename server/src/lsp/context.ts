/**
 * What every feature handler shares: the connection, the open documents, the workspace
 * (one parse per version, settings, configuration), what the client can do, and the one
 * way to honour cancellation.
 */
import type { WarmUpStatus } from './warmUp';
import {
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type ServerCapabilities,
  type TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CableDocument } from '../core/index';
import type { RuleDocsLocator } from './convert';
import type { CableWorkspace } from './workspace';

/** The state handlers share. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly workspace: CableWorkspace;
  readonly docs: RuleDocsLocator;
  /** Set at `initialize`. */
  readonly client: ClientState;
  /** How far the idle warm-up after start has got. */
  readonly warmUp: WarmUpStatus;
}

/** What the client told us at `initialize`. */
export interface ClientState {
  capabilities: ClientCapabilities;
  workspaceFolders: WorkspaceFolder[];
  /** Commands the client runs itself (so the server must not claim them). */
  clientCommands: string[];
}

/** A feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities(client: ClientState): ServerCapabilities;
  register(context: ServerContext): void;
}

/** Throws the LSP "request cancelled" error when the client has cancelled. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** The open document and its parse (shared by every feature for this version), or null when it is not open. */
export function openCable(context: ServerContext, uri: string, token?: CancellationToken): { document: TextDocument; doc: CableDocument } | null {
  throwIfCancelled(token);
  const document = context.documents.get(uri);
  if (!document) return null;
  return { document, doc: context.workspace.parse(document) };
}

/**
 * Runs `task` without waiting for it; a failure is logged rather than left unhandled (an
 * unhandled rejection would end the server, say when a client does not implement a request).
 */
export function background(connection: Connection, task: Promise<unknown>): void {
  task.catch((error: unknown) => connection.console.error(`background task failed: ${error instanceof Error ? error.message : String(error)}`));
}

/** Shows a message to the user (`window/showMessage`: a notification every client handles). */
export function tellUser(connection: Connection, type: 'warning' | 'info', message: string): void {
  background(connection, connection.sendNotification(ShowMessageNotification.type, { type: type === 'warning' ? MessageType.Warning : MessageType.Info, message }));
}
