/** Texts that cannot be analysed (too large, binary) are reported as such, without an exception, and the rest goes on. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, extensionApi, fixture, openFixture, waitFor } from './helpers';

describe('texts that cannot be analysed', () => {
  it('a text larger than beleidslens.maxFileSize is reported and not analysed, and analysed again when the limit allows it', async () => {
    const api = await extensionApi();
    const { document } = await openFixture(SEED);
    const file = document.uri.toString();
    await waitFor('the seed letter analysed', () => api.corpus.get(file));
    const config = vscode.workspace.getConfiguration('beleidslens');
    await config.update('maxFileSize', 0.001, vscode.ConfigurationTarget.Workspace); // about 1 kB
    try {
      const error = await waitFor('the seed letter reported as too large', () =>
        api.corpus.analysis().errors.find((e) => e.file === file),
      );
      assert.match(error.message, /MB/);
      assert.equal(api.corpus.get(file), undefined, 'no analysis of a text over the limit');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 20));
      assert.ok(hovers.every((h) => !h.contents.some((c) => typeof c !== 'string' && c.value.includes('command:beleidslens.'))), 'no Beleidslens hover');
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the seed letter analysed again', () => api.corpus.get(file));
  });

  it('a binary file in the workspace is reported as an error while the other texts stay analysed', async () => {
    const api = await extensionApi();
    await api.indexReady();
    const binary = fixture('kapot.beleid');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x44, 0x61, 0x74, 0x75, 0x6d, 0x00, 0x01, 0x02, 0xff, 0x00]));
    try {
      const error = await waitFor(
        'the binary file reported',
        () => api.corpus.analysis().errors.find((e) => e.file === binary.toString()),
        15000,
      );
      assert.ok(error.message.length > 0);
      assert.equal(api.corpus.get(binary.toString()), undefined);
      assert.ok(api.corpus.get(fixture(SEED).toString()), 'the seed letter is still analysed');
    } finally {
      await vscode.workspace.fs.delete(binary);
    }
    await waitFor('the deleted file forgotten', () => !api.corpus.analysis().errors.some((e) => e.file === binary.toString()), 15000);
  });
});
