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
import { givenLater, sharesTerms } from './claims/resolve';
import { DocumentSimilarity } from './documentSimilarity';
import cues from './lexicon/cues.json';
import dateWords from './lexicon/dates.json';
import { alternation } from './text/wordPattern';
import { firstSpanFrom } from './text/search';
import type { ActorMention, AdviceChange, Claim, DateMention, DocumentAnalysis, Link, LinkRelation } from './types';

/**
 * Ids for strings (actor ids, terms, the last five letters of terms), so that the
 * inner loops of linking compare numbers and index arrays instead of hashing strings.
 */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of a value, or -1 when it has none. */
  lookup(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

type Change = AdviceChange | 'contradicted';

/**
 * A claim placed in the corpus, with what linking reads of it as the earlier
 * claim of a pair, copied once: claims come in several shapes (optional fields),
 * these objects in one, which keeps the loads in the inner loop cheap. What is
 * read of the later claim only is worked out while it is the later one (Linker).
 */
interface Placed {
  doc: DocumentAnalysis;
  docIndex: number;
  claim: Claim;
  /** When the claim was made, in days; claims without a date of their own follow the text's narrative time. */
  time: number;
  /** Actor id plus the ids of the groups it belongs to and the members it has (interned actor ids). */
  sources: readonly number[];
  /** Position among its document's claims, and its start. */
  ordinal: number;
  start: number;
  advice: boolean;
  recap: boolean;
  negated: boolean;
  /** A position held then ("Woensdag zei NS nog dat …"): see HELD_THEN. */
  heldThen: boolean;
  /** Its change as the earlier claim of a pair (advice without a change counts as undefined, not null). */
  changeAsEarlier: Change | null | undefined;
  /** Its term ids are terms.ids[termFrom] up to terms.ids[termTo], its distinct keys likewise in terms.keyIds. */
  termFrom: number;
  termTo: number;
  keyFrom: number;
  keyTo: number;
}

const NONE: readonly never[] = [];

/**
 * The change of a claim as linking reads it. "confirmed" without a cue is only the analyser's guess
 * that advice repeats earlier advice of its text (in text order, not in the order it was given);
 * it counts as issued advice: repeating on a later day is found from the subjects (relate()).
 */
function changeOf(claim: Claim): AdviceChange | 'contradicted' | undefined {
  if (claim.changeCue) return claim.changeCue.type;
  return claim.change === 'confirmed' ? 'issued' : claim.change;
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

/**
 * A statement that opens by pointing at the one just before it ("Die verwachting is niet uitgekomen.", "Die
 * mededeling moet ik corrigeren."): a demonstrative and a noun of statements.
 */
const POINTS_AT_PREVIOUS = new RegExp(String.raw`^(?:die|deze|dat|dit)\s+${alternation(cues.links.backReferenceNouns)}(?![\p{L}])`, 'iu');

/** A warning level that advice is raised or lowered to: "schaalde op naar code rood". */
const LEVEL = new RegExp(String.raw`(?<![\p{L}])${alternation(cues.links.backReferenceLevels)}(?![\p{L}])`, 'iu');
const ADVICE_NOUN = new RegExp(alternation(cues.links.backReferenceAdviceNouns), 'iu');
/** The first word of the levels ("code"), looked for first: most texts name none. */
const LEVEL_WORD = new RegExp(alternation([...new Set(cues.links.backReferenceLevels.map((level) => level.split(' ')[0]))]), 'i');

function backReference(text: string): 'statement' | 'advice' | null {
  const found = BACK_REFERENCE.exec(text);
  if (found) return ADVICE_NOUN.test(found[0]) ? 'advice' : 'statement';
  return LEVEL_WORD.test(text) && LEVEL.test(text) ? 'advice' : null;
}

/** Parts of the day in the order the date lexicon lists them (morning to night). */
const DAY_PARTS: [string, number][] = dateWords.dayParts.map((part, k) => [part, k + 1]);

/** The part of the day a date inside the claim names ("Vrijdagmiddag" 2), 0 when none does; asked of a claim once. */
const dayParts = new WeakMap<object, number>();
function dayPartOf(doc: DocumentAnalysis, claim: { start: number; end: number }): number {
  let part = dayParts.get(claim);
  if (part === undefined) dayParts.set(claim, (part = dayPartIn(doc, claim)));
  return part;
}

function dayPartIn(doc: DocumentAnalysis, claim: { start: number; end: number }): number {
  for (const date of within(doc.dates, claim)) {
    const text = date.text.toLowerCase();
    for (const [part, rank] of DAY_PARTS) if (text.endsWith(part)) return rank;
  }
  return 0;
}

/** "Woensdag zei NS nog dat …", "verwachtte donderdag nog": a position held then, which the source's next word on it revises. */
const HELD_THEN = new RegExp(
  String.raw`(?<![\p{L}])${alternation(cues.links.stillWords)}(?![\p{L}])(?!\s+${alternation(cues.links.stillNotBefore)}(?![\p{L}]))`,
  'iu',
);

/** The still-words alone, looked for first: most claims have none. */
const STILL_WORD = new RegExp(alternation(cues.links.stillWords), 'i');

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

/** The spans (sorted by start) that lie inside a claim, found by binary search. */
function within<T extends { start: number; end: number }>(sorted: T[], claim: { start: number; end: number }): T[] {
  const found: T[] = [];
  for (let k = firstSpanFrom(sorted, claim.start); k < sorted.length && sorted[k].start < claim.end; k++) if (sorted[k].end <= claim.end) found.push(sorted[k]);
  return found;
}

/**
 * The sources of a claim by its actor id, in one document: the actor, the
 * government's voice for ministers and the like, the groups it belongs to (in
 * the document's order) and its own members.
 */
function sourcesOf(doc: DocumentAnalysis, actor: string, actors: Interner): number[] {
  // Small arrays rather than sets: a claim has one to four sources, and there are many claims.
  const list = [actors.id(actor)];
  // The last actor of an id counts, as in a map built from the list.
  let self: DocumentAnalysis['actors'][number] | undefined;
  for (const a of doc.actors) if (a.id === actor) self = a;
  const category = self ? (self.category ?? (self.members?.length ? 'minister' : '')) : '';
  // Ministers, the cabinet and "de overheid" speak with one voice: the government's.
  if (GOVERNMENT_CATEGORIES.has(category)) addOnce(list, actors.id(GOVERNMENT_VOICE));
  for (const group of doc.actors) if (group.members?.includes(actor)) addOnce(list, actors.id(group.id));
  if (self?.members) for (const m of self.members) addOnce(list, actors.id(m));
  return list;
}

function addOnce(list: number[], id: number): void {
  if (!list.includes(id)) list.push(id);
}

/** The spans sorted by start: the list itself when it is (as the analyser makes its lists), else a sorted copy. */
function byStart<T extends { start: number }>(spans: readonly T[]): readonly T[] {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * Each actor's mentions sorted by start: the analyser lists them so, and then
 * this is the list itself. Searching them actor by actor finds the same mentions
 * inside a claim as searching all of a document's mentions merged and sorted.
 */
export function mentionsByActor(doc: DocumentAnalysis): (readonly ActorMention[])[] {
  const lists: (readonly ActorMention[])[] = [];
  for (const actor of doc.actors) if (actor.mentions.length > 0) lists.push(byStart(actor.mentions));
  return lists;
}

/**
 * The mentions (in lists sorted by start) that lie inside a claim, as within()
 * finds them: put at the start of `into` (an array reused from claim to claim, so
 * that none is made per claim); returns how many there are.
 */
export function mentionsInside(lists: readonly (readonly ActorMention[])[], claim: { start: number; end: number }, into: ActorMention[]): number {
  let count = 0;
  for (const list of lists) {
    for (let k = firstSpanFrom(list, claim.start); k < list.length && list[k].start < claim.end; k++) if (list[k].end <= claim.end) into[count++] = list[k];
  }
  return count;
}

/**
 * The claims' terms as ids, gathered while the claims are placed: for each term
 * the id of its last five letters (a term and the compounds ending in it,
 * "maatregel" and "mitigatiemaatregel", share them: its key) and in how many
 * claims it occurs, for its weight.
 */
class TermIndex {
  private readonly terms = new Interner();
  private readonly tails = new Interner();
  private readonly keyOf: number[] = [];
  private readonly df: number[] = [];
  // Which claim last counted a term or key, so that no set is needed to count each once per claim.
  private readonly termSeen: number[] = [];
  private readonly keySeen: number[] = [];
  private claims = 0;
  private longest = 0;
  /** All claims' term ids (in order, repeats kept) and distinct keys, one claim after the other. */
  ids: Int32Array = new Int32Array(4096);
  idCount = 0;
  keyIds: Int32Array = new Int32Array(4096);
  keyCount = 0;

  /** Adds one claim's terms after those of the claims before it. */
  add(words: readonly string[]): void {
    const claim = this.claims++;
    if (this.idCount + words.length > this.ids.length) this.ids = grown(this.ids, this.idCount + words.length);
    if (this.keyCount + words.length > this.keyIds.length) this.keyIds = grown(this.keyIds, this.keyCount + words.length);
    for (const word of words) {
      const id = this.terms.id(word);
      if (id === this.keyOf.length) {
        const key = this.tails.id(word.slice(-5));
        this.keyOf.push(key);
        this.df.push(0);
        this.termSeen.push(-1);
        if (key === this.keySeen.length) this.keySeen.push(-1);
      }
      this.ids[this.idCount++] = id;
      if (this.termSeen[id] !== claim) {
        this.termSeen[id] = claim;
        this.df[id]++;
      }
      const key = this.keyOf[id];
      if (this.keySeen[key] !== claim) {
        this.keySeen[key] = claim;
        this.keyIds[this.keyCount++] = key;
      }
    }
    this.longest = Math.max(this.longest, words.length);
  }

  /** What linking reads; the weight of a term is its inverse document frequency over the claims. */
  table(): TermTable {
    const n = Math.max(this.claims, 1);
    const weight = new Float64Array(this.df.length);
    for (let id = 0; id < this.df.length; id++) weight[id] = Math.log(1 + n / this.df[id]);
    return { text: this.terms.values, key: Int32Array.from(this.keyOf), weight, keys: this.tails.size, longest: this.longest, ids: this.ids, keyIds: this.keyIds };
  }
}

function grown(array: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The terms as linking reads them: by term id the term, its key and its weight, and all claims' ids. */
interface TermTable {
  text: string[];
  key: Int32Array;
  weight: Float64Array;
  /** How many keys there are, and the most terms one claim has. */
  keys: number;
  longest: number;
  ids: Int32Array;
  keyIds: Int32Array;
}

export function placeAll(documents: DocumentAnalysis[], actors = new Interner(), terms = new TermIndex()): Placed[] {
  const placed: Placed[] = [];
  // A corpus names the same few hundred dates over and over.
  const times = new Map<string, number>();
  const timeOfDate = (value: string | null): number => {
    if (!value) return NaN;
    let time = times.get(value);
    if (time === undefined) times.set(value, (time = timeOf(value)));
    return time;
  };
  // Whether every document lists its claims by position (see chronological()).
  let inOrder = true;
  for (let docIndex = 0; docIndex < documents.length; docIndex++) {
    const doc = documents[docIndex];
    const claims = doc.claims;
    if (claims.length === 0) continue;
    const sourcesByActor = new Map<string, readonly number[]>();
    const docTime = timeOfDate(doc.date);
    let narrative = Number.NaN;
    for (let ordinal = 0; ordinal < claims.length; ordinal++) {
      const claim = claims[ordinal];
      if (ordinal > 0 && claim.start < claims[ordinal - 1].start) inOrder = false;
      let time = timeOfDate(claim.date);
      if (!Number.isNaN(time) && !claim.recap) narrative = Number.isNaN(narrative) ? time : Math.max(narrative, time);
      // An undated recap was made before the document; other undated claims happen at the text's current time.
      if (Number.isNaN(time)) time = claim.recap ? docTime - 0.5 : Number.isNaN(narrative) ? docTime : Math.max(narrative, docTime);
      let sources: readonly number[] = NONE;
      if (claim.actor) {
        // Claims of one actor share the list; nothing changes it afterwards.
        let known = sourcesByActor.get(claim.actor);
        if (!known) sourcesByActor.set(claim.actor, (known = sourcesOf(doc, claim.actor, actors)));
        sources = known;
      }
      const termFrom = terms.idCount;
      const keyFrom = terms.keyCount;
      terms.add(claim.terms);
      const advice = claim.kind === 'advice';
      placed.push({
        doc,
        docIndex,
        claim,
        time: Number.isNaN(time) ? Infinity : time,
        sources,
        ordinal,
        start: claim.start,
        advice,
        recap: !!claim.recap,
        negated: !!claim.negated,
        heldThen: STILL_WORD.test(claim.text) && HELD_THEN.test(claim.text),
        changeAsEarlier: claim.changeCue?.type ?? (advice && changeOf(claim) !== 'issued' ? claim.change : null),
        termFrom,
        termTo: terms.idCount,
        keyFrom,
        keyTo: terms.keyCount,
      });
    }
  }
  return chronological(placed, inOrder);
}

/**
 * The claims in chronological order: by time, then document order, then position.
 * They come in document order, and when every document lists its claims by
 * position that is the tie-break order too, so a stable sort by time alone gives
 * the same order. That sort is done by counting: the times are few (days).
 */
function chronological(placed: Placed[], inOrder: boolean): Placed[] {
  if (!inOrder) return placed.sort((a, b) => a.time - b.time || a.docIndex - b.docIndex || a.start - b.start);
  // How many claims there are at each time, then where the claims of each time start.
  const at = new Map<number, number>();
  for (const p of placed) at.set(p.time, (at.get(p.time) ?? 0) + 1);
  let offset = 0;
  for (const time of Float64Array.from(at.keys()).sort()) {
    const count = at.get(time)!;
    at.set(time, offset);
    offset += count;
  }
  const sorted = new Array<Placed>(placed.length);
  for (const p of placed) {
    const k = at.get(p.time)!;
    sorted[k] = p;
    at.set(p.time, k + 1);
  }
  return sorted;
}

/**
 * Positions grouped by id, each group in ascending order: the positions with id
 * g are items[start[g]] up to items[start[g + 1]]. Two flat arrays rather than
 * a growing array per id.
 */
interface Groups {
  start: Int32Array;
  items: Int32Array;
}

/** Groups positions by the ids each lists: position i lists ids[from[i]] up to ids[to[i]]. */
function groupByIds(from: Int32Array, to: Int32Array, ids: Int32Array, groups: number): Groups {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < from.length; i++) for (let k = from[i]; k < to[i]; k++) start[ids[k] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const next = start.slice(0, groups);
  const items = new Int32Array(start[groups]);
  for (let i = 0; i < from.length; i++) for (let k = from[i]; k < to[i]; k++) items[next[ids[k]]++] = i;
  return { start, items };
}

/** Which earlier advice a change of advice most plausibly starts from. */
const PRIOR_CHANGES: Record<string, (string | undefined)[]> = {
  escalated: ['issued', 'confirmed', undefined],
  relaxed: ['escalated', 'issued'],
  withdrawn: ['escalated', 'issued', 'confirmed'],
  confirmed: ['escalated', 'issued'],
  revised: ['escalated', 'issued', 'confirmed', 'revised'],
};

/** When the advice of a set (one moment's) was given. */
function timeOfSet(set: ReadonlySet<Placed>): number {
  for (const a of set) return a.time;
  return -Infinity;
}

/** Shared terms that make two plain statements of one source, in two texts, the same statement. */
const SAME_STATEMENT_TERMS = 3;

/** Below this a shared subject is too thin to link on (one common term). */
const MIN_SCORE = 2;
const MAX_LINKS_PER_CLAIM = 3;
/** Candidates much weaker than the best for the same later claim are dropped. */
const RELATIVE_CUTOFF = 0.6;

/** Categories of actors too general to tie two texts to one affair. */
const GENERAL_CATEGORIES = new Set(['government', 'parliament', 'group', 'role', 'ministry', 'minister']);
/**
 * Two texts that name one body are about one affair only when they were written within two weeks of
 * each other, or when their words are alike too (see DocumentSimilarity): the RIVM advises on Q fever
 * in spring and on a heat wave in summer. Texts of one affair measured 0.14 to 0.36 on the development
 * corpus and test/eval-texts; texts of two affairs that name one body mostly below 0.05. Short texts
 * share few words, but a text on the same body's advice a few days later is mostly on the same matter.
 */
const AFFAIR_SIMILARITY = 0.1;
const AFFAIR_DAYS = 14;

/** How many earlier claims of one source, or sharing one term, are weighed against a later claim. */
const CANDIDATES_PER_KEY = 12;
/** At most this many earlier claims are weighed against one later claim. */
const MAX_CANDIDATES = 24;
/** Terms in more claims than this say nothing about which earlier claim is meant. */
const MAX_TERM_FREQUENCY = 48;

const NO_ANTECEDENTS: ReadonlySet<Placed> = new Set();

/** Flags of an earlier claim in Linker.flagsOf. */
const ADVICE = 1;
const RECAP = 2;
const NEGATED = 4;
const HELD = 8;

/**
 * Links the claims of a corpus, one later claim at a time, in chronological
 * order. While a claim is the later one, its sources, named actors, terms and
 * document are marked with its position in arrays indexed by id ("stamps"), so
 * that comparing it with each earlier candidate needs no sets or string keys.
 */
class Linker {
  // What relate() reads of the earlier claim, by position (chronological) in flat arrays: the candidates of a
  // later claim are near it in time, so near each other in these arrays, where the claims' own objects lie
  // scattered over the heap.
  /** The document, as the position of its first occurrence among the documents (the same object is one document). */
  private readonly docOf: Int32Array;
  private readonly docIndexOf: Int32Array;
  private readonly timeAt: Float64Array;
  private readonly ordinalOf: Int32Array;
  /** ADVICE, RECAP and NEGATED. */
  private readonly flagsOf: Uint8Array;
  /** Its change as the earlier claim of a pair, as a code (see codeOf()). */
  private readonly changeOf: Int32Array;
  /** Its sources are sourceIds[sourceFrom[i]] up to sourceIds[sourceTo[i]]; its terms and keys likewise in `terms`. */
  private readonly sourceFrom: Int32Array;
  private readonly sourceTo: Int32Array;
  private readonly sourceIds: Int32Array;
  private readonly termFrom: Int32Array;
  private readonly termTo: Int32Array;
  private readonly keyFrom: Int32Array;
  private readonly keyTo: Int32Array;
  private readonly changeNames = new Interner();
  /** Per claim (its position), the later claims linked from it so far. */
  private readonly laterOf = new Map<number, number[]>();
  /** Positions of the claims of each source (by actor id) and with each term key, in chronological order. */
  private readonly bySource: Groups;
  private readonly byKey: Groups;
  /** Per document, the ids of the specific actors it names (texts sharing one may be about one affair), flat. */
  private readonly specificStart: Int32Array;
  private readonly specificIds: Int32Array;
  /** Per document, the position of its first occurrence (the same object is one document). */
  private readonly identity: Int32Array;
  /** How alike the documents' words are: made when two documents that name one body are first compared. */
  private similarity: DocumentSimilarity | null = null;
  /** Per document, its date in days (NaN when it has none). */
  private readonly documentTime: Float64Array;
  /** Per document, its actors' mention lists sorted by start, made when one of its claims is the later one. */
  private readonly mentionLists: (readonly (readonly ActorMention[])[] | undefined)[];
  // Stamps: the position of the later claim (or, for documents, the document) that marked the id last.
  private readonly sourceStamp: Int32Array;
  private readonly namedStamp: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly tailStamp: Int32Array;
  private readonly specificStamp: Int32Array;
  private readonly takenBy: Int32Array;
  /** The position of claim k of document d is positionAt[claimBase[d] + k] (-1 for none). */
  private readonly claimBase: Int32Array;
  private readonly positionAt: Int32Array;
  private markedDocument = -1;
  /** The later claim being linked, its position, and what is read of it as the later claim. */
  private later!: Placed;
  private j = -1;
  /** The ids of the actors it names (namedCount of them), and a reused list for the mentions inside it. */
  private named: Int32Array = new Int32Array(16);
  private namedCount = 0;
  private readonly mentions: ActorMention[] = [];
  private change: Change | null = null;
  private changeCode = 0;
  /** The code of "withdrawn" (see codeOf()). */
  private readonly withdrawnCode = this.codeOf('withdrawn');
  private headline = false;
  /** Whether the later claim's "zijn advies" names earlier advice of its source (salientAntecedents()). */
  private hasSalient = false;
  private cued = false;
  /** Found on first need: most later claims are never in a pair that asks. */
  private sequenced: boolean | undefined;
  private refersBack: 'statement' | 'advice' | null | undefined;
  private pointsAtPrevious: boolean | undefined;
  private mentionedDates: string[] | undefined;
  /** The candidates' positions (the earlier claims to relate come first, see candidates()). */
  private found: Int32Array = new Int32Array(64);
  private foundCount = 0;
  /** The terms shared with one earlier claim (as ids) and their summed weight. */
  private readonly shared: Int32Array;
  private sharedCount = 0;
  private subject = 0;
  // The later claim's candidates, in the order they were found, in reused flat arrays: most are never links,
  // so none gets an object. Candidate c is the earlier claim at candidateAt[c], its shared term ids are
  // candidateTerms[candidateTermFrom[c]] up to candidateTerms[candidateTermFrom[c + 1]].
  private candidateCount = 0;
  private candidateAt: Int32Array = new Int32Array(32);
  private candidateScore: Float64Array = new Float64Array(32);
  private readonly candidateRelation: LinkRelation[] = [];
  private candidateTermFrom: Int32Array = new Int32Array(33);
  private candidateTerms: Int32Array = new Int32Array(256);
  private candidateOrder: Int32Array = new Int32Array(32);

  constructor(
    private readonly placed: Placed[],
    documents: DocumentAnalysis[],
    private readonly actors: Interner,
    private readonly terms: TermTable,
  ) {
    this.specificStart = new Int32Array(documents.length + 1);
    const specific: number[] = [];
    const firstOccurrence = new Map<DocumentAnalysis, number>();
    const identity = new Int32Array(documents.length);
    documents.forEach((doc, d) => {
      for (const actor of doc.actors) if (!GENERAL_CATEGORIES.has(actor.category ?? '')) specific.push(actors.id(actor.id));
      this.specificStart[d + 1] = specific.length;
      if (!firstOccurrence.has(doc)) firstOccurrence.set(doc, d);
      identity[d] = firstOccurrence.get(doc)!;
    });
    this.specificIds = Int32Array.from(specific);
    this.mentionLists = new Array(documents.length);
    const n = placed.length;
    this.docOf = new Int32Array(n);
    this.docIndexOf = new Int32Array(n);
    this.timeAt = new Float64Array(n);
    this.ordinalOf = new Int32Array(n);
    this.flagsOf = new Uint8Array(n);
    this.changeOf = new Int32Array(n);
    this.sourceFrom = new Int32Array(n);
    this.sourceTo = new Int32Array(n);
    this.termFrom = new Int32Array(n);
    this.termTo = new Int32Array(n);
    this.keyFrom = new Int32Array(n);
    this.keyTo = new Int32Array(n);
    const sourceIds: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = placed[i];
      this.docOf[i] = identity[p.docIndex];
      this.docIndexOf[i] = p.docIndex;
      this.timeAt[i] = p.time;
      this.ordinalOf[i] = p.ordinal;
      this.flagsOf[i] = (p.advice ? ADVICE : 0) | (p.recap ? RECAP : 0) | (p.negated ? NEGATED : 0) | (p.heldThen ? HELD : 0);
      this.changeOf[i] = this.codeOf(p.changeAsEarlier);
      this.sourceFrom[i] = sourceIds.length;
      for (const source of p.sources) sourceIds.push(source);
      this.sourceTo[i] = sourceIds.length;
      this.termFrom[i] = p.termFrom;
      this.termTo[i] = p.termTo;
      this.keyFrom[i] = p.keyFrom;
      this.keyTo[i] = p.keyTo;
    }
    this.sourceIds = Int32Array.from(sourceIds);
    this.identity = identity;
    this.documentTime = Float64Array.from(documents, (doc) => timeOf(doc.date));
    this.bySource = groupByIds(this.sourceFrom, this.sourceTo, this.sourceIds, actors.size);
    this.byKey = groupByIds(this.keyFrom, this.keyTo, terms.keyIds, terms.keys);
    this.sourceStamp = new Int32Array(actors.size).fill(-1);
    this.namedStamp = new Int32Array(actors.size).fill(-1);
    this.specificStamp = new Int32Array(actors.size).fill(-1);
    this.termStamp = new Int32Array(terms.text.length).fill(-1);
    this.tailStamp = new Int32Array(terms.keys).fill(-1);
    this.takenBy = new Int32Array(n).fill(-1);
    // Each claim's position by its document and its place in it, for the statement just before a claim.
    this.claimBase = new Int32Array(documents.length + 1);
    documents.forEach((doc, d) => (this.claimBase[d + 1] = this.claimBase[d] + doc.claims.length));
    this.positionAt = new Int32Array(this.claimBase[documents.length]).fill(-1);
    for (let i = 0; i < n; i++) this.positionAt[this.claimBase[placed[i].docIndex] + placed[i].ordinal] = i;
    this.shared = new Int32Array(terms.longest);
  }

  /** A number for a change, equal for equal changes: 0 for null, 1 for undefined, above for each name. */
  private codeOf(change: Change | null | undefined): number {
    return change === null ? 0 : change === undefined ? 1 : 2 + this.changeNames.id(change);
  }

  /** The links to the claim at position j from the earlier claims it revises, best first. */
  linkTo(j: number, links: Link[], ends: Placed[]): void {
    const later = this.placed[j];
    if (later.recap) return; // a recap restates an earlier claim; it does not revise it
    const claim = later.claim;
    this.later = later;
    this.j = j;
    this.change = claim.changeCue?.type ?? (later.advice && claim.change && changeOf(claim) !== 'issued' ? claim.change : null);
    this.changeCode = this.codeOf(this.change);
    this.headline = claim.cue?.type === 'headline';
    this.cued = !!claim.cue;
    this.sequenced = undefined;
    this.refersBack = undefined;
    this.pointsAtPrevious = undefined;
    this.mentionedDates = undefined;
    for (const source of later.sources) this.sourceStamp[source] = j;
    this.markNamed();
    const { text, key, ids } = this.terms;
    for (let k = later.termFrom; k < later.termTo; k++) {
      const term = ids[k];
      this.termStamp[term] = j;
      if (text[term].length >= 5) this.tailStamp[key[term]] = j;
    }
    if (later.docIndex !== this.markedDocument) {
      this.markedDocument = later.docIndex;
      for (let k = this.specificStart[later.docIndex]; k < this.specificStart[later.docIndex + 1]; k++) this.specificStamp[this.specificIds[k]] = later.docIndex;
    }
    const earlier = this.candidates();
    const salient = this.salientAntecedents(earlier);
    this.candidateCount = 0;
    this.hasSalient = salient.size > 0;
    for (let k = 0; k < earlier; k++) {
      const i = this.found[k];
      this.relate(i, salient.size > 0 && salient.has(this.placed[i]));
    }
    const count = this.candidateCount;
    if (count === 0) return;
    // Reports of the advice "zijn advies" names, told in several texts, are that one advice: one score.
    if (salient.size > 1) {
      let top = -Infinity;
      for (let c = 0; c < count; c++) if (salient.has(this.placed[this.candidateAt[c]])) top = Math.max(top, this.candidateScore[c]);
      for (let c = 0; c < count; c++) if (salient.has(this.placed[this.candidateAt[c]])) this.candidateScore[c] = top;
    }
    const order = this.rankCandidates();
    let best = NaN;
    let made = 0;
    const cue = claim.changeCue?.text ?? null;
    for (let k = 0; k < count && made < MAX_LINKS_PER_CLAIM; k++) {
      const c = order[k];
      // A change applies to the advice or statement as it stands: not to one that another candidate already revised.
      if (this.superseded(c)) continue;
      if (Number.isNaN(best)) best = this.candidateScore[c];
      if (this.candidateScore[c] < best * RELATIVE_CUTOFF) break;
      made++;
      const at = this.candidateAt[c];
      // A change of what was said or advised makes the later claim the state it is in; another source saying
      // otherwise does not.
      if (this.candidateRelation[c] !== 'contradicts') {
        const laters = this.laterOf.get(at);
        if (laters) laters.push(j);
        else this.laterOf.set(at, [j]);
      }
      const from = this.placed[at];
      const shared: string[] = [];
      for (let m = this.candidateTermFrom[c]; m < this.candidateTermFrom[c + 1]; m++) shared.push(text[this.candidateTerms[m]]);
      const relation = this.candidateRelation[c];
      links.push({
        from: { file: from.doc.file, claimId: from.claim.id },
        to: { file: later.doc.file, claimId: later.claim.id },
        relation,
        reason: {
          sharedTerms: shared,
          cue,
          explanation: explain(relation, shared, cue),
        },
      });
      ends.push(from, later);
    }
  }

  /**
   * Whether a link made before goes from candidate c's claim to another candidate's, one dated before the
   * later claim (an undated one may be another report of the later change itself).
   */
  private superseded(c: number): boolean {
    const laters = this.laterOf.get(this.candidateAt[c]);
    if (!laters) return false;
    for (let d = 0; d < this.candidateCount; d++) {
      const at = this.candidateAt[d];
      if (d !== c && this.placed[at].claim.date !== null && this.timeAt[at] < this.later.time && laters.includes(at)) return true;
    }
    return false;
  }

  /**
   * The candidates best first: by score, then the later-made earlier claim first; ties keep the
   * order found. A stable insertion sort of their indices (a later claim has a handful), which
   * orders them as a stable sort with that comparison does.
   */
  private rankCandidates(): Int32Array {
    const count = this.candidateCount;
    if (this.candidateOrder.length < count) this.candidateOrder = new Int32Array(this.candidateScore.length);
    const order = this.candidateOrder;
    const score = this.candidateScore;
    for (let k = 0; k < count; k++) {
      const c = k;
      let m = k - 1;
      // c goes after order[m] unless order[m] compares greater (y.score - x.score || y.time - x.time > 0).
      while (m >= 0 && (score[c] - score[order[m]] || this.timeAt[this.candidateAt[c]] - this.timeAt[this.candidateAt[order[m]]]) > 0) {
        order[m + 1] = order[m];
        m--;
      }
      order[m + 1] = c;
    }
    return order;
  }

  /** Records a candidate: the earlier claim at position i, how it is related, its score and the shared terms. */
  private addCandidate(i: number, relation: LinkRelation, score: number): void {
    const c = this.candidateCount++;
    if (c === this.candidateAt.length) {
      this.candidateAt = grown(this.candidateAt, c + 1);
      const scores = new Float64Array(this.candidateAt.length);
      scores.set(this.candidateScore);
      this.candidateScore = scores;
      this.candidateTermFrom = grown(this.candidateTermFrom, this.candidateAt.length + 1);
    }
    this.candidateAt[c] = i;
    this.candidateScore[c] = score;
    this.candidateRelation[c] = relation;
    const from = c === 0 ? 0 : this.candidateTermFrom[c];
    if (from + this.sharedCount > this.candidateTerms.length) this.candidateTerms = grown(this.candidateTerms, from + this.sharedCount);
    for (let k = 0; k < this.sharedCount; k++) this.candidateTerms[from + k] = this.shared[k];
    this.candidateTermFrom[c] = from;
    this.candidateTermFrom[c + 1] = from + this.sharedCount;
  }

  /**
   * The actors the later claim's text names (an owner of a recap, the target of a
   * reply), as ids in `named` and marked in namedStamp. Only actors that are a
   * source of some claim (or specific to a document) have an id; the others have
   * no claims to find and are no claim's source, so leaving them out changes nothing.
   */
  private markNamed(): void {
    const later = this.later;
    const lists = (this.mentionLists[later.docIndex] ??= mentionsByActor(later.doc));
    this.namedCount = 0;
    const count = mentionsInside(lists, later.claim, this.mentions);
    for (let k = 0; k < count; k++) {
      const id = this.actors.lookup(this.mentions[k].actorId);
      if (id < 0 || this.namedStamp[id] === this.j) continue;
      this.namedStamp[id] = this.j;
      if (this.namedCount === this.named.length) this.named = grown(this.named, this.namedCount + 1);
      this.named[this.namedCount++] = id;
    }
  }

  /** Whether the later claim says it follows on earlier ones ("vervolgens", "later", "inmiddels"). */
  private isSequenced(): boolean {
    if (this.sequenced === undefined) this.sequenced = SEQUENCE.test(this.later.claim.text);
    return this.sequenced;
  }

  /** Whether the later claim opens by pointing at the statement just before it ("Die verwachting is niet uitgekomen"). */
  private opensPointingBack(): boolean {
    if (this.pointsAtPrevious === undefined) this.pointsAtPrevious = !!this.later.claim.changeCue && POINTS_AT_PREVIOUS.test(this.later.claim.text);
    return this.pointsAtPrevious;
  }

  /** Whether the later claim refers back to an earlier statement ("die uitspraak") or advice ("zijn advies"). */
  private referenceOf(): 'statement' | 'advice' | null {
    // Only a claim that changes something or gives advice can refer back to what it changes.
    if (this.refersBack === undefined) this.refersBack = this.later.claim.changeCue || this.later.advice ? backReference(this.later.claim.text) : null;
    return this.refersBack;
  }

  /** Date values mentioned inside the later claim ("zijn advies van 30 augustus"). */
  private datesMentioned(): string[] {
    this.mentionedDates ??= within(this.later.doc.dates, this.later.claim).map((d) => d.value);
    return this.mentionedDates;
  }

  /**
   * Earlier claims worth relating to the later one: the latest claims of the same
   * source (or of a source the later claim names), and the latest sharing a rare
   * term, in documents about the same affair. This keeps linking near-linear in
   * the size of the corpus. Their positions, ascending, are the first entries
   * of `found`; returns how many there are.
   */
  private candidates(): number {
    const later = this.later;
    this.foundCount = 0;
    const { start: sourceStart, items: sourceItems } = this.bySource;
    for (const source of later.sources) this.before(sourceItems, sourceStart[source], sourceStart[source + 1]);
    for (let k = 0; k < this.namedCount; k++) this.before(sourceItems, sourceStart[this.named[k]], sourceStart[this.named[k] + 1]);
    // "Die verwachting is niet uitgekomen": the statement just before, whatever its terms.
    if (later.ordinal > 0 && this.opensPointingBack()) {
      const previous = this.positionAt[this.claimBase[later.docIndex] + later.ordinal - 1];
      if (previous >= 0 && previous < this.j) this.take(previous);
    }
    const { start: keyStart, items: keyItems } = this.byKey;
    const keyIds = this.terms.keyIds;
    for (let k = later.keyFrom; k < later.keyTo; k++) {
      const key = keyIds[k];
      if (keyStart[key + 1] - keyStart[key] <= MAX_TERM_FREQUENCY) this.before(keyItems, keyStart[key], keyStart[key + 1]);
    }
    // The most recent ones are the likeliest to be revised; older statements have been revised already.
    // Positions are distinct, so the order is the same whatever the sort; a few dozen, in ascending runs:
    // insertion sort, in place.
    const found = this.found;
    const count = this.foundCount;
    for (let k = 1; k < count; k++) {
      const value = found[k];
      let m = k - 1;
      while (m >= 0 && found[m] > value) {
        found[m + 1] = found[m];
        m--;
      }
      found[m + 1] = value;
    }
    // Kept ones move to the front; the write position never passes the read position.
    let kept = 0;
    for (let k = Math.max(0, count - MAX_CANDIDATES); k < count; k++) {
      if (this.relatedDocument(this.docIndexOf[found[k]])) found[kept++] = found[k];
    }
    return kept;
  }

  /**
   * Adds the last CANDIDATES_PER_KEY entries below j of the ascending positions
   * list[from] up to list[to], skipping those taken already.
   */
  private before(list: Int32Array, from: number, to: number): void {
    const j = this.j;
    let high = to;
    let low = from;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle] < j) low = middle + 1;
      else high = middle;
    }
    for (let k = Math.max(from, low - CANDIDATES_PER_KEY); k < low; k++) this.take(list[k]);
  }

  /** Adds the earlier claim at position i to the candidates, unless it is among them already. */
  private take(i: number): void {
    if (this.takenBy[i] === this.j) return;
    this.takenBy[i] = this.j;
    if (this.foundCount === this.found.length) this.found = grown(this.found, this.foundCount + 1);
    this.found[this.foundCount++] = i;
  }

  /**
   * The document is the later claim's, or names a specific actor in common with it and is about the same
   * matter: written within AFFAIR_DAYS of it, or alike in its words.
   */
  private relatedDocument(docIndex: number): boolean {
    const marked = this.markedDocument;
    if (docIndex === marked) return true;
    for (let k = this.specificStart[docIndex]; k < this.specificStart[docIndex + 1]; k++) {
      if (this.specificStamp[this.specificIds[k]] !== marked) continue;
      if (Math.abs(this.documentTime[docIndex] - this.documentTime[marked]) <= AFFAIR_DAYS) return true;
      this.similarity ??= new DocumentSimilarity(this.identity.length, this.docOf, this.termFrom, this.termTo, this.terms.ids, this.terms.text.length);
      return this.similarity.between(this.identity[docIndex], this.identity[marked]) >= AFFAIR_SIMILARITY;
    }
    return false;
  }

  /** The earlier claim at position i has a source of the later one. */
  private sameSource(i: number): boolean {
    for (let k = this.sourceFrom[i]; k < this.sourceTo[i]; k++) if (this.sourceStamp[this.sourceIds[k]] === this.j) return true;
    return false;
  }

  /** The later claim names a source of the earlier one at position i. */
  private ownerNamed(i: number): boolean {
    for (let k = this.sourceFrom[i]; k < this.sourceTo[i]; k++) if (this.namedStamp[this.sourceIds[k]] === this.j) return true;
    return false;
  }

  /**
   * For a later advice that refers back to "het advies" / "zijn dringende advies", the
   * earlier advice of the same source it most plausibly means: the latest one whose
   * kind of change fits (an escalation starts from plain advice, a relaxation from
   * an escalated one). Several when texts report that advice more than once.
   */
  private salientAntecedents(earlier: number): ReadonlySet<Placed> {
    const later = this.later;
    if (!later.advice || this.referenceOf() !== 'advice') return NO_ANTECEDENTS;
    const change = changeOf(later.claim);
    // A revision describes what it changes; its content, not salience, finds the earlier claim.
    if (!change || change === 'revised' || change === 'contradicted') return NO_ANTECEDENTS;
    const fitting = PRIOR_CHANGES[change] ?? [];
    // The first fitting kind with advice before this one, its latest: an escalation starts from plain advice,
    // a relaxation from an escalated one. A withdrawal withdraws the advice as it stands: relaxed since, if so.
    for (const wanted of fitting) {
      const found = this.latestAdvice(earlier, wanted, change);
      if (found.size === 0) continue;
      if (change === 'withdrawn') {
        const relaxed = this.latestAdvice(earlier, 'relaxed', change);
        if (relaxed.size > 0 && timeOfSet(relaxed) > timeOfSet(found)) return relaxed;
      }
      return found;
    }
    return NO_ANTECEDENTS;
  }

  /**
   * The latest advice of the later claim's source with change `wanted`, before it: per document the last
   * one of that moment, across documents every report of it (for a withdrawal every advice of that moment).
   */
  private latestAdvice(earlier: number, wanted: string | undefined, change: string): ReadonlySet<Placed> {
    const later = this.later;
    let bestTime = -Infinity;
    const lastInDocument = new Map<DocumentAnalysis, Placed>();
    const subjectIn = new Map<DocumentAnalysis, number>();
    // Withdrawing "zijn advies (van 30 augustus)" withdraws all the advice it gave then, not only its last part.
    const allOfMoment: Placed[] = [];
    for (let k = 0; k < earlier; k++) {
      const a = this.placed[this.found[k]];
      if (!a.advice || a.recap || !this.sameSource(this.found[k])) continue;
      const aChange = changeOf(a.claim);
      if (aChange !== wanted && !(wanted === undefined && !aChange)) continue;
      // Further on in the same text only when it is dated earlier ("Het NCSC adviseerde toen …").
      if (a.doc === later.doc && a.start > later.start && a.time >= later.time) continue;
      if (a.time > bestTime) {
        lastInDocument.clear();
        subjectIn.clear();
        allOfMoment.length = 0;
        bestTime = a.time;
      }
      if (a.time === bestTime) {
        allOfMoment.push(a);
        // Of one text's advice of that moment, the one most about what the later advice is about; the last
        // one told of those alike.
        this.share(this.found[k]);
        const subject = this.subject;
        const other = lastInDocument.get(a.doc);
        if (!other || subjectIn.get(a.doc)! < subject || (subjectIn.get(a.doc) === subject && other.start < a.start)) {
          lastInDocument.set(a.doc, a);
          subjectIn.set(a.doc, subject);
        }
      }
    }
    // Confirming "het advies" means the advice of its own text when there is one.
    const own = lastInDocument.get(later.doc);
    if (change === 'confirmed' && own) return new Set([own]);
    return new Set(change === 'withdrawn' ? allOfMoment : lastInDocument.values());
  }

  /**
   * The terms the earlier claim shares with the later one, as sharedTerms() in
   * claims/resolve.ts counts them (the same term, or a compound and its tail:
   * "mitigatiemaatregel" ~ "maatregel"), into `shared`, with their summed weight.
   */
  private share(i: number): void {
    const { text, key, weight, ids } = this.terms;
    const later = this.later;
    const j = this.j;
    let count = 0;
    let subject = 0;
    for (let k = this.termFrom[i]; k < this.termTo[i]; k++) {
      const x = ids[k];
      let found = -1;
      if (this.termStamp[x] === j) found = x;
      else if (text[x].length >= 5 && this.tailStamp[key[x]] === j) {
        // The later claim's terms with the same last five letters, in its order: the first that fits counts.
        const xs = text[x];
        for (let m = later.termFrom; m < later.termTo; m++) {
          const y = ids[m];
          const ys = text[y];
          if (ys.length < 5 || key[y] !== key[x]) continue;
          if (xs.endsWith(ys) || ys.endsWith(xs)) {
            found = xs.length <= ys.length ? x : y;
            break;
          }
        }
      }
      if (found === -1) continue;
      this.shared[count++] = found;
      subject += weight[found];
    }
    this.sharedCount = count;
    this.subject = subject;
  }

  /** How the later claim relates to the earlier one at position i: recorded as a candidate when it does. */
  private relate(i: number, salient: boolean): void {
    const later = this.later;
    const sameDocument = this.docOf[i] === this.docOf[this.j];
    // A headline ("Overheid: certificaten blijven betrouwbaar") sums up its own text; it revises nothing in it.
    if (this.headline && sameDocument) return;
    const hasSources = this.sourceTo[i] > this.sourceFrom[i];
    const sameSource = hasSources && this.sameSource(i);
    const change = this.change;
    // "Op 4 november maakte Logius bekend dat … Die verwachting is niet uitgekomen.": the statement just before,
    // whoever made it, and no other.
    if (this.opensPointingBack()) {
      if (!sameDocument || later.ordinal - this.ordinalOf[i] !== 1 || !change || change === 'contradicted') return;
      this.share(i);
      this.addCandidate(i, RELATION_OF_CHANGE[change], this.subject + 6);
      return;
    }
    // Between different sources only a contradiction, a withdrawal of what was named, a polarity
    // reversal in one text, or agreement in one text is a link: other pairs need no subject comparison.
    const flags = this.flagsOf[i];
    const flip = ((flags & NEGATED) !== 0) !== later.negated;
    if (!sameSource && !sameDocument && change !== 'contradicted' && change !== 'withdrawn' && !flip) return;
    // "de eerdere verklaring van DigiNotar …", "zijn advies van 30 augustus": the later claim names the earlier one.
    const ownerNamed = !sameSource && hasSources && this.ownerNamed(i);
    if (!sameSource && !sameDocument && change === 'withdrawn' && !ownerNamed) return;
    const advice = (flags & ADVICE) !== 0;
    // A recap restates what was said before its own text; it revises nothing in earlier texts.
    if ((flags & RECAP) !== 0 && !sameDocument && later.docIndex < this.docIndexOf[i]) return;
    // Nor is a statement an earlier text tells without a date of its own later than what a later text dates
    // before it ("Op 17 september adviseerde het RIVM …" in a letter of October, and the advisory of 18
    // September): it may be that statement, told again.
    if (!sameDocument && later.claim.date === null && !change && givenLater(this.placed[i].doc.date, later.doc.date)) return;
    const bothAdvice = advice && later.advice;
    const time = this.timeAt[i];
    // Statements of one text on one day are one account, unless the text says one followed the other.
    // Told with parts of the day ("Vrijdagochtend versoepelde NS …", "Vrijdagmiddag trok de spoorvervoerder …"), one followed the other.
    const sameMoment = sameDocument && Math.abs(later.time - time) < 1 && !this.isSequenced() && !(dayPartOf(later.doc, later.claim) > dayPartOf(this.placed[i].doc, this.placed[i].claim));
    if (sameMoment && !(sameSource && bothAdvice && change === 'confirmed')) return;
    // Two texts telling the same statement of one day (both escalations, both plain claims) are not a revision.
    // Nor is one text confirming what another tells of that day: it confirms its own account, if any.
    if (sameSource && !sameDocument && Math.abs(later.time - time) < 1 && (this.changeOf[i] === this.changeCode || change === 'confirmed')) return;
    // Advice is escalated, relaxed or confirmed relative to advice, not to a plain claim; and not relative to
    // advice withdrawn: what stays in force after a withdrawal is other advice.
    const stateChange = change === 'escalated' || change === 'relaxed' || change === 'confirmed';
    // Advice withdrawn ("trok de waarschuwing in") withdraws advice; a statement withdrawn is a statement.
    if (later.advice && !advice && (stateChange || change === 'withdrawn')) return;
    if (advice && this.changeOf[i] === this.withdrawnCode && (stateChange || change === 'withdrawn')) return;
    // "zijn dringende advies versoepeld" names which advice of its source changes: not the others.
    if (this.hasSalient && sameSource && bothAdvice && !salient) return;
    const ordinal = this.ordinalOf[i];
    // "Die uitspraak kan ik niet langer handhaven": the statement just before, or the one whose date it names.
    const adjacent = sameDocument && later.ordinal - ordinal === 1;
    // A reference back counts when it fits: "zijn advies" points at advice, and it is the statement just before
    // or the one whose date it names.
    const refersBack = sameSource || ownerNamed ? this.referenceOf() : null;
    const fits = refersBack !== null && (refersBack === 'statement' || advice);
    const date = fits ? this.placed[i].claim.date : null;
    const dateNamed = fits && !!date && this.datesMentioned().includes(date);
    const reference = fits ? 0.5 + (dateNamed ? 3 : 0) + (adjacent ? 3 : 0) + (salient ? 3 : 0) : 0;
    this.share(i);
    const shared = this.sharedCount;
    const subject = this.subject;
    let relation: LinkRelation | null = null;
    let score = subject + reference;

    if (sameSource) {
      if (change && change !== 'contradicted' && (shared >= 1 || reference > 0)) {
        relation = RELATION_OF_CHANGE[change];
        score += 2;
      } else if (bothAdvice && shared >= 2 && later.time - time >= 1 && (!sameDocument || later.claim.date !== null)) {
        // the same advice again on a later day; told twice about one day is one advice, and so is advice a text
        // tells again without a date (an advisory's summary, then its measures)
        relation = 'confirms';
        score += 1;
      } else if ((flags & RECAP) !== 0 && adjacent && !later.advice && shared >= 2 && subject >= MIN_SCORE) {
        // "In onze vorige brief gingen wij ervan uit dat …" and then what is the case now: the recap is set against it
        relation = 'revises';
        score += 1;
      } else if ((flags & HELD) !== 0 && !advice && !later.advice && shared >= 1 && later.time - time >= 1) {
        // what the source said "nog" on an earlier day, and its next word on the subject
        relation = 'revises';
        score += 1;
      } else if (flip && (shared >= 2 || (adjacent && this.isSequenced())) && subject >= MIN_SCORE && (sameDocument || this.isSequenced())) {
        // the opposite said next, "vervolgens": one rare shared term is subject enough
        relation = 'revises';
        score += 1;
      } else if (flip && !sameDocument && shared >= SAME_STATEMENT_TERMS && later.time - time >= 1) {
        // the opposite of the same statement, in a later text on a later day
        relation = 'revises';
        score += 1;
      } else if (!flip && !advice && !later.advice && this.docIndexOf[i] < later.docIndex && shared >= SAME_STATEMENT_TERMS && later.time - time >= 1) {
        // the same statement again, in a later text on a later day
        relation = 'confirms';
      }
    } else if (change === 'confirmed' && ownerNamed && sameDocument && !later.advice) {
      // "GOVCERT.NL sluit zich bij de minister aan": it confirms what the actor it names said in this text
      relation = 'confirms';
      score += 2;
    } else if (shared >= 1 || reference > 0) {
      // Another source says otherwise about what was stated, or advises otherwise than was advised: a statement
      // of fact does not contradict advice ("De NVWA trof echter geen welzijnsproblemen aan" against a request
      // for an exemption), nor advice a statement.
      const sameKind = advice === later.advice;
      // Said the opposite, without a cue of a change or with one of saying otherwise; "wel degelijk" (a revision)
      // is another source's correction of what the first said.
      const opposes = !change || change === 'contradicted' || change === 'revised';
      if ((change === 'contradicted' && sameKind && (sameDocument || shared >= 2)) || (change === 'withdrawn' && ownerNamed)) {
        relation = change === 'withdrawn' ? 'withdraws' : 'contradicts';
        score += 1;
      } else if (flip && this.cued && sameKind && opposes && shared >= 2 && sameDocument && Math.abs(later.ordinal - ordinal) <= 4) {
        relation = 'contradicts';
      } else if (flip && this.cued && sameKind && !later.advice && opposes && shared >= SAME_STATEMENT_TERMS && !sameDocument && later.time - time >= 1) {
        // Another source, in a later text on a later day, says the opposite of the same statement.
        relation = 'contradicts';
      } else if (shared >= 4 && !flip && !change && sameDocument) {
        relation = 'confirms';
        score -= 1;
      }
    }
    if (!relation || score < MIN_SCORE) return;
    this.addCandidate(i, relation, score);
  }
}

