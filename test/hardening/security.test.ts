/**
 * The security posture, point by point, for a product installed on closed networks that
 * carry classified text:
 *
 * - no network use anywhere: the built bundles are scanned for network and process modules,
 *   each use attributed to the module that holds it and allowed only with a reason; the
 *   running server is checked to hold no network socket; no telemetry;
 * - cable text never reaches a log: a server session and the CLI run over a cable carrying a
 *   marker word, and no log line, message or stderr line holds it;
 * - configuration files are JSON data, never executed;
 * - the extension declares untrusted and virtual workspace support, and the server serves
 *   documents that are not files;
 * - `--fix` writes atomically (a failed or killed write leaves the original), keeps the mode,
 *   and never follows a symbolic link out of the paths given (more in test/cli/cli.test.ts).
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import { main } from '../../server/src/cli';
import { parseConfigText, RULES } from '../../server/src/core/index';
import { loadConfigFile } from '../../server/src/node/configFiles';
import { LspClient, richCapabilities } from '../support/lspClient';
import { FIXTURES, ROOT } from '../support/paths';

const CLI = join(ROOT, 'dist', 'cli.js');
const TODAY = new Date(Date.UTC(2026, 10, 27));
const CABLE = readFileSync(join(FIXTURES, 'lsp', 'request.cable'), 'utf8');

// ───────────────────────────── no network, no telemetry ─────────────────────────────

/** Node modules that reach the network or start processes, and browser network APIs. */
const NETWORK = /require\("(?:node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster)"\)|(?<![.\w$])(fetch)\s*\(|\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/g;

/**
 * Each allowed use, by bundle and the module that holds it, and why it is safe. A use not
 * listed fails the test; an entry no bundle needs any more fails it too, so the list stays true.
 */
const ALLOWED: ReadonlyArray<{ bundle: string; module: string; uses: string; why: string }> = [
  {
    bundle: 'server',
    module: 'node_modules/vscode-jsonrpc/lib/node/main.js',
    uses: 'net',
    why: 'the JSON-RPC library’s pipe and socket transports. The server is started with --stdio (editors) or IPC (the VS Code client, TransportKind.ipc); neither opens a socket, and the runtime test below checks the server holds none.',
  },
  {
    bundle: 'server',
    module: 'node_modules/vscode-languageserver/lib/node/files.js',
    uses: 'child_process',
    why: 'Files.resolveGlobalNodePath runs `npm config get prefix`; the server never calls it (checked below: the server’s own code uses no Files API).',
  },
  {
    bundle: 'languageClient',
    module: 'node_modules/vscode-languageclient/lib/node/main.js',
    uses: 'child_process',
    why: 'starts the language server as a child process with IPC (client/src/server.ts, TransportKind.ipc): a local process, no network.',
  },
  {
    bundle: 'languageClient',
    module: 'node_modules/vscode-languageclient/lib/node/processes.js',
    uses: 'child_process',
    why: 'ends the server process on stop (taskkill on Windows): a local process.',
  },
  {
    bundle: 'languageClient',
    module: 'node_modules/vscode-jsonrpc/lib/node/main.js',
    uses: 'net',
    why: 'the JSON-RPC library’s pipe and socket transports; the client uses IPC (TransportKind.ipc), which needs none.',
  },
];

/** Every network or process use in a bundle, with the module it is in (esbuild marks each module with a `// path` comment). */
function networkUses(bundle: string): Array<{ module: string; uses: string; line: number }> {
  const text = readFileSync(join(ROOT, 'dist', `${bundle}.js`), 'utf8');
  const lines = text.split('\n');
  assert.ok(lines.some((l) => /^\/\/ (?:node_modules|server|client)\//.test(l)), `dist/${bundle}.js has no module comments: build it with npm run build (not --production) for this test`);
  const out: Array<{ module: string; uses: string; line: number }> = [];
  let module = '(bundle prelude)';
  lines.forEach((line, i) => {
    const m = /^\/\/ ((?:node_modules|server|client)\/\S+|package\.json)$/.exec(line);
    if (m) {
      module = m[1];
      return;
    }
    for (const hit of line.matchAll(NETWORK)) out.push({ module, uses: hit[1] ?? hit[2] ?? hit[3], line: i + 1 });
  });
  return out;
}

describe('hardening: security posture', function () {
  this.timeout(120_000);

  describe('no network use, no telemetry', () => {
    before(() => {
      for (const b of ['server', 'cli', 'extension', 'languageClient']) assert.ok(existsSync(join(ROOT, 'dist', `${b}.js`)), `dist/${b}.js is missing: run npm run build first`);
    });

    for (const bundle of ['server', 'cli', 'extension', 'languageClient']) {
      it(`dist/${bundle}.js uses no network or process module outside the allow-list`, () => {
        const uses = networkUses(bundle);
        const unexplained = uses.filter((u) => !ALLOWED.some((a) => a.bundle === bundle && a.module === u.module && a.uses === u.uses));
        assert.deepEqual(
          unexplained.map((u) => `${u.uses} in ${u.module} (dist/${bundle}.js:${u.line})`),
          [],
          'a network or process module is used: remove it, or add it to ALLOWED with the reason it is safe',
        );
        for (const a of ALLOWED.filter((x) => x.bundle === bundle)) {
          assert.ok(uses.some((u) => u.module === a.module && u.uses === a.uses), `ALLOWED lists ${a.uses} in ${a.module} for dist/${bundle}.js, which no longer uses it: remove the entry`);
        }
        // Cablewright's own code uses none at all.
        assert.deepEqual(uses.filter((u) => u.module.startsWith('server/') || u.module.startsWith('client/')), []);
      });
    }

    it('the CLI bundle uses no network or process module at all', () => {
      assert.deepEqual(networkUses('cli'), []);
    });

    it('the server’s and the client’s own code import no network or process module, and never the Files helpers', () => {
      const sources = spawnSync('git', ['ls-files', 'server/src', 'client/src'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.ts'));
      assert.ok(sources.length > 50);
      for (const file of sources) {
        const text = readFileSync(join(ROOT, file), 'utf8');
        assert.doesNotMatch(text, /from ['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process|cluster)['"]/, file);
        assert.doesNotMatch(text, /(?<![.\w$])fetch\s*\(|XMLHttpRequest|WebSocket|\bFiles\.resolve/, file);
      }
    });

    it('sends no telemetry: no telemetry package, API or call anywhere', () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
      assert.deepEqual(packages.filter((p) => /telemetry|applicationinsights|analytics|sentry|segment/i.test(p)), []);
      for (const b of ['server', 'cli', 'extension', 'languageClient']) {
        const text = readFileSync(join(ROOT, 'dist', `${b}.js`), 'utf8');
        assert.doesNotMatch(text, /applicationinsights|extension-telemetry|TelemetryReporter|createTelemetryLogger|dc\.services\.visualstudio\.com/, `dist/${b}.js`);
      }
      const sources = spawnSync('git', ['grep', '-il', 'telemetry', '--', 'server/src', 'client/src'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
      assert.equal(sources, '', `telemetry mentioned in: ${sources}`);
    });

    it('the running server holds no network socket (Linux /proc)', async function () {
      if (process.platform !== 'linux' || !existsSync('/proc/net/tcp')) this.skip();
      const { client } = await LspClient.start();
      try {
        const uri = 'file:///tmp/cablewright-security/net.cable';
        await client.open(uri, CABLE, 1);
        await client.diagnosticsFor(uri, 1);
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 17, character: 7 } });
        await client.request('textDocument/documentLink', { textDocument: { uri } });
        const pid = client.process.pid!;
        const sockets = readdirSync(`/proc/${pid}/fd`)
          .map((fd) => {
            try {
              return readlinkSync(`/proc/${pid}/fd/${fd}`);
            } catch {
              return '';
            }
          })
          .map((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1])
          .filter((inode): inode is string => inode !== undefined);
        const network = new Set<string>();
        for (const table of ['tcp', 'tcp6', 'udp', 'udp6', 'raw', 'raw6']) {
          const path = `/proc/net/${table}`;
          if (!existsSync(path)) continue;
          for (const row of readFileSync(path, 'utf8').split('\n').slice(1)) {
            const inode = row.trim().split(/\s+/)[9];
            if (inode) network.add(inode);
          }
        }
        assert.deepEqual(sockets.filter((s) => network.has(s)), [], 'the server holds a TCP or UDP socket');
      } finally {
        await client.stop();
      }
    });
  });

  // ───────────────────────────── cable text never reaches a log ─────────────────────────────

  describe('cable text never reaches a log', () => {
    const MARKER = 'QUOKKAMARKER';
    // The marker is in every part a message might quote: a tag, the subject, a caption, a REF,
    // a paragraph, the signature, a misspelt precedence on an addressee.
    const marked = CABLE.replace('TAGS: PREL ECON FR IT', `TAGS: PREL ECON FR IT ${MARKER}`)
      .replace('SUBJECT: REQUEST', `SUBJECT: ${MARKER} REQUEST`)
      .replace('SIPDIS', `SIPDIS\n${MARKER}`)
      .replace('C. ROME 1177', `C. ${MARKER} 1177`)
      .replace('Posts should\n', `Posts should ${MARKER}\n`)
      .replace('ROME PRIORITY 4410', `ROME PRIOITY${MARKER} 4410`)
      .replace('CLINTON', `${MARKER}CLINTON`);

    it('the server logs URIs, versions, counts and timings only, and never a word of the cable', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cablewright-logs-'));
      try {
        writeFileSync(join(dir, '.cablewright.json'), '{ "rules": { "line-length": "warning" } }\n');
        const uri = pathToFileURL(join(dir, 'marked.cable')).toString();
        const { client } = await LspClient.start(richCapabilities(), { rootUri: pathToFileURL(dir).toString(), settings: { maxFileSize: 100_000 } });
        const telemetry: unknown[] = [];
        client.connection.onNotification('telemetry/event', (e: unknown) => {
          telemetry.push(e);
        });
        try {
          await client.open(uri, marked, 1);
          const diagnostics = await client.diagnosticsFor(uri, 1);
          assert.ok(diagnostics.diagnostics.some((d) => JSON.stringify(d.message).includes(MARKER)), 'diagnostics may quote the cable (they are not a log): the marker reached them');
          const lines = marked.split('\n');
          for (let line = 0; line < lines.length; line += 2) {
            const position = { line, character: Math.min(3, lines[line].length) };
            await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
            await client.request('textDocument/completion', { textDocument: { uri }, position });
          }
          await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
          await client.request('textDocument/foldingRange', { textDocument: { uri } });
          await client.request('textDocument/codeLens', { textDocument: { uri } });
          await client.request('textDocument/documentLink', { textDocument: { uri } });
          const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, context: { diagnostics: diagnostics.diagnostics } });
          for (const action of actions.filter((a) => a.command).slice(0, 5)) await client.request('workspace/executeCommand', action.command).catch(() => undefined);
          await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
          await client.request('textDocument/rename', { textDocument: { uri }, position: { line: 21, character: 0 }, newName: 'D' }).catch(() => undefined);
          await client.request('cablewright/status', { textDocument: { uri } }).catch(() => undefined);
          await client.request('cablewright/transmissionText', { textDocument: { uri } }).catch(() => undefined);
          await client.change(uri, 2, [{ range: { start: { line: 24, character: 0 }, end: { line: 24, character: 0 } }, text: `${MARKER} ` }]);
          await client.diagnosticsFor(uri, 2);
          await client.save(uri);
          // A cable above maxFileSize, and a broken configuration on the way.
          await client.open(`${uri}.big`, `${marked}\n${`${MARKER} `.repeat(20_000)}`, 1);
          await client.diagnosticsFor(`${uri}.big`, 1);
          writeFileSync(join(dir, '.cablewright.json'), '{ "rules": { "line-length": "loud" ');
          await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.cablewright.json')).toString(), type: 2 }] });
          await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
          await client.diagnosticsFor(uri, 3);
          await client.close(uri);
          await client.close(`${uri}.big`);
          await new Promise((r) => setTimeout(r, 300));
        } finally {
          await client.stop();
        }
        const everything = [...client.logs, ...client.messages.map((m) => m.message), ...client.stderr.join('').split('\n'), ...telemetry.map((t) => JSON.stringify(t))];
        assert.ok(client.logs.length >= 5, 'the session logged (else this test shows nothing)');
        assert.deepEqual(everything.filter((l) => l.includes(MARKER)), [], 'cable text reached a log');
        assert.deepEqual(telemetry, [], 'no telemetry events');
        // Every log line has one of the known shapes: what it names is a URI, a version, a count or a time.
        const SHAPES = [
          /^initialize: (?:pull|push) diagnostics, (?:pulled|pushed) settings$/,
          /^open \S+ v\d+ \(\d+ chars\)$/,
          /^close \S+$/,
          /^lint \S+ v\d+: (?:\d+ problems|too large, not linted) in [\d.]+ ms(?: \([\d.]+ ms with applying the change\))?$/,
          /^configuration changed: \d+ file\(s\)$/,
        ];
        assert.deepEqual(client.logs.filter((l) => !SHAPES.some((s) => s.test(l))), [], 'a log line of a new shape: check it carries no cable text, then add its shape here');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the client’s own code writes no document text to its output channel', () => {
      const files = spawnSync('git', ['ls-files', 'client/src'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.ts'));
      for (const file of files) {
        const text = readFileSync(join(ROOT, file), 'utf8');
        for (const m of text.matchAll(/\b(?:output|channel|log)\.(?:info|warn|error|debug|trace|append|appendLine)\(([^;]*)\);/g)) {
          assert.doesNotMatch(m[1], /getText|\.text\b|lineAt|document\./, `${file}: ${m[0]}`);
        }
        assert.doesNotMatch(text, /console\.(?:log|info|warn|error|debug)\(/, `${file} writes to the console`);
      }
    });

    it('the CLI writes no cable text to stderr, even when it fails', () => {
      const dir = mkdtempSync(join(tmpdir(), 'cablewright-cli-logs-'));
      try {
        const file = join(dir, 'marked.cable');
        writeFileSync(file, marked);
        const unreadable = join(dir, 'unreadable.cable');
        writeFileSync(unreadable, marked);
        chmodSync(unreadable, 0o000);
        const runs = [
          main(['lint', file], TODAY),
          main(['lint', '--format', 'json', file], TODAY),
          main(['lint', '--format', 'sarif', file], TODAY),
          main(['inspect', file], TODAY),
          main(['lint', file, join(dir, 'missing.cable')], TODAY),
          main(['lint', '--config', join(dir, 'nope.json'), file], TODAY),
        ];
        writeFileSync(join(dir, '.cablewright.json'), `{ "rules": { "${MARKER}": "loud" `);
        runs.push(main(['lint', file], TODAY), main(['fix', file], TODAY));
        // Running as root reads anything; the unreadable file is then just another cable.
        runs.push(main(['lint', unreadable], TODAY));
        for (const r of runs) assert.doesNotMatch(r.stderr, new RegExp(MARKER), r.stderr);
        assert.ok(runs.some((r) => r.stdout.includes(MARKER)), 'the report may quote the cable (it is the output, not a log)');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  // ───────────────────────────── configuration is data ─────────────────────────────

  describe('configuration files are JSON data, never executed', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cablewright-config-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reads JavaScript-looking values as strings, runs none of them, and pollutes no prototype', () => {
      const sentinel = join(dir, 'executed');
      const raw = `{
  "__proto__": { "polluted": "yes" },
  "constructor": { "prototype": { "polluted": "yes" } },
  "rules": { "paragraph-sequence": "off" },
  "tagsFiles": ["\${require('child_process').execSync('touch ${sentinel}')}"],
  "toString": "() => require('fs').writeFileSync('${sentinel}', 'x')"
}`;
      const parsed = parseConfigText(raw, RULES);
      assert.deepEqual(parsed.config.rules, { 'paragraph-sequence': 'off' });
      assert.ok(parsed.problems.some((p) => /Unknown setting "constructor"/.test(p.message)), 'unknown keys are reported, not obeyed');
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
      assert.equal(existsSync(sentinel), false, 'a configuration value was executed');
      writeFileSync(join(dir, '.cablewright.json'), raw);
      const loaded = loadConfigFile(join(dir, '.cablewright.json'));
      assert.deepEqual(loaded.rules, { 'paragraph-sequence': 'off' });
      assert.equal(existsSync(sentinel), false);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('treats a JavaScript configuration file as broken JSON and lints with the defaults', () => {
      const sentinel = join(dir, 'executed');
      writeFileSync(join(dir, '.cablewright.json'), `module.exports = { rules: { 'paragraph-sequence': 'off' } };\nrequire('fs').writeFileSync(${JSON.stringify(sentinel)}, 'x');\n`);
      writeFileSync(join(dir, '.cablewright.js'), `require('fs').writeFileSync(${JSON.stringify(sentinel)}, 'x');\n`);
      const file = join(dir, 'gap.cable');
      writeFileSync(file, readFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable'), 'utf8'));
      const json = JSON.parse(main(['lint', '--format', 'json', file], TODAY).stdout);
      const config = json.files.find((f: { path: string }) => f.path.endsWith('.cablewright.json'));
      assert.ok(config.problems.some((p: { message: string }) => /Invalid JSON/.test(p.message)));
      assert.ok(json.files.find((f: { path: string }) => f.path === file).problems.some((p: { ruleId: string }) => p.ruleId === 'paragraph-sequence'), 'the defaults apply');
      assert.equal(existsSync(sentinel), false);
    });

    it('no code of the server or the CLI can run text: no eval, Function, vm or dynamic require', () => {
      const sources = spawnSync('git', ['ls-files', 'server/src', 'client/src'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.ts'));
      for (const file of sources) {
        const text = readFileSync(join(ROOT, file), 'utf8');
        // A require or import of a literal module name is resolved when the bundle is built (the
        // client defers loading the language client that way); one of a computed name could load
        // anything, and is refused.
        assert.doesNotMatch(text, /\beval\s*\(|new Function\s*\(|from ['"](?:node:)?vm['"]|\b(?:require|import)\s*\((?!\s*'[\w@/.-]+'\s*\))/, file);
      }
    });
  });

  // ───────────────────────────── workspaces and URIs ─────────────────────────────

  describe('untrusted and virtual workspaces', () => {
    it('the manifest declares untrusted workspaces supported and virtual workspaces', () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      assert.deepEqual(manifest.capabilities?.untrustedWorkspaces, { supported: true });
      assert.equal(manifest.capabilities?.virtualWorkspaces, true);
      // The language client hands over every cable, whatever its scheme.
      const client = readFileSync(join(ROOT, 'client', 'src', 'server.ts'), 'utf8');
      assert.match(client, /documentSelector: \[\{ language: 'cable' \}\]/);
      assert.doesNotMatch(client, /scheme: 'file'/);
    });

    for (const uri of ['vscode-vfs://github/example/cables/request.cable', 'memfs:/cables/request.cable', 'untitled:Untitled-7', 'vscode-remote://ssh-remote+host/home/x/request.cable']) {
      it(`serves ${uri.split(':')[0]}: documents: diagnostics, hover, outline, fixes, formatting`, async () => {
        const { client } = await LspClient.start(richCapabilities(), { rootUri: 'vscode-vfs://github/example/cables' });
        try {
          await client.open(uri, CABLE, 1);
          const diagnostics = await client.diagnosticsFor(uri, 1);
          assert.ok(diagnostics.diagnostics.some((d) => d.code === 'paragraph-sequence'));
          const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 17, character: 7 } });
          assert.match((hover.contents as { value: string }).value, /PREL/);
          const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
          assert.ok(symbols.some((s) => s.name === 'Body'));
          const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics.diagnostics[0].range, context: { diagnostics: diagnostics.diagnostics } });
          assert.ok(actions.length > 0);
          const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
          assert.ok(edits.length > 0);
          assert.equal(client.process.exitCode, null);
          assert.doesNotMatch(client.stderr.join(''), /Error/);
        } finally {
          await client.stop();
        }
      });
    }
  });

  // ───────────────────────────── --fix writes safely ─────────────────────────────

  describe('cablewright --fix writes safely', () => {
    let dir: string;
    const gap = readFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'invalid', 'gap.cable'), 'utf8');
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cablewright-fix-'));
    });
    afterEach(() => {
      try {
        chmodSync(dir, 0o755);
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    });

    const leftovers = () => readdirSync(dir).filter((f) => f.includes('cablewright-tmp'));

    for (const [what, failing] of [
      ['the write fails halfway (disk full)', 'writeSync'],
      ['the rename fails', 'renameSync'],
      ['flushing fails', 'fsyncSync'],
      ['the folder cannot be written to', 'openSync'],
    ] as const) {
      it(`leaves the original intact and no temporary file when ${what}`, () => {
        const file = join(dir, 'gap.cable');
        writeFileSync(file, gap);
        // The module object itself (the code under test looks its functions up at each call).
        const fsModule = require('node:fs') as Record<string, (...args: unknown[]) => unknown>;
        const real = fsModule[failing];
        let calls = 0;
        fsModule[failing] = (...args: unknown[]) => {
          // Reading the cable opens it too: only the temporary file's creation fails.
          if (failing === 'openSync' && !String(args[0]).includes('cablewright-tmp')) return real(...args);
          calls++;
          if (failing === 'writeSync') {
            // Write part of the bytes, then fail as a full disk does.
            const [fd, buffer, offset, length] = args as [number, Buffer, number, number];
            real(fd, buffer, offset, Math.floor(length / 2));
          }
          throw Object.assign(new Error(failing === 'openSync' ? 'permission denied' : `${failing}: no space left on device`), { code: failing === 'openSync' ? 'EACCES' : 'ENOSPC' });
        };
        let result;
        try {
          result = main(['fix', file], TODAY);
        } finally {
          fsModule[failing] = real;
        }
        assert.ok(calls > 0, `${failing} was never called: the test did not reach the write`);
        assert.equal(result.exitCode, 2);
        assert.match(result.stderr, /cannot write .*gap\.cable/);
        assert.equal(readFileSync(file, 'utf8'), gap, 'the original changed');
        assert.deepEqual(leftovers(), []);
      });
    }

    it('never leaves a half-written file when the process is killed at any moment', async () => {
      assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
      // A large cable with a fix on every paragraph, so the work takes a while.
      const paragraphs = Array.from({ length: 15_000 }, (_, i) => `${i + 2}. (U) Paragraph ${i} of a long cable ¶ with residue.\n\n`).join('');
      const original = `UNCLAS STATE 000001\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n\n${paragraphs}SMITH\n`;
      const file = join(dir, 'big.cable');
      writeFileSync(file, original);
      const started = Date.now();
      spawnSync(process.execPath, [CLI, 'fix', file], { encoding: 'utf8' });
      const duration = Date.now() - started;
      const fixedOnce = readFileSync(file, 'utf8');
      assert.notEqual(fixedOnce, original);
      const seen = { original: 0, fixed: 0 };
      // Kills spread over the whole run, most of them near its end, where the file is written.
      for (const share of [0.1, 0.4, 0.7, 0.85, 0.92, 1, 1.1]) {
        const delay = Math.round(duration * share);
        writeFileSync(file, original);
        const child = spawn(process.execPath, [CLI, 'fix', file], { stdio: 'ignore' });
        const exited = new Promise((r) => child.once('exit', r));
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await exited;
        const now = readFileSync(file, 'utf8');
        assert.ok(now === original || now === fixedOnce, `after a kill at ${delay} ms the file is neither the original nor the fixed text (${now.length} characters)`);
        seen[now === original ? 'original' : 'fixed']++;
        for (const leftover of leftovers()) rmSync(join(dir, leftover));
      }
      assert.ok(seen.original > 0, 'no kill came before the write: the test did not interrupt anything');
    });

    it('writes through a symbolic link that stays inside the folder given, keeping the link', () => {
      const target = join(dir, 'real.cable');
      writeFileSync(target, gap);
      const link = join(dir, 'link.cable');
      symlinkSync(target, link);
      const result = main(['fix', dir], TODAY);
      assert.equal(result.exitCode, 0, result.stderr);
      assert.ok(lstatSync(link).isSymbolicLink(), 'the link was replaced by a file');
      assert.notEqual(readFileSync(target, 'utf8'), gap, 'the target was not fixed');
      // Named alone, a link does not license writing outside it (test/cli covers a target elsewhere).
      writeFileSync(target, gap);
      assert.equal(main(['fix', link], TODAY).exitCode, 2);
      assert.equal(readFileSync(target, 'utf8'), gap);
    });

    it('does not descend into a linked folder outside the folder given', () => {
      const outside = mkdtempSync(join(tmpdir(), 'cablewright-outside-'));
      try {
        writeFileSync(join(outside, 'gap.cable'), gap);
        mkdirSync(join(dir, 'inside'));
        writeFileSync(join(dir, 'inside', 'clean.cable'), readFileSync(join(FIXTURES, 'rules', 'paragraph-sequence', 'valid', 'consecutive.cable'), 'utf8'));
        symlinkSync(outside, join(dir, 'inside', 'linked'));
        const result = main(['fix', '--format', 'json', dir], TODAY);
        const paths = JSON.parse(result.stdout).files.map((f: { path: string }) => f.path);
        assert.ok(!paths.some((p: string) => p.includes('linked')), `followed the link: ${paths.join(', ')}`);
        assert.equal(readFileSync(join(outside, 'gap.cable'), 'utf8'), gap);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });
});
