/**
 * Splits a text into blocks (headings, paragraphs, letter header lines, quotes,
 * list items). A block is the unit of incremental re-analysis: its analysis
 * depends only on its own text and type, so an edit re-analyses one block.
 *
 * Markdown goes through remark-parse, one blank-line-separated chunk at a time
 * (cached by chunk text), so that typing in a large file does not re-parse it
 * whole. Offsets come from the parser's positions; we analyse
 * `source.slice(start, end)`, never `node.value`, whose entities are decoded.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import functionWords from '../lexicon/function-words.json';

export type BlockType = 'heading' | 'paragraph' | 'header' | 'quote' | 'list-item' | 'front-matter' | 'code';

export interface Block {
  start: number;
  end: number;
  type: BlockType;
  /** Heading depth (1 = title); 0 for other blocks. */
  level: number;
}

/**
 * A block of the same type and level over [start, end). Field by field, as every block is made: a block of one
 * object shape wherever it was made (a spread copy has a shape of its own, which sends the code that reads
 * blocks back to the interpreter).
 */
export function blockOver(block: Block, start: number, end: number): Block {
  return { start, end, type: block.type, level: block.level };
}

/** A block `by` further. */
function movedBlock(block: Block, by: number): Block {
  return blockOver(block, block.start + by, block.end + by);
}

/** Whether a block is the text's own writing: not front matter, not a letter's header line. */
export function isProse(block: Block): boolean {
  return block.type !== 'front-matter' && block.type !== 'header';
}

interface Line {
  start: number;
  /** End of the line's content, before \r\n or \n. */
  end: number;
  text: string;
}

function splitLines(source: string, from = 0, to = source.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let newline = source.indexOf('\n', start);
    if (newline === -1 || newline > to) newline = to;
    let end = newline;
    if (end > start && source.charCodeAt(end - 1) === 13) end -= 1;
    lines.push({ start, end, text: source.slice(start, end) });
    if (newline >= to) break;
    start = newline + 1;
  }
  return lines;
}

const isBlank = (line: Line) => line.text.trim() === '';

/** Trims whitespace from both ends of a range. */
function trimRange(source: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return [start, end];
}

// ----------------------------------------------------------- letter structure

/** Lines of a letter's header: "Datum 29 januari 2020", "Betreft …", "Kenmerk …". */
const HEADER_LINE =
  /^\s*(?:datum|betreft|kenmerk|ons kenmerk|uw kenmerk|onderwerp|bijlage\(?n?\)?|uw brief|aan|postbus|date)\b[ \t:]/i;
/** A date header at the start of a line, possibly followed by text on the same line. */
const DATE_LINE = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?/i;
const ENDS_LIKE_SENTENCE = /[.!?;:,"”’)]\s*$/;
const ACRONYM_AT_END = /\(\p{Lu}[\p{Lu}\p{N}-]+\)\s*$/u;
const POSTCODE = /^\s*\d{4}\s?[A-Z]{2}\b/;

function isHeaderLine(text: string): boolean {
  return HEADER_LINE.test(text) || POSTCODE.test(text) || DATE_LINE.test(text);
}

/**
 * Words no heading ends with (articles, most prepositions, conjunctions): a line that does ("De", "Het
 * advies van") runs on into the next. Not those that end questions ("Waar gaat het om", "Wat houdt het in").
 */
const NOT_HEADING_ENDS = new Set(functionWords.notHeadingEnds);
const LAST_WORD = /['\p{L}\p{N}]+$/u;

function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return false;
  if (ENDS_LIKE_SENTENCE.test(trimmed)) return false;
  if (NOT_HEADING_ENDS.has(LAST_WORD.exec(trimmed)?.[0].toLowerCase() ?? '')) return false;
  // Headings start with a capital or a digit ("1. Inleiding"); names like "mr. F.B.J. Grapperhaus" do not.
  return /^[\p{Lu}\p{N}]/u.test(trimmed);
}

/** Blocks of one chunk of plain text (lines without a blank line), offsets relative to the chunk. */
function plainChunkBlocks(source: string, isLast: boolean, headingsFound: { count: number }): Block[] {
  const blocks: Block[] = [];
  const chunk = splitLines(source, 0, source.length).filter((line) => !isBlank(line));
  if (chunk.length === 0) return blocks;
  // A header's lines may end in an acronym ("Informatiebeveiligingsdienst (IBD)"), as no sentence does.
  const shortLines = chunk.every((line) => line.text.trim().length < 64 && (!ENDS_LIKE_SENTENCE.test(line.text) || ACRONYM_AT_END.test(line.text)));
  let rest = chunk;
  // A date line may carry the first sentence of the text after it (" date 2020-01 Minister …").
  const dateLine = DATE_LINE.exec(rest[0].text);
  if (dateLine) {
    const first = rest[0];
    const dateEnd = first.start + dateLine[0].length;
    blocks.push({ start: first.start + dateLine[0].search(/\S/), end: dateEnd, type: 'header', level: 0 });
    const [s, e] = trimRange(source, dateEnd, first.end);
    rest = rest.slice(1);
    if (e > s) rest = [{ start: s, end: e, text: source.slice(s, e) }, ...rest];
    if (rest.length === 0) return blocks;
  }
  // (A date line and one line after it: that line is a headline, read below.)
  if (rest.length > 1 && shortLines && !isLast) {
    // An address block or a header block: each line stands alone.
    for (const line of rest) {
      const [s, e] = trimRange(source, line.start, line.end);
      if (e > s) blocks.push({ start: s, end: e, type: 'header', level: 0 });
    }
    return blocks;
  }
  while (rest.length > 0 && isHeaderLine(rest[0].text)) {
    const [s, e] = trimRange(source, rest[0].start, rest[0].end);
    blocks.push({ start: s, end: e, type: 'header', level: 0 });
    rest = rest.slice(1);
  }
  if (rest.length === 0) return blocks;
  const hasFollower = rest.length > 1 || !isLast;
  if (hasFollower && looksLikeHeading(rest[0].text) && (rest.length === 1 || rest[0].text.trim().length < 0.8 * rest[1].text.trim().length)) {
    const [s, e] = trimRange(source, rest[0].start, rest[0].end);
    blocks.push({ start: s, end: e, type: 'heading', level: headingsFound.count === 0 ? 1 : 2 });
    headingsFound.count++;
    rest = rest.slice(1);
    if (rest.length === 0) return blocks;
  }
  const [s, e] = trimRange(source, rest[0].start, rest[rest.length - 1].end);
  if (e > s) blocks.push({ start: s, end: e, type: 'paragraph', level: 0 });
  return blocks;
}

/** A line break followed by one or more blank lines: where plain-text chunks end. */
const BLANK_LINES = /\r?\n(?:[ \t]*\r?\n)+/g;

/** Chunks of plain text separated by blank lines (found natively, not line by line). */
function plainChunks(source: string, from: number, to: number): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = from;
  BLANK_LINES.lastIndex = from;
  for (let m = BLANK_LINES.exec(source); m !== null && m.index < to; m = BLANK_LINES.exec(source)) {
    if (source.slice(start, m.index).trim() !== '') result.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < to && source.slice(start, to).trim() !== '') result.push({ start, end: to });
  return result;
}