export function linkCorpus(documents: DocumentAnalysis[]): Link[] {
  const actors = new Interner();
  const terms = new TermIndex();
  const placed = placeAll(documents, actors, terms);
  const linker = new Linker(placed, documents, actors, terms.table());
  const links: Link[] = [];
  // The claims at both ends of each link, two entries per link, for following recaps without string keys.
  const ends: Placed[] = [];
  for (let j = 0; j < placed.length; j++) linker.linkTo(j, links, ends);
  return propagateToRestatements(propagateThroughRecaps(links, ends, placed, documents), ends, placed, documents);
}

/** `link` made again from claim `from`, another telling of its earlier end (`why`, added to its explanation). */
function linkFrom(from: Placed, link: Link, why: string): Link {
  return {
    from: { file: from.doc.file, claimId: from.claim.id },
    to: link.to,
    relation: link.relation,
    reason: { ...link.reason, explanation: `${link.reason.explanation} (${why})` },
  };
}

/** How near in time two tellings of one statement lie: under two days apart (an advisory of the day after). */
const RESTATED_WITHIN_DAYS = 2;
/** How near in its text (claims before or after) a telling lies to the statement, or to what revises it. */
const RESTATED_WITHIN_CLAIMS = 30;

/**
 * What revises, confirms or contradicts a statement does so to each telling of it in the statement's text and in
 * the text of the later claim: the same source's claims of the same kind and change, under two days apart, that
 * share two subject terms with it and signal no change of their own (an advisory's headline, summary and measures;
 * a letter's account of the advice before it tells what became of it). Each is linked as the statement is, when
 * told before the later claim. `ends` holds the linker's own links' claims.
 */
