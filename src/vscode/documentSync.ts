/** Feeds the editor's open documents into the analysis: on open, on every edit (debounced) and on close. */
import * as vscode from 'vscode';
import type { Services } from './services';
import { affects } from './settings';

export function registerDocumentSync(context: vscode.ExtensionContext, { analyses, gate, workspaceIndex }: Services): void {
  vscode.workspace.textDocuments.forEach((document) => analyses.schedule(document, 0));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => analyses.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) analyses.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (!gate.isAnalysedScheme(document.uri)) return;
      analyses.closed(document);
      gate.forget(document.uri);
      workspaceIndex.documentClosed(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, 'languages', 'maxFileSize')) {
        vscode.workspace.textDocuments.forEach((document) => analyses.analyze(document, true));
      }
    }),
  );
}
