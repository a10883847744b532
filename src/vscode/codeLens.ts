/** CodeLens above a claim that a later claim revised (or relaxed, withdrew, …): "revised on 24 January 2020 (NCSC)". */
import * as vscode from 'vscode';
import { Commands, type ClaimTarget } from './commandIds';
import { laterChangeTitle, shortName } from './format';
import { registerForPolicyTexts } from './languageGate';
import type { Services } from './services';
import { affects, settings } from './settings';

export function registerCodeLens(context: vscode.ExtensionContext, { analyses, gate }: Services): void {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document, token) {
      if (!settings.codeLens()) return [];
      const analysis = await analyses.current(document, token);
      if (!analysis) return [];
      const lenses: vscode.CodeLens[] = [];
      // A paragraph is often one line holding several claims: one lens per distinct title on a line.
      const titles = new Set<string>();
      for (const claim of analysis.claims) {
        if (token.isCancellationRequested) return [];
        const at = document.positionAt(claim.start);
        for (const later of analyses.corpus.linksOf(analysis.file, claim.id).later) {
          const title = laterChangeTitle(later.link.relation, later.claim.date ?? later.document.date, shortName(later.actor));
          if (titles.has(`${at.line}:${title}`)) continue;
          titles.add(`${at.line}:${title}`);
          const target: ClaimTarget = { file: later.file, claimId: later.claim.id };
          const command = { title, tooltip: later.link.reason.explanation, command: Commands.openClaim, arguments: [target] };
          lenses.push(new vscode.CodeLens(new vscode.Range(at, at), command));
        }
      }
      return lenses;
    },
  };
  context.subscriptions.push(
    changed,
    // Links are corpus-wide: a change in any text can add or remove a lens here.
    analyses.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => affects(event, 'codeLens') && changed.fire()),
  );
  registerForPolicyTexts(context, gate, (selector) => vscode.languages.registerCodeLensProvider(selector, provider));
}
