/**
 * The Cablewright client's own requests (extensionProtocol.ts): the status item's banner,
 * the fixes of named rules (Renumber Paragraphs, Re-letter References), the transmission text,
 * Insert Reference…, the New Cable wizard and the rule list. Each is a few lines over the
 * core; answers for a document version that has changed meanwhile are null, and the client
 * asks again.
 */
import { applyEdits, LineIndex, RULES, ruleById } from '../core/index';
import { insertReference } from '../core/features/insertReference';
import {
  CABLE_KINDS,
  CLASSIFICATION_CHOICES,
  defaultPrecedences,
  newCable,
  stationDirectory,
  type CableKind,
  type NewCableAnswers,
} from '../core/features/newCable';
import { ruleFixEdits } from '../core/features/ruleFixes';
import { statusOf } from '../core/features/status';
import { transmissionText } from '../core/features/transmissionText';
import type { Rule } from '../core/rules/rule';
import type { DateTime } from '../core/vocab/dates';
import { precedenceByWord } from '../core/vocab/precedence';
import { allTags, lookupTag } from '../core/vocab/tags';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { openCable, throwIfCancelled, type Feature, type ServerContext } from './context';
import { toRange, toTextEdit } from './convert';
import {
  REQUESTS,
  type DocumentParams,
  type EditsResult,
  type InsertReferenceParams,
  type InsertReferenceResult,
  type NewCableChoicesResult,
  type NewCableParams,
  type NewCableResult,
  type RuleFixesParams,
  type RuleSummary,
  type StatusResult,
  type TransmissionTextResult,
} from './extensionProtocol';

/** The open document, when it is at the version the client named (any version when it named none). */
function current(context: ServerContext, params: DocumentParams | undefined) {
  const uri: unknown = params?.textDocument?.uri;
  if (typeof uri !== 'string') return null;
  const open = openCable(context, uri);
  if (!open) return null;
  const wanted = params?.textDocument.version;
  if (wanted !== undefined && wanted !== open.document.version) return null;
  return open;
}

/** A moment from an ISO string, else from the server's clock (UTC, to the minute). */
function moment(iso: string | undefined): DateTime {
  const parsed = iso ? new Date(iso) : new Date();
  const at = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: at.getUTCHours(), minute: at.getUTCMinutes() };
}

/** The wizard's answers when they have every part the drafting needs, else null. */
function validAnswers(raw: unknown): NewCableAnswers | null {
  if (!raw || typeof raw !== 'object') return null;
  const a = raw as Partial<NewCableAnswers>;
  const isStation = (s: unknown) => !!s && typeof s === 'object' && typeof (s as { indicator?: unknown }).indicator === 'string' && typeof (s as { plad?: unknown }).plad === 'string';
  const isAddressee = (s: unknown) => isStation(s) && precedenceByWord(String((s as { precedence?: unknown }).precedence)) !== undefined;
  const classification = CLASSIFICATION_CHOICES.find((c) => c.label === a.classification?.label);
  if (!CABLE_KINDS.some((k) => k.kind === a.kind) || !classification || !isStation(a.originator)) return null;
  if (!Array.isArray(a.to) || !a.to.every(isAddressee) || !Array.isArray(a.info) || !a.info.every(isAddressee)) return null;
  if (!Array.isArray(a.tags) || !a.tags.every((t) => typeof t === 'string')) return null;
  const originator = a.originator!;
  return {
    kind: a.kind!,
    classification,
    originator: { indicator: originator.indicator, plad: originator.plad, origin: typeof originator.origin === 'string' ? originator.origin : null, country: typeof originator.country === 'string' ? originator.country : null },
    to: a.to,
    info: a.info,
    tags: a.tags,
    ...(typeof a.subject === 'string' ? { subject: a.subject } : {}),
    ...(typeof a.serial === 'number' ? { serial: a.serial } : {}),
  };
}

