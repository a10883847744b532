/**
 * The analyser: text → DocumentAnalysis.
 *
 * Two stages. The block stage (tokens, sentences, raw mentions, raw dates, raw
 * claims) depends only on a block's own text, so DocumentAnalyzer caches it per
 * block and an edit re-runs it for the changed block alone. The document stage
 * (coreference, date anaphora, attribution, advice changes) runs over the cached
 * block results each time; it is linear in the number of mentions and claims.
 */
import { BlockSplitter, blocksAround, type Block, type BlockType } from './text/blocks';
import { splitSentences, tokenize } from './text/tokens';
import { fold, lineIndex } from './text/normalize';
import { alternation } from './text/wordPattern';
import cues from './lexicon/cues.json';
import { scanMentions, type RawMention } from './actors/scan';
import { attachRolesToAuthor, resolveActors, type Entity, type PlacedMention } from './actors/resolve';
import { scanClaims, type RawClaim } from './claims/scan';
import { RECENT_ADVICE, adviceChange, claimSpan, resolveClaims, type Genre, type PlacedClaim } from './claims/resolve';
import { scanDates, resolveDates, type RawDate } from './dates';
import { findDocumentDate } from './documentDate';
import { mayContainDate } from './dateWords';
import { ORGANISATION_BY_ID } from './lexicon';
import type { Actor, ActorMention, Claim, DateMention, DocumentAnalysis, MentionForm, Section, Span } from './types';

export interface AnalyzeOptions {
  /** The document date when the text has none of its own (set by the user); null/undefined: from the text. */
  documentDate?: string | null;
  /** Parse Markdown structure; default: by the file name (.md). */
  markdown?: boolean;
}

/** Where a claim came from: a raw claim of a block. */
interface ClaimOrigin {
  block: number;
  rawIndex: number;
}

interface BlockResult {
  /** How many sentences the block has (the tokens themselves are not kept: they are most of the memory). */
  sentenceCount: number;
  mentions: RawMention[];
  dates: RawDate[];
  claims: RawClaim[];
}

function analyzeBlock(text: string, type: BlockType): BlockResult {
  const tokens = tokenize(text);
  // A heading or a header line is one unit, whatever its punctuation.
  const sentences = type === 'heading' || type === 'header' || type === 'front-matter'
    ? tokens.length > 0 ? [{ start: tokens[0].start, end: tokens[tokens.length - 1].end, first: 0, last: tokens.length - 1 }] : []
    : splitSentences(text, tokens);
  const mentions = type === 'front-matter' ? [] : scanMentions(tokens, sentences, text, type === 'header');
  const dates = mayContainDate(text) ? scanDates(text) : [];
  const claims = type === 'header' || type === 'front-matter' || type === 'code' ? [] : scanClaims(tokens, sentences, mentions, type === 'heading', text);
  return { sentenceCount: sentences.length, mentions, dates, claims };
}

function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(file);
}

/**
 * Incremental analyser for one document: call update(text) after every change.
 * Blocks whose text is unchanged reuse their earlier scan. And when an edit stays
 * inside one paragraph and changes none of its annotations (typing in a sentence
 * moves offsets but names the same actors, dates and cues), the document stage is
 * not run again: the previous analysis is kept and its offsets are moved. That
 * previous analysis is updated in place, so hold on only to the latest one.
 */
export class DocumentAnalyzer {
  private splitter = new BlockSplitter();
  private cache = new Map<string, BlockResult>();
  private options: AnalyzeOptions;
  private previous: {
    source: string;
    blocks: Block[];
    results: BlockResult[];
    analysis: DocumentAnalysis;
    claimOrigins: ClaimOrigin[][];
  } | null = null;
  /** What the last update did: blocks in the text, blocks analysed anew, and whether the fast path served it. */
  lastUpdate = { blocks: 0, analysedBlocks: 0, offsetsOnly: false };

  constructor(
    public file: string,
    options: AnalyzeOptions = {},
    /** False for a text analysed once (the command line): then no block is keyed and kept for the next update. */
    private readonly reusesBlocks = true,
  ) {
    this.options = options;
  }

  setOptions(options: AnalyzeOptions): void {
    // Callers pass options with every update; only a real change invalidates the previous analysis.
    if (options.documentDate !== this.options.documentDate || options.markdown !== this.options.markdown) this.previous = null;
    this.options = options;
  }

