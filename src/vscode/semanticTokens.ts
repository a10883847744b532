/**
 * Semantic tokens from the analysis: actor mentions by kind, dates, the cue words
 * of claims, and advice cues with the advice's change as modifier. The types are
 * contributed in package.json with TextMate scope fallbacks for every theme.
 */
import * as vscode from 'vscode';
import type { ActorKind, DocumentAnalysis } from '../core';
import { ADVICE_CHANGES } from './format';
import { registerForPolicyTexts } from './languageGate';
import type { Services } from './services';
import { lineRanges } from './spans';

const ACTOR_TYPES: Record<ActorKind, string> = {
  person: 'actorPerson',
  organisation: 'actorOrganisation',
  group: 'actorGroup',
  role: 'actorRole',
};
/** Cues that are whole headings or the letter's author rather than words in the sentence get no token. */
const UNMARKED_CUES = new Set(['headline', 'author']);

export const legend = new vscode.SemanticTokensLegend(
  [...Object.values(ACTOR_TYPES), 'policyDate', 'claimCue', 'advice'],
  [...ADVICE_CHANGES],
);

interface Token {
  start: number;
  end: number;
  type: string;
  modifiers: string[];
}

export function registerSemanticTokens(context: vscode.ExtensionContext, services: Services): void {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    async provideDocumentSemanticTokens(document, token) {
      const analysis = await services.analyses.current(document, token);
      if (!analysis || token.isCancellationRequested) return undefined;
      const builder = new vscode.SemanticTokensBuilder(legend);
      for (const t of tokens(analysis)) {
        for (const range of lineRanges(document, t)) builder.push(range, t.type, t.modifiers);
      }
      return builder.build();
    },
  };
  context.subscriptions.push(changed, services.analyses.onDidChange(() => changed.fire()));
  registerForPolicyTexts(context, services.gate, (selector) =>
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, legend),
  );
}

/** The document's tokens in order, without overlaps (on a clash the earlier, then the longer, token wins). */
export function tokens(analysis: DocumentAnalysis): Token[] {
  const all: Token[] = [];
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) all.push({ start: mention.start, end: mention.end, type: ACTOR_TYPES[actor.kind], modifiers: [] });
  }
  for (const date of analysis.dates) all.push({ start: date.start, end: date.end, type: 'policyDate', modifiers: [] });
  for (const claim of analysis.claims) {
    const advice = claim.kind === 'advice';
    const modifiers = advice && claim.change ? [claim.change] : [];
    if (claim.cue && !UNMARKED_CUES.has(claim.cue.type)) all.push({ start: claim.cue.start, end: claim.cue.end, type: advice ? 'advice' : 'claimCue', modifiers });
    if (claim.changeCue) all.push({ start: claim.changeCue.start, end: claim.changeCue.end, type: advice ? 'advice' : 'claimCue', modifiers });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Token[] = [];
  for (const token of all) {
    if (token.end <= token.start) continue;
    if (kept.length > 0 && token.start < kept[kept.length - 1].end) continue;
    kept.push(token);
  }
  return kept;
}
