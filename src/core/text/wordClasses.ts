/**
 * What is known about a word, computed once per distinct token text instead of
 * once per token.
 *
 * The scanners ask of nearly every token whether it is a determiner, an
 * auxiliary, a title, the first word of a lexicon phrase and so on: a dozen Set
 * and Map look-ups per token, each hashing and comparing a freshly cut string. A
 * text has far fewer distinct words than tokens, so each distinct word gets one
 * WordInfo, shared by all its tokens: its folded form and a bit for every word
 * class it belongs to. The hot loops then test bits.
 *
 * A word class is only an index over data that stays where it is (the lexicon
 * JSON and the modules' small word sets): it is defined by a predicate over the
 * word that consults that data, so a bit means exactly what the look-up it
 * replaces means. Classes are defined when their modules load, before any text
 * is scanned.
 */
import { fold } from './normalize';

export interface WordInfo {
  /** The token text; one string for all its tokens, so its hash is computed once. */
  readonly text: string;
  /** Lower case, accents stripped (punctuation as it is). */
  readonly folded: string;
  /** A word (letters/digits) rather than a punctuation mark. */
  readonly word: boolean;
  /** A word that starts with a capital letter. */
  readonly cap: boolean;
  /** The word classes the word belongs to, one bit each (see defineWordClass). */
  classes: number;
}

export type WordClassTest = (word: WordInfo) => boolean;

// Bit 31 would make masks negative numbers, outside V8's small integers.
const MAX_CLASSES = 31;
// Words repeat, so few texts reach this bound; it keeps memory flat for those that do.
const MAX_WORDS = 200_000;

const tests: WordClassTest[] = [];
const infos = new Map<string, WordInfo>();
/** Set once the cache was cleared: tokens may then hold infos that a refresh can no longer reach. */
let evicted = false;

/**
 * A new word class: the bit that is set in `classes` of every word for which `test`
 * holds. `test` must depend only on the word and on data that is complete when the
 * class is defined (or that calls refreshWordClass when it changes).
 */
export function defineWordClass(test: WordClassTest): number {
  if (tests.length === MAX_CLASSES) {
    throw new Error(`At most ${MAX_CLASSES} word classes: look the word up in a Set instead`);
  }
  const bit = 1 << tests.length;
  tests.push(test);
  refreshWordClass(bit);
  return bit;
}

/** Re-evaluates a word class for every word seen so far, after the data behind it changed. */
export function refreshWordClass(bit: number): void {
  if (evicted) throw new Error('Word classes must be complete before texts are scanned');
  const test = tests[31 - Math.clz32(bit)];
  for (const info of infos.values()) info.classes = test(info) ? info.classes | bit : info.classes & ~bit;
}

/** The classes a word belongs to, computed afresh from every class's predicate. */
export function classesOf(word: WordInfo): number {
  let classes = 0;
  for (let c = 0; c < tests.length; c++) if (tests[c](word)) classes |= 1 << c;
  return classes;
}

const UPPER = /\p{Lu}/u;

/** Plain lower-case ASCII needs no folding: most Dutch words are. */
function isLowerAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * The shared info of a token text. `word` says whether the tokeniser matched it as a
 * word; words and punctuation marks never share a text (a word starts with a letter or
 * digit, a mark is one character that is neither), so the text alone is the key.
 */
export function wordInfo(text: string, word: boolean): WordInfo {
  const known = infos.get(text);
  if (known !== undefined) return known;
  if (infos.size >= MAX_WORDS) {
    infos.clear();
    evicted = true;
  }
  // A copy: a cut-out string can be a view into the whole text, which the cache would keep alive.
  const own = text.length > 1 ? Array.from(text).join('') : text;
  const first = own.charCodeAt(0);
  const info: WordInfo = {
    text: own,
    folded: !word || isLowerAscii(own) ? own : fold(own),
    word,
    cap: word && (first < 128 ? first >= 65 && first <= 90 : UPPER.test(own[0])),
    classes: 0,
  };
  info.classes = classesOf(info);
  infos.set(own, info);
  return info;
}