export const extensionRequestsFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    const { connection } = context;

    connection.onRequest(REQUESTS.status, (params: DocumentParams, token): StatusResult | null => {
      throwIfCancelled(token);
      const open = current(context, params);
      if (!open) return null;
      const { doc, document } = open;
      const status = statusOf(doc);
      return {
        version: document.version,
        level: status.level,
        controls: status.controls,
        banner: status.banner,
        classificationRange: status.classificationSpan ? toRange(doc.lines, status.classificationSpan) : null,
        paragraphs: status.paragraphs,
        references: status.references,
        exceeding: status.exceeding.map((e) => ({ range: toRange(doc.lines, e.span), mark: e.mark, level: e.level, place: e.place })),
      };
    });

    connection.onRequest(REQUESTS.ruleFixes, async (params: RuleFixesParams, token): Promise<EditsResult | null> => {
      const open = current(context, params);
      if (!open) return null;
      const rules = (Array.isArray(params.rules) ? params.rules : []).map((id) => ruleById(String(id))).filter((r): r is Rule => r !== undefined);
      const options = await context.workspace.lintOptions(open.document.uri);
      throwIfCancelled(token);
      const { document, doc } = open;
      if (context.documents.get(document.uri)?.version !== document.version) return null;
      const edits = ruleFixEdits(doc.text, rules, { settings: options.rules, vocabulary: options.vocabulary, today: context.workspace.today() });
      return { version: document.version, edits: edits.map((e) => toTextEdit(doc.lines, e)) };
    });

    connection.onRequest(REQUESTS.transmissionText, (params: DocumentParams, token): TransmissionTextResult | null => {
      throwIfCancelled(token);
      const open = current(context, params);
      return open ? { text: transmissionText(open.doc.text) } : null;
    });

    connection.onRequest<InsertReferenceResult | null, void>(REQUESTS.insertReference, (params: InsertReferenceParams, token): InsertReferenceResult | null => {
      throwIfCancelled(token);
      const open = current(context, params);
      if (!open) return null;
      const { doc, document } = open;
      const result = insertReference(doc, typeof params.reference === 'string' ? params.reference : '');
      if ('refused' in result) return result;
      // `inserted` is a span of the text after the edits: measure it there.
      const after = applyEdits(doc.text, result.edits);
      return { version: document.version, edits: result.edits.map((e) => toTextEdit(doc.lines, e)), letter: result.letter, inserted: toRange(new LineIndex(after), result.inserted) };
    });

    connection.onRequest(REQUESTS.newCableChoices, (): NewCableChoicesResult => {
      const tags = allTags()
        .map((tag) => {
          const info = lookupTag(tag)!;
          return { tag, kind: info.kind, meaning: info.meaning };
        })
        .filter((t) => t.kind === 'subject' || t.kind === 'program' || t.kind === 'geo' || t.kind === 'organization');
      const precedences = Object.fromEntries(CABLE_KINDS.map((k) => [k.kind, defaultPrecedences(k.kind)])) as Record<CableKind, { to: string; info: string }>;
      return { kinds: CABLE_KINDS, classifications: CLASSIFICATION_CHOICES, stations: stationDirectory(), tags, precedences };
    });

    connection.onRequest(REQUESTS.newCable, (params: NewCableParams): NewCableResult | ResponseError<void> => {
      const answers = validAnswers(params?.answers);
      if (!answers) return new ResponseError(ErrorCodes.InvalidParams, 'New Cable: the answers are incomplete (kind, classification, originator, addressees and TAGS are needed).');
      const drafted = newCable(answers, moment(params.now));
      return { text: drafted.text, snippet: drafted.snippet, cursor: toRange(new LineIndex(drafted.text), drafted.cursor) };
    });

    connection.onRequest(REQUESTS.rules, (): RuleSummary[] =>
      RULES.map((r) => ({ id: r.meta.id, description: r.meta.description, category: r.meta.category, defaultSeverity: r.meta.defaultSeverity })),
    );
  },
};
