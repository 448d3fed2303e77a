/**
 * `cablewright.newCable`: the New Cable wizard. Quick picks ask for the kind, the
 * classification, the originator, the TO and INFO addressees (from the routing table) and the
 * TAGS; the language server drafts the cable (core/features/newCable.ts: a correct DTG and DE
 * Julian date for now, security line, E.O. line…), and it opens in a new untitled editor as a
 * snippet, the cursor on the SUBJECT, Tab to the next thing to write.
 *
 * With an argument the questions are skipped (scripts, keybindings and the end-to-end tests):
 * `{ kind, classification, originator, to, info?, tags?, subject?, now? }`, with stations by
 * routing indicator and the classification by label (`SECRET//NOFORN`).
 */
import * as vscode from 'vscode';
import type { Addressee, CableKind, NewCableAnswers, Station } from '../../../server/src/core/features/newCable';
import { REQUESTS, type NewCableChoicesResult, type NewCableResult } from '../../../server/src/lsp/extensionProtocol';
import type { CableServer } from '../server';

/** The command's argument when the answers are given rather than asked. */
export interface NewCableArguments {
  readonly kind: CableKind;
  readonly classification: string;
  /** Routing indicator of the originator (`RUEHC` for the Department). */
  readonly originator: string;
  readonly to: readonly string[];
  readonly info?: readonly string[];
  readonly tags?: readonly string[];
  readonly subject?: string;
  /** ISO 8601 moment to date the cable (default: now). */
  readonly now?: string;
}

type Answers = { answers: NewCableAnswers; now?: string };

function fromArguments(args: NewCableArguments, choices: NewCableChoicesResult): Answers | string {
  const station = (ri: string) => choices.stations.find((s) => s.indicator === ri);
  const classification = choices.classifications.find((c) => c.label === args.classification);
  if (!choices.kinds.some((k) => k.kind === args.kind)) return `unknown kind "${args.kind}"`;
  if (!classification) return `unknown classification "${args.classification}"`;
  const originator = station(args.originator);
  if (!originator) return `unknown originator "${args.originator}"`;
  const precedence = choices.precedences[args.kind];
  const addressees = (list: readonly string[] | undefined, word: string): Addressee[] | string => {
    const out: Addressee[] = [];
    for (const ri of list ?? []) {
      const s = station(ri);
      if (!s) return `unknown addressee "${ri}"`;
      out.push({ indicator: s.indicator, plad: s.plad, precedence: word as Addressee['precedence'] });
    }
    return out;
  };
  const to = addressees(args.to, precedence.to);
  const info = addressees(args.info, precedence.info);
  if (typeof to === 'string') return to;
  if (typeof info === 'string') return info;
  if (to.length === 0) return 'no TO addressee';
  return { answers: { kind: args.kind, classification, originator, to, info, tags: [...(args.tags ?? [])], ...(args.subject ? { subject: args.subject } : {}) }, ...(args.now ? { now: args.now } : {}) };
}

const STEPS = 7;
const title = (step: number, what: string) => `New Cable (${step}/${STEPS}): ${what}`;

interface StationItem extends vscode.QuickPickItem {
  readonly station: Station;
}

function stationItems(stations: readonly Station[], picked: ReadonlySet<string>): StationItem[] {
  return stations.map((s) => ({ label: s.plad, description: s.indicator, detail: undefined, picked: picked.has(s.indicator), station: s }));
}

