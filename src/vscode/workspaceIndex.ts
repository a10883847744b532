/**
 * The workspace's policy texts: found with `beleidslens.include`, read from disk
 * (texts open in an editor are analysed from the editor instead), and kept
 * current on create, change, rename and delete, so cross-document links stay true.
 */
import * as vscode from 'vscode';
import { decodeText } from '../core';
import { tooLargeMessage, type Analyses } from './analysis';
import type { DocumentDates } from './documentDates';
import { languageOfFile, type LanguageGate } from './languageGate';
import type { Log } from './log';
import { affects, settings } from './settings';

export class WorkspaceIndex implements vscode.Disposable {
  /** Files matched by the include glob (whether or not the gate accepted them). */
  private readonly members = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  private generation = 0;
  private scanning: Promise<void> = Promise.resolve();

  constructor(
    private readonly analyses: Analyses,
    private readonly gate: LanguageGate,
    private readonly dates: DocumentDates,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri, newUri }) => void this.renamed(oldUri, newUri))),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.deleted(uri))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'include', 'exclude', 'maxFileSize', 'languages')) this.refresh();
      }),
    );
  }

  /** Resolves when the current scan of the workspace is complete. */
  ready(): Promise<void> {
    return this.scanning;
  }

  has(uri: vscode.Uri): boolean {
    return this.members.has(uri.toString());
  }

  /** (Re)creates the watcher and rescans the whole workspace. */
  refresh(): Promise<void> {
    this.watch();
    const generation = ++this.generation;
    this.scanning = this.scan(generation).catch((error) => this.log.error(`workspace scan failed: ${String(error)}`));
    return this.scanning;
  }

  /** Reads one file from disk and analyses it, unless an editor holds it. */
  async index(uri: vscode.Uri): Promise<void> {
    this.members.add(uri.toString());
    if (this.analyses.isOpenDocument(uri)) return;
    try {
      const { size } = await vscode.workspace.fs.stat(uri);
      const limit = settings.maxFileSize();
      if (size > limit) return this.analyses.reject(uri, tooLargeMessage(size, limit));
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      if ('error' in decoded) return this.analyses.reject(uri, decoded.error);
      if (this.analyses.isOpenDocument(uri)) return; // opened while we were reading
      // The editor drops a UTF-8 byte order mark; so do we, so that offsets are the editor's.
      const text = decoded.text.replace(/^\uFEFF/, '');
      this.analyses.analyzeFile(uri, text, languageOfFile(uri.path, text));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return this.deleted(uri);
      this.analyses.reject(uri, vscode.l10n.t('cannot read: {0}', String(error)));
    }
  }

  /** An editor closed the document: fall back to the file on disk, or forget a text outside the index. */
  documentClosed(uri: vscode.Uri): void {
    if (this.has(uri)) void this.index(uri);
    else this.analyses.drop(uri);
  }

  private async scan(generation: number): Promise<void> {
    const started = performance.now();
    const uris = await vscode.workspace.findFiles(settings.include(), settings.exclude() || undefined);
    if (generation !== this.generation) return;
    const found = new Set(uris.map((uri) => uri.toString()));
    for (const key of [...this.members]) {
      if (!found.has(key)) this.deleted(vscode.Uri.parse(key));
    }
    for (const uri of uris) {
      if (generation !== this.generation) return;
      await this.index(uri);
    }
    const analysed = this.analyses.corpus.documents().length;
    this.log.info(`workspace index: ${uris.length} files matched, ${analysed} texts analysed, in ${Math.round(performance.now() - started)} ms`);
  }

  private watch(): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(settings.include());
    watcher.onDidCreate((uri) => void this.index(uri));
    watcher.onDidChange((uri) => void this.index(uri));
    watcher.onDidDelete((uri) => this.deleted(uri));
    this.watcher = watcher;
  }

  private deleted(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    for (const key of [...this.members]) {
      if (key !== uri.toString() && !key.startsWith(prefix)) continue;
      this.members.delete(key);
      const member = vscode.Uri.parse(key);
      if (!this.analyses.isOpenDocument(member)) this.analyses.drop(member);
    }
  }

  /** A file or folder was renamed in the editor: move every analysis under it (its document date too). */
  private async renamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const fromKey = from.toString();
    const moved = [...this.members, ...this.analyses.corpus.documents().map((d) => d.file)].filter(
      (key) => key === fromKey || key.startsWith(`${fromKey}/`),
    );
    for (const key of new Set(moved)) {
      const oldUri = vscode.Uri.parse(key);
      const newUri = vscode.Uri.parse(to.toString() + key.slice(fromKey.length));
      if (this.members.delete(key)) this.members.add(newUri.toString());
      this.analyses.rename(oldUri, newUri);
      this.gate.rename(oldUri, newUri);
      await this.dates.rename(oldUri, newUri);
    }
  }

  dispose(): void {
    this.generation++;
    this.watcher?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
