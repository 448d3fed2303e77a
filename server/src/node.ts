/**
 * The language server's entry point (`cablewright-language-server --stdio`, or IPC when VS
 * Code starts it): the transport is chosen from the command line by vscode-languageserver.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
