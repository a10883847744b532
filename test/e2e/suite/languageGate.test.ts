/** Where the analysis runs: policy texts in markdown or plain text yes, an English README no, unless annotated. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, sleep, waitFor } from './helpers';

const README = '# Project\n\nThis is an English README. Run `npm install` and then `npm test` to check the build.\n';
const LETTER = [
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  '',
  'Datum 3 februari 2020',
  'Betreft Advies over het gebruik van videobellen',
  '',
  'Het Nationaal Cyber Security Centrum (NCSC) adviseerde op 31 januari 2020 om voor vertrouwelijke gesprekken geen openbare diensten te gebruiken. Volgens de minister van Justitie en Veiligheid volgen alle departementen dat advies.',
  '',
].join('\n');

describe('language gate', () => {
  it('leaves an English markdown README alone until the user annotates it', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: README });
    await vscode.window.showTextDocument(document);
    await sleep(800);
    assert.equal(api.corpus.get(document.uri.toString()), undefined, 'the README is not analysed');
    await vscode.commands.executeCommand('beleidslens.annotate');
    await waitFor('the annotated README in the corpus', () => api.corpus.get(document.uri.toString()));
    assert.equal(vscode.window.activeTextEditor?.document.getText(), README, 'annotating does not change the text');
  });

  it('analyses a Kamerbrief in markdown and in plain text', async () => {
    const api = await extensionApi();
    for (const language of ['markdown', 'plaintext']) {
      const document = await vscode.workspace.openTextDocument({ language, content: LETTER });
      await vscode.window.showTextDocument(document);
      const analysis = await waitFor(`the ${language} letter in the corpus`, () => api.corpus.get(document.uri.toString()));
      assert.ok(analysis.actors.some((a) => a.aliases.includes('NCSC') || a.name === 'NCSC'), `the NCSC is found in ${language}`);
    }
  });

  it('re-analyses after an edit, from the debounced incremental update', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument({ language: 'beleidstekst', content: LETTER });
    const editor = await vscode.window.showTextDocument(document);
    await waitFor('the letter in the corpus', () => api.corpus.get(document.uri.toString()));
    const added = 'De AIVD stelde op 4 februari 2020 dat de dreiging was afgenomen.\n';
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), added));
    const analysis = await waitFor('the added claim in the analysis', () => {
      const current = api.corpus.get(document.uri.toString());
      return current?.length === document.getText().length && current.actors.some((a) => a.name === 'AIVD' || a.aliases.includes('AIVD')) && current;
    });
    assert.ok(analysis.dates.some((d) => d.value === '2020-02-04'), 'the new date is resolved');
  });
});