// ------------------------------------------------------------------ markdown

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const markdownParser = unified().use(remarkParse);

/** Blocks of one markdown chunk, offsets relative to the chunk. */
function markdownChunkBlocks(text: string): Block[] {
  const tree = markdownParser.parse(text) as MdNode;
  const blocks: Block[] = [];
  const visit = (node: MdNode, context: BlockType) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'heading': {
        const kids = node.children ?? [];
        const first = kids[0]?.position?.start.offset ?? start;
        const last = kids[kids.length - 1]?.position?.end.offset ?? end;
        if (last > first) blocks.push({ start: first, end: last, type: 'heading', level: node.depth ?? 1 });
        break;
      }
      case 'paragraph':
        blocks.push({ start, end, type: context, level: 0 });
        break;
      case 'blockquote':
        for (const child of node.children ?? []) visit(child, 'quote');
        break;
      case 'list':
      case 'listItem':
        for (const child of node.children ?? []) visit(child, context === 'quote' ? 'quote' : 'list-item');
        break;
      default:
        // code, html, tables, thematic breaks and definitions are not prose
        break;
    }
  };
  for (const child of tree.children ?? []) visit(child, 'paragraph');
  return blocks;
}

/** Chunks separated by blank lines, kept together while a code fence is open. */
function markdownChunks(source: string, from: number, to: number): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = -1;
  let end = -1;
  let fenceOpen = false;
  for (const line of splitLines(source, from, to)) {
    if (/^\s{0,3}(```|~~~)/.test(line.text)) fenceOpen = !fenceOpen;
    if (isBlank(line) && !fenceOpen) {
      if (start !== -1) result.push({ start, end });
      start = -1;
    } else {
      if (start === -1) start = line.start;
      end = line.end;
    }
  }
  if (start !== -1) result.push({ start, end });
  return result;
}

/** Front matter between "---" lines at the very start: one header block per line. */
function frontMatter(source: string): { blocks: Block[]; end: number } {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open) return { blocks: [], end: 0 };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const found = close.exec(source);
  if (!found) return { blocks: [], end: 0 };
  const blocks = splitLines(source, open[0].length, found.index)
    .filter((line) => !isBlank(line))
    .map((line) => ({ start: line.start, end: line.end, type: 'front-matter' as const, level: 0 }));
  return { blocks, end: found.index + found[0].length };
}

export class BlockSplitter {
  /** Blocks of each Markdown chunk of the last text, by chunk text. */
  private cache = new Map<string, Block[]>();
  private nextCache = new Map<string, Block[]>();
  /** Blocks of each plain-text chunk, by chunk text, for each place it can have (last or not, after a heading or not). */
  private plainCache = new Map<string, (Block[] | undefined)[]>();
  private nextPlainCache = new Map<string, (Block[] | undefined)[]>();

  split(source: string, markdown: boolean): Block[] {
    const front = frontMatter(source);
    const blocks = [...front.blocks];
    if (!markdown) {
      // Chunks are cached by their text, whether they are the last, and whether a heading came before
      // (the first heading is the title): an edit re-classifies one chunk.
      const headingsFound = { count: 0 };
      const chunkList = plainChunks(source, front.end, source.length);
      chunkList.forEach((chunk, index) => {
        const text = source.slice(chunk.start, chunk.end);
        const isLast = index === chunkList.length - 1;
        // Keyed by the chunk's text itself (no concatenated key: that would copy the whole text each time).
        const variant = (isLast ? 2 : 0) + (headingsFound.count > 0 ? 1 : 0);
        const variants = this.plainCache.get(text) ?? this.nextPlainCache.get(text) ?? [];
        let cached = variants[variant];
        if (!cached) {
          cached = plainChunkBlocks(text, isLast, { count: headingsFound.count });
          variants[variant] = cached;
        }
        this.nextPlainCache.set(text, variants);
        for (const block of cached) {
          blocks.push(movedBlock(block, chunk.start));
          if (block.type === 'heading') headingsFound.count++;
        }
      });
      this.plainCache = this.nextPlainCache;
      this.nextPlainCache = new Map();
      return blocks;
    }
    this.nextCache = new Map();
    for (const chunk of markdownChunks(source, front.end, source.length)) {
      const text = source.slice(chunk.start, chunk.end);
      const relative = this.cache.get(text) ?? this.nextCache.get(text) ?? markdownChunkBlocks(text);
      this.nextCache.set(text, relative);
      for (const block of relative) blocks.push(movedBlock(block, chunk.start));
    }
    // Keep only the chunks of the current text, so the cache does not grow with every edit.
    this.cache = this.nextCache;
    return blocks;
  }
}

export function splitBlocks(source: string, markdown: boolean): Block[] {
  return new BlockSplitter().split(source, markdown);
}

/**
 * The blocks (offsets absolute) of the blank-line-separated chunk of text around an
 * offset, as split() makes them: `headingBefore` tells whether a heading comes before
 * the chunk's start (the first heading is the title). Used to check that an edit left
 * the block structure as it was, without splitting the whole text.
 */
export function blocksAround(source: string, offset: number, markdown: boolean, headingBefore: (chunkStart: number) => boolean): Block[] {
  let start = offset;
  while (start > 0 && !blankLineEndsAt(source, start)) start--;
  let end = offset;
  while (end < source.length && !blankLineStartsAt(source, end)) end++;
  const text = source.slice(start, end);
  if (markdown) return markdownChunkBlocks(text).map((b) => movedBlock(b, start));
  const isLast = source.slice(end).trim() === '';
  return plainChunkBlocks(text, isLast, { count: headingBefore(start) ? 1 : 0 }).map((b) => movedBlock(b, start));
}

/**
 * The whole chunks of text that [from, to) touches: from the chunk start at or before
 * `from` to the chunk end at or after `to`. Each bound is found looking away from the
 * range only, so after an edit of [from, to) it bounds chunks in the old text too.
 */
export function chunksAround(source: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !blankLineEndsAt(source, start)) start--;
  let end = to;
  while (end < source.length && !blankLineStartsAt(source, end)) end++;
  return { start, end };
}

/**
 * The blocks of the chunks in [start, end) (bounds of chunks, as chunksAround() gives
 * them), as split() makes them; `headingBefore`: whether a heading comes before start.
 */
export function blocksBetween(source: string, start: number, end: number, markdown: boolean, headingBefore: boolean): Block[] {
  const blocks: Block[] = [];
  if (markdown) {
    for (const chunk of markdownChunks(source, start, end)) {
      for (const block of markdownChunkBlocks(source.slice(chunk.start, chunk.end))) blocks.push(movedBlock(block, chunk.start));
    }
    return blocks;
  }
  const headingsFound = { count: headingBefore ? 1 : 0 };
  const chunks = plainChunks(source, start, end);
  const lastOfText = source.slice(end).trim() === '';
  chunks.forEach((chunk, index) => {
    const isLast = lastOfText && index === chunks.length - 1;
    for (const block of plainChunkBlocks(source.slice(chunk.start, chunk.end), isLast, headingsFound)) {
      blocks.push(movedBlock(block, chunk.start));
    }
  });
  return blocks;
}

/** A blank line ends just before position i: "\n", spaces or tabs, "\n" right before it. */
function blankLineEndsAt(source: string, i: number): boolean {
  if (source[i - 1] !== '\n') return false;
  let k = i - 2;
  while (k >= 0 && (source[k] === ' ' || source[k] === '\t' || source[k] === '\r')) k--;
  return k >= 0 && source[k] === '\n';
}

/** A blank line starts at position i: "\n", spaces or tabs, "\n". */
function blankLineStartsAt(source: string, i: number): boolean {
  let k = i;
  if (source[k] === '\r') k++;
  if (source[k] !== '\n') return false;
  k++;
  while (k < source.length && (source[k] === ' ' || source[k] === '\t' || source[k] === '\r')) k++;
  return k < source.length && source[k] === '\n';
}
