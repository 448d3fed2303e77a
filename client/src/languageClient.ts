/**
 * The language client library, bundled on its own (`dist/languageClient.js`) and loaded by
 * {@link CableServer} on the turn after activation. It is about 96% of the extension's code:
 * in the same file as `activate`, VS Code had to read and compile it before activating
 * (about 35 of 42 ms of loading the extension, against about 7 ms without it).
 */
export { LanguageClient, TransportKind } from 'vscode-languageclient/node';
