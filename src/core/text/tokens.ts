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
// Anything else that is not white space is a one-character punctuation token. As a pattern:
//   /([\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’&./](?=[\p{L}\p{N}]))*)|([^\s\p{L}\p{N}\p{M}])/gu
// tokenize() reads exactly that by hand: the pattern's exec() builds a match array and two
// strings per token, which made it a third slower (test/unit/wordClasses.test.ts checks the two agree).

const LETTER_OR_DIGIT = 1;
const MARK = 2;
const SPACE = 3;
const OTHER = 4;

/** A code point's class, from the Unicode properties the pattern names. */
function classOf(char: string): number {
  if (/^[\p{L}\p{N}]$/u.test(char)) return LETTER_OR_DIGIT;
  if (/^\p{M}$/u.test(char)) return MARK;
  if (/^\s$/u.test(char)) return SPACE;
  return OTHER;
}

/** Classes of the code points in the Basic Multilingual Plane, filled in on first sight (0: not yet). */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();
const CONNECTORS = new Set(Array.from("-'’&./", (c) => c.charCodeAt(0)));

/** The class of the code point at i. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return BMP_CLASSES[c] || (BMP_CLASSES[c] = classOf(text[i]));
  if (unitsAt(text, i) === 1) return OTHER; // a lone surrogate: neither letter, digit, mark nor space
  const point = text.codePointAt(i)!;
  let known = ASTRAL_CLASSES.get(point);
  if (known === undefined) ASTRAL_CLASSES.set(point, (known = classOf(String.fromCodePoint(point))));
  return known;
}

/** How many UTF-16 units the code point at i takes: 2 for a surrogate pair. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1); // NaN past the end
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const kind = classAt(text, i);
    i += unitsAt(text, i);
    // White space and a mark outside a word start neither alternative of the pattern.
    if (kind === SPACE || kind === MARK) continue;
    if (kind === LETTER_OR_DIGIT) {
      while (i < n) {
        const next = classAt(text, i);
        if (next === LETTER_OR_DIGIT || next === MARK) i += unitsAt(text, i);
        else if (CONNECTORS.has(text.charCodeAt(i)) && i + 1 < n && classAt(text, i + 1) === LETTER_OR_DIGIT) i++;
        else break;
      }
    }
    const info = wordInfo(text.slice(start, i), kind === LETTER_OR_DIGIT);
    tokens.push({ start, end: i, text: info.text, folded: info.folded, word: info.word, cap: info.cap, info });
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

/** The first word token in [from, to) (opening quotation marks and the like left out), or `to` when there is none. */
export function firstWordIn(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && !tokens[k].word) k++;
  return k;
}

/**
 * The folded word (or the text) of token k, or '' where there is none: before a block's first token or after
 * its last. The scanners read the words around a token through these. A read past either end of the list
 * (`tokens[i - 1]?.folded` at a block's first token) made the engine throw away the code it had compiled for
 * a scanner whenever the first such read at a place came after that compile, in a long text after the
 * editor's warm-up; it was compiled again, on a thread that took the CPU from the first edits.
 */
export function foldedAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].folded : '';
}

/** The text of token k, or '' where there is none (see foldedAt()). */
export function textAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].text : '';
}

/** Token k, or undefined where there is none (see foldedAt()). */
export function tokenIfAny(tokens: Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
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
    if (token.text === '.' && i > 0 && isAbbreviation(tokens[i - 1]) && tokens[i - 1].end === token.start) {
      // "mr. Grapperhaus": not an end, unless a new sentence plainly starts on a new line.
      const next = tokenIfAny(tokens, i + 1);
      if (!next || !/\n/.test(text.slice(token.end, next.start))) continue;
    }
    let last = i;
    while (last + 1 < tokens.length && (TERMINAL.has(tokens[last + 1].text) || CLOSERS.has(tokens[last + 1].text)) && tokens[last + 1].start === tokens[last].end) last++;
    const next = tokenIfAny(tokens, last + 1);
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
