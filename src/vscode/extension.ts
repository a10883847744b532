/**
 * Beleidslens for VS Code: wires the feature modules to the shared services.
 * Every feature is a thin adapter over the pure analyser in src/core.
 * `activate` returns a small API (the view providers and the corpus) for tests.
 */
import type * as vscode from 'vscode';
import type { CorpusIndex } from '../core';
import { registerActorsView, type ActorsProvider } from './actorsView';
import { registerCodeLens } from './codeLens';
import { registerCommands } from './commands';
import { registerDecorations } from './decorations';
import { registerDocumentSync } from './documentSync';
import { registerExportJson } from './exportJson';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline';
import { registerRevisions } from './revisions';
import { registerSemanticTokens } from './semanticTokens';
import { createServices } from './services';
import { registerStatusBar } from './statusBar';
import { registerTimelineView, type TimelineNode, type TimelineProvider } from './timelineView';
import { registerWarmUp, type WarmUpResult } from './warmUp';

export interface BeleidslensApi {
  timeline: TimelineProvider;
  /** The timeline's tree view, so tests can see what following the cursor selected. */
  timelineView: vscode.TreeView<TimelineNode>;
  actors: ActorsProvider;
  corpus: CorpusIndex;
  /** Resolves when the workspace scan that is under way has finished. */
  indexReady(): Promise<void>;
  /** Resolves when the incremental analyser has been warmed up (null: it stopped early). */
  warmedUp: Promise<WarmUpResult | null>;
}

export function activate(context: vscode.ExtensionContext): BeleidslensApi {
  const services = createServices(context);
  registerDocumentSync(context, services);
  registerHover(context, services);
  registerOutline(context, services);
  registerSemanticTokens(context, services);
  registerDecorations(context, services);
  registerCodeLens(context, services);
  registerNavigation(context, services);
  registerRevisions(context, services);
  registerCommands(context, services);
  registerExportJson(context, services);
  registerStatusBar(context, services);
  const timeline = registerTimelineView(context, services);
  const actors = registerActorsView(context, services);
  const warmedUp = registerWarmUp(context, services);
  void services.workspaceIndex.refresh();
  services.log.info('Beleidslens activated');
  return { timeline: timeline.provider, timelineView: timeline.view, actors, corpus: services.analyses.corpus, indexReady: () => services.workspaceIndex.ready(), warmedUp };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
