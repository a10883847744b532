/** Semantic tokens for the seed letter: actors by kind, dates and cue words. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, extensionApi, openFixture } from './helpers';

interface Decoded {
  text: string;
  type: string;
  modifiers: string[];
}

function decode(document: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Decoded[] {
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const range = new vscode.Range(line, character, line, character + length);
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    out.push({ text: document.getText(range), type: legend.tokenTypes[type], modifiers });
  }
  return out;
}

describe('semantic tokens', () => {
  it('mark the seed letter\'s actors, dates and cues', async () => {
    await extensionApi();
    const { document } = await openFixture(SEED);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend, 'a legend');
    for (const type of ['actorPerson', 'actorOrganisation', 'actorGroup', 'actorRole', 'policyDate', 'claimCue', 'advice']) {
      assert.ok(legend.tokenTypes.includes(type), `legend has ${type}`);
    }
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(tokens && tokens.data.length > 0, 'tokens for the seed letter');
    const decoded = decode(document, tokens, legend);
    const has = (type: string, test: (text: string) => boolean) => decoded.some((t) => t.type === type && test(t.text));

    assert.ok(has('actorOrganisation', (t) => t === 'NCSC'), 'NCSC is an organisation');
    assert.ok(has('actorPerson', (t) => t.includes('Grapperhaus')), 'Grapperhaus is a person');
    assert.ok(has('actorGroup', (t) => t === 'de bewindslieden'), '"de bewindslieden" is a group');
    assert.ok(has('policyDate', (t) => t === '16 januari'), '"16 januari" is a date');
    assert.ok(has('policyDate', (t) => t === 'Diezelfde dag'), '"Diezelfde dag" is a date');
    assert.ok(decoded.some((t) => t.type === 'claimCue' || t.type === 'advice'), 'cue words are marked');
    assert.ok(decoded.every((t) => t.text.length > 0 && !t.text.includes('\n')), 'tokens are single-line and non-empty');
  });
});
