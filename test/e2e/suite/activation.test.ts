/**
 * The extension loads in a real extension host and starts on a cable: opening a `.cable`
 * file gives it the `cable` language and activates Cablewright (its language client and
 * server), with no error on the way.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, extension, openFixture, waitFor } from '../support/editor';

describe('activation', () => {
  after(closeAllEditors);

  it('is installed in the extension host from this checkout', () => {
    const ext = extension();
    const manifest = ext.packageJSON as { name: string; publisher: string; main: string };
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'cablewright.cablewright');
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('gives a .cable file the cable language and activates on it', async () => {
    const editor = await openFixture('well-formed.cable');
    assert.equal(editor.document.languageId, 'cable');
    const ext = extension();
    await waitFor('the extension to activate', () => (ext.isActive ? true : undefined));
    assert.equal(ext.isActive, true);
  });

  it('registers the cable language with VS Code', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('cable'), `cable is not among ${languages.length} languages`);
  });
});
