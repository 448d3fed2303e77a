/**
 * The classification always in sight: a status bar item for the active cable with its
 * overall classification and controls (`SECRET//NOFORN`) in the banner colour of its level,
 * and the number of paragraphs and references. A portion marked above the banner turns it to
 * the warning colours and names the portion. Clicking it shows the classification line.
 *
 * A status bar item rather than a language status item: a language status item sits inside
 * the `{}` language pop-up, out of sight until opened, and cannot take a colour; the banner
 * must be seen at all times. The data come from the language server (`cablewright/status`),
 * which has the parse already; the client computes nothing.
 */
import * as vscode from 'vscode';
import { REQUESTS, type StatusResult } from '../../server/src/lsp/extensionProtocol';
import type { CableServer } from './server';

/** Theme colours contributed in package.json, by level. */
const LEVEL_COLOR: Readonly<Record<string, string>> = {
  UNCLASSIFIED: 'cablewright.classification.unclassified',
  CONFIDENTIAL: 'cablewright.classification.confidential',
  SECRET: 'cablewright.classification.secret',
  'TOP SECRET': 'cablewright.classification.topSecret',
};

/** What the item shows, for tests and the API. */
export interface StatusSnapshot {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
  /** The theme colour id of the text, if any. */
  readonly color: string | null;
  /** The theme colour id of the background, if any (the warning state). */
  readonly background: string | null;
  /** The document the item describes. */
  readonly uri: string | null;
}

const DEBOUNCE_MS = 150;

export class ClassificationStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: StatusSnapshot = { visible: false, text: '', tooltip: '', color: null, background: null, uri: null };
  private generation = 0;

  constructor(private readonly server: CableServer) {
    this.item = vscode.window.createStatusBarItem('cablewright.classification', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Cablewright: Classification';
    this.item.command = 'cablewright.revealClassification';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.schedule(0)),
    );
    this.schedule(0);
  }

  snapshot(): StatusSnapshot {
    return this.shown;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /** Asks the server for the active cable's status and shows it. */
  async refresh(): Promise<StatusSnapshot> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'cable') {
      this.hide();
      return this.shown;
    }
    let result: StatusResult | null = null;
    for (let attempt = 0; attempt < 3 && result === null; attempt++) {
      try {
        result = await this.server.request<StatusResult | null>(REQUESTS.status, { textDocument: { uri: document.uri.toString() } });
      } catch {
        result = null;
        break;
      }
      // Null: the server has not seen the document yet (it opens asynchronously); ask again shortly.
      if (result === null) await new Promise((r) => setTimeout(r, 100));
    }
    if (generation !== this.generation) return this.shown; // a newer refresh is on its way
    if (!result || vscode.window.activeTextEditor?.document !== document) {
      if (!result) this.hide();
      return this.shown;
    }
    this.show(document, result);
    return this.shown;
  }

  private hide(): void {
    this.item.hide();
    this.shown = { visible: false, text: '', tooltip: '', color: null, background: null, uri: null };
  }

  private show(document: vscode.TextDocument, status: StatusResult): void {
    const counts = `${status.paragraphs} ${status.paragraphs === 1 ? 'para' : 'paras'} · ${status.references} ${status.references === 1 ? 'ref' : 'refs'}`;
    const lines: string[] = [];
    let text: string;
    let color: string | null = null;
    let background: string | null = null;
    if (!status.banner || !status.level) {
      text = `$(warning) No classification line · ${counts}`;
      background = 'statusBarItem.warningBackground';
      lines.push('**No classification line.** A cable states its classification on the line after the header (`UNCLAS STATE 012345`, `S E C R E T STATE 012345`).');
    } else if (status.exceeding.length > 0) {
      const first = status.exceeding[0];
      const more = status.exceeding.length > 1 ? ` +${status.exceeding.length - 1}` : '';
      text = `$(warning) ${status.banner} · (${first.mark}) in ${shortPlace(first.place)}${more} · ${counts}`;
      background = 'statusBarItem.warningBackground';
      lines.push(`**${status.banner}**, but ${status.exceeding.length === 1 ? 'a portion is' : `${status.exceeding.length} portions are`} marked above it:`);
      for (const e of status.exceeding) lines.push(`- \`(${e.mark})\` (${e.level}) in ${e.place}, line ${e.range.start.line + 1}`);
      lines.push('Raise the classification or lower the marks: the quick fixes on the portions offer both.');
    } else {
      text = `$(shield) ${status.banner} · ${counts}`;
      color = LEVEL_COLOR[status.level] ?? null;
      lines.push(`**${status.banner}**: the overall classification of this cable${status.classificationRange ? ` (line ${status.classificationRange.start.line + 1})` : ''}.`);
    }
    lines.push(`${status.paragraphs} numbered ${status.paragraphs === 1 ? 'paragraph' : 'paragraphs'}, ${status.references} ${status.references === 1 ? 'reference' : 'references'}.`);
    lines.push('Click to show the classification line.');
    const tooltip = lines.join('\n\n');
    this.item.text = text;
    this.item.tooltip = new vscode.MarkdownString(tooltip);
    this.item.color = color ? new vscode.ThemeColor(color) : undefined;
    this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
    this.item.accessibilityInformation = { label: `Classification ${status.banner ?? 'missing'}, ${status.paragraphs} paragraphs, ${status.references} references${status.exceeding.length > 0 ? `, ${status.exceeding.length} portions above the classification` : ''}` };
    this.item.show();
    this.shown = { visible: true, text, tooltip, color, background, uri: document.uri.toString() };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

/** `paragraph 4` → `para 4` for the short status text. */
function shortPlace(place: string): string {
  return place.replace(/^paragraph /, 'para ').replace(/^the /, '');
}
