/** `textDocument/codeLens`: on each REF item, how many times the body cites it. */
import { referenceLenses } from '../core/features/index';
import { openCable, type Feature } from './context';
import { toRange } from './convert';

export const codeLensFeature: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.onCodeLens((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      // An empty command id makes the lens a label: there is nothing to run.
      return referenceLenses(doc).map((lens) => ({ range: toRange(doc.lines, lens.span), command: { title: lens.title, command: '' } }));
    });
  },
};
