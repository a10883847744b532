import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor, Claim, DocumentAnalysis } from '../../src/core';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The actor that has a mention with exactly this text. */
export function actorOf(analysis: DocumentAnalysis, mentionText: string): Actor | undefined {
  return analysis.actors.find((a) => a.mentions.some((m) => m.text === mentionText));
}

/** The claim whose text contains this phrase. */
export function claimWith(analysis: DocumentAnalysis, phrase: string): Claim {
  const claim = analysis.claims.find((c) => c.text.includes(phrase));
  if (!claim) throw new Error(`no claim contains "${phrase}"; claims: ${analysis.claims.map((c) => c.text.slice(0, 40)).join(' | ')}`);
  return claim;
}

/** Every span of an analysis, for offset checks. */
export function allSpans(analysis: DocumentAnalysis): { start: number; end: number; text: string }[] {
  return [
    ...analysis.actors.flatMap((a) => a.mentions),
    ...analysis.dates,
    ...analysis.claims,
    ...analysis.claims.flatMap((c) => [c.cue, c.changeCue].filter((x): x is NonNullable<typeof x> => !!x)),
    ...analysis.sections.flatMap((s) => (s.heading ? [s.heading] : [])),
  ];
}
