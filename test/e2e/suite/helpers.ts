/** Shared by the feature tests: the extension's test API, the fixtures, and bounded waiting. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BeleidslensApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'beleidslens.beleidslens';
export const SEED = '2020-01-seed-letter.beleid.txt';
/** Our own later letter (24 January 2020) in which the NCSC revises and relaxes its advice. */
export const REVISION_LETTER = '2020-01-24-ncsc-bijgesteld-advies.beleid';

export async function extensionApi(): Promise<BeleidslensApi> {
  const extension = vscode.extensions.getExtension<BeleidslensApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  assert.ok(api?.timeline && api.corpus, 'activate() returns the test API');
  return api;
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run must open test/e2e/fixtures as its workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(document);
}

/** The offset of `text` in the document (plus `delta`); fails when the text is not there. */
export function offsetOf(document: vscode.TextDocument, text: string, delta = 0): number {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" occurs in ${document.uri.path}`);
  return index + delta;
}

export function positionOf(document: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  return document.positionAt(offsetOf(document, text, delta));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` gives a truthy value, and returns it; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** The selected text of the active editor. */
export function selectedText(): string {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is active');
  return editor.document.getText(editor.selection);
}

/** The arguments of every `command:ID?args` link in a markdown text. */
export function commandLinks(markdown: string, command: string): unknown[][] {
  const pattern = new RegExp(`\\]\\(command:${command.replace(/\./g, '\\.')}\\?([^)\\s]+)\\)`, 'g');
  return [...markdown.matchAll(pattern)].map((match) => JSON.parse(decodeURIComponent(match[1])) as unknown[]);
}

/** Formats an ISO day as the extension shows it in the UI language. */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(vscode.env.language || 'en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
