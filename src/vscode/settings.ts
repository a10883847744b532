/**
 * Typed access to the `beleidslens.*` settings. Every getter reads the current
 * configuration, so callers never hold a stale value.
 */
import * as vscode from 'vscode';

export type ClaimDecorationStyle = 'underline' | 'background' | 'off';

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('beleidslens');
}

export const settings = {
  /** Language ids the analysis runs in (markdown and plaintext only when the text looks like policy text). */
  languages(): string[] {
    return config().get<string[]>('languages', ['beleidstekst', 'markdown', 'plaintext']);
  },
  include(): string {
    return config().get<string>('include', '**/*.{beleid,beleid.txt,beleid.md,txt,md}');
  },
  exclude(): string {
    return config().get<string>('exclude', '**/{node_modules,.git}/**');
  },
  /** In bytes; the setting itself is in megabytes (default 5). */
  maxFileSize(): number {
    return config().get<number>('maxFileSize', 5) * 1024 * 1024;
  },
  debounceMs(): number {
    return Math.max(0, config().get<number>('debounceMs', 200));
  },
  claimDecoration(): ClaimDecorationStyle {
    return config().get<ClaimDecorationStyle>('decorations.claims', 'underline');
  },
  adviceGutter(): boolean {
    return config().get<boolean>('decorations.adviceGutter', true);
  },
  codeLens(): boolean {
    return config().get<boolean>('codeLens.enabled', true);
  },
  followCursor(): boolean {
    return config().get<boolean>('timeline.followCursor', true);
  },
};

export type Settings = typeof settings;

/** True when a configuration change touches one of the given `beleidslens.*` keys. */
export function affects(event: vscode.ConfigurationChangeEvent, ...keys: string[]): boolean {
  return keys.some((key) => event.affectsConfiguration(`beleidslens.${key}`));
}
