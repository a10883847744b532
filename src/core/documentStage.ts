/**
 * The document stage: coreference, date anaphora, attribution and advice changes
 * over the blocks' cached results, and the analysis they make.
 *
 * buildStage() runs it over a whole text and keeps what it needs to resume
 * (a Stage). resumeStage() runs it again after an edit that changed a paragraph's
 * annotations (or parted, joined or added paragraphs: a region of blocks): each
 * pass (actors, dates, claims) starts again at the region, from the state it had
 * there, and stops at the first block after which its state is the one the old
 * pass had at that point. From there on the old results hold, moved. An edit in a
 * 1 MB text thus costs the region and its neighbourhood, plus moving the results
 * after it.
 */
import { isProse, type Block } from './text/blocks';
import { detach, fold } from './text/normalize';
import { firstAt, firstNotBefore, firstNumberFrom, firstSpanFrom } from './text/search';
import type { BlockResult } from './blockStage';
import {
  ActorPass,
  HISTORY_SENTENCES,
  HISTORY_WINDOW,
  actorFacts,
  actorResolution,
  attachRolesToAuthor,
  isRoleKey,
  noteMention,
  remakeRoles,
  coordinatedGroup,
  resolutionEntity,
  factsChangeOnlyWithin,
  factsSignature,
  groupName,
  madeAsDescriptionsMakeIt,
  office,
  sameChange,
  type ActorFacts,
  type ActorResolution,
  type EntityChange,
  type Entity,
  type PlacedMention,
} from './actors/resolve';
import type { RawMention } from './actors/scan';
import type { RawClaim } from './claims/scan';
import {
  ClaimPass,
  RECENT_ADVICE,
  type AdviceSubject,
  claimId,
  adviceChange,
  finishClaims,
  mergeQuotations,
  type ClaimContext,
  type Genre,
  type PlacedClaim,
  type PreviousClaim,
  type ResolvedClaim,
} from './claims/resolve';
import { resolveDate, resolveDatesWithReferences, sameReference, type DateReference, type DocumentDateRef, type RawDate } from './dates';
import { FactsLedger } from './actors/factsLedger';
import { findDocumentDate } from './documentDate';
import { detectGenre } from './genre';
import { ACRONYM_IDS, ORGANISATION_BY_ID } from './lexicon';
import { mapped } from './lists';
import type { Actor, ActorMention, AdviceChange, Claim, DateMention, DocumentAnalysis, MentionForm, Section, Span } from './types';

/** Where a claim came from: a raw claim of a block. */
export interface ClaimOrigin {
  block: number;
  rawIndex: number;
}

/** Where an update had the facts about names from (see FactsLedger). */
export type FactsSource = 'kept' | 'counts' | 'all mentions';

/** How an update had each entity's mentions: as they were, patched around the edit, or gathered anew from every mention. */
export type EntitiesSource = 'kept' | 'patched' | 'gathered';

/** Everything the document stage keeps of a text, to resume after an edit. */
export interface Stage {
  source: string;
  file: string;
  blocks: Block[];
  results: BlockResult[];
  /** The document date the dates were resolved against (its span is the analysis's dateSource). */
  documentDate: DocumentDateRef | null;
  mentions: PlacedMention[];
  /** Global index of each block's first mention, sentence and raw claim, with one more entry at the end. */
  mentionBase: number[];
  sentenceBase: number[];
  rawBase: number[];
  raws: PlacedClaim[];
  genre: Genre;
  authorMention: number | null;
  bylineBlock: number | null;
  author: string | null;
  actorPass: ActorPass;
  /** The facts about names kept as counts, for an edit to update (null for a text analysed once). */
  factsLedger: FactsLedger | null;
  resolution: ActorResolution;
  /** The reference each date gives the next, and the document date's. */
  dateReferences: DateReference[];
  dateDocument: DateReference | null;
  claimPass: ClaimPass;
  /** The claim pass's state before each block: its `previous`, and how many claims it had made. */
  claimStates: { previous: PreviousClaim | null; created: number }[];
  /** Per claim of the analysis: its source's entity key, and the raw claims it was made from. */
  claimEntity: (string | null)[];
  /** How many claims each source entity has (those with any are actors): kept with claimEntity. */
  speakers: Map<string, number>;
  claimOrigins: ClaimOrigin[][];
  /** The actor made of each entity kept as one, and its id, by entity key. */
  actorOf: Map<string, Actor>;
  idOf: Map<string, string>;
  analysis: DocumentAnalysis;
  /** How many mentions the actor pass resolved when the stage was last built or resumed. */
  mentionsResolved: number;
  /** How the facts about names were had then: as they were, from the ledger's counts, or read from every mention. */
  factsFrom: FactsSource;
  /** How the entities' mentions were had then (see patchResolution()). */
  entitiesFrom: EntitiesSource;
}

// ------------------------------------------------------------------ placing

/** A block's raw mentions with document offsets and global indexes. Field by field: one object shape. */
function placeMentions(block: Block, b: number, raws: RawMention[], base: number, sentenceBase: number): PlacedMention[] {
  return mapped(raws, (m) => ({
    start: m.start + block.start,
    end: m.end + block.start,
    text: m.text,
    first: m.first,
    last: m.last,
    sentence: m.sentence,
    type: m.type,
    key: m.key,
    display: m.display,
    category: m.category,
    ministry: m.ministry,
    description: m.description,
    acronymOf: m.acronymOf,
    appositionOf: m.appositionOf,
    roleOf: m.roleOf,
    coordinatedWith: m.coordinatedWith,
    oblique: m.oblique,
    subjectLike: m.subjectLike,
    directed: m.directed,
    clauseSubject: m.clauseSubject,
    sentenceInitial: m.sentenceInitial,
    introduced: m.introduced,
    productOf: m.productOf,
    verbFollows: m.verbFollows,
    phraseStart: m.phraseStart,
    runKey: m.runKey,
    runEnd: m.runEnd !== undefined ? m.runEnd + block.start : undefined,
    runText: m.runText,
    block: b,
    globalSentence: sentenceBase + m.sentence,
    acronymOfGlobal: m.acronymOf !== undefined ? base + m.acronymOf : undefined,
    appositionOfGlobal: m.appositionOf !== undefined ? base + m.appositionOf : undefined,
    roleOfGlobal: m.roleOf !== undefined && m.roleOf >= 0 ? base + m.roleOf : undefined,
    coordinatedWithGlobal: m.coordinatedWith !== undefined ? base + m.coordinatedWith : undefined,
    // Present from the start, so that every placed mention has one shape.
    shown: undefined,
  }));
}

function placeClaims(block: Block, b: number, raws: RawClaim[], mentionBase: number, sentenceBase: number): PlacedClaim[] {
  return mapped(raws, (raw, rawIndex) => ({
    rawIndex,
    sentence: raw.sentence,
    speaker: raw.speaker,
    firstPerson: raw.firstPerson,
    pronounSubject: raw.pronounSubject,
    passive: raw.passive,
    kind: raw.kind,
    embedded: raw.embedded,
    thenReference: raw.thenReference,
    procedural: raw.procedural,
    attributesPrevious: raw.attributesPrevious,
    quoteSpeaker: raw.quoteSpeaker,
    recap: raw.recap,
    recapOwner: raw.recapOwner,
    reportative: raw.reportative,
    evidential: raw.evidential,
    negated: raw.negated,
    hasVerb: raw.hasVerb,
    question: raw.question,
    terms: raw.terms,
    start: raw.start + block.start,
    end: raw.end + block.start,
    dateLimit: raw.dateLimit + block.start,
    dateStart: raw.dateStart !== undefined ? raw.dateStart + block.start : undefined,
    cue: raw.cue ? { ...raw.cue, start: raw.cue.start + block.start, end: raw.cue.end + block.start } : null,
    changeCue: raw.changeCue ? { ...raw.changeCue, start: raw.changeCue.start + block.start, end: raw.changeCue.end + block.start } : null,
    block: b,
    blockType: block.type,
    globalSentence: sentenceBase + raw.sentence,
    speakerGlobal: raw.speaker !== null ? mentionBase + raw.speaker : null,
    quoteSpeakerGlobal: raw.quoteSpeaker !== null ? mentionBase + raw.quoteSpeaker : null,
    recapOwnerGlobal: raw.recapOwner !== null ? mentionBase + raw.recapOwner : null,
  }));
}

function placeDates(block: Block, raws: RawDate[]): RawDate[] {
  return mapped(raws, (raw) => ({ ...raw, start: raw.start + block.start, end: raw.end + block.start }));
}

// -------------------------------------------------------------------- build

/**
 * A copy of an analysis with its fields in one order. Every update makes a new analysis object: made
 * with a spread, each could get another hidden class, and the code that reads them (moving offsets
 * after an edit) was thrown away (deoptimised) at every update.
 */
export function documentAnalysis(a: DocumentAnalysis): DocumentAnalysis {
  return { file: a.file, date: a.date, dateSource: a.dateSource, actors: a.actors, dates: a.dates, claims: a.claims, sections: a.sections, length: a.length };
}