function propagateToRestatements(links: Link[], ends: Placed[], placed: Placed[], documents: DocumentAnalysis[]): Link[] {
  const named = claimsByName(placed, documents);
  // Each text's claims by their position in it (`placed` is in the order of time).
  const byDocument = new Map<DocumentAnalysis, Placed[]>();
  for (const p of placed) {
    let list = byDocument.get(p.doc);
    if (!list) byDocument.set(p.doc, (list = []));
    list[p.ordinal] = p;
  }
  const key = (file: string, claimId: string) => `${file}#${claimId}`;
  const have = new Set(links.map((l) => `${key(l.from.file, l.from.claimId)}>${key(l.to.file, l.to.claimId)}`));
  const count = ends.length / 2;
  for (let k = 0; k < count; k++) {
    const earlier = named(ends[2 * k]);
    const later = named(ends[2 * k + 1]);
    const link = links[k];
    if (earlier.sources.length === 0) continue;
    // Told again near it in its own text, or near the later claim in that one: not in every text of its source,
    // nor all through a long text.
    const tellings = new Set<Placed>();
    for (const anchor of [earlier, later]) {
      const list = byDocument.get(anchor.doc)!;
      const last = Math.min(list.length - 1, anchor.ordinal + RESTATED_WITHIN_CLAIMS);
      for (let o = Math.max(0, anchor.ordinal - RESTATED_WITHIN_CLAIMS); o <= last; o++) if (list[o]) tellings.add(list[o]);
    }
    for (const told of tellings) {
      if (told.sources[0] !== earlier.sources[0]) continue;
      if (told === earlier || told === later || told.advice !== earlier.advice || told.claim.changeCue) continue;
      // Telling it again gives it as it was: urgent advice is not told again by the advice it escalated.
      if (changeOf(told.claim) !== changeOf(earlier.claim)) continue;
      // (Written so that claims with no time at all, whose difference is NaN, are not taken for near.)
      if (!(Math.abs(told.time - earlier.time) < RESTATED_WITHIN_DAYS) || told.time > later.time) continue;
      if (told.doc === later.doc && told.ordinal >= later.ordinal) continue;
      if (!sharesTerms(told.claim.terms, earlier.claim.terms, 2)) continue;
      const name = `${key(told.doc.file, told.claim.id)}>${key(link.to.file, link.to.claimId)}`;
      if (have.has(name)) continue;
      have.add(name);
      links.push(linkFrom(told, link, `told also in ${earlier.doc.file}#${earlier.claim.id}`));
    }
  }
  return links;
}

