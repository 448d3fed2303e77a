/**
 * The VS Code client's own requests over the protocol, against the built server: status,
 * fixes of named rules, transmission text, Insert Reference, the New Cable choices and
 * drafting, the rule list; answers for a stale version are null; bad answers are refused.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUESTS, type EditsResult, type InsertReferenceResult, type NewCableChoicesResult, type NewCableResult, type RuleSummary, type StatusResult, type TransmissionTextResult } from '../../server/src/lsp/extensionProtocol';
import { RULES } from '../../server/src/core/index';
import { LspClient } from '../support/lspClient';
import { FIXTURES } from '../support/paths';

const EXCEEDING = readFileSync(join(FIXTURES, 'extension', 'exceeding.cable'), 'utf8');
const RESIDUE = readFileSync(join(FIXTURES, 'extension', 'residue.cable'), 'utf8');
const URI = 'untitled:exceeding.cable';
const RESIDUE_URI = 'untitled:residue.cable';

describe('the client\'s requests over LSP', function () {
  this.timeout(30_000);
  let client: LspClient;

  before(async () => {
    ({ client } = await LspClient.start());
    await client.open(URI, EXCEEDING, 3);
    await client.open(RESIDUE_URI, RESIDUE, 1);
  });
  after(async () => {
    await client.stop();
  });

  it('status: banner, counts and the portion above it, with ranges', async () => {
    const status = await client.request<StatusResult>(REQUESTS.status, { textDocument: { uri: URI } });
    assert.equal(status.version, 3);
    assert.equal(status.banner, 'CONFIDENTIAL//NOFORN');
    assert.equal(status.paragraphs, 4);
    assert.equal(status.references, 2);
    assert.deepEqual(status.classificationRange, { start: { line: 8, character: 0 }, end: { line: 8, character: 35 } });
    assert.deepEqual(status.exceeding.map((e) => [e.mark, e.place, e.range.start.line]), [['S', 'paragraph 3', 27]]);
    assert.equal(await client.request(REQUESTS.status, { textDocument: { uri: 'untitled:not-open.cable' } }), null);
  });

  it('rule fixes: edits for the version asked, null for another', async () => {
    const text = EXCEEDING.replace('4. (U) Embassy', '6. (U) Embassy');
    await client.change(URI, 4, [{ text }]);
    const result = await client.request<EditsResult>(REQUESTS.ruleFixes, { textDocument: { uri: URI, version: 4 }, rules: ['paragraph-sequence'] });
    assert.deepEqual(result.edits, [{ range: { start: { line: 29, character: 0 }, end: { line: 29, character: 1 } }, newText: '4' }]);
    assert.equal(await client.request(REQUESTS.ruleFixes, { textDocument: { uri: URI, version: 3 }, rules: ['paragraph-sequence'] }), null);
    await client.change(URI, 5, [{ text: EXCEEDING }]);
  });

  it('transmission text and Insert Reference', async () => {
    const copied = await client.request<TransmissionTextResult>(REQUESTS.transmissionText, { textDocument: { uri: RESIDUE_URI } });
    assert.doesNotMatch(copied.text, /¶|\[1\]\(#\)| $/m);
    const inserted = await client.request<InsertReferenceResult>(REQUESTS.insertReference, { textDocument: { uri: URI, version: 5 }, reference: 'LONDON 2001' });
    assert.ok(!('refused' in inserted));
    assert.equal(inserted.letter, 'C');
    assert.deepEqual(inserted.inserted, { start: { line: 19, character: 3 }, end: { line: 19, character: 14 } });
    const refused = await client.request<InsertReferenceResult>(REQUESTS.insertReference, { textDocument: { uri: URI, version: 5 }, reference: ' ' });
    assert.ok('refused' in refused);
  });

  it('New Cable: the choices, a drafted cable dated as asked, and incomplete answers refused', async () => {
    const choices = await client.request<NewCableChoicesResult>(REQUESTS.newCableChoices, {});
    assert.deepEqual(choices.kinds.map((k) => k.kind), ['demarche', 'reporting', 'actionRequest', 'information']);
    assert.equal(choices.stations[0].plad, 'SECSTATE WASHDC');
    assert.ok(choices.tags.some((t) => t.tag === 'PREL' && t.kind === 'subject'));
    const london = choices.stations.find((s) => s.indicator === 'RUEHLO')!;
    const answers = {
      kind: 'information',
      classification: choices.classifications.find((c) => c.label === 'CONFIDENTIAL'),
      originator: choices.stations[0],
      to: [{ indicator: london.indicator, plad: london.plad, precedence: 'ROUTINE' }],
      info: [],
      tags: ['PREL', 'UK'],
    };
    const drafted = await client.request<NewCableResult>(REQUESTS.newCable, { answers, now: '2027-03-01T08:05:00Z' });
    assert.match(drafted.text, /^DE RUEHC #6008 0600805$/m);
    assert.match(drafted.text, /^R 010805Z MAR 27$/m);
    assert.match(drafted.text, /DECL: 03\/01\/2037/);
    assert.deepEqual(drafted.cursor.start.line, drafted.text.split('\n').findIndex((l) => l.startsWith('SUBJECT: ')));
    await assert.rejects(client.request(REQUESTS.newCable, { answers: { ...answers, kind: 'memo' } }), /incomplete/);
    await assert.rejects(client.request(REQUESTS.newCable, { answers: { ...answers, to: [{ indicator: 'RUEHLO', plad: 'AMEMBASSY LONDON', precedence: 'SOON' }] } }), /incomplete/);
  });

  it('rules: every rule of the registry', async () => {
    const rules = await client.request<RuleSummary[]>(REQUESTS.rules, {});
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.meta.id));
  });
});
