/**
 * The outline: the document's sections (nested by heading level) and in each its
 * claims and advice, so the Outline view, breadcrumbs and Go to Symbol work.
 */
import * as vscode from 'vscode';
import type { Claim, DocumentAnalysis, Section } from '../core';
import { actorOf, claimKindLabel, claimLabel, formatDate } from './format';
import { registerForPolicyTexts } from './languageGate';
import type { Services } from './services';
import { rangeOf } from './spans';

export function registerOutline(context: vscode.ExtensionContext, services: Services): void {
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const analysis = await services.analyses.current(document, token);
      if (!analysis || token.isCancellationRequested) return [];
      return documentSymbols(document, analysis);
    },
  };
  registerForPolicyTexts(context, services.gate, (selector) =>
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Beleidslens' }),
  );
}

function documentSymbols(document: vscode.TextDocument, analysis: DocumentAnalysis): vscode.DocumentSymbol[] {
  const roots: vscode.DocumentSymbol[] = [];
  const placed: { section: Section; symbol: vscode.DocumentSymbol }[] = [];
  const stack: { level: number; symbol: vscode.DocumentSymbol }[] = [];
  for (const section of [...analysis.sections].sort((a, b) => a.start - b.start)) {
    const symbol = sectionSymbol(document, section);
    while (stack.length > 0 && stack[stack.length - 1].level >= section.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ level: section.level, symbol });
    placed.push({ section, symbol });
  }
  for (const claim of analysis.claims) {
    // The innermost section is the last one (in document order) that contains the claim's start.
    const home = placed.filter(({ section }) => section.start <= claim.start && claim.start < section.end).pop();
    (home ? home.symbol.children : roots).push(claimSymbol(document, analysis, claim));
  }
  roots.forEach(fitChildren);
  return roots.sort(byPosition);
}

function sectionSymbol(document: vscode.TextDocument, section: Section): vscode.DocumentSymbol {
  const range = rangeOf(document, section);
  const selection = section.heading
    ? rangeOf(document, section.heading)
    : new vscode.Range(range.start, document.lineAt(range.start.line).range.end).intersection(range) ?? range;
  const title = section.title.trim() || vscode.l10n.t('(untitled section)');
  return new vscode.DocumentSymbol(title, '', vscode.SymbolKind.Namespace, range, selection);
}

function claimSymbol(document: vscode.TextDocument, analysis: DocumentAnalysis, claim: Claim): vscode.DocumentSymbol {
  const range = rangeOf(document, claim);
  const detail = [claim.date ? formatDate(claim.date) : undefined, claimKindLabel(claim)].filter(Boolean).join(' · ');
  const kind = claim.kind === 'advice' ? vscode.SymbolKind.Event : vscode.SymbolKind.String;
  return new vscode.DocumentSymbol(claimLabel(claim, actorOf(analysis, claim.actor)), detail, kind, range, range);
}

/** Children in document order, and every parent's range grown to hold its children (breadcrumbs need that). */
function fitChildren(symbol: vscode.DocumentSymbol): void {
  symbol.children.forEach(fitChildren);
  symbol.children.sort(byPosition);
  for (const child of symbol.children) symbol.range = symbol.range.union(child.range);
}

function byPosition(a: vscode.DocumentSymbol, b: vscode.DocumentSymbol): number {
  return a.range.start.compareTo(b.range.start);
}
