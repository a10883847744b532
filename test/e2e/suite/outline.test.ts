/** The outline (DocumentSymbolProvider) of the seed letter lists its claims and advice. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, extensionApi, offsetOf, openFixture } from './helpers';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])]);
}

describe('outline', () => {
  it('lists the letter\'s claims and advice with their source, nested inside sections', async () => {
    await extensionApi();
    const { document } = await openFixture(SEED);
    const roots = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(roots && roots.length > 0, 'symbols for the seed letter');
    const all = flatten(roots);
    const containing = (text: string, delta = 0) => {
      const position = document.positionAt(offsetOf(document, text, delta));
      return all.filter((s) => s.kind !== vscode.SymbolKind.Namespace && s.range.contains(position));
    };

    const mitigation = containing('onvoldoende bescherming');
    assert.ok(mitigation.some((s) => /NCSC/.test(s.name)), `the 16 January claim is attributed to the NCSC: ${JSON.stringify(mitigation.map((s) => s.name))}`);

    const advice = containing('Tevens adviseerde de overheidsdienst', 10);
    assert.ok(
      advice.some((s) => s.kind === vscode.SymbolKind.Event && /NCSC/.test(s.name)),
      `"Tevens adviseerde de overheidsdienst …" is NCSC advice: ${JSON.stringify(advice.map((s) => [s.name, s.kind]))}`,
    );

    const revision = containing('Later wijzigde het NCSC', 2);
    assert.ok(revision.length > 0, 'the revision is in the outline');

    for (const symbol of all) {
      assert.ok(symbol.name.trim().length > 0, 'every symbol has a name');
      assert.ok(symbol.range.contains(symbol.selectionRange), `selection range inside range for ${symbol.name}`);
      for (const child of symbol.children ?? []) assert.ok(symbol.range.contains(child.range), `${child.name} lies inside ${symbol.name}`);
    }
  });
});
