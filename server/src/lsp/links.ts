/** `textDocument/documentLink`: REF citations to the library named by `cablewright.referenceUrl`. */
import { documentLinks } from '../core/features/index';
import { openCable, throwIfCancelled, type Feature } from './context';
import { toRange } from './convert';

export const linksFeature: Feature = {
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.onDocumentLinks(async (params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const settings = await context.workspace.settings(params.textDocument.uri);
      throwIfCancelled(token);
      const { doc } = open;
      return documentLinks(doc, settings.referenceUrl).map((link) => ({ range: toRange(doc.lines, link.span), target: link.target, tooltip: `Open ${link.cableId}` }));
    });
  },
};