  update(source: string): DocumentAnalysis {
    const fast = this.previous ? this.moveOffsets(source) : null;
    if (fast) return fast;
    const markdown = this.options.markdown ?? isMarkdownFile(this.file);
    const blocks = this.splitter.split(source, markdown);
    const next = new Map<string, BlockResult>();
    let analysed = 0;
    const results = blocks.map((block) => {
      const text = source.slice(block.start, block.end);
      if (!this.reusesBlocks) {
        analysed++;
        return analyzeBlock(text, block.type);
      }
      const key = `${block.type}\u0000${text}`;
      let result = next.get(key) ?? this.cache.get(key);
      if (!result) {
        result = analyzeBlock(text, block.type);
        analysed++;
      }
      next.set(key, result);
      return result;
    });
    this.cache = next;
    this.lastUpdate = { blocks: blocks.length, analysedBlocks: analysed, offsetsOnly: false };
    const { analysis, claimOrigins } = assemble(source, this.file, blocks, results, this.options);
    this.previous = { source, blocks, results, analysis, claimOrigins };
    return analysis;
  }

  /** The fast path: an edit inside one paragraph that leaves its annotations as they were. */
  private moveOffsets(source: string): DocumentAnalysis | null {
    const previous = this.previous!;
    const edit = findEdit(previous.source, source);
    if (!edit) return null;
    const { start: p, oldEnd, delta } = edit;
    // Line breaks move line numbers in date explanations; the top holds the document date and the genre,
    // the end the signature: those edits take the full path.
    if (/[\r\n]/.test(previous.source.slice(p, oldEnd)) || /[\r\n]/.test(source.slice(p, edit.newEnd))) return null;
    if (oldEnd > previous.source.length - DOCUMENT_TAIL) return null;
    if (p < DOCUMENT_HEAD && !this.options.documentDate) {
      // The document date is looked for near the top: it must come out the same.
      const before = previous.analysis.dateSource;
      const after = findDocumentDate(source);
      if ((before === null) !== (after === null)) return null;
      if (before && after && (after.value !== previous.analysis.date || after.span.start !== offsetMap(p, oldEnd, delta).start(before.start) || after.span.text !== before.text)) return null;
    }
    const b = blockAt(previous.blocks, p);
    if (b < 0) return null;
    const block = previous.blocks[b];
    // Inside the paragraph, or typing at its end (the usual way of writing).
    if (!(block.start < p && oldEnd <= block.end) || !FAST_BLOCK_TYPES.has(block.type)) return null;
    // The genre looks at the opening words of every block (a salutation) and at the first blocks (a byline);
    // the author at the last blocks. Those must read the same after the edit.
    if (b >= previous.blocks.length - 4) return null;
    const oldText = previous.source.slice(block.start, block.end);
    const newText = source.slice(block.start, block.end + delta);
    if (SALUTATION.test(oldText.slice(0, 40)) !== SALUTATION.test(newText.slice(0, 40))) return null;
    // The opening words of the first prose block title the section before the first heading.
    const firstProse = previous.blocks.findIndex((bl) => bl.type !== 'front-matter' && bl.type !== 'header');
    if (b === firstProse && sectionTitle(oldText) !== sectionTitle(newText)) return null;
    if (b < BYLINE_BLOCKS && couldBeByline(oldText) !== couldBeByline(newText)) return null;
    // The text must fall into the same blocks as before, moved: a line typed into a heading (Markdown "# ",
    // a short first line in plain text) changes the structure, which only the full path follows.
    // Only the chunk around the edit can change (no line break was typed): re-split it alone.
    const markdown = this.options.markdown ?? isMarkdownFile(this.file);
    const headingBefore = previous.blocks.some((bl, k) => k < b && bl.type === 'heading');
    const around = blocksAround(source, p, markdown, headingBefore);
    if (around.length === 0) return null;
    // The chunk held the same blocks before the edit (the chunk starts before the edit, so those offsets stay).
    const first = previous.blocks.findIndex((bl) => bl.start >= around[0].start);
    if (first < 0 || b < first || b >= first + around.length) return null;
    if (!sameBlocks(previous.blocks.slice(first, first + around.length), around, b - first, delta)) return null;
    const following = previous.blocks[first + around.length];
    if (following && following.start + delta < around[around.length - 1].end) return null;
    const oldResult = previous.results[b];
    const newResult = analyzeBlock(newText, block.type);
    const map = offsetMap(p - block.start, oldEnd - block.start, delta);
    if (!sameAnnotations(oldResult, newResult, map, p - block.start, delta)) return null;
    // The claims' new subject terms; those of advice decide the change of later advice, which must stay.
    const origins = previous.claimOrigins;
    const analysis = previous.analysis;
    const [fromClaim, toClaim] = claimsOfBlock(origins, b);
    const newTerms = new Map<number, string[]>();
    const changedAdvice: number[] = [];
    for (let c = fromClaim; c < toClaim; c++) {
      const claim = analysis.claims[c];
      const terms = [...new Set(origins[c].flatMap((o) => (o.block === b ? newResult : previous.results[o.block]).claims[o.rawIndex].terms))];
      if (terms.join() === claim.terms.join()) continue;
      newTerms.set(c, terms);
      if (claim.kind === 'advice') changedAdvice.push(c);
    }
    if (changedAdvice.length > 0 && !adviceChangesStay(analysis.claims, newTerms, changedAdvice)) return null;

    // Move every span: those after the edit by delta, those around it at their end.
    const move = offsetMap(p, oldEnd, delta);
    const touched = (span: Span) => span.end > block.start && span.start < block.end;
    const shift = (span: Span) => {
      const inBlock = touched(span);
      span.start = move.start(span.start);
      span.end = move.end(span.end);
      if (inBlock) span.text = source.slice(span.start, span.end);
    };
    for (const actor of analysis.actors) for (const m of actor.mentions) shift(m);
    const anchors = new Set<Span>();
    for (const d of analysis.dates) {
      shift(d);
      if (d.resolution.anchor) anchors.add(d.resolution.anchor);
    }
    for (const anchor of anchors) shift(anchor);
    if (analysis.dateSource) shift(analysis.dateSource);
    for (const claim of analysis.claims) {
      shift(claim);
      if (claim.cue) shift(claim.cue);
      if (claim.changeCue) shift(claim.changeCue);
    }
    for (let c = fromClaim; c < toClaim; c++) {
      // A claim of the edited paragraph is made again from its sentences, as the full path makes it: it may
      // have grown at its end, or lost a quotation mark there.
      const claim = analysis.claims[c];
      const first = newResult.claims[origins[c][0].rawIndex];
      const last = newResult.claims[origins[c][origins[c].length - 1].rawIndex];
      claim.start = claimSpan(source, block.start + first.start, block.start + first.end)[0];
      claim.end = claimSpan(source, block.start + last.start, block.start + last.end)[1];
      claim.text = source.slice(claim.start, claim.end);
      const terms = newTerms.get(c);
      if (terms) claim.terms = terms;
    }
    for (const section of analysis.sections) {
      section.start = move.start(section.start);
      section.end = move.end(section.end);
      if (section.heading) shift(section.heading);
    }

    // Keep the state consistent for the next update.
    const oldKey = `${block.type}\u0000${oldText}`;
    if (this.cache.get(oldKey) === oldResult) this.cache.delete(oldKey);
    this.cache.set(`${block.type}\u0000${newText}`, newResult);
    // The block list belongs to this analyser alone: it is moved in place rather than copied.
    const blocks = previous.blocks;
    blocks[b].end += delta;
    for (let k = b + 1; k < blocks.length; k++) {
      blocks[k].start += delta;
      blocks[k].end += delta;
    }
    const results = previous.results.slice();
    results[b] = newResult;
    const moved: DocumentAnalysis = { ...analysis, file: this.file, length: source.length };
    this.previous = { source, blocks, results, analysis: moved, claimOrigins: origins };
    this.lastUpdate = { blocks: blocks.length, analysedBlocks: 1, offsetsOnly: true };
    return moved;
  }
}

