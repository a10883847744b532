/**
 * A long policy text in the real extension host. Its first analysis is settled in the engine's old generation:
 * src/core/heap.ts takes the engine's collector from a new context, which only this runtime can show works.
 * A letter typed into it then takes a short way.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, extensionApi, fixture, waitFor } from './helpers';

/** Comfortably over the length from which the analyser settles a full analysis (250,000 characters). */
const LONG_TEXT = 300_000;

describe('a long policy text', () => {
  it('settles its first analysis, and takes a short way for a letter typed into it', async () => {
    const api = await extensionApi();
    const seed = (await vscode.workspace.openTextDocument(fixture(SEED))).getText();
    const text = Array.from({ length: Math.ceil(LONG_TEXT / seed.length) }, () => seed).join('\n\n');
    const document = await vscode.workspace.openTextDocument({ language: 'beleidstekst', content: text });
    const editor = await vscode.window.showTextDocument(document);
    const key = document.uri.toString();
    await waitFor('the long text analysed', () => api.corpus.get(key)?.length === text.length, 60000);
    const first = api.corpus.lastUpdate(key);
    assert.ok(first && !first.offsetsOnly && !first.resumed, `the first analysis ran whole: ${JSON.stringify(first)}`);
    assert.equal(first.settledHeap, true, `the first analysis was settled: ${JSON.stringify(first)}`);

    const at = text.indexOf('de overheidsdienst', text.length / 2) + 'de overheid'.length;
    assert.ok(await editor.edit((edit) => edit.insert(document.positionAt(at), 'e')));
    await waitFor('the edit analysed', () => api.corpus.get(key)?.length === text.length + 1, 30000);
    const typed = api.corpus.lastUpdate(key);
    assert.ok(typed && (typed.offsetsOnly || typed.resumed), `a short way: ${JSON.stringify(typed)}`);
    assert.equal(typed.settledHeap, false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
