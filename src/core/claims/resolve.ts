/**
 * Document-level claim resolution: decides which sentences are claims, who
 * made them (the cue's source, the quotation's speaker, or the author of a
 * letter or advisory), when, and for advice how it changed.
 */
import functionWords from '../lexicon/function-words.json';
import { coordinatedGroup, type ActorResolution, type PlacedMention } from '../actors/resolve';
import { detach } from '../text/normalize';
import { firstNotBefore, firstSpanFrom } from '../text/search';
import type { AdviceChange, Claim, Cue, DateMention } from '../types';
import type { RawClaim } from './scan';

/** A relative pronoun up to two words before a date: the date belongs to the relative clause. */
const RELATIVE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${functionWords.relativePronouns.join('|')})\s+(?:\p{L}+\s+){0,2}$`, 'iu');

export interface PlacedClaim extends RawClaim {
  block: number;
  blockType: string;
  globalSentence: number;
  /** Global mention index of the speaker / quote speaker. */
  speakerGlobal: number | null;
  quoteSpeakerGlobal: number | null;
  recapOwnerGlobal: number | null;
  /** Index of the raw claim in its block's scan result. */
  rawIndex: number;
}

export type Genre = 'letter' | 'advisory' | 'news';

export interface ClaimContext {
  source: string;
  mentions: PlacedMention[];
  actors: ActorResolution;
  dates: DateMention[];
  documentDate: string | null;
  genre: Genre;
  /** Entity key of the author (letter signatory, advisory publisher), or null. */
  author: string | null;
  /** The advisory's byline block: who publishes, not a statement. */
  bylineBlock: number | null;
}

export interface ResolvedClaim extends Claim {
  /** Entity key (not yet the exported actor id). */
  entity: string | null;
  /** The raw claims (sentences) it was made from, for the incremental fast path. */
  origins: PlacedClaim[];
  /** An advice embedded in another's statement: not the source of passive advice after it. */
  embeddedAdvice?: boolean;
}

/** How many of an advisor's earlier advices a new one is compared with. */
export const RECENT_ADVICE = 32;

const CHANGE_OF_CUE: Record<string, AdviceChange | undefined> = {
  escalated: 'escalated',
  relaxed: 'relaxed',
  withdrawn: 'withdrawn',
  revised: 'revised',
  confirmed: 'confirmed',
};

/** What the pass remembers of the sentence before: the raw claim and the claim made of it, if any. */
export interface PreviousClaim {
  raw: PlacedClaim;
  claim: ResolvedClaim | null;
}

/**
 * Claim resolution, one raw claim (sentence) at a time, in document order. It
 * keeps the claims in the order it made them (`created`: the latest ones give the
 * source of passive advice), and what it asked of the actors (`groupRequests`:
 * coordinated sources become group actors, in the order first asked for). Quotations
 * are merged and changes assigned afterwards (finishClaims). Resuming at a block
 * needs only `previous` before that block and the claims made before it.
 */
export class ClaimPass {
  created: ResolvedClaim[] = [];
  previous: PreviousClaim | null = null;
  groupRequests: { raw: PlacedClaim; members: string[] }[] = [];

  constructor(
    readonly raws: PlacedClaim[],
    readonly ctx: ClaimContext,
  ) {}

  /** The source of the latest claims; a spokesperson stands for the organisation it speaks for. */
  private lastAdvisor(): string | null {
    const { created, ctx } = this;
    for (let k = created.length - 1; k >= 0 && k >= created.length - 6; k--) {
      const key = created[k].entity;
      if (!key || created[k].embeddedAdvice) continue;
      const spokesFor = /^role:[^:]+:(.+)$/.exec(key);
      return spokesFor && ctx.actors.entities.has(spokesFor[1]) ? spokesFor[1] : key;
    }
    return ctx.author;
  }

  /** "Hij roept … op": the person whose statement came just before, if the one before was a person's. */
  private lastPersonSpeaking(): string | null {
    // The latest of the last few statements that a person made: "„…”, zei de burgemeester. De gemeente deelt
    // water uit. Hij roept inwoners op …".
    for (let k = this.created.length - 1; k >= Math.max(0, this.created.length - PERSON_LOOKBACK); k--) {
      const key = this.created[k].entity;
      if (key && this.ctx.actors.entities.get(key)?.kind === 'person') return key;
    }
    return null;
  }

  /** Index of the first mention at or after a sentence, for walking back from it. */
  private firstMentionFrom(sentence: number): number {
    const mentions = this.ctx.mentions;
    return firstNotBefore(mentions.length, (k) => mentions[k].globalSentence < sentence);
  }

  /** The organisation most recently named as the subject of a sentence, just before this one. */
  private lastActingOrganisation(raw: PlacedClaim): string | null {
    const { mentions, actors } = this.ctx;
    for (let k = this.firstMentionFrom(raw.globalSentence) - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.globalSentence < raw.globalSentence - 3) break;
      const key = actors.entityOf[k];
      if (m.subjectLike && key && actors.entities.get(key)?.kind === 'organisation') return key;
    }
    return null;
  }

  private entityOfMention(index: number | null, raw: PlacedClaim): string | null {
    if (index === null) return null;
    const { mentions, actors } = this.ctx;
    const m = mentions[index];
    // Coordinated persons speak as a group: "aldus Grapperhaus en Knops".
    const chain = [index];
    for (let k = index + 1; k < mentions.length && mentions[k].coordinatedWithGlobal === chain[chain.length - 1]; k++) chain.push(k);
    for (let k = m.coordinatedWithGlobal; k !== undefined; k = mentions[k].coordinatedWithGlobal) chain.unshift(k);
    if (chain.length > 1) {
      const keys = chain.map((k) => actors.entityOf[k]).filter((k): k is string => !!k);
      this.groupRequests.push({ raw, members: keys });
      const group = coordinatedGroup(actors, keys);
      if (group) return group.key;
    }
    return actors.entityOf[index];
  }

  private claimDate(raw: PlacedClaim, entity: string | null, cued: boolean): string | null {
    const ctx = this.ctx;
    // What the author states is stated on the document's date; advice the author gave, or a change of it
    // ("heb ik de ophokplicht op 19 januari beperkt"), is dated by the day it names, if not a later one.
    if (!cued && !raw.changeCue && raw.kind !== 'advice') return ctx.documentDate;
    const from = raw.dateStart ?? raw.start;
    // A date after "van" names an earlier statement ("zijn advies van 30 augustus"): used only when no other is given.
    let referenced: string | null = null;
    for (let k = firstSpanFrom(ctx.dates, from); k < ctx.dates.length; k++) {
      const d = ctx.dates[k];
      if (d.start >= raw.dateLimit) break;
      if (!raw.recap && /\bvan\s+$/i.test(ctx.source.slice(Math.max(0, d.start - 5), d.start))) {
        referenced ??= d.value;
        continue;
      }
      if (!cued) {
        // The author's advice is dated by the day it was given, not by one after the letter, nor one a
        // relative clause gives of something else ("systemen die op 3 maart zijn geïnstalleerd").
        if (ctx.documentDate !== null && d.value.length === ctx.documentDate.length && d.value > ctx.documentDate) continue;
        if (RELATIVE_BEFORE.test(ctx.source.slice(Math.max(0, d.start - 24), d.start))) continue;
      }
      return d.value;
    }
    if (referenced) return referenced;
    if (!cued) return ctx.documentDate;
    if (raw.thenReference && this.created.length > 0) return this.created[this.created.length - 1].date;
    if (entity !== null && entity === ctx.author) return ctx.documentDate;
    return null;
  }

  /** Resolves raw claim `i`, after all raw claims before it. */
  resolve(i: number): void {
    const raw = this.raws[i];
    const { ctx, created, previous } = this;
    const { source, mentions, actors } = ctx;
    if (raw.attributesPrevious && previous && raw.speakerGlobal !== null && previous.raw.globalSentence === raw.globalSentence - 1) {
      // "Dat laten de bewindslieden weten.": the previous sentence was theirs.
      const entity = this.entityOfMention(raw.speakerGlobal, raw);
      const cue = toCue(raw, source);
      const date = this.claimDate(raw, entity, true);
      if (previous.claim && previous.raw.cue !== null && previous.raw.speakerGlobal !== null) {
        // The previous sentence named its own source ("Het OMT heeft … geadviseerd. Dat schrijft X in een brief"):
        // X reports it, the source stays. This sentence is no claim of its own. When the source itself reports it
        // ("Het RIVM adviseert … Dat heeft het instituut gisteren laten weten"), this sentence dates it.
        if (previous.claim.date === null && entity !== null && entity === previous.claim.entity) previous.claim.date = date;
      } else if (previous.claim) {
        previous.claim.entity = entity;
        previous.claim.cue = cue;
        previous.claim.date = date ?? previous.claim.date;
      } else if (previous.raw.hasVerb && !previous.raw.procedural && !previous.raw.question) {
        // "… is vandaag ingetrokken. Dat heeft het RIVM laten weten.": the date may be in either sentence.
        created.push(makeClaim(previous.raw, source, entity, date ?? this.claimDate(previous.raw, entity, true), cue));
      }
      this.previous = null;
      return;
    }
    let entity: string | null = null;
    let cued = false;
    let accepted = false;
    const isProse = raw.blockType === 'paragraph' || raw.blockType === 'quote' || raw.blockType === 'list-item';
    if (raw.procedural || raw.question || raw.block === ctx.bylineBlock) {
      this.previous = { raw, claim: null };
      return;
    }
    // "X verklaarde dat … . Bij een controle zou het bedrijf toen … hebben gevonden": reported speech ("zou") whose
    // subject refers back goes on with the previous source's account; a verb in it tells what happened, not who
    // says so. A subject named anew speaks for itself: "Het NCSC zou hebben gezegd dat …".
    const speaker = raw.speakerGlobal !== null ? ctx.mentions[raw.speakerGlobal] : null;
    const continuesAccount = raw.reportative && (speaker === null || speaker.type === 'description') && raw.cue?.type === 'speech-verb' &&
      !!previous?.claim?.entity && previous.raw.block >= raw.block - 1 && previous.raw.cue?.type === 'speech-verb';
    if (raw.cue && !continuesAccount && (raw.speakerGlobal !== null || raw.passive || raw.firstPerson || raw.evidential || raw.pronounSubject)) {
      cued = true;
      accepted = true;
      if (raw.speakerGlobal !== null) entity = this.entityOfMention(raw.speakerGlobal, raw);
      else if (raw.pronounSubject) entity = this.lastPersonSpeaking();
      else if (raw.passive) entity = this.lastAdvisor();
      else if (raw.evidential) entity = this.lastActingOrganisation(raw) ?? ctx.author;
      else entity = ctx.author;
    } else if (raw.recap && raw.speakerGlobal === null) {
      // "de eerdere verklaring van DigiNotar dat …": the owner is named; "zijn uitspraak …": the clause's subject.
      let owner = raw.recapOwnerGlobal ?? -1;
      for (let k = this.firstMentionFrom(raw.globalSentence); owner === -1 && k < mentions.length && mentions[k].globalSentence === raw.globalSentence; k++) {
        if (mentions[k].subjectLike && mentions[k].start < raw.start && actors.entityOf[k]) owner = k;
      }
      entity = owner !== -1 ? this.entityOfMention(owner, raw) : ctx.author;
      cued = true;
      accepted = true;
    } else if (raw.quoteSpeakerGlobal !== null) {
      entity = this.entityOfMention(raw.quoteSpeakerGlobal, raw);
      cued = true;
      accepted = true;
    } else if (raw.reportative && previous?.claim && previous.raw.block >= raw.block - 1 && previous.claim.entity) {
      // "Bij een controle zou het bedrijf toen …": still the previous source's account.
      entity = previous.claim.entity;
      accepted = true;
    } else if (ctx.author && ctx.genre !== 'news' && isProse && raw.hasVerb && isStatement(raw, source)) {
      entity = ctx.author;
      accepted = true;
    } else if (ctx.author && ctx.genre === 'advisory' && raw.blockType === 'heading' && raw.kind === 'advice' && /:/.test(source.slice(raw.start, raw.end))) {
      entity = ctx.author;
      accepted = true;
    } else if (raw.firstPerson && ctx.author && isProse && raw.hasVerb && isStatement(raw, source)) {
      entity = ctx.author;
      accepted = true;
    }
    // A statement whose source cannot be found is left out rather than shown as nobody's.
    if (!accepted || entity === null) {
      this.previous = { raw, claim: null };
      return;
    }
    const claim = makeClaim(raw, source, entity, this.claimDate(raw, entity, cued), toCue(raw, source), raw.embedded === true);
    created.push(claim);
    this.previous = { raw, claim };
  }
}

const CLAIM_IDS: string[] = [];

/** The id of the n-th claim of a text ("c12"): one string per number, since an edit renumbers the claims after it. */
export function claimId(n: number): string {
  return (CLAIM_IDS[n] ??= `c${n}`);
}

/** Quotations merged, text order, changes of advice and ids: the claims of a finished pass. */
export function finishClaims(claims: ResolvedClaim[], raws: PlacedClaim[], source: string): ResolvedClaim[] {
  mergeQuotations(claims, raws, source);
  claims.sort((a, b) => a.start - b.start);
  assignChanges(claims);
  claims.forEach((claim, index) => {
    claim.id = claimId(index + 1);
  });
  return claims;
}

/** A list item that is a fragment ("de maatregelen zijn doorgevoerd;") is a condition, not a statement. */
function isStatement(raw: PlacedClaim, source: string): boolean {
  if (raw.blockType !== 'list-item') return true;
  const text = source.slice(raw.start, raw.end).trim();
  return /^[\p{Lu}"“]/u.test(text) && /[.!?"”]$/.test(text);
}

/**
 * Consecutive sentences of one quotation with one source and no cue or date of
 * their own are one statement ("Zolang … weg te nemen. We beseffen …", aldus X).
 */
export function mergeQuotations(claims: ResolvedClaim[], raws: PlacedClaim[], source: string): void {
  const rawAt = new Map(raws.map((r) => [r.end, r]));
  const merged = new Set<ResolvedClaim>();
  for (let k = claims.length - 1; k > 0; k--) {
    const a = claims[k - 1];
    const b = claims[k];
    const ra = rawAt.get(a.end) ?? rawAt.get(a.end + 1);
    const rb = rawAt.get(b.end) ?? rawAt.get(b.end + 1);
    if (!ra || !rb || ra.quoteSpeakerGlobal === null || ra.quoteSpeakerGlobal !== rb.quoteSpeakerGlobal) continue;
    if (ra.block !== rb.block || a.entity !== b.entity || a.date !== b.date) continue;
    if ((ra.cue && ra.cue.type !== 'aldus') || (rb.cue && rb.cue.type !== 'aldus')) continue;
    a.end = b.end;
    // A copy, as the claims' texts are (see detach()): the pass's claims may outlive this version of the text.
    a.text = detach(source.slice(a.start, a.end));
    a.terms = [...new Set([...a.terms, ...b.terms])];
    a.origins.push(...b.origins);
    if (b.kind === 'advice') a.kind = 'advice';
    // Not `a.negated || b.negated`: the engine compiled this for the warm-up's quotation, whose first sentence
    // is negated, without the read of b's, and threw the code away at the first quotation of a long text
    // whose first sentence was not; it was compiled again, on a thread that took the CPU from the first edits.
    if (b.negated) a.negated = true;
    merged.add(b);
  }
  if (merged.size === 0) return;
  const kept = claims.filter((c) => !merged.has(c));
  claims.length = 0;
  claims.push(...kept);
}

/** How many statements back "hij" or "zij" may find the person who made one. */
const PERSON_LOOKBACK = 3;

function toCue(raw: RawClaim, source: string): Cue | null {
  if (!raw.cue) return null;
  const type = raw.cue.type === 'speech-verb' ? 'speech-verb' : raw.cue.type;
  return { start: raw.cue.start, end: raw.cue.end, text: source.slice(raw.cue.start, raw.cue.end), type };
}

/** A sentence's span as a claim: without the quotation marks (and emphasis) around it. */
export function claimSpan(source: string, start: number, end: number): [number, number] {
  while (start < end && /["“”'‘’\s*_]/.test(source[start])) start++;
  while (end > start && /["“”\s*_]/.test(source[end - 1])) end--;
  return [start, end];
}

function makeClaim(raw: PlacedClaim, source: string, entity: string | null, date: string | null, cue: Cue | null, embeddedAdvice = false): ResolvedClaim {
  const [start, end] = claimSpan(source, raw.start, raw.end);
  const claim: ResolvedClaim = {
    id: '',
    start,
    end,
    text: source.slice(start, end),
    actor: null,
    entity: null,
    date: null,
    kind: raw.kind,
    cue: null,
    changeCue: raw.changeCue ? { start: raw.changeCue.start, end: raw.changeCue.end, text: source.slice(raw.changeCue.start, raw.changeCue.end), type: raw.changeCue.type } : null,
    terms: raw.terms,
    recap: raw.recap,
    negated: raw.negated,
    // Present from the start (set later for some), so that every claim the pass makes has one shape.
    change: undefined,
    origins: [raw],
    embeddedAdvice,
  };
  // Written after the claim is made, as a later sentence may write them again ("… Dat laten de bewindslieden
  // weten." gives the claim before it a source, a cue and a date). The engine takes a field that no store has
  // changed since the object was made for a constant, and throws away the code it compiled on that assumption
  // at the first such change: the first text with such a sentence (a 1 MB text, after the editor's warm-up) had
  // its claim code compiled again, on threads that took the CPU from the first edits. Stored here, the fields
  // are variable from the first claim on.
  claim.entity = entity;
  claim.date = date;
  claim.cue = cue;
  return claim;
}

/** Advice change: from the cue, else relative to the same advisor's earlier advice in the text. */
function assignChanges(claims: ResolvedClaim[]): void {
  const changes = adviceChanges(claims.map((c) => ({ kind: c.kind, changeCue: c.changeCue, source: c.entity, terms: c.terms, date: c.date })));
  claims.forEach((claim, k) => {
    if (changes[k]) claim.change = changes[k];
  });
}

/**
 * The change of each advice, in text order (undefined for plain claims): its cue's,
 * else "confirmed" when the same source's recent advice shares its subject, else "issued".
 */
export function adviceChanges(
  claims: { kind: string; changeCue?: { type: string } | null; source: string | null; terms: string[]; date: string | null }[],
): (AdviceChange | undefined)[] {
  const earlierAdvice = new Map<string, AdviceSubject[]>();
  return claims.map((claim) => {
    if (claim.kind !== 'advice') return undefined;
    const previous = claim.source ? earlierAdvice.get(claim.source) ?? [] : [];
    const change = adviceChange(claim.changeCue?.type, claim, previous, previous.length);
    if (claim.source) {
      previous.push(claim);
      earlierAdvice.set(claim.source, previous);
    }
    return change;
  });
}

/** What adviceChange() compares of an advice: its subject terms and its date. */
export interface AdviceSubject {
  terms: string[];
  date: string | null;
}

/**
 * The change of one advice whose source's earlier advice (in text order) are `earlier[0 .. count)`:
 * the cue's, else "confirmed" when one of the RECENT_ADVICE latest, given on another day or undated,
 * shares at least two subject terms with it, else "issued". Advice told earlier in the text but given
 * on a later day ("Het NCSC adviseerde op 16 januari nog …" after the advice of 17 January) is not
 * repeated by this one.
 */
export function adviceChange(cueType: string | undefined, advice: AdviceSubject, earlier: AdviceSubject[], count: number): AdviceChange {
  const change = cueType ? CHANGE_OF_CUE[cueType] : undefined;
  if (change) return change;
  for (let k = count - 1; k >= Math.max(0, count - RECENT_ADVICE); k--) {
    // Given later is not repeated by this one; given the same day, it is this advice told twice (an advisory's
    // summary and its list of measures).
    if (givenLater(earlier[k].date, advice.date) || (earlier[k].date !== null && earlier[k].date === advice.date)) continue;
    if (sharesTerms(earlier[k].terms, advice.terms, 2)) return 'confirmed';
  }
  return 'issued';
}

/** Whether the day `a` comes after the day `b` (both whole dates; other precisions cannot tell). */
export function givenLater(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.length === 10 && b.length === 10 && a > b;
}

function sameTerm(x: string, y: string): boolean {
  return x === y || (x.length >= 5 && y.length >= 5 && (x.endsWith(y) || y.endsWith(x)));
}

/** Whether `a` has at least `count` terms that `b` shares (as sharedTerms() counts them), without making the list. */
export function sharesTerms(a: string[], b: string[], count: number): boolean {
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (sameTerm(a[i], b[j])) {
        if (++shared >= count) return true;
        break;
      }
    }
  }
  return false;
}

/** Terms two claims share; compounds match on a common tail ("mitigatiemaatregel" ~ "maatregel"). */
export function sharedTerms(a: string[], b: string[]): string[] {
  const shared: string[] = [];
  for (const x of a) {
    for (const y of b) {
      if (sameTerm(x, y)) {
        shared.push(x.length <= y.length ? x : y);
        break;
      }
    }
  }
  return shared;
}