/** findDocumentDate() looks this far into the text; edits in the last characters (signature) take the full path. */
const DOCUMENT_HEAD = 4000;
const DOCUMENT_TAIL = 600;
const FAST_BLOCK_TYPES = new Set<BlockType>(['paragraph', 'quote', 'list-item']);

/**
 * The claims made from sentences of block b, as the range [from, to) of claim indexes: claims are in
 * text order, and each is made from sentences of one block (quotations are merged only within a block).
 */
function claimsOfBlock(origins: ClaimOrigin[][], b: number): [number, number] {
  let low = 0;
  let high = origins.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (origins[middle][0].block < b) low = middle + 1;
    else high = middle;
  }
  let to = low;
  while (to < origins.length && origins[to][0].block === b) to++;
  return [low, to];
}

/**
 * Whether the change of every advice stays as it is when the advice at `changed` get new
 * terms. An advice's change looks back at the RECENT_ADVICE latest advice of its source,
 * so only those and the advice after them of the same source, up to that many, can change.
 */
function adviceChangesStay(claims: Claim[], newTerms: Map<number, string[]>, changed: number[]): boolean {
  for (const source of new Set(changed.map((c) => claims[c].actor))) {
    // Advice without a source has no earlier advice: its change comes from its cue alone.
    if (source === null) continue;
    const list: number[] = [];
    claims.forEach((claim, c) => {
      if (claim.kind === 'advice' && claim.actor === source) list.push(c);
    });
    const terms = list.map((c) => newTerms.get(c) ?? claims[c].terms);
    const mine = changed.filter((c) => claims[c].actor === source);
    const first = list.indexOf(mine[0]);
    const last = list.indexOf(mine[mine.length - 1]);
    for (let q = first; q < Math.min(list.length, last + RECENT_ADVICE + 1); q++) {
      const claim = claims[list[q]];
      if (adviceChange(claim.changeCue?.type, terms[q], terms, q) !== claim.change) return false;
    }
  }
  return true;
}

