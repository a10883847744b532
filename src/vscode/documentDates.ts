/**
 * Document dates the user set for texts that lack one. They are kept in the
 * workspace state keyed by URI, beside the text and never written into it.
 */
import * as vscode from 'vscode';

const KEY = 'beleidslens.documentDates';

/** ISO 8601 at the precisions the analyser uses for a document: 2020, 2020-01 or 2020-01-29. */
export const DOCUMENT_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export class DocumentDates {
  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, string> {
    return this.state.get<Record<string, string>>(KEY, {});
  }

  get(uri: vscode.Uri): string | undefined {
    return this.all()[uri.toString()];
  }

  /** Sets or (with `undefined`) clears the date of a text. */
  async set(uri: vscode.Uri, date: string | undefined): Promise<void> {
    if (date !== undefined && !DOCUMENT_DATE.test(date)) throw new Error(`not an ISO date: ${date}`);
    const next = { ...this.all() };
    if (date === undefined) delete next[uri.toString()];
    else next[uri.toString()] = date;
    await this.state.update(KEY, next);
  }

  async rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const date = this.get(from);
    if (date === undefined) return;
    await this.set(from, undefined);
    await this.set(to, date);
  }
}
