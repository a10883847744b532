/** Offsets ↔ editor ranges, and finding the span at an offset. */
import * as vscode from 'vscode';

interface Offsets {
  start: number;
  end: number;
}

export function rangeOf(document: vscode.TextDocument, span: Offsets): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The innermost (shortest) span that contains the offset (`end` is exclusive). */
export function spanAt<T extends Offsets>(spans: Iterable<T>, offset: number): T | undefined {
  let best: T | undefined;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best;
}

/** Splits a span into one range per line, for APIs that take single-line ranges (semantic tokens). */
export function lineRanges(document: vscode.TextDocument, span: Offsets): vscode.Range[] {
  const range = rangeOf(document, span);
  if (range.isSingleLine) return range.isEmpty ? [] : [range];
  const ranges: vscode.Range[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) {
    const text = document.lineAt(line);
    const start = line === range.start.line ? range.start : text.range.start;
    const end = line === range.end.line ? range.end : text.range.end;
    if (end.character > start.character) ranges.push(new vscode.Range(start, end));
  }
  return ranges;
}
