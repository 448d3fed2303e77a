/** `textDocument/completion`: TAGS, addressees, captions, marks, E.O. lines… (see core/features/completion). */
import { completionsAt } from '../core/features/index';
import { openCable, throwIfCancelled, type Feature } from './context';
import { toCompletionList } from './convert';

export const completionFeature: Feature = {
  // Space opens the list after TO, on the TAGS line, after REF and after a paragraph number;
  // `(` opens the portion marks; `/` the PLADs after a routing indicator.
  capabilities: () => ({ completionProvider: { triggerCharacters: [' ', '(', '/'], resolveProvider: false } }),
  register(context) {
    context.connection.onCompletion(async (params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const vocabulary = await context.workspace.vocabulary(params.textDocument.uri);
      throwIfCancelled(token);
      const { doc } = open;
      const result = completionsAt(doc, doc.lines.offsetAt(params.position), { vocabulary, today: context.workspace.today() });
      return result ? toCompletionList(doc.lines, result) : null;
    });
  },
};