export function buildStage(
  source: string,
  file: string,
  blocks: Block[],
  results: BlockResult[],
  documentDateOption: string | null | undefined,
  /** Whether the text will be edited: then the facts about names are kept as counts (see FactsLedger). */
  editable = false,
): Stage {
  const found = findDocumentDate(source);
  const documentDate: DocumentDateRef | null = documentDateOption
    ? { value: documentDateOption, span: { start: 0, end: 0, text: '' } }
    : found;

  // Dates, with absolute offsets, resolved in document order.
  const rawDates: RawDate[] = [];
  blocks.forEach((block, b) => {
    for (const raw of placeDates(block, results[b].dates)) rawDates.push(raw);
  });
  const { mentions: dates, references: dateReferences, doc: dateDocument } = resolveDatesWithReferences(rawDates, documentDate);

  // Mentions and raw claims, placed.
  const mentions: PlacedMention[] = [];
  const raws: PlacedClaim[] = [];
  const mentionBase: number[] = [];
  const sentenceBase: number[] = [];
  const rawBase: number[] = [];
  let sentenceCount = 0;
  blocks.forEach((block, b) => {
    mentionBase.push(mentions.length);
    sentenceBase.push(sentenceCount);
    rawBase.push(raws.length);
    for (const m of placeMentions(block, b, results[b].mentions, mentions.length, sentenceCount)) mentions.push(m);
    for (const raw of placeClaims(block, b, results[b].claims, mentionBase[b], sentenceCount)) raws.push(raw);
    sentenceCount += results[b].sentenceCount;
  });
  mentionBase.push(mentions.length);
  sentenceBase.push(sentenceCount);
  rawBase.push(raws.length);

  const { genre, authorMention, bylineBlock } = detectGenre(source, blocks, mentions, results);
  const actorPass = new ActorPass(mentions, actorFacts(mentions));
  for (let index = 0; index < mentions.length; index++) actorPass.resolve(index);
  const resolution = actorResolution(actorPass);
  const author = authorMention !== null ? resolution.entityOf[authorMention] : null;
  // "een woordvoerder" without "van X" speaks for the author, known only now.
  if (author) attachRolesToAuthor(resolution, author);

  const context: ClaimContext = { source, mentions, actors: resolution, dates, documentDate: documentDate?.value ?? null, genre, author, bylineBlock };
  const claimPass = new ClaimPass(raws, context);
  const claimStates: Stage['claimStates'] = [];
  blocks.forEach((_, b) => {
    claimStates.push({ previous: claimPass.previous, created: claimPass.created.length });
    for (let i = rawBase[b]; i < rawBase[b + 1]; i++) claimPass.resolve(i);
  });
  const resolved = finishClaims(claimPass.created.slice(), raws, source);

  const claimEntity = mapped(resolved, (c) => c.entity);
  const speakers = new Map<string, number>();
  countSpeakers(speakers, claimEntity, 0, claimEntity.length, 1);
  const { actors, idOf, actorOf } = actorsOf(resolution, speakers, mentions);
  const claims = mapped(resolved, (c) => exportClaim(c, idOf));
  const claimOrigins = mapped(resolved, claimOriginsOf);

  const analysis = documentAnalysis({
    file,
    date: documentDate?.value ?? null,
    dateSource: found && !documentDateOption ? found.span : null,
    actors,
    dates,
    claims,
    sections: sectionsOf(source, blocks),
    length: source.length,
  });
  return {
    source, file, blocks, results, documentDate, mentions, mentionBase, sentenceBase, rawBase, raws,
    genre, authorMention, bylineBlock, author, actorPass, factsLedger: editable ? FactsLedger.of(mapped(results, (r) => r.mentions)) : null, resolution, dateReferences, dateDocument,
    claimPass, claimStates, claimEntity, speakers, claimOrigins, actorOf, idOf, analysis, mentionsResolved: mentions.length, factsFrom: 'all mentions', entitiesFrom: 'gathered',
  };
}

/** Where a claim's sentences are, as the stage keeps it (see ClaimOrigin). */
function claimOriginsOf(c: ResolvedClaim): ClaimOrigin[] {
  return mapped(c.origins, (o) => ({ block: o.block, rawIndex: o.rawIndex }));
}

/** A resolved claim as the analysis shows it. Field by field rather than rest and spread, `change` too (undefined where unset): one object shape. */
function exportClaim(c: ResolvedClaim, idOf: Map<string, string>): Claim {
  return { id: c.id, start: c.start, end: c.end, text: c.text, actor: c.entity ? idOf.get(c.entity) ?? null : null, date: c.date, kind: c.kind, cue: c.cue, changeCue: c.changeCue, terms: c.terms, recap: c.recap, negated: c.negated, change: c.change };
}

/** A claim whose texts are copies (see detach()). */
function detachTexts<C extends Claim>(claim: C): C {
  claim.text = detach(claim.text);
  if (claim.cue) claim.cue.text = detach(claim.cue.text);
  if (claim.changeCue) claim.changeCue.text = detach(claim.changeCue.text);
  return claim;
}

/**
 * Actors: public bodies and persons always; others once they act or speak. Sorted by
 * their first mention. `reuse` gives the actor made before for an entity whose
 * mentions have not changed since; it is kept when its id stays the same.
 */
function actorsOf(
  resolution: ActorResolution,
  speakers: Map<string, number>,
  mentions: PlacedMention[],
  reuse: (entity: Entity) => Actor | undefined = () => undefined,
): { actors: Actor[]; idOf: Map<string, string>; actorOf: Map<string, Actor> } {
  const idOf = new Map<string, string>();
  const actorOf = new Map<string, Actor>();
  const actors: Actor[] = [];
  const usedIds = new Set<string>();
  for (const entity of resolution.entities.values()) {
    // A product ("SecureGate") is an actor only where it is a source; a name may act in a sentence as a product does.
    const keep = entity.mentions.length > 0 && entity.category !== 'product' ? entity.always || entity.acts || speakers.has(entity.key) : speakers.has(entity.key);
    if (!keep) continue;
    const id = uniqueId((entity.baseId ??= idFor(entity)), usedIds);
    idOf.set(entity.key, id);
    const before = reuse(entity);
    const actor = before && before.id === id ? before : toActor(entity, id, mentions);
    if (actor === before && entity.members) actor.members = [...entity.members];
    actorOf.set(entity.key, actor);
    actors.push(actor);
  }
  // Groups refer to their members by exported id.
  for (const actor of actors) if (actor.members) actor.members = actor.members.map((k) => idOf.get(k) ?? k);
  actors.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return { actors, idOf, actorOf };
}

/**
 * The signatures read across consecutive blocks, in order: each office of a block (with its ministry)
 * and the first person of the next, as actorFacts() pairs them. Blocks missing at either end count as none.
 */
function signatures(results: (BlockResult | undefined)[]): string {
  let found = '';
  for (let i = 0; i + 1 < results.length; i++) {
    const person = results[i + 1]?.mentions.find((m) => m.type === 'person');
    if (!person) continue;
    for (const m of results[i]?.mentions ?? []) if (m.type === 'office' && m.ministry) found += `${office(m)}>${person.key}\u0000`;
  }
  return found;
}

/** Counts the source entities of claims [from, to) into `speakers`: `by` 1 to add them, -1 to take them away. */
function countSpeakers(speakers: Map<string, number>, claimEntity: (string | null)[], from: number, to: number, by: 1 | -1): void {
  for (let c = from; c < to; c++) {
    const key = claimEntity[c];
    if (key === null) continue;
    const count = (speakers.get(key) ?? 0) + by;
    if (count === 0) speakers.delete(key);
    else speakers.set(key, count);
  }
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base || 'actor';
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function idFor(entity: Entity): string {
  const [type, rest] = [entity.key.slice(0, entity.key.indexOf(':')), entity.key.slice(entity.key.indexOf(':') + 1)];
  if (type === 'org') return ORGANISATION_BY_ID.get(rest)?.id ?? slug(rest);
  if (type === 'acr') return slug(rest);
  return slug(entity.name);
}

function inTextOrder(spans: Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}

function formOf(m: PlacedMention): MentionForm {
  if (m.type === 'description' || m.type === 'group' || m.type === 'role') return 'description';
  if (m.type === 'person' || m.type === 'office') return 'title';
  if (m.acronymOf !== undefined || /^[\p{Lu}.\-&]{2,}$/u.test(m.text)) return 'acronym';
  return 'name';
}

/**
 * An entity as an actor. A mention's ActorMention is made once and kept on the
 * placed mention: an edit moves it in place, and a later analysis reuses it.
 */
function toActor(entity: Entity, id: string, mentions: PlacedMention[]): Actor {
  const list: ActorMention[] = [];
  for (let i = 0; i < entity.mentions.length; i++) {
    const m = mentions[entity.mentions[i]];
    let shown = m.shown;
    if (!shown) shown = m.shown = { start: m.start, end: m.end, text: m.text, actorId: id, form: formOf(m) };
    else {
      shown.start = m.start;
      shown.end = m.end;
      shown.actorId = id;
      // The form follows from the mention's type and text; its type changes only with its text (a latent
      // run read as a name).
      if (shown.text !== m.text) {
        shown.text = m.text;
        shown.form = formOf(m);
      }
    }
    list.push(shown);
  }
  // Mostly in text order already (roles moved to an organisation come after its own mentions).
  if (!inTextOrder(list)) list.sort((a, b) => a.start - b.start);
  const aliases = [...entity.aliases].filter((a) => a !== entity.name);
  return {
    id,
    name: entity.name,
    kind: entity.kind,
    aliases: [...new Set(aliases)],
    category: entity.category,
    ...(entity.members ? { members: entity.members } : {}),
    mentions: list,
  };
}

// ---------------------------------------------------------------- sections

/** The untitled section before the first heading is titled by the opening words of the first paragraph. */
export function sectionTitle(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 60).trim();
}

/**
 * The sections of the text, by its headings. After an edit, `previous` are the sections made before, their
 * offsets moved, and `edited` the blocks made again: a heading outside them, found again where one was,
 * keeps its section object and title (the title is made with a regular expression, which over every heading
 * of a long text was most of what an edit that parts a paragraph spent here); only its end and level are
 * set anew.
 */
function sectionsOf(source: string, blocks: Block[], previous: Section[] = [], edited = { start: 0, end: source.length }): Section[] {
  const sections: Section[] = [];
  const headings = blocks.filter((b) => b.type === 'heading');
  const firstProse = blocks.find(isProse);
  if (firstProse && (headings.length === 0 || firstProse.start < headings[0].start)) {
    const end = headings[0]?.start ?? source.length;
    const title = sectionTitle(source.slice(firstProse.start, firstProse.end));
    sections.push({ title, level: 1, start: firstProse.start, end, heading: null });
  }
  const before = new Map<number, Section>();
  for (const section of previous) if (section.heading) before.set(section.heading.start, section);
  headings.forEach((h, i) => {
    let next = i + 1;
    while (next < headings.length && headings[next].level > h.level) next++;
    const end = next < headings.length ? headings[next].start : source.length;
    const kept = h.end <= edited.start || h.start >= edited.end ? before.get(h.start) : undefined;
    const heading = kept?.heading;
    if (kept && heading && heading.end === h.end && kept.start === h.start && heading.text.length === h.end - h.start && source.startsWith(heading.text, h.start)) {
      kept.level = h.level;
      kept.end = end;
      sections.push(kept);
      return;
    }
    sections.push({
      title: source.slice(h.start, h.end).replace(/\s+/g, ' ').trim(),
      level: h.level,
      start: h.start,
      end,
      heading: { start: h.start, end: h.end, text: source.slice(h.start, h.end) },
    });
  });
  return sections;
}

