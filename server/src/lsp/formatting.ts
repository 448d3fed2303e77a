/** `textDocument/formatting`: apply the safe fixes and nothing else; formatting twice changes nothing more. */
import { safeFixEdits } from '../core/features/index';
import { openCable, throwIfCancelled, type Feature } from './context';
import { toTextEdit } from './convert';

export const formattingFeature: Feature = {
  capabilities: () => ({ documentFormattingProvider: true }),
  register(context) {
    context.connection.onDocumentFormatting(async (params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { document, doc } = open;
      const version = document.version;
      const { problems, tooLarge } = await context.workspace.problems(document);
      const relint = await context.workspace.relint(document.uri);
      throwIfCancelled(token);
      if (tooLarge || document.version !== version) return null;
      return safeFixEdits(doc.text, problems, relint).map((e) => toTextEdit(doc.lines, e));
    });
  },
};
