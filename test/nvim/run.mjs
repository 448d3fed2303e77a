// Runs test/nvim/check.lua in headless Neovim (installing Debian's neovim with apt when it is
// missing) against the built server and an invented cable. Ends with `N passed, N failed` and
// appends `passed failed` to $CABLEWRIGHT_COUNTS when set, like the mocha reporter.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const server = join(root, 'dist', 'server.js');
const lines = [];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installNeovim() {
  if (has('nvim')) return true;
  console.log('neovim is missing: installing it with apt-get');
  const sudo = process.getuid && process.getuid() !== 0 && has('sudo') ? ['sudo'] : [];
  const apt = (...args) => spawnSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!apt('install', '-y', 'neovim')) {
    apt('update');
    apt('install', '-y', 'neovim');
  }
  return has('nvim');
}

function run() {
  if (!existsSync(server)) return lines.push(`FAIL the server is built: ${server} is missing (run npm run build)`);
  if (!installNeovim()) return lines.push('FAIL neovim is installed: apt-get could not install it');
  const work = mkdtempSync(join(tmpdir(), 'cablewright-nvim-'));
  try {
    const cable = join(work, 'request.cable');
    copyFileSync(join(root, 'test', 'fixtures', 'lsp', 'request.cable'), cable);
    const env = {
      ...process.env,
      CABLEWRIGHT_SERVER: server,
      XDG_CACHE_HOME: join(work, 'cache'),
      XDG_STATE_HOME: join(work, 'state'),
      XDG_DATA_HOME: join(work, 'data'),
      XDG_CONFIG_HOME: join(work, 'config'),
    };
    const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'check.lua')}`, cable], {
      cwd: work,
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
    const reported = (result.stdout ?? '').split('\n').filter((l) => /^(PASS|FAIL) /.test(l));
    lines.push(...reported);
    if (result.error) lines.push(`FAIL neovim ran to the end: ${result.error.message}`);
    else if (reported.length === 0) lines.push(`FAIL the check script reported: nvim exited ${result.status}; ${(result.stderr ?? '').trim().slice(0, 500)}`);
    else if (result.status !== 0 && !reported.some((l) => l.startsWith('FAIL'))) lines.push(`FAIL neovim exited cleanly: status ${result.status}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

run();
for (const line of lines) console.log(line.startsWith('PASS') ? `  ✔ ${line.slice(5)}` : `  ✗ ${line.slice(5)}`);
const passed = lines.filter((l) => l.startsWith('PASS')).length;
const failed = lines.length - passed;
console.log(`${passed} passed, ${failed} failed`);
if (process.env.CABLEWRIGHT_COUNTS) appendFileSync(process.env.CABLEWRIGHT_COUNTS, `${passed} ${failed}\n`);
process.exit(failed > 0 ? 1 : 0);