// ------------------------------------------------------------ moving spans

export interface OffsetMap {
  start(offset: number): number;
  end(offset: number): number;
}

/**
 * How offsets move when [from, oldEnd) is replaced and the text grows by delta:
 * before the edit they stay, after it they move; a span that ends at the edit
 * keeps its end, one that starts at it moves. Offsets inside a replaced range
 * have no image (NaN), so a comparison with them fails.
 */
export function offsetMap(from: number, oldEnd: number, delta: number): OffsetMap {
  return {
    start: (o) => (o < from ? o : o >= oldEnd ? o + delta : Number.NaN),
    end: (o) => (o <= from ? o : o >= oldEnd ? o + delta : Number.NaN),
  };
}

/**
 * Moves every span of the analysis (and the date anchors the stage keeps) for an
 * edit of [from, oldEnd) inside block b that grew the text by delta.
 * Spans before the block stay; spans after it move by delta; spans inside it move
 * as offsetMap() says and get their text from the new source.
 */
export function moveSpans(stage: Stage, source: string, b: number, from: number, oldEnd: number, delta: number): void {
  const block = { start: stage.blocks[b].start, end: stage.blocks[b].end };
  const move = offsetMap(from, oldEnd, delta);
  const shift = (span: Span) => {
    if (span.start >= block.end) {
      span.start += delta;
      span.end += delta;
      return;
    }
    const inBlock = span.end > block.start && span.start < block.end;
    span.start = move.start(span.start);
    span.end = move.end(span.end);
    if (inBlock) span.text = detach(source.slice(span.start, span.end));
  };
  const analysis = stage.analysis;
  // Those of block b through shift(); those after it (most of them) in plain loops.
  // Through the placed mentions: an ActorMention is kept there even while its entity is no actor.
  const mentions = stage.mentions;
  const mentionsAfter = stage.mentionBase[b + 1];
  for (let k = stage.mentionBase[b]; k < mentionsAfter; k++) {
    const shown = mentions[k].shown;
    if (shown) shift(shown);
  }
  // The spans after block b (most of them) move in loops of their own, one function each, not through one
  // shared helper: a helper that sees every kind of object has megamorphic property access. And one loop per
  // function: the engine compiles a long loop while it runs (on-stack replacement), with the type feedback
  // gathered so far, and code after that loop had none yet: its optimised code was thrown away (deoptimised)
  // at every edit, and the later loops ran unoptimised.
  moveShown(mentions, mentionsAfter, delta);
  // Every reference's anchor, not only those a date points to: a later edit may resume from any of them.
  const dates = analysis.dates;
  const references = stage.dateReferences;
  const datesAfter = firstSpanFrom(dates, block.end);
  for (let k = firstSpanFrom(dates, block.start); k < datesAfter; k++) {
    shift(dates[k]);
    shift(references[k].anchor);
  }
  moveDates(dates, references, datesAfter, delta);
  if (stage.dateDocument) shift(stage.dateDocument.anchor);
  if (analysis.dateSource) shift(analysis.dateSource);
  const claims = analysis.claims;
  const [claimsFrom, claimsAfter] = claimRange(stage.claimOrigins, b);
  for (let c = claimsFrom; c < claimsAfter; c++) {
    const claim = claims[c];
    shift(claim);
    if (claim.cue) shift(claim.cue);
    if (claim.changeCue) shift(claim.changeCue);
  }
  moveClaims(claims, claimsAfter, delta);
  // Sections are in the order of their starts (a section of a higher level ends after those within it):
  // those that start after the edit (most of them) move by delta, the others as offsetMap() says, unless
  // they end before it.
  const sections = analysis.sections;
  const sectionsAfter = firstNotBefore(sections.length, (k) => sections[k].start <= oldEnd);
  for (let s = 0; s < sectionsAfter; s++) {
    const section = sections[s];
    if (section.end < from) continue;
    // The section before the first heading starts with its first paragraph, also when text is typed at its start.
    if (section.start !== block.start) section.start = move.start(section.start);
    // A section ends where the next heading starts (or with the text): white space typed before that heading moves it.
    section.end = move.start(section.end);
    if (section.heading) shift(section.heading);
  }
  moveSections(sections, sectionsAfter, delta);
}

/** The sections from index `from` on (they start after the edit, headings and all), delta further. */
function moveSections(sections: Section[], from: number, delta: number): void {
  for (let k = from; k < sections.length; k++) {
    const section = sections[k];
    section.start += delta;
    section.end += delta;
    const heading = section.heading;
    if (heading) {
      heading.start += delta;
      heading.end += delta;
    }
  }
}

/** The mentions as shown (ActorMention) of the placed mentions from index `from` on, delta further. */
function moveShown(mentions: PlacedMention[], from: number, delta: number): void {
  for (let k = from; k < mentions.length; k++) {
    const shown = mentions[k].shown;
    if (shown) {
      shown.start += delta;
      shown.end += delta;
    }
  }
}

/** The dates from index `from` on, and their references' anchors, delta further. */
function moveDates(dates: DateMention[], references: DateReference[], from: number, delta: number): void {
  for (let k = from; k < dates.length; k++) {
    const date = dates[k];
    date.start += delta;
    date.end += delta;
    const anchor = references[k].anchor;
    anchor.start += delta;
    anchor.end += delta;
  }
}

/** The claims from index `from` on, with their cues, delta further. */
function moveClaims(claims: Claim[], from: number, delta: number): void {
  for (let c = from; c < claims.length; c++) {
    const claim = claims[c];
    claim.start += delta;
    claim.end += delta;
    moveCue(claim.cue, delta);
    moveCue(claim.changeCue, delta);
  }
}

/** Whether the pass read one of the placed mentions [from, to) of a block (its raw ones: `raws`) as a person's name. */
function readAsName(mentions: PlacedMention[], from: number, to: number, raws: RawMention[]): boolean {
  for (let k = from; k < to; k++) if (mentions[k].type !== raws[k - from].type) return true;
  return false;
}

/**
 * The placed mentions and sentences of the blocks after block b, moved by delta; when blocks,
 * mentions or sentences were added or taken before them, their numbers move too (by `numbers`).
 */
export function movePlaced(stage: Stage, b: number, delta: number, numbers = { blocks: 0, mentions: 0, sentences: 0 }): void {
  const { blocks: db, mentions: dm, sentences: ds } = numbers;
  const renumber = db !== 0 || dm !== 0 || ds !== 0;
  if (delta === 0 && !renumber) return;
  // One loop per function, and the renumbering in loops of its own: most edits only move offsets, and code
  // the engine compiled while a loop ran has no type feedback for branches that had not run (see moveSpans()).
  movePlacedMentions(stage.mentions, stage.mentionBase[b + 1], delta);
  movePlacedClaims(stage.raws, stage.rawBase[b + 1], delta);
  if (renumber) {
    renumberPlacedMentions(stage.mentions, stage.mentionBase[b + 1], db, ds, dm);
    renumberPlacedClaims(stage.raws, stage.rawBase[b + 1], db, ds, dm);
  }
}

/** The placed mentions from index `from` on, delta further. */
function movePlacedMentions(mentions: PlacedMention[], from: number, delta: number): void {
  if (delta === 0) return;
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k];
    m.start += delta;
    m.end += delta;
    if (m.runEnd !== undefined) m.runEnd += delta;
  }
}

/** The numbers of the blocks and sentences of the placed mentions from index `from` on, and of the mentions they point to, moved by db, ds and dm. */
function renumberPlacedMentions(mentions: PlacedMention[], from: number, db: number, ds: number, dm: number): void {
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k];
    m.block += db;
    m.globalSentence += ds;
    if (m.acronymOfGlobal !== undefined) m.acronymOfGlobal += dm;
    if (m.appositionOfGlobal !== undefined) m.appositionOfGlobal += dm;
    if (m.roleOfGlobal !== undefined) m.roleOfGlobal += dm;
    if (m.coordinatedWithGlobal !== undefined) m.coordinatedWithGlobal += dm;
  }
}

/** The placed sentences (claims as scanned) from index `from` on, with their cues, delta further. */
function movePlacedClaims(raws: PlacedClaim[], from: number, delta: number): void {
  if (delta === 0) return;
  for (let k = from; k < raws.length; k++) {
    const c = raws[k];
    c.start += delta;
    c.end += delta;
    c.dateLimit += delta;
    if (c.dateStart !== undefined) c.dateStart += delta;
    moveCue(c.cue, delta);
    moveCue(c.changeCue, delta);
  }
}

/** The numbers of the blocks and sentences of the placed sentences from index `from` on, and of the mentions they point to, moved by db, ds and dm. */
function renumberPlacedClaims(raws: PlacedClaim[], from: number, db: number, ds: number, dm: number): void {
  for (let k = from; k < raws.length; k++) {
    const c = raws[k];
    c.block += db;
    c.globalSentence += ds;
    if (c.speakerGlobal !== null) c.speakerGlobal += dm;
    if (c.quoteSpeakerGlobal !== null) c.quoteSpeakerGlobal += dm;
    if (c.recapOwnerGlobal !== null) c.recapOwnerGlobal += dm;
  }
}

/**
 * A cue (of a claim or of a placed sentence), when there is one, delta further. Cues only: a helper
 * that sees every kind of span goes megamorphic (see moveSpans()); cues have a few shapes.
 */
function moveCue(cue: { start: number; end: number } | null | undefined, delta: number): void {
  if (!cue) return;
  cue.start += delta;
  cue.end += delta;
}

/** The blocks from index `from` on, delta further. */
export function moveBlocks(blocks: Block[], from: number, delta: number): void {
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k];
    block.start += delta;
    block.end += delta;
  }
}

// ------------------------------------------------------------------- resume

/**
 * An edit of [from, oldEnd) of the old text, which became delta longer, inside the
 * region of `oldCount` blocks from block b: after it, the region is `blocks` (document
 * offsets), with their `results`. Usually one paragraph stays one; a line break or a
 * blank line typed may part it (a heading and a paragraph, two paragraphs), one removed
 * may join two.
 */
