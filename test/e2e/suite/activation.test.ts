/**
 * Smoke test in the real extension host: opening a policy text activates
 * Beleidslens, the file gets the `beleidstekst` language, and every command of
 * the extension is registered.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from './helpers';

const EXTENSION_ID = 'beleidslens.beleidslens';
const LANGUAGE_ID = 'beleidstekst';

/** The commands the extension promises (see the issue that specified the editor features). */
const EXPECTED_COMMANDS = [
  'beleidslens.annotate',
  'beleidslens.showRevisions',
  'beleidslens.nextClaim',
  'beleidslens.previousClaim',
  'beleidslens.exportJson',
  'beleidslens.refreshIndex',
  'beleidslens.setDocumentDate',
];

interface ContributedCommand {
  command: string;
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run must open test/e2e/fixtures as its workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this window`);
  return ext;
}

describe('activation', () => {
  it('activates when a .beleid file is opened', async () => {
    const ext = extension();
    const document = await vscode.workspace.openTextDocument(fixture('2021-03-04-kookadvies.beleid'));
    await vscode.window.showTextDocument(document);
    await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive);
    assert.equal(document.languageId, LANGUAGE_ID);
  });

  it('gives *.beleid.txt and *.beleid.md files the beleidstekst language', async () => {
    for (const name of ['2020-01-seed-letter.beleid.txt', '2021-03-12-raadsinformatiebrief.beleid.md']) {
      const document = await vscode.workspace.openTextDocument(fixture(name));
      assert.equal(document.languageId, LANGUAGE_ID, `language of ${name}`);
    }
  });

  it('contributes and registers all of its commands', async () => {
    const ext = extension();
    if (!ext.isActive) await ext.activate();
    const manifest = ext.packageJSON as { contributes?: { commands?: ContributedCommand[] } };
    const contributed = (manifest.contributes?.commands ?? []).map((entry) => entry.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const notContributed = EXPECTED_COMMANDS.filter((id) => !contributed.includes(id));
    assert.deepEqual(notContributed, [], 'commands missing from contributes.commands');
    const notRegistered = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(notRegistered, [], 'contributed commands that the extension did not register');
  });

  it('contributes the timeline and actors views', () => {
    const manifest = extension().packageJSON as { contributes?: { views?: Record<string, { id: string }[]> } };
    const views = (manifest.contributes?.views?.beleidslens ?? []).map((view) => view.id);
    assert.ok(views.includes('beleidslens.timeline'), `views in the beleidslens container: ${views.join(', ') || 'none'}`);
    assert.ok(views.includes('beleidslens.actors'), `views in the beleidslens container: ${views.join(', ') || 'none'}`);
  });

  it('warms up the incremental analyser once it has started', async () => {
    const api = await extensionApi();
    const result = await api.warmedUp;
    assert.ok(result, 'the warm-up stopped early');
    assert.ok(result.updates > 50, `the warm-up made ${result.updates} updates`);
  });
});
