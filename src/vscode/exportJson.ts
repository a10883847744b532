/**
 * `beleidslens.exportJson`: the annotation contract's JSON (version 1) for the
 * current text or the whole workspace index, written where the user chooses.
 * Tests (and other callers) can pass the target URI and the scope.
 */
import * as vscode from 'vscode';
import { toExportJson, type CorpusAnalysis, type DocumentAnalysis } from '../core';
import { Commands } from './commandIds';
import type { Services } from './services';

export type ExportScope = 'file' | 'workspace';

export function registerExportJson(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.exportJson, (target?: vscode.Uri | string, scope?: ExportScope) =>
      exportJson(services, target, scope),
    ),
  );
}

async function exportJson(services: Services, target?: vscode.Uri | string, scope?: ExportScope): Promise<vscode.Uri | undefined> {
  const { analyses, workspaceIndex } = services;
  const editor = vscode.window.activeTextEditor;
  const current = editor ? await analyses.current(editor.document) : undefined;
  scope ??= current ? await pickScope() : 'workspace';
  if (!scope) return undefined;
  if (scope === 'file' && !current) throw new Error(vscode.l10n.t('The active editor holds no analysed text to export.'));
  if (scope === 'workspace') await workspaceIndex.ready();

  // The corpus lists the texts it could not analyse (too large, binary) among its errors.
  const corpus = scope === 'file' && current ? fileCorpus(services, current) : analyses.corpus.analysis();

  const uri = typeof target === 'string' ? toUri(target) : (target ?? (await askTarget(scope === 'file' ? current?.file : undefined)));
  if (!uri) return undefined;
  const json = toExportJson(relativeFiles(corpus));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`));
  services.log.info(`exported ${corpus.documents.length} texts to ${uri.toString()}`);
  const open = vscode.l10n.t('Open');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Exported {0} texts to {1}', String(corpus.documents.length), vscode.workspace.asRelativePath(uri)), open)
    .then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
  return uri;
}

function fileCorpus({ analyses }: Services, document: DocumentAnalysis): CorpusAnalysis {
  const links = analyses.corpus.links().filter((l) => l.from.file === document.file && l.to.file === document.file);
  return { documents: [document], links, errors: [] };
}

async function pickScope(): Promise<ExportScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: ExportScope })[] = [
    { label: vscode.l10n.t('This text'), scope: 'file' },
    { label: vscode.l10n.t('All policy texts in the workspace'), scope: 'workspace' },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export annotations as JSON') }))?.scope;
}

async function askTarget(file: string | undefined): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const beside = file ? vscode.Uri.parse(file) : undefined;
  const defaultUri = beside?.scheme === 'file' ? beside.with({ path: `${beside.path}.beleidslens.json` }) : folder && vscode.Uri.joinPath(folder, 'beleidslens.json');
  return vscode.window.showSaveDialog({ defaultUri, filters: { JSON: ['json'] }, title: vscode.l10n.t('Export annotations as JSON') });
}

function toUri(target: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}

/** File keys are URIs inside the extension; the contract wants paths, relative to the workspace where possible. */
function relativeFiles(corpus: CorpusAnalysis): CorpusAnalysis {
  const path = (file: string) => {
    const uri = vscode.Uri.parse(file);
    return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : file;
  };
  return {
    documents: corpus.documents.map((d) => ({ ...d, file: path(d.file) })),
    links: corpus.links.map((l) => ({ ...l, from: { ...l.from, file: path(l.from.file) }, to: { ...l.to, file: path(l.to.file) } })),
    errors: corpus.errors.map((e) => ({ ...e, file: path(e.file) })),
  };
}
