/**
 * Definition, references, document highlight and rename for REF letters and paragraph
 * numbers (see core/features/definition, references, rename).
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { definitionAt, highlightsAt, prepareRename, referencesAt, renameAt } from '../core/features/index';
import { openCable, type Feature } from './context';
import { toHighlights, toLocation, toRange, toTextEdit } from './convert';

export const navigationFeature: Feature = {
  capabilities: () => ({
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
  }),
  register(context) {
    const { connection } = context;
    connection.onDefinition((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      const target = definitionAt(doc, doc.lines.offsetAt(params.position));
      if (!target) return null;
      const uri = params.textDocument.uri;
      if (context.client.capabilities.textDocument?.definition?.linkSupport === true) {
        return [{ originSelectionRange: toRange(doc.lines, target.origin), targetUri: uri, targetRange: toRange(doc.lines, target.span), targetSelectionRange: toRange(doc.lines, target.selection) }];
      }
      return toLocation(uri, doc.lines, target.selection);
    });
    connection.onReferences((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      return referencesAt(doc, doc.lines.offsetAt(params.position), params.context.includeDeclaration).map((span) => toLocation(params.textDocument.uri, doc.lines, span));
    });
    connection.onDocumentHighlight((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      return toHighlights(doc.lines, highlightsAt(doc, doc.lines.offsetAt(params.position)));
    });
    connection.onPrepareRename((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      const prepared = prepareRename(doc, doc.lines.offsetAt(params.position));
      // The reason is the error's message, which editors show to the user.
      if ('refused' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.refused);
      return { range: toRange(doc.lines, prepared.span), placeholder: prepared.placeholder };
    });
    connection.onRenameRequest((params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { doc } = open;
      const result = renameAt(doc, doc.lines.offsetAt(params.position), params.newName);
      if ('refused' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.refused);
      return { changes: { [params.textDocument.uri]: result.edits.map((e) => toTextEdit(doc.lines, e)) } };
    });
  },
};