/**
 * The claim a link end names by file and claim id. Each file is one document in
 * a corpus (CorpusIndex holds one analysis per file), and claim ids are unique in
 * a document, so that is the claim itself. Should a file be given twice, the name
 * means the last claim placed under it, as a lookup by "file#id" would.
 */
function claimsByName(placed: Placed[], documents: DocumentAnalysis[]): (p: Placed) => Placed {
  const files = new Set(documents.map((doc) => doc.file));
  if (files.size === documents.length) return (p) => p;
  const byName = new Map<string, Map<string, Placed>>();
  for (const p of placed) {
    let inFile = byName.get(p.doc.file);
    if (!inFile) byName.set(p.doc.file, (inFile = new Map()));
    inFile.set(p.claim.id, p);
  }
  return (p) => byName.get(p.doc.file)!.get(p.claim.id)!;
}

/**
 * A recap restates an earlier claim ("In mijn bericht van 30 augustus heb ik
 * aangegeven dat …"). What revises the recap revises the claim it restates too,
 * found in the earlier texts by source, date and subject.
 */
function propagateThroughRecaps(links: Link[], ends: Placed[], placed: Placed[], documents: DocumentAnalysis[]): Link[] {
  const named = claimsByName(placed, documents);
  // Originals are looked up by source and day: a recap names the day of what it restates. Built on first need.
  let bySourceDay: Map<number, Placed[]>[] | null = null;
  // The links made so far, by the claims at their ends, so that none is made twice. Built on first need.
  let have: Map<Placed, Set<Placed>> | null = null;
  const count = links.length;
  for (let k = 0; k < count; k++) {
    const link = links[k];
    const recap = named(ends[2 * k]);
    if (!recap.recap || !recap.claim.date) continue;
    const day = timeOf(recap.claim.date);
    // An unreadable date names no day (no claim's time is NaN).
    if (Number.isNaN(day)) continue;
    if (!bySourceDay) {
      const index: Map<number, Placed[]>[] = [];
      for (const p of placed) {
        const bucket = Math.floor(p.time);
        for (const source of p.sources) {
          const byDay = (index[source] ??= new Map());
          const list = byDay.get(bucket);
          if (list) list.push(p);
          else byDay.set(bucket, [p]);
        }
      }
      bySourceDay = index;
    }
    const originals = new Set<Placed>();
    for (const source of recap.sources) for (const p of bySourceDay[source]?.get(Math.floor(day)) ?? []) originals.add(p);
    const later = named(ends[2 * k + 1]);
    for (const original of originals) {
      if (original.docIndex >= recap.docIndex || original.recap) continue;
      if (!original.sources.some((source) => recap.sources.includes(source))) continue;
      const sameDay = Math.abs(original.time - day) < 1;
      if (!sameDay || !sharesTerms(original.claim.terms, recap.claim.terms, 2)) continue;
      if (!have) {
        have = new Map();
        for (let m = 0; m < count; m++) {
          const to = named(ends[2 * m + 1]);
          const from = have.get(to);
          if (from) from.add(named(ends[2 * m]));
          else have.set(to, new Set([named(ends[2 * m])]));
        }
      }
      let from = have.get(later);
      if (!from) have.set(later, (from = new Set()));
      const source = named(original);
      if (from.has(source)) continue;
      from.add(source);
      links.push(linkFrom(original, link, `restated in ${recap.doc.file}#${recap.claim.id}`));
    }
  }
  return links;
}

