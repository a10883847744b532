/** `beleidslens.showRevisions`: a quick pick of the earlier and later versions of the claim at the cursor. */
import * as vscode from 'vscode';
import type { LinkedClaim } from '../core';
import { Commands, type ClaimTarget } from './commandIds';
import { claimLabel, fileName, formatDate, relationFromLater, relationToEarlier } from './format';
import { openClaim } from './navigation';
import type { Services } from './services';

interface RevisionItem extends vscode.QuickPickItem {
  target?: ClaimTarget;
}

export function registerRevisions(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showRevisions, (target?: ClaimTarget) => showRevisions(services, target)),
  );
}

async function claimAtCursor({ analyses }: Services): Promise<ClaimTarget | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const analysis = await analyses.current(editor.document);
  if (!analysis) return undefined;
  const claim = analyses.corpus.claimAt(analysis.file, editor.document.offsetAt(editor.selection.active));
  return claim && { file: analysis.file, claimId: claim.id };
}

async function showRevisions(services: Services, target?: ClaimTarget): Promise<void> {
  target ??= await claimAtCursor(services);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a claim or advice first.'));
    return;
  }
  const { earlier, later } = services.analyses.corpus.linksOf(target.file, target.claimId);
  if (earlier.length + later.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No earlier or later versions of this claim were found.'));
    return;
  }
  const item = (linked: LinkedClaim, relation: string): RevisionItem => {
    const date = linked.claim.date ?? linked.document.date;
    return {
      label: claimLabel(linked.claim, linked.actor, 90),
      description: [relation, date && formatDate(date), fileName(linked.file)].filter(Boolean).join(' · '),
      detail: linked.link.reason.explanation,
      target: { file: linked.file, claimId: linked.claim.id },
    };
  };
  const separator = (label: string): RevisionItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const items: RevisionItem[] = [
    ...(earlier.length ? [separator(vscode.l10n.t('Earlier')), ...earlier.map((l) => item(l, relationToEarlier(l.link.relation)))] : []),
    ...(later.length ? [separator(vscode.l10n.t('Later')), ...later.map((l) => item(l, relationFromLater(l.link.relation)))] : []),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Versions of this claim'),
    placeHolder: vscode.l10n.t('Pick a version to open it'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.target) await openClaim(services, picked.target);
}
