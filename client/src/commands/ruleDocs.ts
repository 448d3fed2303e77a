/**
 * `cablewright.openRuleDocs`: a rule's page (`docs/rules/<id>.md`, shipped in the extension)
 * in the Markdown preview. The diagnostics' "Show documentation for <rule>" quick fix runs it
 * with the rule id; from the palette it asks which rule.
 */
import * as vscode from 'vscode';
import { REQUESTS, type RuleSummary } from '../../../server/src/lsp/extensionProtocol';
import type { CableServer } from '../server';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Opens the page of `ruleId`; false when there is no such page. */
async function openRuleDocs(context: vscode.ExtensionContext, ruleId: string): Promise<boolean> {
  if (!RULE_ID.test(ruleId)) return false;
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`Cablewright: there is no documentation for "${ruleId}".`);
    return false;
  }
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes('markdown.showPreview')) await vscode.commands.executeCommand('markdown.showPreview', page);
  else await vscode.window.showTextDocument(page, { preview: true });
  return true;
}

/** Asks which rule, listing every rule with its description; the rule of the diagnostic under the cursor comes first. */
async function pickRule(server: CableServer): Promise<string | undefined> {
  const rules = await server.request<RuleSummary[]>(REQUESTS.rules);
  const editor = vscode.window.activeTextEditor;
  const here = editor
    ? vscode.languages
        .getDiagnostics(editor.document.uri)
        .filter((d) => d.source === 'cablewright' && d.range.contains(editor.selection.active))
        .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code))
    : [];
  const items = rules
    .map((r) => ({ label: r.id, description: `${r.category} · ${r.defaultSeverity}`, detail: r.description, here: here.includes(r.id) }))
    .sort((a, b) => Number(b.here) - Number(a.here));
  const picked = await vscode.window.showQuickPick(items, { title: 'Open Rule Documentation', placeHolder: 'Rule id or words of its description', matchOnDescription: true, matchOnDetail: true });
  return picked?.label;
}

export function registerRuleDocs(context: vscode.ExtensionContext, server: CableServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cablewright.openRuleDocs', async (ruleId?: unknown) => {
      const id = typeof ruleId === 'string' ? ruleId : await pickRule(server);
      return id ? openRuleDocs(context, id) : false;
    }),
  );
}
