/**
 * The analyser: text → DocumentAnalysis.
 *
 * Two stages. The block stage (blockStage.ts: sentences, raw mentions, raw dates,
 * raw claims) depends only on a block's own text, so DocumentAnalyzer caches it
 * per block and an edit re-runs it for the changed block alone. The document
 * stage (documentStage.ts: coreference, date anaphora, attribution, advice
 * changes) runs over the cached block results; after an edit it resumes from
 * the edited paragraph (or the paragraphs a line break parted, joined or added),
 * or only moves offsets when the annotations stayed as they were.
 */
import { BlockSplitter, blockOver, blocksAround, blocksBetween, chunksAround, isProse, type Block, type BlockType } from './text/blocks';
import { analyzeBlock, type BlockResult } from './blockStage';
import { detach } from './text/normalize';
import { firstNotBefore } from './text/search';
import { mapped } from './lists';
import { adviceChangesAround, buildStage, type EntitiesSource, type FactsSource, claimRange, documentAnalysis, moveBlocks, movePlaced, moveSpans, offsetMap, resumeStage, sectionTitle, type OffsetMap, type Stage } from './documentStage';
import { BYLINE_BLOCKS, couldBeByline, headerLinesText, letterElsewhere, openingHeaderLines, opensLetter, opensLetterText } from './genre';
import type { PlacedMention } from './actors/resolve';
import type { RawMention } from './actors/scan';
import type { RawClaim } from './claims/scan';
import type { PlacedClaim } from './claims/resolve';
import { claimSpan } from './claims/resolve';
import { findDocumentDate } from './documentDate';
import { SETTLED_LENGTH, settleYoungGeneration } from './heap';
import type { Claim, DateMention, DocumentAnalysis } from './types';

/** What DocumentAnalyzer.update() did (see lastUpdate). */
export interface UpdateStats {
  blocks: number;
  analysedBlocks: number;
  offsetsOnly: boolean;
  resumed: boolean;
  mentionsResolved: number;
  factsFrom: FactsSource;
  entitiesFrom: EntitiesSource;
  /** Whether the update collected the young generation after a full analysis of a long text (see heap.ts). */
  settledHeap: boolean;
}

export interface AnalyzeOptions {
  /** The document date when the text has none of its own (set by the user); null/undefined: from the text. */
  documentDate?: string | null;
  /** Parse Markdown structure; default: by the file name (.md). */
  markdown?: boolean;
}

function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(file);
}

/**
 * Incremental analyser for one document: call update(text) after every change.
 * Blocks whose text is unchanged reuse their earlier scan. Most edits take one of
 * two short ways. When an edit changes none of the annotations (typing in a
 * sentence moves offsets but names the same actors, dates and cues; white space
 * between paragraphs), the previous analysis is kept and its offsets are moved.
 * Otherwise the document stage resumes from the edited paragraph (or from the
 * paragraphs a line break or a blank line parted, joined or added) and stops
 * where its state is the old one again. The previous analysis is updated in
 * place, so hold on only to the latest one.
 */
