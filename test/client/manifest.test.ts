/**
 * The manifest says what the code does: the settings and the rule ids in them are generated
 * from the server's settings and the rule registry (and are up to date), the configuration
 * file's schema likewise; every command is implemented by the client and shown only for
 * cables; the banner colours, snippets and schema are contributed.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { configSchema, expectedPackageJson, expectedSchema, PACKAGE_JSON, SCHEMA_FILE } from '../../scripts/generate-manifest';
import { ROOT } from '../support/paths';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command?: string; submenu?: string; when?: string; group?: string }>>;
    submenus: Array<{ id: string; label: string }>;
    configuration: { properties: Record<string, { properties?: Record<string, unknown>; description?: string; markdownDescription?: string }> };
    colors: Array<{ id: string; description: string; defaults: Record<string, string> }>;
    jsonValidation: Array<{ fileMatch: string; url: string }>;
    languages: Array<{ id: string; filenames?: string[] }>;
  };
}

const TEXT = readFileSync(PACKAGE_JSON, 'utf8');
const MANIFEST = JSON.parse(TEXT) as Manifest;

function clientSources(dir = join(ROOT, 'client', 'src')): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? clientSources(path) : path.endsWith('.ts') ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('the manifest (package.json)', () => {
  it('is up to date with the rule registry and the server settings (npm run manifest)', () => {
    assert.ok(TEXT === expectedPackageJson(TEXT), 'package.json is out of date: run npm run manifest');
  });

  it('lists every rule of the registry under cablewright.rules, and nothing else', () => {
    const listed = Object.keys(MANIFEST.contributes.configuration.properties['cablewright.rules'].properties ?? {});
    assert.deepEqual(listed, RULES.map((r) => r.meta.id));
  });

  it('contributes every setting the server reads, each with a description', () => {
    const properties = MANIFEST.contributes.configuration.properties;
    const contributed = Object.keys(properties).filter((k) => k !== 'cablewright.trace.server').map((k) => k.replace(/^cablewright\./, ''));
    assert.deepEqual(contributed.sort(), Object.keys(DEFAULT_SETTINGS).sort());
    for (const [key, schema] of Object.entries(properties)) assert.ok((schema.description ?? schema.markdownDescription ?? '').length > 20, `${key} has no description`);
  });

  it('implements every contributed command in the client, with a category', () => {
    const sources = clientSources();
    for (const { command, category } of MANIFEST.contributes.commands) {
      assert.equal(category, 'Cablewright', command);
      assert.ok(sources.includes(`'${command}'`), `${command} is contributed but the client does not register it`);
    }
  });

  it('shows the commands that work on a cable only when a cable is open, in the palette and the editor menu', () => {
    const anywhere = new Set(['cablewright.newCable', 'cablewright.openRuleDocs']);
    const palette = MANIFEST.contributes.menus.commandPalette;
    for (const { command } of MANIFEST.contributes.commands) {
      const entry = palette.find((m) => m.command === command);
      if (anywhere.has(command)) assert.ok(!entry || !entry.when, `${command} should be in the palette everywhere`);
      else assert.equal(entry?.when, 'editorLangId == cable', `${command} needs a when clause for cables`);
    }
    const context = MANIFEST.contributes.menus['editor/context'];
    const submenu = MANIFEST.contributes.submenus[0];
    assert.deepEqual(context, [{ submenu: submenu.id, when: 'editorLangId == cable', group: '1_modification@90' }]);
    const inSubmenu = MANIFEST.contributes.menus[submenu.id].map((m) => m.command);
    assert.deepEqual([...inSubmenu].sort(), MANIFEST.contributes.commands.map((c) => c.command).sort());
  });

  it('contributes the banner colours with the conventional defaults, so themes can override them', () => {
    const colors = Object.fromEntries(MANIFEST.contributes.colors.map((c) => [c.id, c.defaults]));
    assert.deepEqual(Object.keys(colors), [
      'cablewright.classification.unclassified',
      'cablewright.classification.confidential',
      'cablewright.classification.secret',
      'cablewright.classification.topSecret',
    ]);
    for (const defaults of Object.values(colors)) assert.deepEqual(Object.keys(defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
    // Green, blue, red, orange: the hue of each default, in every theme kind.
    const hueName = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      const hue = d === 0 ? 0 : max === r ? (60 * ((g - b) / d) + 360) % 360 : max === g ? 60 * ((b - r) / d) + 120 : 60 * ((r - g) / d) + 240;
      return hue < 15 || hue >= 330 ? 'red' : hue < 45 ? 'orange' : hue >= 90 && hue < 170 ? 'green' : hue >= 190 && hue < 260 ? 'blue' : `hue ${hue.toFixed(0)}`;
    };
    for (const kind of ['dark', 'light', 'highContrast', 'highContrastLight']) {
      assert.deepEqual(Object.values(colors).map((d) => hueName(d[kind])), ['green', 'blue', 'red', 'orange'], kind);
    }
  });

  it('validates .cablewright.json with the generated schema, read as JSON with comments', () => {
    assert.deepEqual(MANIFEST.contributes.jsonValidation, [{ fileMatch: '.cablewright.json', url: './schemas/cablewright.schema.json' }]);
    assert.ok(MANIFEST.contributes.languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('.cablewright.json')));
    assert.ok(existsSync(SCHEMA_FILE));
    assert.ok(readFileSync(SCHEMA_FILE, 'utf8') === expectedSchema(), 'schemas/cablewright.schema.json is out of date: run npm run manifest');
    const schema = configSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.meta.id));
  });

  it('activates on the cable language and the commands only (implicitly), never on startup', () => {
    assert.deepEqual(MANIFEST.activationEvents, []);
  });
});