/** Asks the questions; undefined when the drafter cancels. */
async function ask(choices: NewCableChoicesResult): Promise<Answers | undefined> {
  const kind = await vscode.window.showQuickPick(
    choices.kinds.map((k) => ({ label: k.label, detail: k.description, cableKind: k.kind })),
    { title: title(1, 'kind of cable'), placeHolder: 'What are you drafting?', ignoreFocusOut: true },
  );
  if (!kind) return undefined;
  const classification = await vscode.window.showQuickPick(
    choices.classifications.map((c) => ({ label: c.label, choice: c })),
    { title: title(2, 'classification'), placeHolder: 'The overall classification and controls', ignoreFocusOut: true },
  );
  if (!classification) return undefined;
  const fromPost = kind.cableKind === 'reporting';
  const originators = choices.stations.filter((s) => s.origin !== null);
  const ordered = fromPost ? [...originators.slice(1), originators[0]] : originators;
  const originator = await vscode.window.showQuickPick(stationItems(ordered, new Set()), {
    title: title(3, 'originator (FM)'),
    placeHolder: fromPost ? 'Your post: type its city' : 'SECSTATE WASHDC, or a post',
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  if (!originator) return undefined;
  const others = choices.stations.filter((s) => s.indicator !== originator.station.indicator);
  const precedence = choices.precedences[kind.cableKind];
  const to = await vscode.window.showQuickPick(stationItems(others, new Set(fromPost ? ['RUEHC'] : [])), {
    title: title(4, `action addressees (TO, ${precedence.to})`),
    placeHolder: 'Pick one or more posts: type a city or routing indicator',
    canPickMany: true,
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  if (!to || to.length === 0) return undefined;
  const toSet = new Set(to.map((t) => t.station.indicator));
  const info = await vscode.window.showQuickPick(stationItems(others.filter((s) => !toSet.has(s.indicator)), new Set()), {
    title: title(5, `information addressees (INFO, ${precedence.info}); none is fine`),
    placeHolder: 'Pick any number, or press Enter for none',
    canPickMany: true,
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  if (!info) return undefined;
  const preselected = new Set(['PREL', ...(originator.station.country ? [originator.station.country] : [])]);
  const tags = await vscode.window.showQuickPick(
    choices.tags.map((t) => ({ label: t.tag, description: t.kind, detail: t.meaning || undefined, picked: preselected.has(t.tag) })),
    { title: title(6, 'TAGS'), placeHolder: 'At least one subject tag (PREL, ECON…), the countries, programs', canPickMany: true, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true },
  );
  if (!tags) return undefined;
  const subject = await vscode.window.showInputBox({
    title: title(7, 'SUBJECT'),
    prompt: 'The subject in capitals; leave it empty to write it in the cable',
    ignoreFocusOut: true,
  });
  if (subject === undefined) return undefined;
  const address = (items: readonly StationItem[], word: string): Addressee[] =>
    items.map((i) => ({ indicator: i.station.indicator, plad: i.station.plad, precedence: word as Addressee['precedence'] }));
  return {
    answers: {
      kind: kind.cableKind,
      classification: classification.choice,
      originator: originator.station,
      to: address(to, precedence.to),
      info: address(info, precedence.info),
      tags: tags.map((t) => t.label),
      ...(subject.trim() ? { subject: subject.trim() } : {}),
    },
  };
}

export function registerNewCable(context: vscode.ExtensionContext, server: CableServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cablewright.newCable', async (args?: NewCableArguments): Promise<vscode.TextEditor | undefined> => {
      const choices = await server.request<NewCableChoicesResult>(REQUESTS.newCableChoices);
      let given: Answers | undefined;
      if (args && typeof args === 'object') {
        const read = fromArguments(args, choices);
        if (typeof read === 'string') {
          void vscode.window.showErrorMessage(`Cablewright: New Cable: ${read}.`);
          return undefined;
        }
        given = read;
      } else {
        given = await ask(choices);
      }
      if (!given) return undefined;
      const drafted = await server.request<NewCableResult>(REQUESTS.newCable, { answers: given.answers, ...(given.now ? { now: given.now } : {}) });
      const document = await vscode.workspace.openTextDocument({ language: 'cable', content: '' });
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      await editor.insertSnippet(new vscode.SnippetString(drafted.snippet), new vscode.Position(0, 0));
      return editor;
    }),
  );
}
