/**
 * `textDocument/codeAction`: the quick fixes of core/features/codeActions for the problems
 * at the cursor, "Turn off <rule> in .cablewright.json" as a workspace edit of the nearest
 * configuration file (created when there is none), and `source.fixAll.cablewright`, which
 * applies the safe fixes only (for `editor.codeActionsOnSave`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { LineIndex, type Problem } from '../core/index';
import { quickFixes, safeFixEdits, turnOffRule, type CableCodeAction } from '../core/features/index';
import { CONFIG_FILE_NAME, findConfigFile } from '../node/configFiles';
import { openCable, throwIfCancelled, type Feature, type ServerContext } from './context';
import { FIX_ALL_KIND, sameRange, toCodeAction, toDiagnostic, toRange, toTextEdit } from './convert';
import { filePath } from './workspace';

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export const codeActionsFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } }),
  register(context) {
    context.connection.onCodeAction(async (params, token) => {
      const open = openCable(context, params.textDocument.uri, token);
      if (!open) return null;
      const { document, doc } = open;
      const version = document.version;
      const { problems, tooLarge } = await context.workspace.problems(document);
      throwIfCancelled(token);
      if (tooLarge || document.version !== version) return null;
      const uri = params.textDocument.uri;
      const actions: CodeAction[] = [];
      const only = params.context.only;
      if (wants(only, CodeActionKind.QuickFix)) {
        const selected = selectedProblems(problems, params, doc.lines);
        const canTurnOff = turnOffPossible(context, uri);
        for (const action of quickFixes(doc.text, problems, selected, { canTurnOff })) {
          const diagnostics = action.problems.map((p) => toDiagnostic(p, doc.lines, uri, context.docs));
          if (action.turnOffRule) {
            const converted = turnOffAction(context, uri, action, diagnostics);
            if (converted) actions.push(converted);
          } else {
            actions.push(toCodeAction(uri, doc.lines, action, diagnostics));
          }
        }
      }
      // Whole-cable fix-all only when asked for by kind (on save, "Fix all"), as it lints again.
      if (only && wants(only, FIX_ALL_KIND) && problems.some((p) => p.fix)) {
        const relint = await context.workspace.relint(uri);
        throwIfCancelled(token);
        const edits = safeFixEdits(doc.text, problems, relint);
        if (edits.length > 0) actions.push({ title: 'Fix all safe Cablewright problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits.map((e) => toTextEdit(doc.lines, e)) } } });
      }
      return actions;
    });
  },
};

/** The problems the client's diagnostics stand for, else those under the requested range. */
function selectedProblems(problems: readonly Problem[], params: CodeActionParams, lines: LineIndex): Problem[] {
  const diagnostics = params.context.diagnostics.filter((d) => d.source === 'cablewright' || d.source === undefined);
  const chosen = new Set<Problem>();
  for (const diagnostic of diagnostics) {
    const match = problems.find((p) => p.ruleId === diagnostic.code && sameRange(toRange(lines, p.span), diagnostic.range));
    if (match) chosen.add(match);
  }
  if (chosen.size > 0 || diagnostics.length > 0) return problems.filter((p) => chosen.has(p));
  const start = lines.offsetAt(params.range.start);
  const end = lines.offsetAt(params.range.end);
  return problems.filter((p) => p.span.start <= end && p.span.end >= start);
}

/** Where the configuration for a cable on disk is, or would be created. */
function configLocation(context: ServerContext, path: string): { file: string; exists: boolean } {
  const found = findConfigFile(dirname(path));
  if (found) return { file: found, exists: true };
  const folder = context.workspace.folderOf(path) ?? dirname(path);
  return { file: join(folder, CONFIG_FILE_NAME), exists: false };
}

function turnOffPossible(context: ServerContext, uri: string): boolean {
  const path = filePath(uri);
  if (!path) return false;
  if (configLocation(context, path).exists) return true;
  const operations = context.client.capabilities.workspace?.workspaceEdit?.resourceOperations ?? [];
  return context.client.capabilities.workspace?.workspaceEdit?.documentChanges === true && operations.includes('create');
}

function turnOffAction(context: ServerContext, uri: string, action: CableCodeAction, diagnostics: Diagnostic[]): CodeAction | null {
  const path = filePath(uri);
  if (!path || !action.turnOffRule) return null;
  const location = configLocation(context, path);
  const configUri = pathToFileURL(location.file).toString();
  let text: string | null = null;
  if (location.exists && existsSync(location.file)) {
    try {
      text = readFileSync(location.file, 'utf8');
    } catch {
      return null;
    }
  }
  const change = turnOffRule(text, action.turnOffRule);
  if ('refused' in change) return null;
  let edit: WorkspaceEdit;
  if ('newText' in change) {
    edit = {
      documentChanges: [
        { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: configUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change.newText }] },
      ],
    };
  } else {
    const lines = new LineIndex(text ?? '');
    edit = { changes: { [configUri]: change.edits.map((e) => toTextEdit(lines, e)) } };
  }
  return { title: action.title, kind: CodeActionKind.QuickFix, diagnostics, edit };
}
