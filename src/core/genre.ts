/**
 * What kind of text this is, and who speaks in it without a cue: a letter
 * (salutation or Kamerbrief header) speaks for its signatory, an advisory with a
 * byline for its publisher, news only through attributed statements.
 */
import type { Block } from './text/blocks';
import { alternation } from './text/wordPattern';
import cues from './lexicon/cues.json';
import type { PlacedMention } from './actors/resolve';
import type { Genre } from './claims/resolve';
import type { BlockResult } from './blockStage';

export const SALUTATION = new RegExp(String.raw`^\s*${alternation(cues.genre.salutations)}\b`, 'i');
export const LETTER_HEADER = new RegExp(String.raw`^\s*${alternation(cues.genre.letterHeaders)}\b`, 'i');
/** A byline is a short paragraph among the first blocks. */
export const BYLINE_BLOCKS = 6;
const BYLINE_LENGTH = 240;
/**
 * The words of a byline's text (the rest is checked on its annotations: no cue, no verb, a date): what it
 * publishes ("beveiligingsadvies", "update"), or the whole paragraph in emphasis ("*Rijksinstituut … (RIVM),
 * vrijdag 14 maart 2025*"), as Markdown sets a byline apart.
 */
export function couldBeByline(text: string): boolean {
  return text.length <= BYLINE_LENGTH && (BYLINE_WORDS.test(text) || EMPHASISED.test(text)) && !NOT_BYLINE_VERBS.test(text);
}

const EMPHASISED = /^\s*([*_])[^*_\n][^\n]*\1\s*$/;

const BYLINE_WORDS = new RegExp(alternation(cues.genre.bylineWords), 'i');
const NOT_BYLINE_VERBS = new RegExp(String.raw`\b${alternation(cues.genre.notBylineVerbs)}\b`, 'i');

/** Whether a block makes its text a letter: a salutation, or a Kamerbrief header line ("Datum …"), in its first 40 characters. */
export function opensLetter(source: string, block: Block): boolean {
  return opensLetterText(source.slice(block.start, Math.min(block.end, block.start + 40)), block.type);
}

/** opensLetter() for a block's text (only its first 40 characters are read). */
export function opensLetterText(text: string, type: Block['type']): boolean {
  const start = text.length > 40 ? text.slice(0, 40) : text;
  return SALUTATION.test(start) || (type === 'header' && LETTER_HEADER.test(start));
}

/**
 * Whether a block other than [first, after) makes the text a letter: then an edit there that makes its
 * blocks open a letter, or no longer, leaves the text a letter all the same.
 */
export function letterElsewhere(source: string, blocks: Block[], first: number, after: number): boolean {
  for (let k = 0; k < blocks.length; k++) {
    if (k === first) k = after;
    if (k < blocks.length && opensLetter(source, blocks[k])) return true;
  }
  return false;
}

/**
 * A letter (salutation or Kamerbrief header) speaks for its signatory; an
 * advisory with a byline ("*Nationaal Cyber Security Centrum (NCSC),
 * beveiligingsadvies …*") for its publisher; other texts (news) only through
 * attributed statements.
 */
export function detectGenre(source: string, blocks: Block[], mentions: PlacedMention[], results: BlockResult[]): { genre: Genre; authorMention: number | null; bylineBlock: number | null } {
  const isLetter = blocks.some((b) => opensLetter(source, b));
  if (isLetter) {
    // The signatory: the last person (or office) named in the last blocks.
    const tail = blocks.length - 4;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.block < tail) break;
      if (m.type === 'person' || m.type === 'office') return { genre: 'letter', authorMention: k, bylineBlock: null };
    }
    // No signatory: an advisory's header may have a "Datum" line too.
    return headerByline(source, blocks, mentions, results) ?? { genre: 'letter', authorMention: null, bylineBlock: null };
  }
  // An advisory's byline: a short early paragraph naming a public body and what it publishes.
  const early = blocks.slice(0, BYLINE_BLOCKS);
  for (let b = 0; b < early.length; b++) {
    const block = early[b];
    const text = source.slice(block.start, block.end);
    if (block.type !== 'paragraph' || !couldBeByline(text)) continue;
    // A byline names and dates; it makes no statement (no verb, no cue).
    if (results[b].claims.some((c) => c.cue !== null || c.hasVerb) || results[b].dates.length === 0) continue;
    // A public body; or, in a byline set apart in emphasis, a company that publishes its own updates
    // ("*Rivion Netbeheer, storingsupdate 3, 15 januari 2025*").
    const k = mentions.findIndex((m) => m.block === b && (m.type === 'org' || m.type === 'acronym-name' || (m.type === 'name' && m.category === 'company' && EMPHASISED.test(text))));
    if (k !== -1) return { genre: 'advisory', authorMention: k, bylineBlock: b };
  }
  return headerByline(source, blocks, mentions, results) ?? { genre: 'news', authorMention: null, bylineBlock: null };
}

/**
 * The text of the first `end` header lines, one line each: white space between them (typed or taken away
 * between blocks, which moves no block's text) does not change it. With an edit, `source` is the edited
 * text and `blocks` those before it: block `edit.b` grew by `edit.delta`, and the blocks after it moved by it.
 */
export function headerLinesText(source: string, blocks: Block[], end: number, edit?: { b: number; delta: number }): string {
  let text = '';
  for (let b = 0; b < end; b++) {
    const shift = edit && b > edit.b ? edit.delta : 0;
    const grown = edit && b === edit.b ? edit.delta : 0;
    text += (b > 0 ? '\n' : '') + source.slice(blocks[b].start + shift, blocks[b].end + shift + grown);
  }
  return text;
}

/** How many header lines open the text, among its first BYLINE_BLOCKS blocks (headerByline() reads them together). */
export function openingHeaderLines(blocks: Block[]): number {
  let end = 0;
  while (end < Math.min(blocks.length, BYLINE_BLOCKS) && blocks[end].type === 'header') end++;
  return end;
}

/**
 * An advisory's byline as the header lines that open it: "Informatiebeveiligingsdienst (IBD)" /
 * "Beveiligingsadvies IBD-2026-0031, versie 1.00" / "Datum 27 januari 2026". Together they name a
 * public body and what it publishes, and date it, as a byline paragraph does.
 */
function headerByline(source: string, blocks: Block[], mentions: PlacedMention[], results: BlockResult[]): { genre: Genre; authorMention: number; bylineBlock: number } | null {
  const end = openingHeaderLines(blocks);
  if (end < 2) return null;
  if (!couldBeByline(headerLinesText(source, blocks, end))) return null;
  let dated = false;
  for (let b = 0; b < end; b++) if (results[b].dates.length > 0) dated = true;
  if (!dated) return null;
  const k = mentions.findIndex((m) => m.block < end && (m.type === 'org' || m.type === 'acronym-name'));
  return k === -1 ? null : { genre: 'advisory', authorMention: k, bylineBlock: mentions[k].block };
}

