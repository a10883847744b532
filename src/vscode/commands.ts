/**
 * Editor commands: annotate the current text, step through claims, rescan the
 * workspace, set a document date (kept beside the text), show the log.
 */
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import { DOCUMENT_DATE } from './documentDates';
import { LANGUAGE_ID } from './languageGate';
import type { Services } from './services';
import { settings } from './settings';

export function registerCommands(context: vscode.ExtensionContext, services: Services): void {
  const { analyses, log, workspaceIndex } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.annotate, (uri?: vscode.Uri) => annotate(services, uri)),
    vscode.commands.registerCommand(Commands.nextClaim, () => stepClaim(services, 1)),
    vscode.commands.registerCommand(Commands.previousClaim, () => stepClaim(services, -1)),
    vscode.commands.registerCommand(Commands.refreshIndex, async () => {
      vscode.workspace.textDocuments.forEach((document) => analyses.analyze(document, true));
      await workspaceIndex.refresh();
      const count = analyses.corpus.documents().length;
      vscode.window.setStatusBarMessage(vscode.l10n.t('Beleidslens: {0} texts in the index', String(count)), 4000);
    }),
    vscode.commands.registerCommand(Commands.setDocumentDate, (uri?: vscode.Uri, date?: string) => setDocumentDate(services, uri, date)),
    vscode.commands.registerCommand(Commands.showLog, () => log.show(true)),
  );
}

/** The document a command acts on: the given URI, else the active editor's. */
async function targetDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage(vscode.l10n.t('Open a text first.'));
  return document;
}

/** Analyse this text even though it was not detected as policy text (remembered for the session). */
async function annotate({ analyses, gate }: Services, uri?: vscode.Uri): Promise<void> {
  let document = await targetDocument(uri);
  if (!document) return;
  gate.force(document.uri);
  if (document.languageId !== LANGUAGE_ID && !settings.languages().includes(document.languageId)) {
    // Providers are registered for the configured languages only; give the text the policy-text language.
    document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
  const analysis = analyses.analyze(document, true);
  const problem = analyses.problem(document.uri);
  if (problem) void vscode.window.showWarningMessage(vscode.l10n.t('Beleidslens cannot analyse this text: {0}', problem));
  else if (analysis) {
    const message = vscode.l10n.t('Beleidslens: {0} actors, {1} dates, {2} claims', ...[analysis.actors, analysis.dates, analysis.claims].map((l) => String(l.length)));
    vscode.window.setStatusBarMessage(message, 5000);
  }
}

/** Moves the cursor to the start of the next (1) or previous (-1) claim. */
async function stepClaim({ analyses }: Services, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const analysis = await analyses.current(editor.document);
  if (!analysis) return;
  const offset = editor.document.offsetAt(editor.selection.active);
  const starts = analysis.claims.map((c) => c.start).sort((a, b) => a - b);
  const target = direction === 1 ? starts.find((s) => s > offset) : starts.filter((s) => s < offset).pop();
  if (target === undefined) {
    vscode.window.setStatusBarMessage(direction === 1 ? vscode.l10n.t('No next claim') : vscode.l10n.t('No previous claim'), 3000);
    return;
  }
  const position = editor.document.positionAt(target);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Sets the date of a text that lacks one; `date` '' clears it. Stored in the
 * workspace state, never in the text; the text is then analysed again.
 */
async function setDocumentDate({ analyses, dates }: Services, uri?: vscode.Uri, date?: string): Promise<void> {
  const document = await targetDocument(uri);
  if (!document) return;
  if (date === undefined) {
    const current = dates.get(document.uri) ?? analyses.fresh(document)?.date ?? '';
    date = await vscode.window.showInputBox({
      title: vscode.l10n.t('Document date'),
      prompt: vscode.l10n.t('The date this text was written (YYYY-MM-DD, YYYY-MM or YYYY); empty to clear. Stored beside the text, not in it.'),
      value: current,
      validateInput: (value) => (value === '' || DOCUMENT_DATE.test(value.trim()) ? undefined : vscode.l10n.t('Use YYYY-MM-DD, YYYY-MM or YYYY')),
    });
    if (date === undefined) return;
  }
  date = date.trim();
  if (date !== '' && !DOCUMENT_DATE.test(date)) throw new Error(vscode.l10n.t('Use YYYY-MM-DD, YYYY-MM or YYYY'));
  await dates.set(document.uri, date === '' ? undefined : date);
  analyses.analyze(document, true);
}