export interface BlockEdit {
  b: number;
  oldCount: number;
  blocks: Block[];
  results: BlockResult[];
  from: number;
  oldEnd: number;
  delta: number;
}

// The engine throws a function's compiled code away when one of its lines meets an object of a shape it had
// not seen (see placeRegion()). The helpers below read objects of many shapes (blocks of every type, arrays of
// either kind of element) in small functions of their own, where that costs little.

/** The types and levels of blocks [from, to), as one string. */
function shapeOf(blocks: Block[], from: number, to: number): string {
  let shape = '';
  for (let k = from; k < to; k++) shape += `${blocks[k].type}:${blocks[k].level},`;
  return shape;
}

/** The sources of the old claims [from, to) and of the claims made again in their place. */
function sourcesOf(claimEntity: (string | null)[], from: number, to: number, made: ResolvedClaim[]): Set<string | null> {
  const sources = new Set<string | null>();
  for (let c = from; c < to; c++) sources.add(claimEntity[c]);
  for (let c = 0; c < made.length; c++) sources.add(made[c].entity);
  return sources;
}

/**
 * The document stage after an edit inside the blocks from b on that changed their
 * annotations (or the blocks), resumed from b; null when the edit changes what the
 * whole text says about names, or who wrote it (then the caller runs buildStage()).
 * The stage is updated in place, and so is its previous analysis. It runs in steps,
 * one function each (see placeRegion()).
 */
export function resumeStage(stage: Stage, source: string, edit: BlockEdit): DocumentAnalysis | null {
  const region = placeRegion(stage, source, edit);
  const known = resumeFacts(stage, region);
  if (!known) return null;
  const pass = resumeActorPass(stage, region, known.facts);
  const named = resumeResolution(stage, region, pass);
  if (!named) return null;
  const datesUntil = resumeDates(stage, region);
  const window = resumeClaimPass(stage, source, region, named, datesUntil);
  const { cFrom, windowEnd } = replaceWindowClaims(stage, source, region, named, pass.actorPass, window);
  // The actors of the entities the patch touched are made again; all of them when the entities were gathered anew.
  const { resolution, touched: reuse } = named;

  // ---- the analysis
  const { restructured } = region;
  const { dates, claims, claimEntity, claimOrigins, claimStates } = region.old;
  const blocks = stage.blocks;
  const mentions = stage.mentions;
  const speakers = stage.speakers;
  const oldActorOf = stage.actorOf;
  const { actors, idOf, actorOf } = actorsOf(resolution, speakers, mentions, (entity) => (reuse && !reuse.has(entity.key) ? oldActorOf.get(entity.key) : undefined));
  // Actor ids of the claims: all of them when an entity's id changed, else those of the window.
  const idsChanged = idOf.size !== stage.idOf.size || [...idOf].some(([key, id]) => stage.idOf.get(key) !== id);
  for (let c = idsChanged ? 0 : cFrom; c < (idsChanged ? claims.length : windowEnd); c++) {
    const entity = claimEntity[c];
    claims[c].actor = entity ? idOf.get(entity) ?? null : null;
  }
  const edited = { start: blocks[region.edit.b].start, end: blocks[region.edit.b + region.newCount - 1].end };
  const sections = restructured ? sectionsOf(source, blocks, stage.analysis.sections, edited) : stage.analysis.sections;
  const analysis = documentAnalysis({ ...stage.analysis, actors, dates, claims, sections, length: source.length });

  stage.actorPass = pass.actorPass;
  stage.resolution = resolution;
  stage.author = named.author;
  stage.authorMention = region.authorMention;
  stage.claimPass = window.claimPass;
  stage.claimStates = claimStates;
  stage.claimEntity = claimEntity;
  stage.claimOrigins = claimOrigins;
  stage.actorOf = actorOf;
  stage.idOf = idOf;
  stage.analysis = analysis;
  stage.mentionsResolved = pass.resolved;
  stage.factsFrom = known.factsFrom;
  stage.entitiesFrom = reuse ? 'patched' : 'gathered';
  return analysis;
}

/** The old stage's arrays and passes, as they were before an edit (resumeStage() changes most of them in place). */
interface OldStage {
  dates: DateMention[];
  references: DateReference[];
  claims: Claim[];
  claimEntity: (string | null)[];
  claimOrigins: ClaimOrigin[][];
  entityOf: (string | null)[];
  claimStates: Stage['claimStates'];
  created: ResolvedClaim[];
  groupRequests: ClaimPass['groupRequests'];
}

/** An edited region that placeRegion() put in the stage: what the later steps of resumeStage() read of it. */
interface PlacedRegion {
  edit: BlockEdit;
  newCount: number;
  oldResults: BlockResult[];
  old: OldStage;
  /** Whether the region held or holds a heading: then the sections are made again. */
  restructured: boolean;
  /** Whether the region may change what the whole text says about names. */
  factsMayChange: boolean;
  /** Whether the region's first sentence attributed the one before it. */
  oldFirstAttributes: boolean;
  oldRawCount: number;
  oldMentionCount: number;
  oldBlockMentions: PlacedMention[];
  /** The old dates of the region: [oldDatesFrom, oldDatesTo) of old.dates. */
  oldDatesFrom: number;
  oldDatesTo: number;
  /** The global indexes of the region's first mention and first placed sentence, and of those after it. */
  mb: number;
  rb: number;
  nextMention: number;
  nextRaw: number;
  /** How many more mentions and sentences the region has than before. */
  dm: number;
  ds: number;
  authorMention: number | null;
}

/**
 * The first step of resumeStage(): the region's blocks, results, placed mentions and placed sentences take
 * the place of the old ones in the stage, and everything after the region moves. Each step is a function
 * of its own: the engine compiles a long function as one piece, in the background, and throws all of it
 * away when one of its lines meets an object of a shape it had not seen; a step's code is compiled again
 * on its own, and soon.
 */
function placeRegion(stage: Stage, source: string, edit: BlockEdit): PlacedRegion {
  const { b, oldCount, from, oldEnd, delta } = edit;
  const newCount = edit.blocks.length;
  const db = newCount - oldCount;
  const oldResults = stage.results.slice(b, b + oldCount);

  const blocks = stage.blocks;
  const oldBlock = { start: blocks[b].start, end: blocks[b + oldCount - 1].end };
  const oldMentionCount = stage.mentionBase[b + oldCount] - stage.mentionBase[b];
  const oldRawCount = stage.rawBase[b + oldCount] - stage.rawBase[b];
  const oldFirstAttributes = oldRawCount > 0 && stage.raws[stage.rawBase[b]].attributesPrevious;
  // Sections follow the headings: made again when the region held or holds one. Paragraphs parted or joined
  // between two headings leave them as they were, moved (the region never holds the first paragraph, which
  // titles the section before the first heading).
  const restructured = shapeOf(blocks, b, b + oldCount).includes('heading') || shapeOf(edit.blocks, 0, newCount).includes('heading');
  // What the whole text says about names (persons, acronyms, names): when the region adds or takes
  // something, it may change how only the region's mentions are read (see below). A signature (an office,
  // the person in the next block) is read across neighbouring blocks, so blocks parted or joined may
  // change it too: the signatures read across the region and its neighbours must be those read before.
  const before = stage.results[b - 1];
  const after = stage.results[b + oldCount];
  const factsMayChange = factsSignature(oldResults.flatMap((r) => r.mentions)) !== factsSignature(edit.results.flatMap((r) => r.mentions)) ||
    ((oldCount > 1 || newCount > 1) && signatures([before, ...oldResults, after]) !== signatures([before, ...edit.results, after]));
  const old = {
    dates: stage.analysis.dates,
    references: stage.dateReferences,
    claims: stage.analysis.claims,
    claimEntity: stage.claimEntity,
    claimOrigins: stage.claimOrigins,
    entityOf: stage.resolution.entityOf,
    claimStates: stage.claimStates,
    created: stage.claimPass.created,
    groupRequests: stage.claimPass.groupRequests,
  };
  // The old dates and claims of the region, by position, before anything moves.
  const [oldDatesFrom, oldDatesTo] = spansWithin(old.dates, oldBlock.start, oldBlock.end);

  // The region's new counts of mentions, sentences and sentences with claims, from its first block on.
  const mb = stage.mentionBase[b];
  const rb = stage.rawBase[b];
  const mentions = stage.mentions;
  const raws = stage.raws;
  const mentionBases: number[] = [];
  const sentenceBases: number[] = [];
  const rawBases: number[] = [];
  let nextMention = mb;
  let nextSentence = stage.sentenceBase[b];
  let nextRaw = rb;
  for (const result of edit.results) {
    mentionBases.push(nextMention);
    sentenceBases.push(nextSentence);
    rawBases.push(nextRaw);
    nextMention += result.mentions.length;
    nextSentence += result.sentenceCount;
    nextRaw += result.claims.length;
  }
  const dm = nextMention - stage.mentionBase[b + oldCount];
  const ds = nextSentence - stage.sentenceBase[b + oldCount];
  const dr = nextRaw - stage.rawBase[b + oldCount];

  // Move everything after the edit (offsets, and the numbers of blocks, mentions and sentences after the
  // region); the region's own results are made again below.
  moveSpans(stage, source, b, from, oldEnd, delta);
  movePlaced(stage, b + oldCount - 1, delta, { blocks: db, mentions: dm, sentences: ds });
  if (db !== 0) {
    // The region's old sentences, made again in the window, count as its first block (their claims are
    // replaced there).
    for (let k = rb; k < rb + oldRawCount; k++) raws[k].block = b;
    const claimOrigins = old.claimOrigins;
    for (let c = claimRange(claimOrigins, b)[0]; c < claimOrigins.length; c++) {
      const origins = claimOrigins[c];
      for (let o = 0; o < origins.length; o++) {
        const origin = origins[o];
        if (origin.block >= b + oldCount) origin.block += db;
        else if (origin.block > b) origin.block = b;
      }
    }
    // The claim pass's states before the region's blocks after its first are made in the window.
    old.claimStates.splice(b + 1, oldCount - 1, ...new Array<Stage['claimStates'][number]>(newCount - 1).fill(old.claimStates[b]));
  }
  blocks.splice(b, oldCount, ...edit.blocks);
  moveBlocks(blocks, b + newCount, delta);
  stage.source = source;
  stage.results.splice(b, oldCount, ...edit.results);

  // ---- placed mentions and raw claims: the region anew
  const placedMentions: PlacedMention[] = [];
  const placedRaws: PlacedClaim[] = [];
  edit.results.forEach((result, i) => {
    for (const m of placeMentions(edit.blocks[i], b + i, result.mentions, mentionBases[i], sentenceBases[i])) placedMentions.push(m);
    for (const raw of placeClaims(edit.blocks[i], b + i, result.claims, mentionBases[i], sentenceBases[i])) placedRaws.push(raw);
  });
  const oldBlockMentions = mentions.slice(mb, mb + oldMentionCount);
  mentions.splice(mb, oldMentionCount, ...placedMentions);
  for (const [bases, shift] of [[stage.mentionBase, dm], [stage.sentenceBase, ds], [stage.rawBase, dr]] as const) {
    if (shift !== 0) for (let k = b + oldCount; k < bases.length; k++) bases[k] += shift;
  }
  stage.mentionBase.splice(b, oldCount, ...mentionBases);
  stage.sentenceBase.splice(b, oldCount, ...sentenceBases);
  stage.rawBase.splice(b, oldCount, ...rawBases);
  raws.splice(rb, oldRawCount, ...placedRaws);
  // The author is named in the last blocks (the edit is before them): only its index moves.
  const authorMention = stage.authorMention !== null ? stage.authorMention + dm : null;
  return { edit, newCount, oldResults, old, restructured, factsMayChange, oldFirstAttributes, oldRawCount, oldMentionCount, oldBlockMentions, oldDatesFrom, oldDatesTo, mb, rb, nextMention, nextRaw, dm, ds, authorMention };
}

