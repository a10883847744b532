/** Every contributed command runs; the main ones do what they promise. */
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, SEED, extensionApi, fixture, offsetOf, openFixture, selectedText, sleep } from './helpers';

/** Runs a command; any quick pick or input box it opens is dismissed after a moment, as a user pressing Escape would. */
async function runDismissing(command: string, ...args: unknown[]): Promise<unknown> {
  const running = vscode.commands.executeCommand(command, ...args);
  let settled = false;
  void Promise.resolve(running).finally(() => (settled = true));
  for (let i = 0; i < 3 && !settled; i++) {
    await sleep(400);
    if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  }
  return running;
}

describe('commands', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'beleidslens-e2e-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('every contributed command runs without error', async () => {
    const api = await extensionApi();
    await api.indexReady();
    const editor = await openFixture(SEED);
    const file = editor.document.uri.toString();
    const analysis = api.corpus.get(file);
    assert.ok(analysis && analysis.claims.length > 0, 'the seed letter is analysed');
    const claim = analysis.claims.find((c) => c.text.includes('Later wijzigde')) ?? analysis.claims[0];
    const ncsc = analysis.actors.find((a) => a.aliases.includes('NCSC') || a.name === 'NCSC') ?? analysis.actors[0];
    const original = editor.document.getText();

    const args: Record<string, unknown[]> = {
      'beleidslens.exportJson': [vscode.Uri.file(path.join(tmp, 'all.json')), 'workspace'],
      'beleidslens.setDocumentDate': [editor.document.uri, ''],
      'beleidslens.openClaim': [{ file, claimId: claim.id }],
      'beleidslens.openSpan': [{ file, start: claim.start, end: claim.end }],
      'beleidslens.showRevisions': [{ file, claimId: claim.id }],
      'beleidslens.timeline.filterByDocument': [editor.document.uri],
      'beleidslens.timeline.filterByActor': [ncsc.id],
    };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const commands = manifest.contributes.commands.map((c) => c.command);
    assert.ok(commands.length >= 13, `contributed commands: ${commands.join(', ')}`);
    for (const command of commands) {
      await vscode.window.showTextDocument(editor.document);
      await assert.doesNotReject(async () => runDismissing(command, ...(args[command] ?? [])), command);
    }
    await vscode.commands.executeCommand('beleidslens.timeline.clearFilter');
    assert.equal(editor.document.getText(), original, 'no command changed the text');
  });

  it('nextClaim and previousClaim move the cursor from claim to claim', async () => {
    const api = await extensionApi();
    const editor = await openFixture(SEED);
    const starts = api.corpus.get(editor.document.uri.toString())!.claims.map((c) => c.start).sort((a, b) => a - b);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('beleidslens.nextClaim');
    const first = editor.document.offsetAt(editor.selection.active);
    assert.equal(first, starts.find((s) => s > 0));
    await vscode.commands.executeCommand('beleidslens.nextClaim');
    const second = editor.document.offsetAt(editor.selection.active);
    assert.equal(second, starts.find((s) => s > first));
    await vscode.commands.executeCommand('beleidslens.previousClaim');
    assert.equal(editor.document.offsetAt(editor.selection.active), first);
  });

  it('showRevisions offers the linked versions of the claim at the cursor and opens the one picked', async () => {
    const api = await extensionApi();
    const editor = await openFixture(SEED);
    const file = editor.document.uri.toString();
    const position = editor.document.positionAt(offsetOf(editor.document, 'Later wijzigde het NCSC', 3));
    editor.selection = new vscode.Selection(position, position);
    const claim = api.corpus.claimAt(file, editor.document.offsetAt(position));
    assert.ok(claim, 'a claim at the cursor');
    const { earlier, later } = api.corpus.linksOf(file, claim.id);
    const first = earlier[0] ?? later[0];
    assert.ok(first, 'the revision is linked to another claim');
    const running = vscode.commands.executeCommand('beleidslens.showRevisions');
    await sleep(800);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.file);
    assert.equal(selectedText(), first.claim.text, 'the first version offered is opened and selected');
  });

  it('exportJson writes the contract\'s JSON for the workspace and for one text', async () => {
    const api = await extensionApi();
    await api.indexReady();
    await openFixture(SEED);
    const all = vscode.Uri.file(path.join(tmp, 'workspace.json'));
    await vscode.commands.executeCommand('beleidslens.exportJson', all, 'workspace');
    const exported = JSON.parse(fs.readFileSync(all.fsPath, 'utf8')) as {
      version: number;
      documents: { file: string; claims: { id: string; text: string }[] }[];
      links: { from: string; to: string; relation: string }[];
    };
    assert.equal(exported.version, 1);
    const seed = exported.documents.find((d) => d.file === SEED);
    assert.ok(seed, `the seed letter by its workspace path; files: ${exported.documents.map((d) => d.file).join(', ')}`);
    assert.ok(exported.documents.length >= 2, 'the other fixture texts too');
    assert.ok(seed.claims.some((c) => c.text.includes('Later wijzigde het NCSC het advies')));
    assert.ok(exported.links.every((l) => !l.from.includes('file://')), 'link ends use paths, not URIs');

    const one = vscode.Uri.file(path.join(tmp, 'seed.json'));
    await vscode.commands.executeCommand('beleidslens.exportJson', one.fsPath, 'file');
    const single = JSON.parse(fs.readFileSync(one.fsPath, 'utf8')) as typeof exported;
    assert.deepEqual(single.documents.map((d) => d.file), [SEED]);
  });

  it('setDocumentDate dates a text that lacks a date without touching the text', async () => {
    const api = await extensionApi();
    const text = 'Volgens het NCSC bieden de maatregelen vandaag voldoende bescherming.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'beleidstekst', content: text });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('beleidslens.setDocumentDate', document.uri, '2020-02-03');
    assert.equal(api.corpus.get(document.uri.toString())?.date, '2020-02-03');
    assert.equal(document.getText(), text, 'the text is unchanged');
    await vscode.commands.executeCommand('beleidslens.setDocumentDate', document.uri, '');
    assert.notEqual(api.corpus.get(document.uri.toString())?.date, '2020-02-03', 'cleared again');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('beleidslens.setDocumentDate', document.uri, '3 februari')));
  });

  it('refreshIndex indexes the workspace\'s policy texts, including a second letter', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('beleidslens.refreshIndex');
    const files = api.corpus.documents().map((d) => d.file);
    assert.ok(files.includes(fixture(SEED).toString()), files.join(', '));
    assert.ok(files.includes(fixture('2020-01-24-ncsc-bijgesteld-advies.beleid').toString()), files.join(', '));
  });
});
