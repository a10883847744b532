/** `beleidslens.openClaim` and `beleidslens.openSpan`: open a text (any file of the index) and select a claim or span in it. */
import * as vscode from 'vscode';
import { Commands, type ClaimTarget, type SpanTarget } from './commandIds';
import type { Services } from './services';
import { rangeOf } from './spans';

export function registerNavigation(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openClaim, (target: ClaimTarget) => openClaim(services, target)),
    vscode.commands.registerCommand(Commands.openSpan, (target: SpanTarget) => openSpan(target)),
  );
}

export async function openClaim({ analyses }: Services, target: ClaimTarget): Promise<vscode.TextEditor | undefined> {
  if (!target || typeof target.file !== 'string' || typeof target.claimId !== 'string') {
    throw new Error(`${Commands.openClaim} needs { file, claimId }`);
  }
  const claim = analyses.corpus.get(target.file)?.claims.find((c) => c.id === target.claimId);
  if (!claim) {
    void vscode.window.showWarningMessage(vscode.l10n.t('That claim is no longer in the analysis; the text may have changed.'));
    return undefined;
  }
  return openSpan({ file: target.file, start: claim.start, end: claim.end });
}

export async function openSpan(target: SpanTarget): Promise<vscode.TextEditor> {
  if (!target || typeof target.file !== 'string' || !Number.isInteger(target.start) || !Number.isInteger(target.end)) {
    throw new Error(`${Commands.openSpan} needs { file, start, end }`);
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.file));
  const range = rangeOf(document, target);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