/** The facts about names after an edit, and where they came from; null when they change how mentions outside the region read. */
function resumeFacts(stage: Stage, region: PlacedRegion): { facts: ActorFacts; factsFrom: FactsSource } | null {
  const { edit, newCount, oldResults, mb, factsMayChange } = region;
  const b = edit.b;
  const mentions = stage.mentions;
  let facts = stage.actorPass.facts;
  let factsFrom: FactsSource = 'kept';
  const removedMentions = mapped(oldResults, (r) => r.mentions);
  const addedMentions = mapped(edit.results, (r) => r.mentions);
  stage.factsLedger?.replace(removedMentions, addedMentions);
  if (factsMayChange) {
    // From the counts, for the names the region gives; else from every mention.
    const known = stage.factsLedger?.factsAfter(facts, removedMentions, addedMentions, b > 0 ? stage.results[b - 1].mentions : [], mentions) ?? null;
    if (known) {
      if (known.readOutside) return null;
      facts = known.facts;
      factsFrom = 'counts';
    } else {
      facts = actorFacts(mentions);
      factsFrom = 'all mentions';
      if (!factsChangeOnlyWithin(stage.actorPass.facts, facts, mentions, mb, stage.mentionBase[b + newCount])) return null;
    }
  }
  return { facts, factsFrom };
}

/** The actor pass made again from the region on: where it agreed with the old one again, and what it read until then. */
interface ResumedActorPass {
  actorPass: ActorPass;
  agreement: PassAgreement;
  /** The mention from which the new pass took the old one's state over; -1 when it never agreed again. */
  converged: number;
  /** The old pass's keys of the mentions after the region that the pass made again, from blockEnd on. */
  oldKeys: (string | null)[];
  /** The global index of the first mention after the region. */
  blockEnd: number;
  /** The last block where the passes named another actor. */
  actorsUntil: number;
  resolved: number;
}

/** The actor pass made again from the region's first mention until it agrees with the old pass again (and takes its state over). */
function resumeActorPass(stage: Stage, region: PlacedRegion, facts: ActorFacts): ResumedActorPass {
  const { edit, newCount, mb, oldMentionCount, nextMention, dm, ds, oldBlockMentions } = region;
  const b = edit.b;
  const blocks = stage.blocks;
  const mentions = stage.mentions;
  // The old pass's keys, lined up with the new mentions (the region's to be made again), are resumed in place.
  const passKey = stage.actorPass.passKey;
  const oldBlockKeys = passKey.splice(mb, oldMentionCount, ...new Array<string | null>(nextMention - mb).fill(null));
  const blockEnd = stage.mentionBase[b + newCount];
  /** The old keys of the mentions after the region that the pass made again, from blockEnd on. */
  const oldKeys: (string | null)[] = [];
  const actorPass = ActorPass.resume(stage.actorPass, mentions, mb, facts, passKey);
  const oldIndex = (k: number) => k - dm;
  const oldChanges = stage.actorPass.changes;
  const oldLatents = stage.actorPass.latents;
  const firstOldChange = firstAt(oldChanges, mb);
  const firstOldLatent = firstAt(oldLatents, mb);
  /** Per word: whether a mention after the region could make a key of it (see namedLater()). */
  const namedLaterCache = new Map<string, boolean>();
  /**
   * Whether a mention after the region names the word (the part of a key after its kind). One scan of the
   * mentions after the region per word asked for, comparing strings: no set of all their words is built.
   */
  const namedLater = (rest: string): boolean => {
    let found = namedLaterCache.get(rest);
    if (found === undefined) {
      found = false;
      for (let k = blockEnd; k < mentions.length && !found; k++) {
        const m = mentions[k];
        found = m.key === rest || m.display === rest || m.runKey === rest || m.productOf === rest || ACRONYM_IDS.get(m.key) === rest ||
          // An office held by a person the text names elsewhere ("minister Knops van BZK" … "de minister van BZK").
          (m.type === 'office' && !!m.ministry && facts.personMinistry.get(office(m)) === `person:${rest}`);
      }
      namedLaterCache.set(rest, found);
    }
    return found;
  };
  const oldEntities = stage.resolution.entities;
  /**
   * Whether an entity only one pass has before the old pass's mention `oldEnd` matters after it. From
   * there the passes are in one state but for such entities, and an entity's being there changes a
   * decision only where a mention is resolved to it: so it matters exactly when the old pass resolved a
   * mention from `oldEnd` on to it (the new pass would have made or found it there too). The old
   * resolution lists those mentions. Roles are moved between entities in the resolution: for them
   * it cannot tell, and they always matter.
   */
  const reachable = (change: EntityChange, newOnly: boolean, oldEnd: number): boolean => {
    const { key } = change;
    if (key.startsWith('role:')) return true;
    const named = oldEntities.get(key)?.mentions;
    if (named === undefined || named.length === 0 || named[named.length - 1] < oldEnd) return false;
    // A ministry only the new pass made, just as "het ministerie" makes it: a later description makes it
    // alike in the old pass, so it matters only if the text names it later.
    if (newOnly && madeAsDescriptionsMakeIt(change)) return namedLater(key.slice(key.indexOf(':') + 1));
    return true;
  };
  const agreement = new PassAgreement(actorPass, actorPass.changes.length, stage.actorPass, firstOldChange, firstOldLatent, reachable, oldEntities);
  let agreeing = 0;
  let actorsUntil = b;
  /** Whether the region gave the history of named actors what it gave before: the same actors, named alike. */
  const sameHistory = (): boolean => {
    if (ds !== 0) return false;
    const entries = (keys: (string | null)[], list: PlacedMention[]) => {
      const found: { key: string; m: PlacedMention }[] = [];
      keys.forEach((key, k) => {
        if (key !== null) found.push({ key, m: list[k] });
      });
      return found;
    };
    const before = entries(oldBlockKeys, oldBlockMentions);
    const after = entries(passKey.slice(mb, blockEnd), mentions.slice(mb, blockEnd));
    return before.length === after.length && before.every((x, k) => {
      const y = after[k];
      return x.key === y.key && x.m.subjectLike === y.m.subjectLike && x.m.clauseSubject === y.m.clauseSubject && (x.m.type === 'description') === (y.m.type === 'description') && x.m.globalSentence === y.m.globalSentence;
    });
  };
  let converged = -1;
  let sameRecord = false;
  let resolved = 0;
  /** The last sentence where the passes named another actor (or one of them none): the region's last, to begin with. */
  let lastDifference = stage.sentenceBase[b + newCount] - 1;
  for (let j = b; j < blocks.length; j++) {
    const from = stage.mentionBase[j];
    const to = stage.mentionBase[j + 1];
    // A block after b whose latent mention the old pass read as a person's name is placed again.
    if (j >= b + newCount && readAsName(mentions, from, to, stage.results[j].mentions)) {
      const fresh = placeMentions(blocks[j], j, stage.results[j].mentions, from, stage.sentenceBase[j]);
      for (let k = from; k < to; k++) {
        // The mention as shown stays the same object (toActor sets its span from the placed mention).
        fresh[k - from].shown = mentions[k].shown;
        mentions[k] = fresh[k - from];
      }
    }
    // A mention may read the key of a later one of its block (a role, its organisation): those start empty.
    const blockOldKeys = passKey.slice(from, to);
    passKey.fill(null, from, to);
    for (let k = from; k < to; k++) {
      const before = blockOldKeys[k - from];
      actorPass.resolve(k);
      resolved++;
      if (j < b + newCount) continue;
      oldKeys.push(before);
      const key = actorPass.passKey[k];
      if (key !== before) {
        agreeing = 0;
        lastDifference = mentions[k].globalSentence;
        actorsUntil = j;
      } else if (key !== null) agreeing++;
    }
    // The state after block j is the old one when the entities and the latest latent vendor are alike, and
    // no description from here on looks back to where the passes named other actors: the last
    // HISTORY_WINDOW actors named agree (the region itself may have named them as before), or the last
    // that differ are more than HISTORY_SENTENCES sentences before the next block.
    if (j === b + newCount - 1 && sameHistory()) agreeing = HISTORY_WINDOW;
    if (agreeing >= HISTORY_WINDOW || stage.sentenceBase[j + 1] - lastDifference > HISTORY_SENTENCES) {
      const state = agreement.at(oldIndex(to));
      if (state !== 'different') {
        converged = to;
        sameRecord = state === 'same-record';
        break;
      }
    }
  }
  if (converged !== -1) actorPass.adopt(stage.actorPass, converged, dm, sameRecord, agreement.groupsMadeAlways, agreement.groupsTakenOver);
  return { actorPass, agreement, converged, oldKeys, blockEnd, actorsUntil, resolved };
}

