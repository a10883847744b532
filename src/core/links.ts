/**
 * Revision links: from each claim or advice to the later ones that revise,
 * contradict, escalate, relax, withdraw or confirm it — within a document and
 * across all documents analysed together, in the order the claims were made.
 *
 * A link needs a shared subject and a signal. The subject is measured by the
 * content terms two claims share, each weighted by how rare it is in the corpus
 * (a shared "mitigatiemaatregel" says more than a shared "certificaat" in a text
 * about certificates), or by an explicit reference back ("die uitspraak", "zijn
 * advies van 30 augustus"). The signal is a change cue in the later claim
 * ("wijzigde", "versoepeld", "ingetrokken", "echter"), a reversal of polarity,
 * or advice from the same source on the same subject.
 */
import { sharedTerms } from './claims/resolve';
import cues from './lexicon/cues.json';
import { alternation } from './text/wordPattern';
import type { Claim, DocumentAnalysis, Link, LinkRelation } from './types';

interface Placed {
  doc: DocumentAnalysis;
  docIndex: number;
  claim: Claim;
  /** When the claim was made, in days; claims without a date of their own follow the text's narrative time. */
  time: number;
  /** Actor id plus the ids of the groups it belongs to and the members it has. */
  sources: string[];
  /** Ids of the actors the claim's text names (an owner of a recap, the target of a reply). */
  named: string[];
  /** The claim refers back to an earlier statement ("die uitspraak") or advice ("zijn advies"), or not at all. */
  refersBack: 'statement' | 'advice' | null;
  /** Date values mentioned inside the claim ("zijn advies van 30 augustus"). */
  mentionedDates: string[];
  /** Position among its document's claims. */
  ordinal: number;
  /** The claim marks itself as following on earlier ones ("vervolgens", "later", "inmiddels"). */
  sequenced: boolean;
  /** Its terms, and its terms by their last five letters, while it is the later claim being linked. */
  termSet?: Set<string>;
  termTails?: Map<string, string[]>;
}

const RELATION_OF_CHANGE: Record<string, LinkRelation> = {
  escalated: 'escalates',
  relaxed: 'relaxes',
  withdrawn: 'withdraws',
  revised: 'revises',
  confirmed: 'confirms',
  contradicted: 'contradicts',
};

