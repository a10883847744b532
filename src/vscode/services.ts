/** The shared state every feature module receives: the log, the language gate, the analyses and the workspace index. */
import type * as vscode from 'vscode';
import { Analyses } from './analysis';
import { DocumentDates } from './documentDates';
import { LanguageGate } from './languageGate';
import { createLog, type Log } from './log';
import { WorkspaceIndex } from './workspaceIndex';

export interface Services {
  log: Log;
  gate: LanguageGate;
  dates: DocumentDates;
  analyses: Analyses;
  workspaceIndex: WorkspaceIndex;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const log = createLog(context);
  const gate = new LanguageGate();
  const dates = new DocumentDates(context.workspaceState);
  const analyses = new Analyses(gate, dates, log);
  const workspaceIndex = new WorkspaceIndex(analyses, gate, dates, log);
  context.subscriptions.push(analyses, workspaceIndex);
  return { log, gate, dates, analyses, workspaceIndex };
}
