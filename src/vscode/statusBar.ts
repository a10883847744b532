/**
 * A status bar item for the active text: what the analysis found, or in plain
 * words why the text is not analysed (too large, not text, analyser error).
 */
import * as vscode from 'vscode';
import { Commands, Views } from './commandIds';
import type { Services } from './services';

export function registerStatusBar(context: vscode.ExtensionContext, { analyses }: Services): void {
  const item = vscode.window.createStatusBarItem('beleidslens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Beleidslens';

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const problem = document && analyses.problem(document.uri);
    const analysis = document && analyses.corpus.get(document.uri.toString());
    if (problem) {
      item.text = `$(warning) ${vscode.l10n.t('Beleidslens: not analysed')}`;
      item.tooltip = problem;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      item.command = Commands.showLog;
    } else if (analysis) {
      const advice = analysis.claims.filter((c) => c.kind === 'advice').length;
      item.text = `$(book) ${analysis.claims.length - advice} $(lightbulb) ${advice}`;
      item.tooltip = vscode.l10n.t(
        'Beleidslens: {0} actors, {1} dates, {2} claims, {3} advice',
        ...[analysis.actors.length, analysis.dates.length, analysis.claims.length - advice, advice].map(String),
      );
      item.backgroundColor = undefined;
      item.command = `${Views.timeline}.focus`;
    } else {
      item.hide();
      return;
    }
    item.show();
  };

  update();
  context.subscriptions.push(item, vscode.window.onDidChangeActiveTextEditor(update), analyses.onDidChange(update));
}