/** Nouns that point back at an earlier statement when the later one changes it. */
const BACK_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])${alternation(cues.links.backReferenceDeterminers)}\s+(?:\p{L}+e\s+)?` +
    String.raw`(?:${alternation(cues.links.backReferenceNouns)}|${alternation(cues.links.backReferenceAdviceNouns, String.raw`\p{L}*`)})(?![\p{L}])`,
  'iu',
);

function backReference(text: string): 'statement' | 'advice' | null {
  const found = BACK_REFERENCE.exec(text);
  if (!found) return null;
  return /advie[sz]/i.test(found[0]) ? 'advice' : 'statement';
}

/** Words that place a statement after an earlier one on the same day or in the same text. */
const SEQUENCE = new RegExp(String.raw`(?<![\p{L}])${alternation(cues.links.sequenceWords)}(?![\p{L}])`, 'iu');

const GOVERNMENT_CATEGORIES = new Set(['minister', 'state-secretary', 'minister-president', 'government', 'ministry']);
const GOVERNMENT_VOICE = '\u0000government';

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

function tailsOf(terms: string[]): Map<string, string[]> {
  const tails = new Map<string, string[]>();
  for (const t of terms) if (t.length >= 5) (tails.get(t.slice(-5)) ?? tails.set(t.slice(-5), []).get(t.slice(-5))!).push(t);
  return tails;
}

/**
 * Terms two claims share, as sharedTerms() in claims/resolve.ts counts them (the
 * same term, or a compound and its tail: "mitigatiemaatregel" ~ "maatregel"), using
 * the claims' precomputed term sets.
 */
function sharedBetween(a: Placed, b: Placed): string[] {
  const shared: string[] = [];
  const termSet = (b.termSet ??= new Set(b.claim.terms));
  const termTails = (b.termTails ??= tailsOf(b.claim.terms));
  for (const x of a.claim.terms) {
    if (termSet.has(x)) {
      shared.push(x);
      continue;
    }
    if (x.length < 5) continue;
    for (const y of termTails.get(x.slice(-5)) ?? []) {
      if (x.endsWith(y) || y.endsWith(x)) {
        shared.push(x.length <= y.length ? x : y);
        break;
      }
    }
  }
  return shared;
}

/** The spans (sorted by start) that lie inside a claim, found by binary search. */
function within<T extends { start: number; end: number }>(sorted: T[], claim: { start: number; end: number }): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < claim.start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let k = low; k < sorted.length && sorted[k].start < claim.end; k++) if (sorted[k].end <= claim.end) found.push(sorted[k]);
  return found;
}

export function placeAll(documents: DocumentAnalysis[]): Placed[] {
  const placed: Placed[] = [];
  documents.forEach((doc, docIndex) => {
    const groupsOf = new Map<string, string[]>();
    for (const actor of doc.actors) {
      for (const member of actor.members ?? []) groupsOf.set(member, [...(groupsOf.get(member) ?? []), actor.id]);
    }
    const membersOf = new Map(doc.actors.map((a) => [a.id, a.members ?? []]));
    const categoryOf = new Map(doc.actors.map((a) => [a.id, a.category ?? (a.members?.length ? 'minister' : '')]));
    const docTime = timeOf(doc.date);
    // Mentions carry their actor id (ActorMention.actorId), so they can be searched as they are.
    const mentionsByStart = doc.actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
    let narrative = Number.NaN;
    doc.claims.forEach((claim, ordinal) => {
      let time = timeOf(claim.date);
      if (!Number.isNaN(time) && !claim.recap) narrative = Number.isNaN(narrative) ? time : Math.max(narrative, time);
      // An undated recap was made before the document; other undated claims happen at the text's current time.
      if (Number.isNaN(time)) time = claim.recap ? docTime - 0.5 : Number.isNaN(narrative) ? docTime : Math.max(narrative, docTime);
      // Small arrays rather than sets: a claim has one to four sources, and there are many claims.
      const sources: string[] = [];
      const add = (id: string) => {
        if (!sources.includes(id)) sources.push(id);
      };
      if (claim.actor) {
        add(claim.actor);
        // Ministers, the cabinet and "de overheid" speak with one voice: the government's.
        if (GOVERNMENT_CATEGORIES.has(categoryOf.get(claim.actor) ?? '')) add(GOVERNMENT_VOICE);
        for (const g of groupsOf.get(claim.actor) ?? []) add(g);
        for (const m of membersOf.get(claim.actor) ?? []) add(m);
      }
      const named = [...new Set(within(mentionsByStart, claim).map((m) => m.actorId))];
      const mentionedDates = within(doc.dates, claim).map((d) => d.value);
      placed.push({
        doc,
        docIndex,
        claim,
        time: Number.isNaN(time) ? Infinity : time,
        sources,
        named,
        // Only a claim that changes something or gives advice can refer back to what it changes.
        refersBack: claim.changeCue || claim.kind === 'advice' ? backReference(claim.text) : null,
        mentionedDates,
        ordinal,
        sequenced: SEQUENCE.test(claim.text),
      });
    });
  });
  // Chronological: time, then document order, then position.
  placed.sort((a, b) => a.time - b.time || a.docIndex - b.docIndex || a.claim.start - b.claim.start);
  return placed;
}

function overlaps(a: readonly string[] | Set<string>, b: readonly string[] | Set<string>): boolean {
  const has = Array.isArray(b) ? (x: string) => (b as readonly string[]).includes(x) : (x: string) => (b as Set<string>).has(x);
  for (const x of a) if (has(x)) return true;
  return false;
}

interface Candidate {
  from: Placed;
  relation: LinkRelation;
  shared: string[];
  score: number;
  cue: string | null;
}

/** Inverse document frequency of each term over the claims, for weighting shared terms. */
export function termWeights(placed: Placed[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const p of placed) for (const t of new Set(p.claim.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(placed.length, 1);
  return (term: string) => Math.log(1 + n / (df.get(term) ?? 1));
}

/** How the later claim relates to an earlier one, or null when it does not. */
/** Which earlier advice a change of advice most plausibly starts from. */
const PRIOR_CHANGES: Record<string, (string | undefined)[]> = {
  escalated: ['issued', 'confirmed', undefined],
  relaxed: ['escalated', 'issued'],
  withdrawn: ['escalated', 'issued', 'confirmed'],
  confirmed: ['escalated', 'issued'],
  revised: ['escalated', 'issued', 'confirmed', 'revised'],
};

/**
 * For a later advice that refers back to "het advies" / "zijn dringende advies", the
 * earlier advice of the same source it most plausibly means: the latest one whose
 * kind of change fits (an escalation starts from plain advice, a relaxation from
 * an escalated one). Several when texts report that advice more than once.
 */
export function salientAntecedents(placed: Placed[], j: number, earlier: number[]): Set<Placed> {
  const later = placed[j];
  const found = new Set<Placed>();
  if (later.refersBack !== 'advice' || later.claim.kind !== 'advice') return found;
  const change = later.claim.changeCue?.type ?? later.claim.change;
  // A revision describes what it changes; its content, not salience, finds the earlier claim.
  if (!change || change === 'revised' || change === 'contradicted') return found;
  const fitting = PRIOR_CHANGES[change] ?? [];
  for (const wanted of fitting) {
    let bestTime = -Infinity;
    // Per document the last fitting advice before this one; across documents every report of that moment.
    const lastInDocument = new Map<DocumentAnalysis, Placed>();
    for (const i of earlier) {
      const a = placed[i];
      if (a.claim.kind !== 'advice' || a.claim.recap || !overlaps(a.sources, later.sources)) continue;
      const aChange = a.claim.changeCue?.type ?? a.claim.change;
      if (aChange !== wanted && !(wanted === undefined && !aChange)) continue;
      if (a.doc === later.doc && a.claim.start > later.claim.start) continue;
      if (a.time > bestTime) {
        lastInDocument.clear();
        bestTime = a.time;
      }
      if (a.time === bestTime) {
        const other = lastInDocument.get(a.doc);
        if (!other || other.claim.start < a.claim.start) lastInDocument.set(a.doc, a);
      }
    }
    // Confirming "het advies" means the advice of its own text when there is one.
    const own = lastInDocument.get(later.doc);
    if (change === 'confirmed' && own) return new Set([own]);
    for (const a of lastInDocument.values()) found.add(a);
    if (found.size > 0) return found;
  }
  return found;
}

export function relate(earlier: Placed, later: Placed, weight: (term: string) => number, salient = false): Candidate | null {
  const a = earlier.claim;
  const b = later.claim;
  if (b.recap) return null; // a recap restates an earlier claim; it does not revise it
  // A headline ("Overheid: certificaten blijven betrouwbaar") sums up its own text; it revises nothing in it.
  if (b.cue?.type === 'headline' && earlier.doc === later.doc) return null;
  const sameSource = earlier.sources.length > 0 && overlaps(earlier.sources, later.sources);
  const sameDocument = earlier.doc === later.doc;
  const change = b.changeCue?.type ?? (b.kind === 'advice' && b.change && b.change !== 'issued' ? b.change : null);
  // Between different sources only a contradiction, a withdrawal of what was named, a polarity
  // reversal in one text, or agreement in one text is a link: other pairs need no subject comparison.
  if (!sameSource && !sameDocument && change !== 'contradicted' && change !== 'withdrawn') return null;
  // "de eerdere verklaring van DigiNotar …", "zijn advies van 30 augustus": the later claim names the earlier one.
  const ownerNamed = !sameSource && earlier.sources.length > 0 && overlaps(earlier.sources, later.named);
  if (!sameSource && !sameDocument && change === 'withdrawn' && !ownerNamed) return null;
  const dateNamed = !!a.date && later.mentionedDates.includes(a.date);
  const cue = b.changeCue?.text ?? null;
  const flip = !!a.negated !== !!b.negated;
  const bothAdvice = a.kind === 'advice' && b.kind === 'advice';
  const shared = sharedBetween(earlier, later);
  const subject = shared.reduce((sum, t) => sum + weight(t), 0);
  // A recap restates what was said before its own text; it revises nothing in earlier texts.
  if (a.recap && !sameDocument && later.docIndex < earlier.docIndex) return null;
  // "Die uitspraak kan ik niet langer handhaven": the statement just before, or the one whose date it names.
  const adjacent = sameDocument && later.ordinal - earlier.ordinal === 1;
  // A reference back counts when it fits: "zijn advies" points at advice, and it is the statement just before
  // or the one whose date it names.
  const fits = later.refersBack !== null && (sameSource || ownerNamed) && (later.refersBack === 'statement' || a.kind === 'advice');
  const reference = fits ? 0.5 + (dateNamed ? 3 : 0) + (adjacent ? 3 : 0) + (salient ? 3 : 0) : 0;
  // Statements of one text on one day are one account, unless the text says one followed the other.
  const sameMoment = sameDocument && Math.abs(later.time - earlier.time) < 1 && !later.sequenced;
  let relation: LinkRelation | null = null;
  let score = subject + reference;

  if (sameMoment && !(sameSource && bothAdvice && change === 'confirmed')) return null;
  // Two texts telling the same statement of one day (both escalations, both plain claims) are not a revision.
  const earlierChange = a.changeCue?.type ?? (a.kind === 'advice' && a.change !== 'issued' ? a.change : null);
  if (sameSource && !sameDocument && Math.abs(later.time - earlier.time) < 1 && earlierChange === change) return null;
  // Advice is escalated, relaxed or withdrawn relative to advice, not to a plain claim.
  if (b.kind === 'advice' && a.kind !== 'advice' && (change === 'escalated' || change === 'relaxed')) return null;
  if (sameSource) {
    if (change && change !== 'contradicted' && (shared.length >= 1 || reference > 0)) {
      relation = RELATION_OF_CHANGE[change];
      score += 2;
    } else if (bothAdvice && shared.length >= 2 && later.time - earlier.time >= 1) {
      // the same advice again on a later day; told twice about one day is one advice
      relation = 'confirms';
      score += 1;
    } else if (flip && shared.length >= 2 && subject >= MIN_SCORE && (sameDocument || later.sequenced)) {
      relation = 'revises';
      score += 1;
    }
  } else if (shared.length >= 1 || reference > 0) {
    if ((change === 'contradicted' && (sameDocument || shared.length >= 2)) || (change === 'withdrawn' && ownerNamed)) {
      relation = change === 'withdrawn' ? 'withdraws' : 'contradicts';
      score += 1;
    } else if (flip && b.cue && (!change || change === 'contradicted') && shared.length >= 2 && sameDocument && Math.abs(later.ordinal - earlier.ordinal) <= 4) {
      relation = 'contradicts';
    } else if (shared.length >= 4 && !flip && !change && sameDocument) {
      relation = 'confirms';
      score -= 1;
    }
  }
  if (!relation || score < MIN_SCORE) return null;
  return { from: earlier, relation, shared, score, cue };
}

/** Below this a shared subject is too thin to link on (one common term). */
const MIN_SCORE = 2;
const MAX_LINKS_PER_CLAIM = 3;
/** Candidates much weaker than the best for the same later claim are dropped. */
const RELATIVE_CUTOFF = 0.6;

/** Categories of actors too general to tie two texts to one affair. */
const GENERAL_CATEGORIES = new Set(['government', 'parliament', 'group', 'role', 'ministry', 'minister']);

/** Pairs of documents that are about one affair: they name a specific actor in common. */
function relatedDocuments(documents: DocumentAnalysis[]): (a: number, b: number) => boolean {
  const specific = documents.map((doc) => new Set(doc.actors.filter((actor) => !GENERAL_CATEGORIES.has(actor.category ?? '')).map((actor) => actor.id)));
  return (a, b) => a === b || overlaps(specific[a], specific[b]);
}

/** How many earlier claims of one source, or sharing one term, are weighed against a later claim. */
const CANDIDATES_PER_KEY = 12;
/** At most this many earlier claims are weighed against one later claim. */
const MAX_CANDIDATES = 24;
/** Terms in more claims than this say nothing about which earlier claim is meant. */
const MAX_TERM_FREQUENCY = 48;

/**
 * Keys under which terms that may match are found together: a term and the
 * compounds ending in it ("maatregel", "mitigatiemaatregel") share their last
 * five letters.
 */
function termKeys(terms: string[]): Set<string> {
  return new Set(terms.map((t) => t.slice(-5)));
}

/**
 * Earlier claims worth relating to each later one: the latest claims of the same
 * source (or of a source the later claim names), and the latest sharing a rare term.
 * This keeps linking near-linear in the size of the corpus.
 */
function candidateIndex(placed: Placed[]): (j: number) => number[] {
  const bySource = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  placed.forEach((p, i) => {
    for (const source of p.sources) (bySource.get(source) ?? bySource.set(source, []).get(source)!).push(i);
    for (const key of termKeys(p.claim.terms)) (byTerm.get(key) ?? byTerm.set(key, []).get(key)!).push(i);
  });
  // Which later claim last took each earlier one, so that no set is needed to drop repeats.
  const takenBy = new Int32Array(placed.length).fill(-1);
  /** The last CANDIDATES_PER_KEY entries of a sorted list that are below j. */
  const before = (list: number[] | undefined, j: number, out: number[]) => {
    if (!list) return;
    let high = list.length;
    let low = 0;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle] < j) low = middle + 1;
      else high = middle;
    }
    for (let k = Math.max(0, low - CANDIDATES_PER_KEY); k < low; k++) {
      const i = list[k];
      if (takenBy[i] === j) continue;
      takenBy[i] = j;
      out.push(i);
    }
  };
  return (j) => {
    const later = placed[j];
    const out: number[] = [];
    for (const source of later.sources) before(bySource.get(source), j, out);
    for (const named of later.named) before(bySource.get(named), j, out);
    for (const key of termKeys(later.claim.terms)) {
      const list = byTerm.get(key);
      if (list && list.length <= MAX_TERM_FREQUENCY) before(list, j, out);
    }
    // The most recent ones are the likeliest to be revised; older statements have been revised already.
    out.sort((a, b) => a - b);
    return out.length > MAX_CANDIDATES ? out.slice(-MAX_CANDIDATES) : out;
  };
}

export function linkCorpus(documents: DocumentAnalysis[]): Link[] {
  const placed = placeAll(documents);
  const weight = termWeights(placed);
  const related = relatedDocuments(documents);
  const candidatesOf = candidateIndex(placed);
  const links: Link[] = [];
  for (let j = 0; j < placed.length; j++) {
    const later = placed[j];
    const earlier = candidatesOf(j).filter((i) => related(placed[i].docIndex, later.docIndex));
    const salient = salientAntecedents(placed, j, earlier);
    const candidates: Candidate[] = [];
    for (const i of earlier) {
      const candidate = relate(placed[i], later, weight, salient.has(placed[i]));
      if (candidate) candidates.push(candidate);
    }
    later.termSet = undefined;
    later.termTails = undefined;
    if (candidates.length === 0) continue;
    candidates.sort((x, y) => y.score - x.score || y.from.time - x.from.time);
    const best = candidates[0].score;
    for (const c of candidates.slice(0, MAX_LINKS_PER_CLAIM)) {
      if (c.score < best * RELATIVE_CUTOFF) break;
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
  return propagateThroughRecaps(links, placed);
}

/**
 * A recap restates an earlier claim ("In mijn bericht van 30 augustus heb ik
 * aangegeven dat …"). What revises the recap revises the claim it restates too,
 * found in the earlier texts by source, date and subject.
 */
function propagateThroughRecaps(links: Link[], placed: Placed[]): Link[] {
  const byEnd = new Map(placed.map((p) => [`${p.doc.file}#${p.claim.id}`, p]));
  const have = new Set(links.map((l) => `${l.from.file}#${l.from.claimId}>${l.to.file}#${l.to.claimId}`));
  const added: Link[] = [];
  // Originals are looked up by source and day: a recap names the day of what it restates.
  const bySourceDay = new Map<string, Placed[]>();
  const dayKey = (source: string, time: number) => `${source}\u0000${Math.floor(time)}`;
  for (const p of placed) for (const source of p.sources) (bySourceDay.get(dayKey(source, p.time)) ?? bySourceDay.set(dayKey(source, p.time), []).get(dayKey(source, p.time))!).push(p);
  for (const link of links) {
    const recap = byEnd.get(`${link.from.file}#${link.from.claimId}`);
    const later = byEnd.get(`${link.to.file}#${link.to.claimId}`);
    if (!recap || !later || !recap.claim.recap || !recap.claim.date) continue;
    const day = timeOf(recap.claim.date);
    const originals = new Set(recap.sources.flatMap((source) => bySourceDay.get(dayKey(source, day)) ?? []));
    for (const original of originals) {
      if (original.docIndex >= recap.docIndex || original.claim.recap) continue;
      if (!overlaps(original.sources, recap.sources)) continue;
      const sameDay = !!recap.claim.date && Math.abs(original.time - timeOf(recap.claim.date)) < 1;
      if (!sameDay || sharedTerms(original.claim.terms, recap.claim.terms).length < 2) continue;
      const key = `${original.doc.file}#${original.claim.id}>${link.to.file}#${link.to.claimId}`;
      if (have.has(key)) continue;
      have.add(key);
      added.push({
        from: { file: original.doc.file, claimId: original.claim.id },
        to: link.to,
        relation: link.relation,
        reason: { ...link.reason, explanation: `${link.reason.explanation} (restated in ${recap.doc.file}#${recap.claim.id})` },
      });
    }
  }
  return [...links, ...added];
}

