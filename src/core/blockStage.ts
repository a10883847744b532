/**
 * The block stage: what one block's own text says (its sentences, raw mentions,
 * raw dates and raw claims, with offsets relative to the block). It depends on
 * nothing outside the block, so an analyser caches it per block.
 */
import type { BlockType } from './text/blocks';
import { splitSentences, tokenize } from './text/tokens';
import { scanMentions, type RawMention } from './actors/scan';
import { scanClaims, type RawClaim } from './claims/scan';
import { scanDates, type RawDate } from './dates';
import { mayContainDate } from './dateWords';

export interface BlockResult {
  /** How many sentences the block has (the tokens themselves are not kept: they are most of the memory). */
  sentenceCount: number;
  mentions: RawMention[];
  dates: RawDate[];
  claims: RawClaim[];
}

export function analyzeBlock(text: string, type: BlockType): BlockResult {
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