/** The entities' mentions after the actor pass was resumed, who wrote the text, and the last block whose mentions name another actor. */
interface ResumedResolution {
  resolution: ActorResolution;
  /** The keys of the entities the patch gave other mentions; null when the entities were gathered anew. */
  touched: Set<string> | null;
  author: string | null;
  actorsUntil: number;
}

/** The resolution after the actor pass was resumed: patched, or gathered anew; null when the author is another. */
function resumeResolution(stage: Stage, region: PlacedRegion, pass: ResumedActorPass): ResumedResolution | null {
  const { mb, dm, old, oldMentionCount, authorMention } = region;
  const { actorPass, agreement, converged, oldKeys, blockEnd } = pass;
  const mentions = stage.mentions;
  let actorsUntil = pass.actorsUntil;
  // The entities' mentions: when the passes agree again, only the entities named in the window change;
  // else they are gathered anew.
  const actorsEnd = converged === -1 ? mentions.length : converged;
  const oldEntityOf = old.entityOf.slice(mb, actorsEnd - dm);
  const touched = converged !== -1
    ? patchResolution(stage.resolution, actorPass, stage.actorPass.entities, old.groupRequests, oldKeys, mentions, { from: mb, blockEnd, oldBlockEnd: mb + oldMentionCount, to: actorsEnd, dm }, stage.author)
    : null;
  let resolution = stage.resolution;
  // The patched resolution keeps the old entities' attributes: a group the new pass made an actor for good says so.
  if (touched) {
    for (const key of agreement.groupsMadeAlways) {
      const entity = resolution.entities.get(key);
      if (entity) entity.always = true;
    }
  }
  if (!touched) {
    resolution = actorResolution(actorPass);
    const newAuthor = authorMention !== null ? resolution.entityOf[authorMention] : null;
    if (newAuthor) attachRolesToAuthor(resolution, newAuthor);
  }
  const author = authorMention !== null ? resolution.entityOf[authorMention] : null;
  if (author !== stage.author) return null;
  // Blocks whose mentions now name another actor (their claims may be someone else's).
  for (let k = blockEnd; k < actorsEnd; k++) {
    if (resolution.entityOf[k] !== oldEntityOf[k - mb - dm]) actorsUntil = Math.max(actorsUntil, mentions[k].block);
  }
  return { resolution, touched, author, actorsUntil };
}

/** The dates made again from the region until a block's dates resolve as they did; the last block whose dates changed. */
function resumeDates(stage: Stage, region: PlacedRegion): number {
  const { edit, newCount, old, oldDatesFrom, oldDatesTo } = region;
  const b = edit.b;
  const blocks = stage.blocks;
  const documentDate = stage.documentDate;
  const newDates: DateMention[] = [];
  const newReferences: DateReference[] = [];
  let prev = oldDatesFrom > 0 ? old.references[oldDatesFrom - 1] : null;
  let lastEnd = oldDatesFrom > 0 ? old.dates[oldDatesFrom - 1].end : -1;
  /** The first old date after the blocks made again. */
  let oldDateAt = oldDatesTo;
  let datesUntil = b;
  for (let j = b; j < blocks.length; j++) {
    const made: DateMention[] = [];
    const references: DateReference[] = [];
    const placed = placeDates(blocks[j], stage.results[j].dates).sort((x, y) => x.start - y.start || y.end - x.end);
    for (const raw of placed) {
      if (raw.start < lastEnd) continue; // overlapping duplicate from overlapping blocks
      const resolved = resolveDate(raw, documentDate, stage.dateDocument, prev);
      if (!resolved) continue;
      made.push(resolved.mention);
      references.push(resolved.reference);
      prev = resolved.reference;
      lastEnd = raw.end;
    }
    if (j >= b + newCount) {
      // The old dates of block j, moved already, against those made again. When they agree, the old
      // ones stay (later dates may anchor on them) and so does everything after them.
      let oldTo = oldDateAt;
      while (oldTo < old.dates.length && old.dates[oldTo].start < blocks[j].end) oldTo++;
      const same = oldTo - oldDateAt === made.length && made.every((d, k) => sameDate(d, old.dates[oldDateAt + k]));
      if (same && made.length > 0 && sameReference(references[references.length - 1], old.references[oldTo - 1])) break;
      oldDateAt = oldTo;
      if (!same) datesUntil = j;
    }
    for (const d of made) newDates.push(d);
    for (const r of references) newReferences.push(r);
  }
  // The stage's arrays (and so the previous analysis's) are changed in place: a splice moves the rest in one go.
  const dates = old.dates;
  dates.splice(oldDatesFrom, oldDateAt - oldDatesFrom, ...newDates);
  old.references.splice(oldDatesFrom, oldDateAt - oldDatesFrom, ...newReferences);
  // The first old date kept may be resolved against the date before it, made again: its anchor is that
  // date's anchor (one object, which later edits move).
  const kept = oldDatesFrom + newDates.length;
  if (newDates.length > 0 && kept < dates.length) {
    const anchor = dates[kept].resolution.anchor;
    const previous = old.references[kept - 1].anchor;
    if (anchor && anchor !== previous && anchor !== stage.dateDocument?.anchor && anchor.start === previous.start && anchor.end === previous.end) dates[kept].resolution.anchor = previous;
  }
  return datesUntil;
}

/** The claim pass made again over a window of blocks, and where the window lies among the old claims. */
interface ClaimWindow {
  claimPass: ClaimPass;
  /** The window's first and last block. */
  w0: number;
  claimsUntil: number;
  /** How many claims the old pass had made before the window, and before the block after it. */
  startCreated: number;
  createdAfter: number;
  /** How many of the old claims before the window the pass started with. */
  tailLength: number;
}

/**
 * The claim pass made again from the region (earlier when its first sentence attributes the one before) until
 * its state agrees with the old pass's. A first sentence that attributes the one before it ("Dat laten de
 * bewindslieden weten.") changes the claim made of that one: the window then starts at that sentence's block.
 */
function resumeClaimPass(stage: Stage, source: string, region: PlacedRegion, actors: ResumedResolution, datesUntil: number): ClaimWindow {
  const { edit, newCount, old, oldFirstAttributes, oldRawCount, nextRaw, rb } = region;
  const b = edit.b;
  const { resolution, touched, author, actorsUntil } = actors;
  const blocks = stage.blocks;
  const mentions = stage.mentions;
  const raws = stage.raws;
  const dates = old.dates;
  const documentDate = stage.documentDate;
  const attributesFirst = (j: number) => stage.rawBase[j] < raws.length && raws[stage.rawBase[j]].attributesPrevious;
  const blockBefore = (j: number) => Math.min(j - 1, old.claimStates[j].previous?.raw.block ?? j - 1);
  let w0 = b;
  if (b > 0 && (attributesFirst(b) || oldFirstAttributes || (oldRawCount === 0 && nextRaw > rb))) w0 = blockBefore(b);
  while (w0 > 0 && attributesFirst(w0)) w0 = blockBefore(w0);
  w0 = Math.max(0, w0);
  const context: ClaimContext = {
    source, mentions, actors: resolution, dates, documentDate: documentDate?.value ?? null,
    genre: stage.genre, author, bylineBlock: stage.bylineBlock,
  };
  // Coordinated sources asked for before the window become group actors first, as in a full pass (a
  // patched resolution has them all already).
  if (!touched) for (let r = 0; r < old.groupRequests.length; r++) if (old.groupRequests[r].raw.block < w0) coordinatedGroup(resolution, old.groupRequests[r].members);
  const claimPass = new ClaimPass(raws, context);
  const startState = old.claimStates[w0];
  // The pass looks back over its last six claims at most: it starts with those, `base` claims after the first.
  const tail = old.created.slice(Math.max(0, startState.created - 6), startState.created);
  const tailLength = tail.length;
  const base = startState.created - tailLength;
  claimPass.created = tail;
  claimPass.previous = startState.previous;
  claimPass.groupRequests = old.groupRequests.filter((request) => request.raw.block < w0);
  const windowStates: Stage['claimStates'] = [];
  const mustReach = Math.max(b + newCount - 1, actorsUntil + 1, datesUntil);
  let claimsUntil = blocks.length - 1;
  for (let j = w0; j < blocks.length; j++) {
    windowStates.push({ previous: claimPass.previous, created: base + claimPass.created.length });
    for (let i = stage.rawBase[j]; i < stage.rawBase[j + 1]; i++) claimPass.resolve(i);
    if (j < mustReach || j + 1 >= blocks.length) continue;
    const next = old.claimStates[j + 1];
    if (attributesFirst(j + 1)) continue;
    if (!sameClaimState(claimPass, next, old.created)) continue;
    claimsUntil = j;
    break;
  }
  const createdAfter = claimsUntil + 1 < blocks.length ? old.claimStates[claimsUntil + 1].created : old.created.length;
  const createdShift = base + claimPass.created.length - createdAfter;
  const claimStates = old.claimStates;
  if (createdShift !== 0) for (let j = claimsUntil + 1; j < blocks.length; j++) claimStates[j].created += createdShift;
  claimStates.splice(w0, claimsUntil + 1 - w0, ...windowStates);
  for (let r = 0; r < old.groupRequests.length; r++) {
    const request = old.groupRequests[r];
    if (request.raw.block <= claimsUntil) continue;
    claimPass.groupRequests.push(request);
    if (!touched) coordinatedGroup(resolution, request.members);
  }
  return { claimPass, w0, claimsUntil, startCreated: startState.created, createdAfter, tailLength };
}

/**
 * The claims of a window made again take the place of the old ones in the analysis, with their changes of
 * advice and their ids; where the window's claims asked for groups in another order, the groups are made
 * again in a patched resolution (and their keys are among those it touched). The window's place among
 * the claims of the analysis.
 */