function explain(c: Candidate): string {
  const terms = c.shared.length > 0 ? `both about ${c.shared.map((t) => `'${t}'`).join(', ')}` : 'refers back to it';
  const cue = c.cue ? `; the later statement says '${c.cue}'` : '';
  return `${c.relation}: ${terms}${cue}`;
}

/**
 * The parts of an analysis that linking reads: the claims, and the actors and
 * dates named inside them. The command line keeps only this of each document
 * once it has written the document out.
 */
export function linkingView(doc: DocumentAnalysis): DocumentAnalysis {
  const inClaims = <T extends { start: number; end: number }>(spans: T[]): T[] =>
    doc.claims.length === 0 ? [] : doc.claims.flatMap((claim) => within(spans, claim));
  const mentions = doc.actors.flatMap((a) => a.mentions).sort((x, y) => x.start - y.start);
  const kept = new Set(inClaims(mentions));
  return {
    file: doc.file,
    date: doc.date,
    dateSource: null,
    actors: doc.actors.map((actor) => ({ ...actor, aliases: [], mentions: actor.mentions.filter((m) => kept.has(m)) })),
    dates: inClaims(doc.dates).map((d) => ({ ...d, resolution: { rule: d.resolution.rule, anchor: null, explanation: '' } })),
    claims: doc.claims,
    sections: [],
    length: doc.length,
  };
}