/** The blocks after an edit inside block b are the blocks before it, moved: b grew by delta, the rest shifted. */
function sameBlocks(before: Block[], after: Block[], b: number, delta: number): boolean {
  if (before.length !== after.length || before.length === 0) return false;
  for (let k = 0; k < before.length; k++) {
    const x = before[k];
    const y = after[k];
    const start = k <= b ? x.start : x.start + delta;
    const end = k < b ? x.end : x.end + delta;
    if (y.start !== start || y.end !== end || y.type !== x.type || y.level !== x.level) return false;
  }
  return true;
}

const EDIT_CHUNK = 4096;

/** The changed region between two texts: common prefix and suffix. */
function findEdit(before: string, after: string): { start: number; oldEnd: number; newEnd: number; delta: number } | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  // Whole chunks are compared natively first, then the differing chunk character by character.
  let start = 0;
  while (start + EDIT_CHUNK <= limit && before.substring(start, start + EDIT_CHUNK) === after.substring(start, start + EDIT_CHUNK)) start += EDIT_CHUNK;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const room = limit - start;
  while (suffix + EDIT_CHUNK <= room && before.substring(before.length - suffix - EDIT_CHUNK, before.length - suffix) === after.substring(after.length - suffix - EDIT_CHUNK, after.length - suffix)) suffix += EDIT_CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix, delta: after.length - before.length };
}

