/**
 * Holds the corpus analysis (core `CorpusIndex`) and keeps the open documents in
 * it current: each edit schedules a debounced, incremental re-analysis off the
 * typing path; providers ask `current()` and get the analysis of exactly the
 * text they were asked about, or nothing.
 */
import * as vscode from 'vscode';
import { CorpusIndex, type AnalyzeOptions, type DocumentAnalysis, type UpdateStats } from '../core';
import type { DocumentDates } from './documentDates';
import type { LanguageGate } from './languageGate';
import type { Log } from './log';
import { settings } from './settings';

/** The status bar and log message for a text over `beleidslens.maxFileSize`. */
export function tooLargeMessage(size: number, limit: number): string {
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  return vscode.l10n.t('too large to analyse ({0} MB, limit {1} MB)', mb(size), mb(limit));
}

/**
 * ": offsets moved", ": resumed from the edited paragraph (entities patched)", ": analysed whole" for the trace
 * log: the way the analyser took, which explains a slow edit in a long text.
 */
function updateWay(update: UpdateStats | undefined): string {
  if (!update) return '';
  if (update.offsetsOnly) return ': offsets moved';
  if (update.resumed) return `: resumed from the edited paragraph (entities ${update.entitiesFrom})`;
  return `: analysed whole${update.settledHeap ? ', young generation collected after it' : ''}`;
}

/** How long change notifications are gathered before listeners hear of them (a workspace scan updates many files). */
const NOTIFY_DELAY_MS = 30;

export class Analyses implements vscode.Disposable {
  readonly corpus = new CorpusIndex();
  /** Open documents: the version whose text the corpus holds. A key absent here came from disk (or is absent). */
  private readonly versions = new Map<string, number>();
  /** Open documents the gate turned down, at this version. */
  private readonly rejected = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Why a text is not analysed (too large, binary, analyser error), for the status bar. */
  private readonly problems = new Map<string, string>();
  private readonly pendingNotice = new Set<string>();
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<string[]>();
  /** Fires (batched) with the file keys whose analysis changed or went away. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly gate: LanguageGate,
    private readonly dates: DocumentDates,
    private readonly log: Log,
  ) {}

  /** Markdown structure for Markdown documents (an untitled one too); otherwise the core decides by the file name. */
  options(uri: vscode.Uri, languageId: string): AnalyzeOptions {
    const options: AnalyzeOptions = languageId === 'markdown' ? { markdown: true } : {};
    const date = this.dates.get(uri);
    if (date !== undefined) options.documentDate = date;
    return options;
  }

