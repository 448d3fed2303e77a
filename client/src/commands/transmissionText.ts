/**
 * `cablewright.copyTransmissionText`: the active cable as it goes on the wire (no archive
 * residue, no trailing spaces, nothing after the signature) to the clipboard. The command
 * returns the text it copied.
 */
import * as vscode from 'vscode';
import { REQUESTS, type TransmissionTextResult } from '../../../server/src/lsp/extensionProtocol';
import type { CableServer } from '../server';
import { activeCable } from './editCommands';

export function registerTransmissionText(context: vscode.ExtensionContext, server: CableServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cablewright.copyTransmissionText', async (): Promise<string | undefined> => {
      const editor = activeCable();
      if (!editor) return undefined;
      let result: TransmissionTextResult | null = null;
      for (let attempt = 0; attempt < 3 && !result; attempt++) {
        result = await server.request<TransmissionTextResult | null>(REQUESTS.transmissionText, { textDocument: { uri: editor.document.uri.toString() } });
        if (!result) await new Promise((r) => setTimeout(r, 100));
      }
      if (!result) return undefined;
      await vscode.env.clipboard.writeText(result.text);
      const lines = result.text === '' ? 0 : result.text.split(/\r\n|\n/).length - 1;
      void vscode.window.setStatusBarMessage(`Cablewright: copied the transmission text (${lines} lines).`, 4000);
      return result.text;
    }),
  );
}