/** Index of the block whose range contains offset, or -1. */
function blockAt(blocks: Block[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].end < offset) low = middle + 1;
    else if (blocks[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

interface OffsetMap {
  start(offset: number): number;
  end(offset: number): number;
}

/**
 * How offsets move when [from, oldEnd) is replaced and the text grows by delta:
 * before the edit they stay, after it they move; a span that ends at the edit
 * keeps its end, one that starts at it moves. Offsets inside a replaced range
 * have no image (NaN), so a comparison with them fails.
 */
function offsetMap(from: number, oldEnd: number, delta: number): OffsetMap {
  return {
    start: (o) => (o < from ? o : o >= oldEnd ? o + delta : Number.NaN),
    end: (o) => (o <= from ? o : o >= oldEnd ? o + delta : Number.NaN),
  };
}

/** The block's annotations are the same after the edit, up to the moved offsets (and the terms of claims). */
function sameAnnotations(before: BlockResult, after: BlockResult, map: OffsetMap, at: number, delta: number): boolean {
  // A sentence (and the limit of its claim's date) may grow when text is typed at its end.
  const endMoved = (old: number, now: number) => map.end(old) === now || (old === at && now === at + delta);
  if (before.sentenceCount !== after.sentenceCount) return false;
  if (before.mentions.length !== after.mentions.length || before.dates.length !== after.dates.length || before.claims.length !== after.claims.length) return false;
  for (let k = 0; k < before.mentions.length; k++) {
    const a = before.mentions[k];
    const c = after.mentions[k];
    if (map.start(a.start) !== c.start || map.end(a.end) !== c.end || a.text !== c.text) return false;
    if (a.type !== c.type || a.key !== c.key || a.display !== c.display || a.category !== c.category || a.ministry !== c.ministry) return false;
    if (a.sentence !== c.sentence || a.acronymOf !== c.acronymOf || a.appositionOf !== c.appositionOf || a.roleOf !== c.roleOf || a.coordinatedWith !== c.coordinatedWith) return false;
    if (a.oblique !== c.oblique || a.subjectLike !== c.subjectLike || a.sentenceInitial !== c.sentenceInitial || a.introduced !== c.introduced) return false;
    if (a.productOf !== c.productOf || a.verbFollows !== c.verbFollows || a.description?.noun !== c.description?.noun) return false;
  }
  for (let k = 0; k < before.dates.length; k++) {
    const a = before.dates[k];
    const c = after.dates[k];
    if (map.start(a.start) !== c.start || map.end(a.end) !== c.end || a.text !== c.text) return false;
    if (JSON.stringify({ ...a, start: 0, end: 0 }) !== JSON.stringify({ ...c, start: 0, end: 0 })) return false;
  }
  for (let k = 0; k < before.claims.length; k++) {
    const a = before.claims[k];
    const c = after.claims[k];
    if (map.start(a.start) !== c.start || !endMoved(a.end, c.end) || !endMoved(a.dateLimit, c.dateLimit)) return false;
    if ((a.dateStart === undefined) !== (c.dateStart === undefined) || (a.dateStart !== undefined && map.start(a.dateStart) !== c.dateStart)) return false;
    if ((a.cue === null) !== (c.cue === null) || (a.cue && c.cue && (a.cue.type !== c.cue.type || map.start(a.cue.start) !== c.cue.start || map.end(a.cue.end) !== c.cue.end))) return false;
    if ((a.changeCue === null) !== (c.changeCue === null) || (a.changeCue && c.changeCue && (a.changeCue.type !== c.changeCue.type || map.start(a.changeCue.start) !== c.changeCue.start || map.end(a.changeCue.end) !== c.changeCue.end))) return false;
    const keys: (keyof RawClaim)[] = ['sentence', 'speaker', 'firstPerson', 'passive', 'kind', 'embedded', 'thenReference', 'procedural', 'attributesPrevious', 'quoteSpeaker', 'recap', 'recapOwner', 'reportative', 'evidential', 'negated', 'hasVerb', 'question'];
    for (const key of keys) if (a[key] !== c[key]) return false;
  }
  return true;
}

export function analyzeText(text: string, file: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return new DocumentAnalyzer(file, options, false).update(text);
}

// ------------------------------------------------------------------ assembly

function assemble(
  source: string,
  file: string,
  blocks: Block[],
  results: BlockResult[],
  options: AnalyzeOptions,
): { analysis: DocumentAnalysis; claimOrigins: ClaimOrigin[][] } {
  const lineOf = lineIndex(source);
  const found = findDocumentDate(source);
  const documentDate = options.documentDate
    ? { value: options.documentDate, span: null }
    : found;

  // Dates, with absolute offsets, resolved in document order.
  const rawDates: RawDate[] = [];
  blocks.forEach((block, b) => {
    for (const raw of results[b].dates) rawDates.push({ ...raw, start: raw.start + block.start, end: raw.end + block.start });
  });
  const dates = resolveDates(rawDates, documentDate && documentDate.span ? documentDate as { value: string; span: Span } : documentDate ? { value: documentDate.value, span: { start: 0, end: 0, text: '' } } : null, lineOf);

  // Mentions, placed.
  const mentions: PlacedMention[] = [];
  const mentionBase: number[] = [];
  const sentenceBase: number[] = [];
  let sentenceCount = 0;
  blocks.forEach((block, b) => {
    mentionBase.push(mentions.length);
    sentenceBase.push(sentenceCount);
    const base = mentions.length;
    for (const m of results[b].mentions) {
      // Written out field by field (not spread): one fixed object shape is much faster to build and read.
      mentions.push({
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
        sentenceInitial: m.sentenceInitial,
        introduced: m.introduced,
        productOf: m.productOf,
        verbFollows: m.verbFollows,
        phraseStart: m.phraseStart,
        runKey: m.runKey,
        runEnd: m.runEnd !== undefined ? m.runEnd + block.start : undefined,
        runText: m.runText,
        block: b,
        globalSentence: sentenceCount + m.sentence,
        acronymOfGlobal: m.acronymOf !== undefined ? base + m.acronymOf : undefined,
        appositionOfGlobal: m.appositionOf !== undefined ? base + m.appositionOf : undefined,
        roleOfGlobal: m.roleOf !== undefined && m.roleOf >= 0 ? base + m.roleOf : undefined,
        coordinatedWithGlobal: m.coordinatedWith !== undefined ? base + m.coordinatedWith : undefined,
      });
    }
    sentenceCount += results[b].sentenceCount;
  });

  const { genre, authorMention, bylineBlock } = detectGenre(source, blocks, mentions, results);
  const actorsResolution = resolveActors(mentions);
  const author = authorMention !== null ? actorsResolution.entityOf[authorMention] : null;
  // "een woordvoerder" without "van X" speaks for the author, known only now.
  if (author) attachRolesToAuthor(actorsResolution, author);

  const placedClaims: PlacedClaim[] = [];
  blocks.forEach((block, b) => {
    results[b].claims.forEach((raw, rawIndex) => {
      placedClaims.push({
        rawIndex,
        sentence: raw.sentence,
        speaker: raw.speaker,
        firstPerson: raw.firstPerson,
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
        globalSentence: sentenceBase[b] + raw.sentence,
        speakerGlobal: raw.speaker !== null ? mentionBase[b] + raw.speaker : null,
        quoteSpeakerGlobal: raw.quoteSpeaker !== null ? mentionBase[b] + raw.quoteSpeaker : null,
        recapOwnerGlobal: raw.recapOwner !== null ? mentionBase[b] + raw.recapOwner : null,
      });
    });
  });
  const resolved = resolveClaims(placedClaims, {
    source,
    mentions,
    actors: actorsResolution,
    dates,
    documentDate: documentDate?.value ?? null,
    genre,
    author,
    bylineBlock,
  });

  // Actors: public bodies and persons always; others once they act or speak.
  const speakers = new Set(resolved.map((c) => c.entity).filter((k): k is string => !!k));
  const idOf = new Map<string, string>();
  const actors: Actor[] = [];
  const usedIds = new Set<string>();
  for (const entity of actorsResolution.entities.values()) {
    const keep = entity.mentions.length > 0 ? entity.always || entity.acts || speakers.has(entity.key) : speakers.has(entity.key);
    if (!keep) continue;
    const id = uniqueId(idFor(entity), usedIds);
    idOf.set(entity.key, id);
    actors.push(toActor(entity, id, mentions));
  }
  // Groups refer to their members by exported id.
  for (const actor of actors) if (actor.members) actor.members = actor.members.map((k) => idOf.get(k) ?? k);
  actors.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));

  // Field by field rather than rest and spread, which are slow for thousands of claims; `change` only where set.
  const claims = resolved.map((c) => {
    const claim: Claim = { id: c.id, start: c.start, end: c.end, text: c.text, actor: c.entity ? idOf.get(c.entity) ?? null : null, date: c.date, kind: c.kind, cue: c.cue, changeCue: c.changeCue, terms: c.terms, recap: c.recap, negated: c.negated };
    if (c.change !== undefined) claim.change = c.change;
    return claim;
  });
  const claimOrigins = resolved.map((c) => c.origins.map((o) => ({ block: o.block, rawIndex: o.rawIndex })));

  const analysis: DocumentAnalysis = {
    file,
    date: documentDate?.value ?? null,
    dateSource: found && !options.documentDate ? found.span : null,
    actors,
    dates,
    claims,
    sections: sectionsOf(source, blocks),
    length: source.length,
  };
  return { analysis, claimOrigins };
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

function formOf(m: PlacedMention): MentionForm {
  if (m.type === 'description' || m.type === 'group' || m.type === 'role') return 'description';
  if (m.type === 'person' || m.type === 'office') return 'title';
  if (m.acronymOf !== undefined || /^[\p{Lu}.\-&]{2,}$/u.test(m.text)) return 'acronym';
  return 'name';
}

function toActor(entity: Entity, id: string, mentions: PlacedMention[]): Actor {
  const list: ActorMention[] = entity.mentions
    .map((index) => mentions[index])
    .map((m) => ({ start: m.start, end: m.end, text: m.text, actorId: id, form: formOf(m) }))
    .sort((a, b) => a.start - b.start);
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

// ------------------------------------------------------------------- genre

const SALUTATION = new RegExp(String.raw`^\s*${alternation(cues.genre.salutations)}\b`, 'i');
const LETTER_HEADER = new RegExp(String.raw`^\s*${alternation(cues.genre.letterHeaders)}\b`, 'i');
/** A byline is a short paragraph among the first blocks. */
const BYLINE_BLOCKS = 6;
const BYLINE_LENGTH = 240;
/** The words of a byline's text (the rest is checked on its annotations: no cue, no verb, a date). */
function couldBeByline(text: string): boolean {
  return text.length <= BYLINE_LENGTH && BYLINE_WORDS.test(text) && !NOT_BYLINE_VERBS.test(text);
}

const BYLINE_WORDS = new RegExp(alternation(cues.genre.bylineWords), 'i');
const NOT_BYLINE_VERBS = new RegExp(String.raw`\b${alternation(cues.genre.notBylineVerbs)}\b`, 'i');

/**
 * A letter (salutation or Kamerbrief header) speaks for its signatory; an
 * advisory with a byline ("*Nationaal Cyber Security Centrum (NCSC),
 * beveiligingsadvies …*") for its publisher; other texts (news) only through
 * attributed statements.
 */
function detectGenre(source: string, blocks: Block[], mentions: PlacedMention[], results: BlockResult[]): { genre: Genre; authorMention: number | null; bylineBlock: number | null } {
  const isLetter = blocks.some((b) => {
    const text = source.slice(b.start, Math.min(b.end, b.start + 40));
    return SALUTATION.test(text) || (b.type === 'header' && LETTER_HEADER.test(text));
  });
  if (isLetter) {
    // The signatory: the last person (or office) named in the last blocks.
    const tail = blocks.length - 4;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.block < tail) break;
      if (m.type === 'person' || m.type === 'office') return { genre: 'letter', authorMention: k, bylineBlock: null };
    }
    return { genre: 'letter', authorMention: null, bylineBlock: null };
  }
  // An advisory's byline: a short early paragraph naming a public body and what it publishes.
  const early = blocks.slice(0, BYLINE_BLOCKS);
  for (let b = 0; b < early.length; b++) {
    const block = early[b];
    const text = source.slice(block.start, block.end);
    if (block.type !== 'paragraph' || !couldBeByline(text)) continue;
    // A byline names and dates; it makes no statement (no verb, no cue).
    if (results[b].claims.some((c) => c.cue !== null || c.hasVerb) || results[b].dates.length === 0) continue;
    const k = mentions.findIndex((m) => m.block === b && (m.type === 'org' || m.type === 'acronym-name'));
    if (k !== -1) return { genre: 'advisory', authorMention: k, bylineBlock: b };
  }
  return { genre: 'news', authorMention: null, bylineBlock: null };
}

// ---------------------------------------------------------------- sections

/** The untitled section before the first heading is titled by the opening words of the first paragraph. */
function sectionTitle(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 60).trim();
}

function sectionsOf(source: string, blocks: Block[]): Section[] {
  const sections: Section[] = [];
  const headings = blocks.filter((b) => b.type === 'heading');
  const firstProse = blocks.find((b) => b.type !== 'front-matter' && b.type !== 'header');
  if (firstProse && (headings.length === 0 || firstProse.start < headings[0].start)) {
    const end = headings[0]?.start ?? source.length;
    const title = sectionTitle(source.slice(firstProse.start, firstProse.end));
    sections.push({ title, level: 1, start: firstProse.start, end, heading: null });
  }
  headings.forEach((h, i) => {
    const next = headings.slice(i + 1).find((o) => o.level <= h.level);
    const end = next ? next.start : source.length;
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

export type { DateMention };