  /** Re-analyses the document after the debounce delay; a newer edit restarts the wait. */
  schedule(document: vscode.TextDocument, delay = settings.debounceMs()): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.analyze(document);
      }, delay),
    );
  }

  /** Analyses the document's current text now (when the gate accepts it) and returns the result. */
  analyze(document: vscode.TextDocument, force = false): DocumentAnalysis | undefined {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    try {
      if (document.isClosed) return undefined;
      if (!force && this.versions.get(key) === document.version) return this.corpus.get(key);
      if (!this.gate.acceptsDocument(document)) {
        this.rejected.set(key, document.version);
        if (this.versions.has(key)) this.drop(document.uri);
        return undefined;
      }
      this.rejected.delete(key);
      const text = document.getText();
      const problem = this.problemWith(text);
      if (problem) {
        this.reject(document.uri, problem);
        this.versions.set(key, document.version);
        return undefined;
      }
      const started = performance.now();
      const analysis = this.corpus.update(key, text, this.options(document.uri, document.languageId));
      this.versions.set(key, document.version);
      this.problems.delete(key);
      this.log.trace(`analysed ${key} (v${document.version}) in ${Math.round(performance.now() - started)} ms${updateWay(this.corpus.lastUpdate(key))}`);
      this.notify(key);
      return analysis;
    } catch (error) {
      this.reject(document.uri, vscode.l10n.t('analysis failed: {0}', String(error)));
      this.versions.set(key, document.version);
      return undefined;
    } finally {
      this.release(key);
    }
  }

  /** The analysis of the document's text at its current version, if there is one (no waiting). */
  fresh(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const key = document.uri.toString();
    return this.versions.get(key) === document.version ? this.corpus.get(key) : undefined;
  }

  /** The analysis of the document's current text: waits for a pending run, or runs one if none is due. */
  async current(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    if (this.versions.get(key) === document.version) return this.corpus.get(key);
    if (this.rejected.get(key) === document.version) return undefined;
    if (!this.timers.has(key)) return this.analyze(document);
    await new Promise<void>((resolve) => {
      const list = this.waiters.get(key) ?? [];
      list.push(resolve);
      this.waiters.set(key, list);
      token?.onCancellationRequested(() => resolve());
    });
    return token?.isCancellationRequested ? undefined : this.fresh(document);
  }

  /** A text read from disk (workspace index). The editor's text wins while the file is open. */
  analyzeFile(uri: vscode.Uri, text: string, languageId: string): void {
    const key = uri.toString();
    if (this.versions.has(key)) return;
    try {
      if (!this.gate.accepts(uri, languageId, () => text)) return this.drop(uri);
      const problem = this.problemWith(text);
      if (problem) return this.reject(uri, problem);
      this.corpus.update(key, text, this.options(uri, languageId));
      this.problems.delete(key);
      this.notify(key);
    } catch (error) {
      this.reject(uri, vscode.l10n.t('analysis failed: {0}', String(error)));
    }
  }

  /** Records why a text is not analysed (the corpus lists it among its errors) and drops any analysis it had. */
  reject(uri: vscode.Uri, message: string): void {
    const key = uri.toString();
    if (this.problems.get(key) !== message) this.log.warn(`${key}: ${message}`);
    this.problems.set(key, message);
    this.corpus.fail(key, message);
    this.notify(key);
  }

  problem(uri: vscode.Uri): string | undefined {
    return this.problems.get(uri.toString());
  }

  /** The editor closed the document: its text no longer counts (the workspace index may read the file again). */
  closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.versions.delete(key);
    this.rejected.delete(key);
    this.release(key);
  }

  isOpenDocument(uri: vscode.Uri): boolean {
    return this.versions.has(uri.toString());
  }

  drop(uri: vscode.Uri): void {
    const key = uri.toString();
    this.versions.delete(key);
    if (this.corpus.get(key) || this.problems.delete(key)) this.remove(key);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    const [fromKey, toKey] = [from.toString(), to.toString()];
    if (this.corpus.get(fromKey)) {
      this.corpus.rename(fromKey, toKey);
      this.notify(fromKey);
      this.notify(toKey);
    }
    const problem = this.problems.get(fromKey);
    if (problem !== undefined) {
      this.problems.delete(fromKey);
      this.problems.set(toKey, problem);
      this.corpus.fail(toKey, problem);
    }
  }

  private problemWith(text: string): string | undefined {
    const limit = settings.maxFileSize();
    // UTF-16 length is a lower bound of the UTF-8 size, and exact for the plain Dutch texts that matter here.
    if (text.length > limit) return tooLargeMessage(text.length, limit);
    if (text.includes('\u0000')) return vscode.l10n.t('not a text file (contains NUL bytes)');
    return undefined;
  }

  private remove(key: string): void {
    this.corpus.delete(key);
    this.notify(key);
  }

  private release(key: string): void {
    const list = this.waiters.get(key);
    this.waiters.delete(key);
    list?.forEach((resolve) => resolve());
  }

  private notify(key: string): void {
    this.pendingNotice.add(key);
    this.noticeTimer ??= setTimeout(() => {
      this.noticeTimer = undefined;
      const files = [...this.pendingNotice];
      this.pendingNotice.clear();
      this.changed.fire(files);
    }, NOTIFY_DELAY_MS);
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    clearTimeout(this.noticeTimer);
    this.waiters.forEach((list) => list.forEach((resolve) => resolve()));
    this.waiters.clear();
    this.changed.dispose();
  }
}
