/**
 * Decorations that work with semantic highlighting off too: a subtle underline
 * (or background) on claims and advice, and a gutter icon per advice change.
 */
import * as vscode from 'vscode';
import type { AdviceChange, DocumentAnalysis } from '../core';
import { ADVICE_CHANGES } from './format';
import type { Services } from './services';
import { affects, settings } from './settings';
import { rangeOf } from './spans';

interface DecorationTypes {
  claim: vscode.TextEditorDecorationType;
  advice: vscode.TextEditorDecorationType;
  gutter: Map<AdviceChange, vscode.TextEditorDecorationType>;
}

export function registerDecorations(context: vscode.ExtensionContext, { analyses }: Services): void {
  let types = createTypes(context);
  const update = (editor: vscode.TextEditor) => {
    const analysis = analyses.fresh(editor.document);
    // While a re-analysis is pending the editor keeps its decorations (VS Code moves them with the edits).
    if (analysis || !analyses.corpus.get(editor.document.uri.toString())) apply(editor, types, analysis);
  };
  const updateAll = () => vscode.window.visibleTextEditors.forEach(update);
  updateAll();
  context.subscriptions.push(
    { dispose: () => disposeTypes(types) },
    vscode.window.onDidChangeVisibleTextEditors(updateAll),
    analyses.onDidChange((files) => {
      const changed = new Set(files);
      vscode.window.visibleTextEditors.filter((e) => changed.has(e.document.uri.toString())).forEach(update);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affects(event, 'decorations')) return;
      disposeTypes(types);
      types = createTypes(context);
      updateAll();
    }),
  );
}

function apply(editor: vscode.TextEditor, types: DecorationTypes, analysis: DocumentAnalysis | undefined): void {
  const claims = analysis?.claims ?? [];
  const document = editor.document;
  editor.setDecorations(types.claim, claims.filter((c) => c.kind === 'claim').map((c) => rangeOf(document, c)));
  editor.setDecorations(types.advice, claims.filter((c) => c.kind === 'advice').map((c) => rangeOf(document, c)));
  for (const [change, type] of types.gutter) {
    // An empty range at the advice's start: the icon sits on the (wrapped) row where the advice begins, once.
    const starts = claims
      .filter((c) => c.kind === 'advice' && c.change === change)
      .map((c) => new vscode.Range(document.positionAt(c.start), document.positionAt(c.start)));
    editor.setDecorations(type, starts);
  }
}

function createTypes(context: vscode.ExtensionContext): DecorationTypes {
  const style = settings.claimDecoration();
  const inline = (kind: 'claim' | 'advice'): vscode.DecorationRenderOptions => {
    if (style === 'background') return { backgroundColor: new vscode.ThemeColor(`beleidslens.${kind}Background`) };
    if (style === 'underline') {
      return {
        borderStyle: kind === 'claim' ? 'none none dotted none' : 'none none solid none',
        borderWidth: '0 0 1px 0',
        borderColor: new vscode.ThemeColor(`beleidslens.${kind}Underline`),
      };
    }
    return {};
  };
  const gutter = new Map<AdviceChange, vscode.TextEditorDecorationType>();
  if (settings.adviceGutter()) {
    for (const change of ADVICE_CHANGES) {
      gutter.set(
        change,
        vscode.window.createTextEditorDecorationType({
          gutterIconPath: context.asAbsolutePath(`media/advice-${change}.svg`),
          gutterIconSize: '80%',
          overviewRulerColor: change === 'issued' ? undefined : new vscode.ThemeColor('beleidslens.adviceChangeRuler'),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
        }),
      );
    }
  }
  return {
    claim: vscode.window.createTextEditorDecorationType(inline('claim')),
    advice: vscode.window.createTextEditorDecorationType(inline('advice')),
    gutter,
  };
}

function disposeTypes(types: DecorationTypes): void {
  types.claim.dispose();
  types.advice.dispose();
  types.gutter.forEach((type) => type.dispose());
}
