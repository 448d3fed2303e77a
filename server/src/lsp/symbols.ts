/** `textDocument/documentSymbol`: the outline and breadcrumbs (see core/features/symbols). */
import { documentSymbols } from '../core/features/index';
import { openCable, type Feature } from './context';
import { toDocumentSymbol, toSymbolInformation } from './convert';

export const symbolsFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Cablewright' } }),
  register(context) {
    context.connection.onDocumentSymbol((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      const symbols = documentSymbols(doc);
      if (context.client.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true) {
        return symbols.map((s) => toDocumentSymbol(doc.lines, s));
      }
      return toSymbolInformation(params.textDocument.uri, doc.lines, symbols);
    });
  },
};
