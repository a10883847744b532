/** CodeLens above the 16 January claim, which the NCSC revised later. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, extensionApi, offsetOf, openFixture, selectedText } from './helpers';

describe('CodeLens', () => {
  it('marks the 16 January claim as revised later and opens the revision', async () => {
    await extensionApi();
    const { document } = await openFixture(SEED);
    const line = document.positionAt(offsetOf(document, 'onvoldoende bescherming')).line;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const ours = lenses.filter((lens) => lens.command?.command === 'beleidslens.openClaim' && lens.range.start.line === line);
    assert.ok(ours.length > 0, `a lens on line ${line + 1}; lenses: ${JSON.stringify(lenses.map((l) => [l.range.start.line, l.command?.title]))}`);
    assert.ok(ours.some((lens) => /revised|herzien/.test(lens.command!.title)), `a "revised" lens: ${ours.map((l) => l.command!.title).join(' | ')}`);

    const opened: string[] = [];
    for (const lens of ours) {
      await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
      opened.push(selectedText());
    }
    assert.ok(opened.every((text) => text.length > 0), 'every lens opens a claim');
    assert.ok(opened.some((text) => text.includes('Later wijzigde het NCSC het advies')), `one lens opens the revision: ${JSON.stringify(opened)}`);
  });
});
