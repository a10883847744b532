/**
 * Tokens and sentences. Hand-written rather than compromise/one: the same
 * segmentation at a fraction of the cost (scripts/bench.mjs measures both),
 * which the export's throughput target needs. Dutch abbreviations come from
 * lexicon data; initials ("F.B.J.") and numbers ("10.5") never end a sentence.
 */
import abbreviationList from '../lexicon/abbreviations.json';
import { fold } from './normalize';
import { defineWordClass, wordInfo, type WordInfo } from './wordClasses';

export interface Token {
  /** Offsets relative to the text that was tokenised. */
  start: number;
  end: number;
  text: string;
  /** Lower case, accents stripped. */
  folded: string;
  /** A word (letters/digits) rather than a punctuation mark. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** What is known about the word, shared by all its tokens: among it the word classes it belongs to. */
  info: WordInfo;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index range into the block's token array. */
  first: number;
  last: number;
}

const ABBREVIATIONS = new Set(
  (abbreviationList as string[]).map((a) => fold(a.replace(/\.$/, ''))),
);

// A word: letters/digits, with inner hyphens, apostrophes, ampersands, slashes and
// periods when a letter or digit follows ("Fox-IT", "GOVCERT.NL", "J&V", "10.5").
// Anything else that is not white space is a one-character punctuation token.
const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’&./](?=[\p{L}\p{N}]))*)|([^\s\p{L}\p{N}\p{M}])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const info = wordInfo(m[0], m[1] !== undefined);
    tokens.push({
      start: m.index,
      end: m.index + info.text.length,
      text: info.text,
      folded: info.folded,
      word: info.word,
      cap: info.cap,
      info,
    });
  }
  return tokens;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '«', '-', '–', '—']);
/** Every token is asked whether it ends a sentence: a bit test, not a look-up. */
const TERMINAL_MARK = defineWordClass((w) => TERMINAL.has(w.text));

/** True when the word before a period is an abbreviation or an initial, not a sentence end. */
function isAbbreviation(token: Token | undefined): boolean {
  if (!token || !token.word) return false;
  if (ABBREVIATIONS.has(token.folded)) return true;
  // Initials: "F", "F.B.J", "J.P.H".
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(token.text);
}

/** Sentences of a tokenised text; a line break between two lines of prose is just a space. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last >= first) sentences.push({ start: tokens[first].start, end: tokens[last].end, first, last });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if ((token.info.classes & TERMINAL_MARK) === 0) continue;
    if (token.text === '.' && isAbbreviation(tokens[i - 1]) && tokens[i - 1].end === token.start) {
      // "mr. Grapperhaus": not an end, unless a new sentence plainly starts on a new line.
      const next = tokens[i + 1];
      if (!next || !/\n/.test(text.slice(token.end, next.start))) continue;
    }
    let last = i;
    while (last + 1 < tokens.length && (TERMINAL.has(tokens[last + 1].text) || CLOSERS.has(tokens[last + 1].text)) && tokens[last + 1].start === tokens[last].end) last++;
    const next = tokens[last + 1];
    if (next && next.start === tokens[last].end) continue; // "10.5" handled by the tokeniser; "a.b" stays
    if (next && next.word && !next.cap && !/\p{N}/u.test(next.text[0])) continue; // lower case after a period: not a new sentence
    if (next && !next.word && !OPENERS.has(next.text)) continue;
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

/** Tokens and sentences of a text, counted: what scripts/bench.mjs compares with compromise/one. */
export function tokenizeForBenchmark(text: string): number {
  const tokens = tokenize(text);
  splitSentences(text, tokens);
  return tokens.length;
}