function replaceWindowClaims(
  stage: Stage,
  source: string,
  region: PlacedRegion,
  actors: ResumedResolution,
  actorPass: ActorPass,
  window: ClaimWindow,
): { cFrom: number; windowEnd: number } {
  const { old } = region;
  const { touched, resolution } = actors;
  const { claimPass, w0, claimsUntil, createdAfter, tailLength } = window;
  const raws = stage.raws;
  if (touched && !sameRequests(old.groupRequests, claimPass.groupRequests)) {
    // Groups asked for in another order are made in another order. The groups only the claims ask for
    // (entities of their own, without mentions, after all others) are made again, in the order a full
    // pass makes them: that of the requests.
    for (const [key, entity] of resolution.entities) {
      if (entity.kind !== 'group' || !key.startsWith('group:') || actorPass.entities.has(key)) continue;
      resolution.entities.delete(key);
      touched.add(key);
    }
    for (const request of claimPass.groupRequests) {
      const group = coordinatedGroup(resolution, request.members);
      if (group) touched.add(group.key);
    }
  }
  // The claims the pass made (and those of its tail it gave another source) outlive this version of the text,
  // in the analysis and among the claims it resumes from: their texts are copies. A cut would keep the whole
  // text alive, one more for every edit that resumes.
  for (let c = 0; c < claimPass.created.length; c++) detachTexts(claimPass.created[c]);
  const windowClaims = claimPass.created.slice(tailLength);
  old.created.splice(window.startCreated, createdAfter - window.startCreated, ...windowClaims);
  claimPass.created = old.created;
  const windowRaws = raws.slice(stage.rawBase[w0], stage.rawBase[claimsUntil + 1]);
  mergeQuotations(windowClaims, windowRaws, source);
  windowClaims.sort((x, y) => x.start - y.start);

  // The claims of the analysis: the old ones before and after the window, the window's made again.
  const [cFrom] = claimRange(old.claimOrigins, w0);
  const [, cTo] = claimRange(old.claimOrigins, claimsUntil);
  const sources = sourcesOf(old.claimEntity, cFrom, cTo, windowClaims);
  const claimEntity = old.claimEntity;
  const speakers = stage.speakers;
  countSpeakers(speakers, claimEntity, cFrom, cTo, -1);
  claimEntity.splice(cFrom, cTo - cFrom, ...windowClaims.map((c) => c.entity));
  countSpeakers(speakers, claimEntity, cFrom, cFrom + windowClaims.length, 1);
  const claimOrigins = old.claimOrigins;
  claimOrigins.splice(cFrom, cTo - cFrom, ...windowClaims.map(claimOriginsOf));
  const noIds = new Map<string, string>();
  const claims = old.claims;
  claims.splice(cFrom, cTo - cFrom, ...windowClaims.map((c) => exportClaim(c, noIds)));
  const windowEnd = cFrom + windowClaims.length;
  assignChangesAround(claims, claimEntity, cFrom, windowEnd, sources);
  // Ids are numbers in text order: those after the window move only when the window's count changed.
  const renumberTo = windowClaims.length === cTo - cFrom ? windowEnd : claims.length;
  for (let c = cFrom; c < renumberTo; c++) claims[c].id = claimId(c + 1);
  return { cFrom, windowEnd };
}

/** Whether one of the claims asked for the group of persons with entity key `key` ("group:a+b"). */
function asksForGroup(groupRequests: ClaimPass['groupRequests'], key: string): boolean {
  for (const request of groupRequests) if (`group:${[...new Set(request.members)].sort().join('+')}` === key) return true;
  return false;
}

/**
 * The resolution after the actor pass was made again for mentions [from, to) (new
 * indexes; old index = new - dm after the edited region). The mentions that changed are
 * those of the edited region (new [from, blockEnd), old [from, oldBlockEnd)) and those
 * whose entity the pass changed (`oldKeys`: the old pass's keys from blockEnd on); the
 * entities they named before or name now get their mentions, aliases and acting anew,
 * and their keys are returned. Every other entity's mentions move by dm. The entities
 * follow the pass's order (it may have made them in another order than the old pass, or
 * made one the old did not: `oldEntities` are the old pass's), then the groups the claims
 * asked for (`groupRequests`).
 *
 * Roles move to the organisation they speak for (or to the author) after the pass, and
 * the entities they move to keep the attributes they were made with (actorResolution()):
 * a role entity's mentions are its own and then those moved to it, not in text order.
 * When the changed mentions name a role, or a role speaks for one of them, the role
 * entities are made again from the pass (remakeRoles(); `author` is the text's author),
 * not patched: they are few.
 */
function patchResolution(
  resolution: ActorResolution,
  pass: ActorPass,
  oldEntities: Map<string, Entity>,
  groupRequests: ClaimPass['groupRequests'],
  oldKeys: (string | null)[],
  mentions: PlacedMention[],
  window: { from: number; blockEnd: number; oldBlockEnd: number; to: number; dm: number },
  author: string | null,
): Set<string> | null {
  const { from, blockEnd, oldBlockEnd, to, dm } = window;
  const { entities } = resolution;
  const oldEntityOf = resolution.entityOf;
  const changed: number[] = [];
  const oldKey = (k: number) => oldKeys[k - blockEnd];
  for (let k = from; k < to; k++) if (k < blockEnd || pass.passKey[k] !== oldKey(k)) changed.push(k);
  const touched = new Set<string>();
  for (let k = from; k < oldBlockEnd; k++) {
    const before = oldEntityOf[k];
    if (before) touched.add(before);
  }
  /** Whether the role entities are made again (see above). */
  let remake = false;
  for (let c = 0; c < changed.length; c++) {
    const k = changed[c];
    const before = k >= blockEnd ? oldEntityOf[k - dm] : null;
    const after = pass.passKey[k];
    if (after && !isRoleKey(after) && !entities.has(after) && !pass.entities.has(after)) return null;
    // A role speaking for this mention's organisation moves with it.
    const block = mentions[k].block;
    for (let r = k - 1; r >= 0 && mentions[r].block === block; r--) if (mentions[r].roleOfGlobal === k) remake = true;
    for (let r = k + 1; r < mentions.length && mentions[r].block === block; r++) if (mentions[r].roleOfGlobal === k) remake = true;
    if (before) touched.add(before);
    if (after) touched.add(after);
  }
  // The role entities made again replace every old one: they are not among those patched below.
  for (const key of touched) {
    if (!isRoleKey(key)) continue;
    remake = true;
    touched.delete(key);
  }
  // An entity only the old pass made goes (nothing names it any more), unless the claims ask for it as a group.
  const dropped = new Set<string>();
  for (const key of entities.keys()) {
    if (pass.entities.has(key) || !oldEntities.has(key) || (remake && isRoleKey(key))) continue;
    if (!touched.has(key) || asksForGroup(groupRequests, key)) return null;
    dropped.add(key);
  }
  for (const key of dropped) entities.delete(key);
  // One the new pass made and a changed mention names is added (the order is set below). Unless the roles are
  // made again, roles the author or an organisation took over are gone from the resolution: they stay gone.
  for (const key of touched) {
    const made = pass.entities.get(key);
    if (made && !entities.has(key)) entities.set(key, resolutionEntity(made));
  }
  const keys: (string | null)[] = [];
  for (let k = from; k < to; k++) {
    keys.push(k < blockEnd || pass.passKey[k] !== oldKey(k) ? pass.passKey[k] : oldEntityOf[k - dm]);
  }
  const entityOf = oldEntityOf;
  entityOf.splice(from, to - dm - from, ...keys);
  for (const entity of entities.values()) {
    if (remake && isRoleKey(entity.key)) continue;
    const list = entity.mentions;
    if (!touched.has(entity.key)) {
      if (dm !== 0) for (let i = 0; i < list.length; i++) if (list[i] >= oldBlockEnd) list[i] += dm;
      continue;
    }
    const inside: number[] = [];
    for (let k = from; k < to; k++) if (entityOf[k] === entity.key) inside.push(k);
    const after = list.slice(firstNumberFrom(list, to - dm));
    if (dm !== 0) for (let i = 0; i < after.length; i++) after[i] += dm;
    entity.mentions = [...list.slice(0, firstNumberFrom(list, from)), ...inside, ...after];
    entity.acts = false;
    entity.aliases = new Set();
    for (let i = 0; i < entity.mentions.length; i++) noteMention(entity, mentions[entity.mentions[i]]);
  }
  if (remake) for (const key of remakeRoles(resolution, pass, author)) touched.add(key);
  // The pass's order, then the roles moved (to an organisation, then to the author) and the groups the claims
  // asked for, in the order they came, as actorResolution() and the claims make them: roles made again come
  // after the groups in the map, but before them in a full analysis.
  const ordered = new Map<string, Entity>();
  for (const key of pass.entities.keys()) {
    const entity = entities.get(key);
    if (entity) ordered.set(key, entity);
  }
  for (const [key, entity] of entities) if (!ordered.has(key) && isRoleKey(key)) ordered.set(key, entity);
  for (const [key, entity] of entities) if (!ordered.has(key)) ordered.set(key, entity);
  resolution.entities = ordered;
  return touched;
}

/** Whether two lists of group requests ask for the same groups in the same order. */
function sameRequests(a: { members: string[] }[], b: { members: string[] }[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k].members;
    const y = b[k].members;
    if (x !== y && (x.length !== y.length || x.some((member, i) => member !== y[i]))) return false;
  }
  return true;
}

/** The index range [from, to) of the sorted spans that start inside [start, end). */
function spansWithin(spans: Span[], start: number, end: number): [number, number] {
  const low = firstSpanFrom(spans, start);
  let to = low;
  while (to < spans.length && spans[to].start < end) to++;
  return [low, to];
}

/**
 * The claims made from sentences of block b, as the range [from, to) of claim indexes: claims are in
 * text order, and each is made from sentences of one block (quotations are merged only within a block).
 */
export function claimRange(origins: ClaimOrigin[][], b: number): [number, number] {
  const low = firstNotBefore(origins.length, (c) => origins[c][0].block < b);
  let to = low;
  while (to < origins.length && origins[to][0].block <= b) to++;
  return [low, to];
}

