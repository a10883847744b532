/**
 * The `beleidslens.timeline` view: every dated claim and advice of the indexed
 * texts in date order, grouped by day; filterable to one text or one actor; it
 * follows the cursor by revealing the claim under it.
 */
import * as vscode from 'vscode';
import { buildTimeline, type CorpusIndex, type TimelineEntry } from '../core';
import { Commands, Views, type ClaimTarget } from './commandIds';
import { claimKindLabel, claimLabel, escapeMarkdown, fileName, formatDate, shortName } from './format';
import type { Services } from './services';
import { settings } from './settings';

export interface DayNode {
  type: 'day';
  date: string;
  entries: EntryNode[];
}

export interface EntryNode {
  type: 'entry';
  day: DayNode;
  entry: TimelineEntry;
}

export type TimelineNode = DayNode | EntryNode;

export interface TimelineFilter {
  /** Only this text (a file key). */
  file?: string;
  /** Only claims by this actor (actor ids are shared across texts). */
  actor?: { id: string; name: string };
}

const REFRESH_DELAY_MS = 250;
const FOLLOW_DELAY_MS = 150;

export class TimelineProvider implements vscode.TreeDataProvider<TimelineNode>, vscode.Disposable {
  private days: DayNode[] | undefined;
  private readonly byClaim = new Map<string, EntryNode>();
  private readonly changed = new vscode.EventEmitter<TimelineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: TimelineFilter = {};

  constructor(private readonly corpus: CorpusIndex) {}

  /** The corpus changed: the tree is rebuilt when next asked for. */
  invalidate(): void {
    this.days = undefined;
    this.changed.fire(undefined);
  }

  setFilter(filter: TimelineFilter): void {
    this.filter = filter;
    this.invalidate();
  }

  getChildren(node?: TimelineNode): TimelineNode[] {
    if (!node) return this.model();
    return node.type === 'day' ? node.entries : [];
  }

  getParent(node: TimelineNode): TimelineNode | undefined {
    return node.type === 'entry' ? node.day : undefined;
  }

