/**
 * Revision links: from each claim or advice to the later ones that revise,
 * contradict, escalate, relax, withdraw or confirm it — within a document and
 * across all documents analysed together, in the order the claims were made
 * (their own date, else their document's date, then their place in the text).
 *
 * A link needs a shared subject (content terms in common) and a signal: a change
 * cue in the later claim ("wijzigde", "versoepeld", "ingetrokken"), a reversal of
 * polarity, or advice from the same source on the same subject.
 */
import { sharedTerms } from './claims/resolve';
import type { Claim, DocumentAnalysis, Link, LinkRelation } from './types';

interface Placed {
  doc: DocumentAnalysis;
  docIndex: number;
  claim: Claim;
  time: number;
  /** Actor id plus the ids of the groups it is part of / members it has. */
  sources: Set<string>;
}

const RELATION_OF_CHANGE: Record<string, LinkRelation> = {
  escalated: 'escalates',
  relaxed: 'relaxes',
  withdrawn: 'withdraws',
  revised: 'revises',
  confirmed: 'confirms',
  contradicted: 'contradicts',
};

const CUE_OF_CHANGE: Record<string, string> = {
  escalated: 'escalates',
  relaxed: 'relaxes',
  withdrawn: 'withdraws',
  revised: 'revises',
  confirmed: 'confirms',
};

/** Days since the epoch for an ISO date, week or month (its first day); NaN when none. */
export function timeOf(value: string | null): number {
  if (!value) return NaN;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4) / 86400000;
    const weekday = (new Date(jan4 * 86400000).getUTCDay() + 6) % 7;
    return jan4 - weekday + (+m[2] - 1) * 7;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] - 1, 1) / 86400000;
  m = /^(\d{4})$/.exec(value);
  if (m) return Date.UTC(+m[1], 0, 1) / 86400000;
  return NaN;
}

function placeAll(documents: DocumentAnalysis[]): Placed[] {
  const placed: Placed[] = [];
  documents.forEach((doc, docIndex) => {
    const groupsOf = new Map<string, string[]>();
    for (const actor of doc.actors) {
      for (const member of actor.members ?? []) groupsOf.set(member, [...(groupsOf.get(member) ?? []), actor.id]);
    }
    const membersOf = new Map(doc.actors.map((a) => [a.id, a.members ?? []]));
    const docTime = timeOf(doc.date);
    for (const claim of doc.claims) {
      let time = timeOf(claim.date);
      // A recap without a date of its own was made before the document.
      if (Number.isNaN(time)) time = claim.recap ? docTime - 0.5 : docTime;
      const sources = new Set<string>();
      if (claim.actor) {
        sources.add(claim.actor);
        for (const g of groupsOf.get(claim.actor) ?? []) sources.add(g);
        for (const m of membersOf.get(claim.actor) ?? []) sources.add(m);
      }
      placed.push({ doc, docIndex, claim, time: Number.isNaN(time) ? Infinity : time, sources });
    }
  });
  // Chronological: time, then document order, then position.
  placed.sort((a, b) => a.time - b.time || a.docIndex - b.docIndex || a.claim.start - b.claim.start);
  return placed;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

interface Candidate {
  from: Placed;
  relation: LinkRelation;
  shared: string[];
  score: number;
  cue: string | null;
}

/** How the later claim relates to an earlier one, or null when it does not. */
function relate(earlier: Placed, later: Placed): Candidate | null {
  const a = earlier.claim;
  const b = later.claim;
  const shared = sharedTerms(a.terms, b.terms);
  const sameSource = earlier.sources.size > 0 && overlaps(earlier.sources, later.sources);
  const changeType = b.kind === 'advice' && b.change && b.change !== 'issued' ? b.change : changeTypeOf(b);
  const cue = b.changeCue?.text ?? null;
  const flip = !!a.negated !== !!b.negated;
  const bothAdvice = a.kind === 'advice' && b.kind === 'advice';
  let relation: LinkRelation | null = null;
  let score = shared.length;
  if (sameSource) {
    if (changeType && shared.length >= 1) {
      relation = RELATION_OF_CHANGE[changeType] ?? 'revises';
      score += 3;
    } else if (bothAdvice && shared.length >= 2) {
      relation = b.change && CUE_OF_CHANGE[b.change] ? (CUE_OF_CHANGE[b.change] as LinkRelation) : 'confirms';
      score += 2;
    } else if (flip && shared.length >= 2) {
      relation = 'revises';
      score += 1;
    }
  } else if (shared.length >= 2) {
    if (changeType === 'withdrawn' || changeType === 'contradicted' || (flip && shared.length >= 2)) {
      relation = changeType === 'withdrawn' ? 'withdraws' : 'contradicts';
      score += 1;
    } else if (shared.length >= 4 && !flip) {
      relation = 'confirms';
    }
  }
  if (!relation) return null;
  return { from: earlier, relation, shared, score, cue };
}

function changeTypeOf(claim: Claim): string | null {
  return claim.changeCue?.type ?? null;
}

const MAX_LINKS_PER_CLAIM = 3;

export function linkCorpus(documents: DocumentAnalysis[]): Link[] {
  const placed = placeAll(documents);
  const links: Link[] = [];
  for (let j = 0; j < placed.length; j++) {
    const later = placed[j];
    const candidates: Candidate[] = [];
    for (let i = 0; i < j; i++) {
      const earlier = placed[i];
      if (earlier.time === later.time && earlier.docIndex === later.docIndex && earlier.claim.start > later.claim.start) continue;
      const candidate = relate(earlier, later);
      if (candidate) candidates.push(candidate);
    }
    candidates.sort((x, y) => y.score - x.score || y.from.time - x.from.time);
    for (const c of candidates.slice(0, MAX_LINKS_PER_CLAIM)) {
      links.push({
        from: { file: c.from.doc.file, claimId: c.from.claim.id },
        to: { file: later.doc.file, claimId: later.claim.id },
        relation: c.relation,
        reason: {
          sharedTerms: c.shared,
          cue: c.cue,
          explanation: explain(c),
        },
      });
    }
  }
  return links;
}

function explain(c: Candidate): string {
  const terms = c.shared.length > 0 ? `shares ${c.shared.map((t) => `'${t}'`).join(', ')}` : 'same subject';
  const cue = c.cue ? `; the later claim says '${c.cue}'` : '';
  return `${c.relation}: ${terms}${cue}`;
}