function sameDate(a: DateMention, b: DateMention): boolean {
  if (a.start !== b.start || a.end !== b.end || a.text !== b.text || a.value !== b.value) return false;
  const x = a.resolution;
  const y = b.resolution;
  if (x.rule !== y.rule || x.explanation !== y.explanation) return false;
  const xa = x.anchor ?? null;
  const ya = y.anchor ?? null;
  if (xa === null || ya === null) return xa === ya;
  return xa.start === ya.start && xa.end === ya.end && xa.text === ya.text && xa.value === ya.value;
}

/**
 * Whether the new actor pass, resumed at the old pass's change `oldChangesFrom` (and
 * latent `oldLatentsFrom`), is in the old pass's state before a mention: the same latent
 * vendors met, and every entity there with the same attributes. 'same-record' when it
 * also made and changed the entities in the same order (then its entities are the old
 * ones in the old order). Asked at block after block, it keeps what it has compared.
 */
class PassAgreement {
  private oldChangesTo: number;
  private oldLatentsTo: number;
  private newChangesSeen: number;
  /** The records are alike up to here; once they differ, they always will. */
  private recordsAlike = 0;
  private recordsDiffer = false;
  private lastNew = new Map<string, EntityChange>();
  private lastOld = new Map<string, EntityChange>();
  private before: Map<string, EntityChange> | null = null;
  /**
   * After at() found the states alike: the groups the new pass made actors for good ("de gemeenten" read
   * with its article) where the old pass had not. The pass never reads that, and a group never stops being
   * one: from there on the passes decide alike (adopt() and the patched resolution take it over).
   */
  readonly groupsMadeAlways = new Set<string>();
  /**
   * After at() found the states alike: groups of ministers ("de bewindslieden") that only the old pass made,
   * and that it names again later, by the old pass's mention where it first does. Such a group's attributes
   * follow from its members, so the new pass would make it alike there: adopt() takes it over, made there.
   */
  readonly groupsTakenOver = new Map<string, { change: EntityChange; at: number }>();

  constructor(
    private readonly pass: ActorPass,
    private readonly changesFrom: number,
    private readonly old: ActorPass,
    private readonly oldChangesFrom: number,
    oldLatentsFrom: number,
    /**
     * Whether an entity there in one pass only matters after the old pass's mention `oldEnd` (else it is
     * there harmlessly); `newOnly`: the new pass made it, not the old.
     */
    private readonly reachable: (change: EntityChange, newOnly: boolean, oldEnd: number) => boolean,
    /** The old resolution's entities, with the mentions the old pass resolved to each. */
    private readonly oldEntities: Map<string, Entity>,
  ) {
    this.oldChangesTo = oldChangesFrom;
    this.oldLatentsTo = oldLatentsFrom;
    this.newChangesSeen = changesFrom;
  }

  /** The state before the old pass's mention `oldEnd` (and the new pass's mentions so far). */
  at(oldEnd: number): 'same-record' | 'same-state' | 'different' {
    const { pass, old } = this;
    this.groupsMadeAlways.clear();
    this.groupsTakenOver.clear();
    while (this.oldLatentsTo < old.latents.length && old.latents[this.oldLatentsTo].index < oldEnd) this.oldLatentsTo++;
    // Of the latent vendors met, a pass reads only the latest (an antecedent of "het bedrijf"); which
    // are met later does not depend on the pass.
    const newLatest = pass.latents[pass.latents.length - 1];
    const oldLatest = old.latents[this.oldLatentsTo - 1];
    if (newLatest?.key !== oldLatest?.key || newLatest?.display !== oldLatest?.display) return 'different';
    while (this.oldChangesTo < old.changes.length && old.changes[this.oldChangesTo].index < oldEnd) {
      const change = old.changes[this.oldChangesTo++];
      this.lastOld.set(change.key, change);
    }
    for (; this.newChangesSeen < pass.changes.length; this.newChangesSeen++) {
      const change = pass.changes[this.newChangesSeen];
      this.lastNew.set(change.key, change);
    }
    const newCount = pass.changes.length - this.changesFrom;
    const oldCount = this.oldChangesTo - this.oldChangesFrom;
    for (; !this.recordsDiffer && this.recordsAlike < Math.min(newCount, oldCount); this.recordsAlike++) {
      if (!sameChange(pass.changes[this.changesFrom + this.recordsAlike], old.changes[this.oldChangesFrom + this.recordsAlike])) this.recordsDiffer = true;
    }
    if (!this.recordsDiffer && newCount === oldCount) return 'same-record';
    // The last change of each entity in either window, against the other's (or the entity as it was before).
    for (const key of new Set([...this.lastNew.keys(), ...this.lastOld.keys()])) {
      if (this.before === null) {
        this.before = new Map();
        for (let k = 0; k < this.oldChangesFrom; k++) this.before.set(old.changes[k].key, old.changes[k]);
      }
      const x = this.lastNew.get(key) ?? this.before.get(key);
      const y = this.lastOld.get(key) ?? this.before.get(key);
      if (x === undefined && y === undefined) continue;
      // An entity only one pass made ("Nationaeel Cyber …" while it is typed) matters only if named again.
      if (x === undefined || y === undefined) {
        if (!this.reachable((x ?? y)!, x !== undefined, oldEnd)) continue;
        const at = y !== undefined ? this.madeAgainAt(y, oldEnd) : -1;
        if (at === -1) return 'different';
        this.groupsTakenOver.set(key, { change: y!, at });
        continue;
      }
      if (sameChange(x, y)) continue;
      if (key.startsWith('group:') && x.always && !y.always && sameChange(x, { ...y, always: true })) this.groupsMadeAlways.add(key);
      else return 'different';
    }
    return 'same-state';
  }

  /**
   * For a group of ministers only the old pass made: the old pass's first mention from `oldEnd` on that names
   * it, when the new pass would make it there with the same attributes (its members, named as the new pass
   * names them now); else -1.
   */
  private madeAgainAt(change: EntityChange, oldEnd: number): number {
    if (change.members === undefined || change.kind !== 'group' || change.always || change.ministry !== undefined) return -1;
    const members = change.members.split('+');
    if (members.some((k) => !this.pass.entities.has(k)) || change.name !== groupName(members, this.pass.entities)) return -1;
    const named = this.oldEntities.get(change.key)?.mentions;
    if (!named) return -1;
    const at = firstNumberFrom(named, oldEnd);
    return at < named.length ? named[at] : -1;
  }
}

/** The claim pass is where the old one was before the next block: the same sentence before, the same latest claims. */
function sameClaimState(pass: ClaimPass, old: { previous: PreviousClaim | null; created: number }, oldCreated: ResolvedClaim[]): boolean {
  const a = pass.previous;
  const b = old.previous;
  if (a === null || b === null) {
    if (a !== b) return false;
  } else {
    if (a.raw !== b.raw || (a.claim === null) !== (b.claim === null)) return false;
    if (a.claim && b.claim && a.claim.entity !== b.claim.entity) return false;
  }
  // lastAdvisor() looks back over six claims, a "toen" at the last one's date.
  const n = pass.created.length;
  for (let k = 1; k <= 6; k++) {
    const x = n - k >= 0 ? pass.created[n - k] : undefined;
    const y = old.created - k >= 0 ? oldCreated[old.created - k] : undefined;
    if (x === undefined || y === undefined) {
      if (x !== y) return false;
      continue;
    }
    if (x.entity !== y.entity || x.date !== y.date || !!x.embeddedAdvice !== !!y.embeddedAdvice) return false;
  }
  return true;
}

/**
 * Changes of advice around a window of claims made again ([from, to) of `claims`):
 * those of the window, and of the advice after it of the same sources that look
 * back at it (the RECENT_ADVICE latest advice of a source).
 */
function assignChangesAround(claims: Claim[], claimEntity: (string | null)[], from: number, to: number, sources: Iterable<string | null>): void {
  for (let c = from; c < to; c++) {
    const claim = claims[c];
    if (claim.kind === 'advice' && claimEntity[c] === null) claim.change = adviceChange(claim.changeCue?.type, claim, [], 0);
  }
  for (const [c, change] of adviceChangesAround(claims, claimEntity, from, to, sources)) claims[c].change = change;
}

/** No claim's terms changed (see adviceChangesAround()). */
const NO_NEW_TERMS: ReadonlyMap<number, string[]> = new Map();

/**
 * The change of every advice of `sources` that can differ when claims [from, to) changed:
 * their advice there, and the advice of the same source after it that looks back at it (an
 * advice's change looks back at the RECENT_ADVICE latest advice of its source). Each as
 * [claim index, change], with the terms a claim has, or those `newTerms` gives it.
 */
export function adviceChangesAround(
  claims: Claim[],
  claimEntity: (string | null)[],
  from: number,
  to: number,
  sources: Iterable<string | null>,
  newTerms: ReadonlyMap<number, string[]> = NO_NEW_TERMS,
): [number, AdviceChange][] {
  // Each source's advice, in text order, in one pass over the claims.
  const lists = new Map<string, number[]>();
  for (const source of sources) if (source !== null) lists.set(source, []);
  for (let c = 0; c < claims.length; c++) {
    if (claims[c].kind !== 'advice') continue;
    const entity = claimEntity[c];
    if (entity !== null) lists.get(entity)?.push(c);
  }
  const changes: [number, AdviceChange][] = [];
  for (const list of lists.values()) {
    const first = firstNumberFrom(list, from);
    if (first === list.length) continue;
    let lastInWindow = first;
    while (lastInWindow + 1 < list.length && list[lastInWindow + 1] < to) lastInWindow++;
    const until = Math.min(list.length, lastInWindow + RECENT_ADVICE + 1);
    // The subjects of these advice and of those they look back at, from the `lowest`: not of the source's every
    // advice. Pushed from the first, so that the list has no holes, as the lists adviceChanges() gives
    // adviceChange() have none (code compiled for one kind of list is thrown away when it meets the other).
    const lowest = Math.max(0, first - RECENT_ADVICE);
    const subjects: AdviceSubject[] = [];
    for (let q = lowest; q < until; q++) subjects.push({ terms: newTerms.get(list[q]) ?? claims[list[q]].terms, date: claims[list[q]].date });
    for (let q = first; q < until; q++) changes.push([list[q], adviceChange(claims[list[q]].changeCue?.type, subjects[q - lowest], subjects, q - lowest)]);
  }
  return changes;
}
