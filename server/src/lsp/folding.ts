/** `textDocument/foldingRange`: header, addressee lists, REF block, paragraphs, marked blocks. */
import type { FoldingRange } from 'vscode-languageserver';
import { foldingRanges } from '../core/features/index';
import { openCable, type Feature } from './context';
import { toFoldingRange } from './convert';

export const foldingFeature: Feature = {
  capabilities: () => ({ foldingRangeProvider: true }),
  register(context) {
    context.connection.onFoldingRanges((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      return foldingRanges(doc)
        .map((fold) => toFoldingRange(doc.lines, fold))
        .filter((range): range is FoldingRange => range !== null);
    });
  },
};