function explain(relation: LinkRelation, shared: string[], cueText: string | null): string {
  const terms = shared.length > 0 ? `both about ${shared.map((t) => `'${t}'`).join(', ')}` : 'refers back to it';
  const cue = cueText ? `; the later statement says '${cueText}'` : '';
  return `${relation}: ${terms}${cue}`;
}

/**
 * Whether a span lies inside one of the claims as within() finds it (the claim
 * starts at or before it, it starts before the claim ends and ends inside it),
 * by binary search over the claims by start and the furthest end so far: the
 * claim reaching furthest among those that start early enough contains the span
 * if any of them does.
 */
function claimCover(claims: readonly Claim[]): (span: { start: number; end: number }) => boolean {
  const sorted = byStart(claims);
  const reach = new Float64Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) reach[k] = k === 0 ? sorted[0].end : Math.max(reach[k - 1], sorted[k].end);
  return (span) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle].start <= span.start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1] > span.start && reach[low - 1] >= span.end;
  };
}

/**
 * The parts of an analysis that linking reads: the claims, and the actors and
 * dates named inside them. The command line keeps only this of each document
 * once it has written the document out.
 */
export function linkingView(doc: DocumentAnalysis): DocumentAnalysis {
  const covered = claimCover(doc.claims);
  // Dates as found claim by claim (one inside two claims is kept twice).
  const dates: DateMention[] = [];
  for (const claim of doc.claims) {
    for (const d of within(doc.dates, claim)) dates.push({ ...d, resolution: { rule: d.resolution.rule, anchor: null, explanation: '' } });
  }
  return {
    file: doc.file,
    date: doc.date,
    dateSource: null,
    actors: doc.actors.map((actor) => ({ ...actor, aliases: [], mentions: actor.mentions.filter(covered) })),
    dates,
    claims: doc.claims,
    sections: [],
    length: doc.length,
  };
}
