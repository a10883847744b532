/**
 * The `beleidslens.actors` view: the actors of the indexed texts (one entry per
 * actor id across texts), each with its claims and its mentions.
 */
import * as vscode from 'vscode';
import type { Actor, ActorMention, Claim, CorpusIndex } from '../core';
import { Commands, Views, type ClaimTarget, type SpanTarget } from './commandIds';
import { actorKindLabel, claimKindLabel, fileName, shortText } from './format';
import type { Services } from './services';

export interface ActorNode {
  type: 'actor';
  id: string;
  actor: Actor;
  claims: { file: string; claim: Claim }[];
  mentions: { file: string; mention: ActorMention }[];
}

export interface GroupNode {
  type: 'claims' | 'mentions';
  parent: ActorNode;
}

export interface ClaimNode {
  type: 'claim';
  file: string;
  claim: Claim;
}

export interface MentionNode {
  type: 'mention';
  file: string;
  mention: ActorMention;
}

export type ActorsNode = ActorNode | GroupNode | ClaimNode | MentionNode;

const REFRESH_DELAY_MS = 300;

export class ActorsProvider implements vscode.TreeDataProvider<ActorsNode>, vscode.Disposable {
  private actors: ActorNode[] | undefined;
  private readonly changed = new vscode.EventEmitter<ActorsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusIndex) {}

  invalidate(): void {
    this.actors = undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: ActorsNode): ActorsNode[] {
    if (!node) return this.model();
    if (node.type === 'actor') {
      const groups: GroupNode[] = [];
      if (node.claims.length > 0) groups.push({ type: 'claims', parent: node });
      if (node.mentions.length > 0) groups.push({ type: 'mentions', parent: node });
      return groups;
    }
    if (node.type === 'claims') return node.parent.claims.map(({ file, claim }) => ({ type: 'claim', file, claim }));
    if (node.type === 'mentions') return node.parent.mentions.map(({ file, mention }) => ({ type: 'mention', file, mention }));
    return [];
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'actor': {
        const item = new vscode.TreeItem(node.actor.name, collapsed);
        item.id = `actor:${node.id}`;
        item.description = `${actorKindLabel(node.actor.kind)} · ${vscode.l10n.t('{0} claims, {1} mentions', String(node.claims.length), String(node.mentions.length))}`;
        item.tooltip = [node.actor.name, ...node.actor.aliases.filter((a) => a !== node.actor.name)].join(' · ');
        item.iconPath = new vscode.ThemeIcon(ACTOR_ICONS[node.actor.kind]);
        item.contextValue = 'actor';
        return item;
      }
      case 'claims':
      case 'mentions': {
        const count = node.type === 'claims' ? node.parent.claims.length : node.parent.mentions.length;
        const label = node.type === 'claims' ? vscode.l10n.t('Claims') : vscode.l10n.t('Mentions');
        const item = new vscode.TreeItem(label, collapsed);
        item.id = `${node.type}:${node.parent.id}`;
        item.description = String(count);
        return item;
      }
      case 'claim': {
        const item = new vscode.TreeItem(shortText(node.claim.text, 80));
        item.description = `${claimKindLabel(node.claim)} · ${fileName(node.file)}`;
        item.tooltip = node.claim.text;
        item.iconPath = new vscode.ThemeIcon(node.claim.kind === 'advice' ? 'lightbulb' : 'quote');
        const target: ClaimTarget = { file: node.file, claimId: node.claim.id };
        item.command = { command: Commands.openClaim, title: vscode.l10n.t('Open'), arguments: [target] };
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.mention.text);
        item.description = fileName(node.file);
        item.iconPath = new vscode.ThemeIcon('mention');
        const target: SpanTarget = { file: node.file, start: node.mention.start, end: node.mention.end };
        item.command = { command: Commands.openSpan, title: vscode.l10n.t('Open'), arguments: [target] };
        return item;
      }
    }
  }

  /** One node per actor id across the texts, most quoted first. */
  private model(): ActorNode[] {
    if (this.actors) return this.actors;
    const byId = new Map<string, ActorNode>();
    for (const document of this.corpus.documents()) {
      for (const actor of document.actors) {
        let node = byId.get(actor.id);
        if (!node) byId.set(actor.id, (node = { type: 'actor', id: actor.id, actor, claims: [], mentions: [] }));
        node.mentions.push(...actor.mentions.map((mention) => ({ file: document.file, mention })));
      }
      for (const claim of document.claims) {
        if (claim.actor !== null) byId.get(claim.actor)?.claims.push({ file: document.file, claim });
      }
    }
    this.actors = [...byId.values()].sort(
      (a, b) => b.claims.length - a.claims.length || b.mentions.length - a.mentions.length || a.actor.name.localeCompare(b.actor.name),
    );
    return this.actors;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const ACTOR_ICONS: Record<Actor['kind'], string> = {
  person: 'person',
  organisation: 'library',
  group: 'organization',
  role: 'account',
};

export function registerActorsView(context: vscode.ExtensionContext, { analyses }: Services): ActorsProvider {
  const provider = new ActorsProvider(analyses.corpus);
  let refresh: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    provider,
    vscode.window.createTreeView(Views.actors, { treeDataProvider: provider, showCollapseAll: true }),
    analyses.onDidChange(() => {
      clearTimeout(refresh);
      refresh = setTimeout(() => provider.invalidate(), REFRESH_DELAY_MS);
    }),
    { dispose: () => clearTimeout(refresh) },
  );
  return provider;
}