  /** The node of a claim, if the (filtered) timeline shows it. */
  nodeOf(file: string, claimId: string): EntryNode | undefined {
    this.model();
    return this.byClaim.get(`${file}#${claimId}`);
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    if (node.type === 'day') {
      const item = new vscode.TreeItem(formatDate(node.date), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `day:${node.date}`;
      item.description = node.date;
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'day';
      return item;
    }
    const { claim, actor, file, document } = node.entry;
    const item = new vscode.TreeItem(claimLabel(claim, actor), vscode.TreeItemCollapsibleState.None);
    item.id = `${file}#${claim.id}`;
    item.description = `${claimKindLabel(claim)} · ${fileName(file)}`;
    item.iconPath = entryIcon(node.entry);
    item.contextValue = claim.kind;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(shortName(actor))}** — ${escapeMarkdown(claimKindLabel(claim))}\n\n`);
    tooltip.appendMarkdown(`${escapeMarkdown(claim.text)}\n\n`);
    tooltip.appendMarkdown(`*${escapeMarkdown(fileName(file))}${document.date ? `, ${escapeMarkdown(formatDate(document.date))}` : ''}*`);
    item.tooltip = tooltip;
    const target: ClaimTarget = { file, claimId: claim.id };
    item.command = { command: Commands.openClaim, title: vscode.l10n.t('Open'), arguments: [target] };
    return item;
  }

  private model(): DayNode[] {
    if (this.days) return this.days;
    const { file, actor } = this.filter;
    // The timeline is in date order; a Map keeps one group per date even where "2020-01" and "2020-01-01" interleave.
    const days = new Map<string, DayNode>();
    this.byClaim.clear();
    for (const entry of buildTimeline(this.corpus.analysis())) {
      if (entry.date === null || (file && entry.file !== file) || (actor && entry.actor?.id !== actor.id)) continue;
      let day = days.get(entry.date);
      if (!day) days.set(entry.date, (day = { type: 'day', date: entry.date, entries: [] }));
      const node: EntryNode = { type: 'entry', day, entry };
      day.entries.push(node);
      this.byClaim.set(`${entry.file}#${entry.claim.id}`, node);
    }
    this.days = [...days.values()];
    return this.days;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** An icon per kind and change: a quote for a claim, a bulb for issued advice, arrows for escalation and relaxation. */
function entryIcon({ claim }: TimelineEntry): vscode.ThemeIcon {
  if (claim.kind === 'claim') return new vscode.ThemeIcon('quote');
  switch (claim.change) {
    case 'escalated':
      return new vscode.ThemeIcon('arrow-up', new vscode.ThemeColor('charts.orange'));
    case 'relaxed':
      return new vscode.ThemeIcon('arrow-down', new vscode.ThemeColor('charts.green'));
    case 'revised':
      return new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.blue'));
    case 'withdrawn':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red'));
    case 'confirmed':
      return new vscode.ThemeIcon('check');
    default:
      return new vscode.ThemeIcon('lightbulb', new vscode.ThemeColor('charts.yellow'));
  }
}

export interface TimelineView {
  provider: TimelineProvider;
  view: vscode.TreeView<TimelineNode>;
}

export function registerTimelineView(context: vscode.ExtensionContext, { analyses }: Services): TimelineView {
  const provider = new TimelineProvider(analyses.corpus);
  const view = vscode.window.createTreeView(Views.timeline, { treeDataProvider: provider, showCollapseAll: true });
  let refresh: ReturnType<typeof setTimeout> | undefined;
  let follow: ReturnType<typeof setTimeout> | undefined;

  const applyFilter = (filter: TimelineFilter) => {
    provider.setFilter(filter);
    const label = filter.actor?.name ?? (filter.file ? fileName(filter.file) : undefined);
    view.message = label ? vscode.l10n.t('Filtered: {0}', label) : undefined;
    void vscode.commands.executeCommand('setContext', 'beleidslens.timelineFiltered', label !== undefined);
  };

  const followCursor = (editor: vscode.TextEditor) => {
    if (!view.visible || !settings.followCursor()) return;
    const analysis = analyses.fresh(editor.document);
    const claim = analysis && analyses.corpus.claimAt(analysis.file, editor.document.offsetAt(editor.selection.active));
    const node = claim && provider.nodeOf(analysis.file, claim.id);
    if (node && view.selection[0] !== node) void view.reveal(node, { select: true, focus: false });
  };

  context.subscriptions.push(
    provider,
    view,
    analyses.onDidChange(() => {
      clearTimeout(refresh);
      refresh = setTimeout(() => provider.invalidate(), REFRESH_DELAY_MS);
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      clearTimeout(follow);
      follow = setTimeout(() => followCursor(event.textEditor), FOLLOW_DELAY_MS);
    }),
    { dispose: () => (clearTimeout(refresh), clearTimeout(follow)) },
    vscode.commands.registerCommand(Commands.filterTimelineByDocument, (uri?: vscode.Uri) => {
      const file = (uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri)?.toString();
      if (file && analyses.corpus.get(file)) applyFilter({ file });
      else void vscode.window.showInformationMessage(vscode.l10n.t('The active editor holds no analysed text.'));
    }),
    vscode.commands.registerCommand(Commands.filterTimelineByActor, async (actorId?: string) => {
      const actors = new Map<string, string>();
      for (const document of analyses.corpus.documents()) {
        for (const actor of document.actors) if (!actors.has(actor.id)) actors.set(actor.id, shortName(actor));
      }
      const id =
        typeof actorId === 'string'
          ? actorId
          : (
              await vscode.window.showQuickPick(
                [...actors].map(([id, name]) => ({ label: name, id })).sort((a, b) => a.label.localeCompare(b.label)),
                { title: vscode.l10n.t('Show the claims of one actor') },
              )
            )?.id;
      if (id !== undefined) applyFilter({ actor: { id, name: actors.get(id) ?? id } });
    }),
    vscode.commands.registerCommand(Commands.clearTimelineFilter, () => applyFilter({})),
  );
  return { provider, view };
}
