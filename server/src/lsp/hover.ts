/** `textDocument/hover`: what the item under the cursor means (see core/features/hover). */
import { hoverAt } from '../core/features/index';
import { openCable, throwIfCancelled, type Feature } from './context';
import { toHover } from './convert';

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    context.connection.onHover(async (params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const vocabulary = await context.workspace.vocabulary(params.textDocument.uri);
      throwIfCancelled(token);
      const { doc } = open;
      const hover = hoverAt(doc, doc.lines.offsetAt(params.position), vocabulary);
      return hover ? toHover(doc.lines, hover) : null;
    });
  },
};
