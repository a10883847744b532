/**
 * Decides where the analysis runs: documents whose language is listed in
 * `beleidslens.languages`; in languages other than `beleidstekst` only when the
 * text looks like policy text, or when the user ran "annotate" on it this session.
 */
import * as vscode from 'vscode';
import { looksLikePolicyText } from '../core';
import { affects, settings } from './settings';

export const LANGUAGE_ID = 'beleidstekst';

/** URI schemes of real texts; diff views (git:), output panes and the like are left alone. */
const ANALYSED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

/** The language a file on disk would open in, from its name and first line (mirrors the contributed language). */
export function languageOfFile(path: string, text: string): string {
  const name = path.toLowerCase();
  if (/\.beleid(\.txt|\.md)?$/.test(name) || FIRST_LINE.test(text.slice(0, 300))) return LANGUAGE_ID;
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  return 'plaintext';
}

/** Also contributed as the language's `firstLine`; keep the two in step. */
export const FIRST_LINE_SOURCE = '^\\s*(date\\s+\\d{4}-\\d{2}(-\\d{2})?\\b|Aan de [Vv]oorzitter van de (Tweede|Eerste) Kamer)';
const FIRST_LINE = new RegExp(FIRST_LINE_SOURCE);

export class LanguageGate {
  /** Documents the user annotated by command; remembered for the session. */
  private readonly forced = new Set<string>();
  /** Documents already seen to look like policy text (a positive answer is kept; a negative one is asked again). */
  private readonly detected = new Set<string>();

  isAnalysedScheme(uri: vscode.Uri): boolean {
    return ANALYSED_SCHEMES.has(uri.scheme);
  }

  force(uri: vscode.Uri): void {
    this.forced.add(uri.toString());
  }

  isForced(uri: vscode.Uri): boolean {
    return this.forced.has(uri.toString());
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    for (const set of [this.forced, this.detected]) {
      if (set.delete(from.toString())) set.add(to.toString());
    }
  }

  forget(uri: vscode.Uri): void {
    this.detected.delete(uri.toString());
  }

  /** Whether the analysis runs on this text; `text` is read only when the language needs detection. */
  accepts(uri: vscode.Uri, languageId: string, text: () => string): boolean {
    if (!this.isAnalysedScheme(uri)) return false;
    const key = uri.toString();
    if (this.forced.has(key)) return true;
    if (!settings.languages().includes(languageId)) return false;
    if (languageId === LANGUAGE_ID || this.detected.has(key)) return true;
    if (!looksLikePolicyText(text())) return false;
    this.detected.add(key);
    return true;
  }

  acceptsDocument(document: vscode.TextDocument): boolean {
    return this.accepts(document.uri, document.languageId, () => document.getText());
  }

  /** The document selector for providers: every language in `beleidslens.languages`; each provider still asks `accepts`. */
  selector(): vscode.DocumentFilter[] {
    const languages = new Set([LANGUAGE_ID, ...settings.languages()]);
    return [...languages].map((language) => ({ language }));
  }
}

/**
 * Registers a provider for the languages in `beleidslens.languages`, and again
 * with the new list whenever that setting changes.
 */
export function registerForPolicyTexts(
  context: vscode.ExtensionContext,
  gate: LanguageGate,
  register: (selector: vscode.DocumentSelector) => vscode.Disposable,
): void {
  let registration = register(gate.selector());
  context.subscriptions.push(
    { dispose: () => registration.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affects(event, 'languages')) return;
      registration.dispose();
      registration = register(gate.selector());
    }),
  );
}