export class DocumentAnalyzer {
  private splitter = new BlockSplitter();
  private cache = new Map<string, BlockResult>();
  private options: AnalyzeOptions;
  private stage: Stage | null = null;
  /**
   * What the last update did: blocks in the text, blocks analysed anew, whether it only moved offsets,
   * whether the document stage resumed from the edited paragraph, and how many mentions the actor
   * pass resolved (all of them on the full path; from the edited paragraph to where it agreed again
   * with the old pass when it resumed), where the facts about names came from, and how the entities'
   * mentions were had: kept, patched around the edit, or gathered anew from every mention.
   */
  lastUpdate: UpdateStats = { blocks: 0, analysedBlocks: 0, offsetsOnly: false, resumed: false, mentionsResolved: 0, factsFrom: 'all mentions', entitiesFrom: 'gathered', settledHeap: false };

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
    if (options.documentDate !== this.options.documentDate || options.markdown !== this.options.markdown) this.stage = null;
    this.options = options;
  }

  update(source: string): DocumentAnalysis {
    const incremental = this.stage ? this.updateParagraph(source) : null;
    if (incremental) return incremental;
    const blocks = this.splitter.split(source, this.markdown());
    const next = new Map<string, BlockResult>();
    let analysed = 0;
    const results = mapped(blocks, (block) => {
      // Kept across updates (the block cache): a copy, not a view into this version of the text.
      const text = this.reusesBlocks ? detach(source.slice(block.start, block.end)) : source.slice(block.start, block.end);
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
    this.stage = buildStage(source, this.file, blocks, results, this.options.documentDate, this.reusesBlocks);
    // The editor's analysis of a long text lives as long as the text is open: settled now, after the full
    // analysis, it is not copied by a collection during the next keystrokes. A text analysed once (the command
    // line) is not settled.
    const settledHeap = this.reusesBlocks && source.length >= SETTLED_LENGTH && settleYoungGeneration();
    this.lastUpdate = { blocks: blocks.length, analysedBlocks: analysed, offsetsOnly: false, resumed: false, mentionsResolved: this.stage.mentionsResolved, factsFrom: 'all mentions', entitiesFrom: 'gathered', settledHeap };
    return this.stage.analysis;
  }

  /** An edit: offsets moved, or the document stage resumed from the edited paragraph or region; null for the full path. */
  private updateParagraph(source: string): DocumentAnalysis | null {
    const previous = this.stage!;
    const edit = findEdit(previous.source, source);
    if (!edit) return null;
    const { start: p, oldEnd, delta } = edit;
    const removed = previous.source.slice(p, oldEnd);
    const inserted = source.slice(p, edit.newEnd);
    // The end holds the signature.
    if (oldEnd > previous.source.length - DOCUMENT_TAIL) return null;
    if (p < DOCUMENT_HEAD && !this.options.documentDate) {
      // The document date is looked for near the top: it must come out the same.
      const before = previous.analysis.dateSource;
      const after = findDocumentDate(source);
      if ((before === null) !== (after === null)) return null;
      if (before && after && (after.value !== previous.analysis.date || after.span.start !== offsetMap(p, oldEnd, delta).start(before.start) || after.span.text !== before.text)) return null;
    }
    // White space typed or removed between two blocks (or at a paragraph's end) changes no block's text.
    if (BLANK.test(removed) && BLANK.test(inserted)) {
      const before = lastBlockEndingBy(previous.blocks, p);
      const after = previous.blocks[before + 1];
      if (before >= 0 && after && after.start >= oldEnd) return this.moveGap(source, before, p, oldEnd, delta) ?? this.updateRegion(source, edit);
    }
    const b = blockAt(previous.blocks, p);
    if (b < 0) return this.updateRegion(source, edit);
    const block = previous.blocks[b];
    // Inside the paragraph, at its start, or typing at its end (the usual way of writing).
    if (!(block.start <= p && oldEnd <= block.end) || !FAST_BLOCK_TYPES.has(block.type)) return this.updateRegion(source, edit);
    // The genre looks at the opening words of every block (a salutation) and at the first blocks (a byline);
    // the author at the last blocks. Those must read the same after the edit.
    if (b >= previous.blocks.length - 4) return null;
    const oldText = previous.source.slice(block.start, block.end);
    const newText = detach(source.slice(block.start, block.end + delta));
    // A blank line typed into the paragraph parts it in two: a change of structure.
    if (BLANK_LINE.test(newText) && !BLANK_LINE.test(oldText)) return this.updateRegion(source, edit);
    // A salutation or a letter's header line ("Datum", "Betreft") makes the text a letter: typed or taken
    // away, it changes the genre unless another block makes it one.
    if (opensLetterText(oldText, block.type) !== opensLetterText(newText, block.type) && !letterElsewhere(previous.source, previous.blocks, b, b + 1)) return null;
    // The opening words of the first prose block title the section before the first heading.
    const firstProse = previous.blocks.findIndex(isProse);
    if (b === firstProse && sectionTitle(oldText) !== sectionTitle(newText)) return null;
    if (b < BYLINE_BLOCKS && couldBeByline(oldText) !== couldBeByline(newText)) return null;
    // The header lines that open the text are read together as a byline too.
    const headerLines = openingHeaderLines(previous.blocks);
    if (b < headerLines && couldBeByline(headerLinesText(previous.source, previous.blocks, headerLines)) !== couldBeByline(headerLinesText(source, previous.blocks, headerLines, { b, delta }))) {
      return null;
    }
    // The text must fall into the same blocks as before, moved: a line typed into a heading (Markdown "# ",
    // a short first line in plain text) changes the structure, which updateRegion() follows. Only the chunk
    // around the edit can change (no blank line was typed): re-split it alone.
    const around = blocksAround(source, p, this.markdown(), (chunkStart) => headingBefore(previous.blocks, chunkStart));
    if (around.length === 0) return this.updateRegion(source, edit);
    // The chunk held the same blocks before the edit (the chunk starts before the edit, so those offsets stay).
    const first = firstBlockFrom(previous.blocks, around[0].start);
    if (first < 0 || b < first || b >= first + around.length) return this.updateRegion(source, edit);
    if (!sameBlocks(previous.blocks, first, around, b, delta, true)) return this.updateRegion(source, edit);
    const oldResult = previous.results[b];
    const newResult = analyzeBlock(newText, block.type);
    const map = offsetMap(p - block.start, oldEnd - block.start, delta);
    // Moved offsets when the annotations stayed (and so did the changes of advice); else the document stage
    // resumes from the paragraph. The byline is found among the first blocks from their annotations: there
    // only moved offsets will do.
    const moved = sameAnnotations(oldResult, newResult, map, p - block.start, delta) ? this.moveOffsets(source, b, p, oldEnd, delta, newResult) : null;
    const analysis = moved ?? (b >= BYLINE_BLOCKS ? resumeStage(previous, source, { b, oldCount: 1, blocks: [blockOver(block, block.start, block.end + delta)], results: [newResult], from: p, oldEnd, delta }) : null);
    if (!analysis) return null;
    // Keep the block cache for the next update.
    const oldKey = `${block.type}\u0000${oldText}`;
    if (this.cache.get(oldKey) === oldResult) this.cache.delete(oldKey);
    this.cache.set(`${block.type}\u0000${newText}`, newResult);
    this.lastUpdate = { blocks: previous.blocks.length, analysedBlocks: 1, offsetsOnly: moved !== null, resumed: moved === null, mentionsResolved: moved ? 0 : previous.mentionsResolved, factsFrom: moved ? 'kept' : previous.factsFrom, entitiesFrom: moved ? 'kept' : previous.entitiesFrom, settledHeap: false };
    return analysis;
  }

  /**
   * An edit that changes the blocks around it: a paragraph parted by a blank line, or by a line break
   * after which its first line reads as a heading; two paragraphs joined; a paragraph typed between
   * others; a heading edited. The whole chunks around the edit are split again, and the document stage
   * resumes from their first block with their new blocks.
   */
  private updateRegion(source: string, edit: TextEdit): DocumentAnalysis | null {
    const stage = this.stage!;
    const blocks = stage.blocks;
    const markdown = this.markdown();
    const { start: p, oldEnd, newEnd, delta } = edit;
    // The chunks' bounds lie before and after the edit: they bound chunks of the old text too.
    const region = chunksAround(source, p, newEnd);
    const end = region.end;
    let start = region.start;
    let first = firstBlockFrom(blocks, start);
    let after = firstBlockFrom(blocks, end - delta);
    if (first < 0) return null;
    if (after < 0) after = blocks.length;
    let found = blocksBetween(source, start, end, markdown, headingBefore(blocks, start));
    if (after === first || found.length === 0) {
      // A paragraph typed where there was none (or all of one removed): the region takes in the chunk before.
      if (first === 0) return null;
      start = chunksAround(source, blocks[first - 1].start, blocks[first - 1].start).start;
      first = firstBlockFrom(blocks, start);
      found = blocksBetween(source, start, end, markdown, headingBefore(blocks, start));
      if (after === first || found.length === 0) return null;
    }
    // Not where the genre, the byline, the first section's title or the signature are read.
    const firstProse = blocks.findIndex(isProse);
    if (first < BYLINE_BLOCKS || first <= firstProse || after > blocks.length - 4) return null;
    const oldBlocks = blocks.slice(first, after);
    if (!oldBlocks.every((block) => REGION_BLOCK_TYPES.has(block.type)) || !found.every((block) => REGION_BLOCK_TYPES.has(block.type))) return null;
    const oldSource = stage.source;
    if (oldBlocks.some((block) => opensLetter(oldSource, block)) !== found.some((block) => opensLetter(source, block)) && !letterElsewhere(oldSource, blocks, first, after)) return null;
    // The first heading of a plain text is its title (level 1): when the region now holds the first one, or no
    // longer does, the next heading after it is one level lower or higher.
    if (!markdown && !headingBefore(blocks, start)) {
      const next = blocks.findIndex((block, k) => k >= after && block.type === 'heading');
      if (next !== -1) blocks[next].level = found.some((block) => block.type === 'heading') ? 2 : 1;
    }
    // A code fence opened or closed in the region changes the chunks after it.
    if (markdown && (FENCE.test(oldSource.slice(start, end - delta)) || FENCE.test(source.slice(start, end)))) return null;
    let analysed = 0;
    const texts = found.map((block) => detach(source.slice(block.start, block.end)));
    const results = mapped(found, (block, k) => {
      const cached = this.cache.get(`${block.type}\u0000${texts[k]}`);
      if (cached) return cached;
      analysed++;
      return analyzeBlock(texts[k], block.type);
    });
    const oldKeys = oldBlocks.map((block) => `${block.type}\u0000${oldSource.slice(block.start, block.end)}`);
    const oldResults = stage.results.slice(first, after);
    const analysis = resumeStage(stage, source, { b: first, oldCount: after - first, blocks: found, results, from: p, oldEnd, delta });
    if (!analysis) return null;
    oldKeys.forEach((key, k) => {
      if (this.cache.get(key) === oldResults[k]) this.cache.delete(key);
    });
    found.forEach((block, k) => this.cache.set(`${block.type}\u0000${texts[k]}`, results[k]));
    this.lastUpdate = { blocks: blocks.length, analysedBlocks: analysed, offsetsOnly: false, resumed: true, mentionsResolved: stage.mentionsResolved, factsFrom: stage.factsFrom, entitiesFrom: stage.entitiesFrom, settledHeap: false };
    return analysis;
  }

  private markdown(): boolean {
    return this.options.markdown ?? isMarkdownFile(this.file);
  }

  /**
   * White space typed or removed in [p, oldEnd), between the end of block b and the start of the next:
   * when the text falls into the same blocks, moved, the analysis is kept and its offsets are moved.
   */
  private moveGap(source: string, b: number, p: number, oldEnd: number, delta: number): DocumentAnalysis | null {
    const stage = this.stage!;
    const blocks = stage.blocks;
    // The chunks that hold the blocks on either side (one, when no blank line is between them) are split again.
    const found = blocksAround(source, blocks[b].start, this.markdown(), (chunkStart) => headingBefore(blocks, chunkStart));
    const nextStart = blocks[b + 1].start + delta;
    if (found.length > 0 && found[found.length - 1].end <= p) {
      // The blocks before the edit are kept, so the old list tells which heading comes before the next chunk.
      for (const block of blocksAround(source, nextStart, this.markdown(), (chunkStart) => headingBefore(blocks, chunkStart - delta))) found.push(block);
    }
    if (found.length === 0) return null;
    const first = firstBlockFrom(blocks, found[0].start);
    if (first < 0 || first > b || first + found.length <= b + 1) return null;
    if (!sameBlocks(blocks, first, found, b, delta, false)) return null;

    moveSpans(stage, source, b, p, oldEnd, delta);
    moveBlocks(blocks, b + 1, delta);
    movePlaced(stage, b, delta);
    stage.source = source;
    stage.analysis = documentAnalysis({ ...stage.analysis, file: this.file, length: source.length });
    this.lastUpdate = { blocks: blocks.length, analysedBlocks: 0, offsetsOnly: true, resumed: false, mentionsResolved: 0, factsFrom: 'kept', entitiesFrom: 'kept', settledHeap: false };
    return stage.analysis;
  }

  /**
   * The fast path: the edited paragraph's annotations are those it had, moved. The previous
   * analysis is kept, its offsets moved; only the claims' subject terms may change.
   */
  private moveOffsets(source: string, b: number, p: number, oldEnd: number, delta: number, newResult: BlockResult): DocumentAnalysis | null {
    const stage = this.stage!;
    const block = { start: stage.blocks[b].start, end: stage.blocks[b].end };
    // The claims' new subject terms; those of advice decide the change of later advice, which must stay.
    const origins = stage.claimOrigins;
    const analysis = stage.analysis;
    const [fromClaim, toClaim] = claimRange(origins, b);
    const newTerms = new Map<number, string[]>();
    const changedAdvice: number[] = [];
    for (let c = fromClaim; c < toClaim; c++) {
      const claim = analysis.claims[c];
      const terms = [...new Set(origins[c].flatMap((o) => (o.block === b ? newResult : stage.results[o.block]).claims[o.rawIndex].terms))];
      if (terms.join() === claim.terms.join()) continue;
      newTerms.set(c, terms);
      if (claim.kind === 'advice') changedAdvice.push(c);
    }
    if (changedAdvice.length > 0 && !adviceChangesStay(analysis.claims, stage.claimEntity, newTerms, changedAdvice)) return null;

    // Move every span: those after the edit by delta, those around it at their end.
    moveSpans(stage, source, b, p, oldEnd, delta);
    for (let c = fromClaim; c < toClaim; c++) {
      // A claim of the edited paragraph is made again from its sentences, as the full path makes it: it may
      // have grown at its end, or lost a quotation mark there.
      const claim = analysis.claims[c];
      const first = newResult.claims[origins[c][0].rawIndex];
      const last = newResult.claims[origins[c][origins[c].length - 1].rawIndex];
      claim.start = claimSpan(source, block.start + first.start, block.start + first.end)[0];
      claim.end = claimSpan(source, block.start + last.start, block.start + last.end)[1];
      claim.text = detach(source.slice(claim.start, claim.end));
      const terms = newTerms.get(c);
      if (terms) claim.terms = terms;
    }

    // Keep the stage consistent for the next update: the block list and the placed mentions and
    // sentences belong to it alone, and are moved in place rather than copied.
    const blocks = stage.blocks;
    blocks[b].end += delta;
    moveBlocks(blocks, b + 1, delta);
    refreshMentions(stage.mentions, stage.mentionBase[b], blocks[b], newResult.mentions);
    refreshClaims(stage.raws, stage.rawBase[b], blocks[b], newResult.claims);
    movePlaced(stage, b, delta);
    stage.results[b] = newResult;
    stage.source = source;
    stage.analysis = documentAnalysis({ ...analysis, file: this.file, length: source.length });
    return stage.analysis;
  }
}

/**
 * The placed mentions of the edited block, given their new offsets in place (their other fields are
 * the same: the annotations did not change). A latent run the actor pass read as a person's name keeps
 * that reading.
 */
function refreshMentions(placed: PlacedMention[], from: number, block: Block, raws: RawMention[]): void {
  raws.forEach((raw, k) => {
    const m = placed[from + k];
    const named = m.type !== raw.type;
    m.start = raw.start + block.start;
    m.end = (named ? raw.runEnd! : raw.end) + block.start;
    m.text = named ? raw.runText! : raw.text;
    m.runKey = raw.runKey;
    m.runEnd = raw.runEnd !== undefined ? raw.runEnd + block.start : undefined;
    m.runText = raw.runText;
  });
}

/** The placed sentences of the edited block, given their new offsets and terms in place. */
function refreshClaims(placed: PlacedClaim[], from: number, block: Block, raws: RawClaim[]): void {
  raws.forEach((raw, k) => {
    const c = placed[from + k];
    c.start = raw.start + block.start;
    c.end = raw.end + block.start;
    c.dateLimit = raw.dateLimit + block.start;
    c.dateStart = raw.dateStart !== undefined ? raw.dateStart + block.start : undefined;
    if (c.cue && raw.cue) {
      c.cue.start = raw.cue.start + block.start;
      c.cue.end = raw.cue.end + block.start;
    }
    if (c.changeCue && raw.changeCue) {
      c.changeCue.start = raw.changeCue.start + block.start;
      c.changeCue.end = raw.changeCue.end + block.start;
    }
    c.terms = raw.terms;
  });
}

/** findDocumentDate() looks this far into the text; edits in the last characters (signature) take the full path. */
const DOCUMENT_HEAD = 4000;
const DOCUMENT_TAIL = 600;
/** Blocks an edit can stay inside: not headings (they title sections) or front matter (the document date). */
const FAST_BLOCK_TYPES = new Set<BlockType>(['paragraph', 'quote', 'list-item', 'header']);
/** Blocks a region of changed structure can hold (sections are made again for it). */
const REGION_BLOCK_TYPES = new Set<BlockType>([...FAST_BLOCK_TYPES, 'heading']);
const FENCE = /^\s{0,3}(?:```|~~~)/m;


/**
 * Whether the change of every advice stays as it is when the advice at `changed` (in text
 * order) get new terms.
 */
function adviceChangesStay(claims: Claim[], claimEntity: (string | null)[], newTerms: Map<number, string[]>, changed: number[]): boolean {
  const sources = new Set(changed.map((c) => claimEntity[c]));
  const changes = adviceChangesAround(claims, claimEntity, changed[0], changed[changed.length - 1] + 1, sources, newTerms);
  return changes.every(([c, change]) => change === claims[c].change);
}

/**
 * Whether the blocks split again around an edit (`found`, the old blocks from `first` on) are the old
 * ones moved: those before block b stay, b keeps its start (and its end grows by delta when the edit
 * is inside it: `grows`), those after it move by delta; and the next old block still comes after them.
 */
function sameBlocks(blocks: Block[], first: number, found: Block[], b: number, delta: number, grows: boolean): boolean {
  if (found.length === 0 || first + found.length > blocks.length) return false;
  for (let k = 0; k < found.length; k++) {
    const x = blocks[first + k];
    const y = found[k];
    const start = first + k <= b ? x.start : x.start + delta;
    const end = first + k < b || (first + k === b && !grows) ? x.end : x.end + delta;
    if (y.start !== start || y.end !== end || y.type !== x.type || y.level !== x.level) return false;
  }
  const following = blocks[first + found.length];
  return !following || following.start + delta >= found[found.length - 1].end;
}

/**
 * Chunk lengths findEdit() compares natively, longest first: a long chunk makes few cut-outs of the texts
 * (each an object to collect), a short one leaves few characters to compare one by one.
 */
const EDIT_CHUNKS = [65536, 4096, 256];

interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}

/** The changed region between two texts: common prefix and suffix. */
function findEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  // Whole chunks are compared natively first, then the differing chunk character by character.
  let start = 0;
  for (const chunk of EDIT_CHUNKS) {
    while (start + chunk <= limit && before.substring(start, start + chunk) === after.substring(start, start + chunk)) start += chunk;
  }
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const room = limit - start;
  for (const chunk of EDIT_CHUNKS) {
    while (suffix + chunk <= room && before.substring(before.length - suffix - chunk, before.length - suffix) === after.substring(after.length - suffix - chunk, after.length - suffix)) suffix += chunk;
  }
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix, delta: after.length - before.length };
}

const BLANK = /^[ \t\r\n]*$/;
const BLANK_LINE = /\n[ \t\r]*\n/;

/** Whether a heading comes before offset (the first heading of a plain text is its title). */
function headingBefore(blocks: Block[], offset: number): boolean {
  for (const block of blocks) {
    if (block.start >= offset) return false;
    if (block.type === 'heading') return true;
  }
  return false;
}

/** Index of the last block that ends at or before offset, or -1. */
function lastBlockEndingBy(blocks: Block[], offset: number): number {
  return firstNotBefore(blocks.length, (k) => blocks[k].end <= offset) - 1;
}

/** Index of the first block that starts at or after offset, or -1 when none does. */
function firstBlockFrom(blocks: Block[], offset: number): number {
  const first = firstNotBefore(blocks.length, (k) => blocks[k].start < offset);
  return first < blocks.length ? first : -1;
}

/** Index of the block whose range contains offset, or -1. */
function blockAt(blocks: Block[], offset: number): number {
  const k = firstNotBefore(blocks.length, (j) => blocks[j].end < offset);
  return k < blocks.length && blocks[k].start <= offset ? k : -1;
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
    if (a.oblique !== c.oblique || a.subjectLike !== c.subjectLike || a.clauseSubject !== c.clauseSubject || a.sentenceInitial !== c.sentenceInitial || a.introduced !== c.introduced || a.directed !== c.directed) return false;
    if (a.productOf !== c.productOf || a.verbFollows !== c.verbFollows || a.description?.noun !== c.description?.noun) return false;
    // A latent run may be read as a person's name: its words and its end must stay.
    if (a.runKey !== c.runKey || a.runText !== c.runText || (a.runEnd === undefined) !== (c.runEnd === undefined) || (a.runEnd !== undefined && map.end(a.runEnd) !== c.runEnd)) return false;
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
    const keys: (keyof RawClaim)[] = ['sentence', 'speaker', 'firstPerson', 'pronounSubject', 'passive', 'kind', 'embedded', 'thenReference', 'procedural', 'attributesPrevious', 'quoteSpeaker', 'recap', 'recapOwner', 'reportative', 'evidential', 'negated', 'hasVerb', 'question'];
    for (const key of keys) if (a[key] !== c[key]) return false;
  }
  return true;
}

export function analyzeText(text: string, file: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return new DocumentAnalyzer(file, options, false).update(text);
}

export type { DateMention };
