/** The "Beleidslens" output channel: every problem the extension meets is logged here. */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Beleidslens', { log: true });
  context.subscriptions.push(channel);
  return channel;
}
