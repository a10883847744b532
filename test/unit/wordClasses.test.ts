// Word classes (src/core/text/wordClasses.ts) index the lexicon per distinct word. The
// scanners' output depends on them meaning exactly what the look-ups they replace meant:
// every token's bits must be what the predicates say now, however early its word was first
// seen (the lexicon tokenises its own phrases while classes are still being defined), and
// tokens must carry the same text, folded form and flags as the tokeniser gave before.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// Loads every scanner, so that all word classes are defined.
import { analyzeText } from '../../src/core';
import { fold } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';
import { classesOf } from '../../src/core/text/wordClasses';

/** The tokeniser as it was before tokens shared a WordInfo: the reference for text, folded, word and cap. */
function referenceTokens(text: string) {
  const pattern = /([\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’&./](?=[\p{L}\p{N}]))*)|([^\s\p{L}\p{N}\p{M}])/gu;
  const lowerAscii = (w: string) => [...w].every((c) => c.charCodeAt(0) <= 127 && !(c >= 'A' && c <= 'Z'));
  return [...text.matchAll(pattern)].map((m) => {
    const word = m[1] !== undefined;
    const t = m[0];
    const first = t.charCodeAt(0);
    return {
      start: m.index,
      end: m.index + t.length,
      text: t,
      folded: !word || lowerAscii(t) ? t : fold(t),
      word,
      cap: word && (first < 128 ? first >= 65 && first <= 90 : /\p{Lu}/u.test(t[0])),
    };
  });
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every string in the lexicon JSON: the words first seen while the lexicon loads. */
function lexiconStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(lexiconStrings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...lexiconStrings(v)]);
  return [];
}

const TRICKY = [
  'Coördinator COÖRDINATOR Coo\u0308rdinator coördinator', // precomposed, capitals, NFD
  'mr. F.B.J. Grapperhaus, J. Donner, A.B.C en J', // honorifics, initials, single capitals
  'Citrix-systemen PKIoverheid-certificaten Zuid-Limburg Fox-IT GOVCERT.NL J&V', // compounds and names
  'versie 11.1 en 12.0, CVE-2019-19781, 2019, Ⅻ, ², ①', // numbers of every kind
  'Ⓐ İstanbul STRAßE ﬁnanciën 𝐀dvies Ελλάδα «citaat» – “aldus” …', // case mappings beyond ASCII
  'Minister Staatssecretaris Woordvoerder Maandag Gisteren Kabinet RIVM NCSC',
].join('\n');

const texts = [
  TRICKY,
  ...filesIn('samples').concat(filesIn(path.join('test', 'fixtures'))).map((f) => readFileSync(f, 'utf8')),
  lexiconStrings(filesIn(path.join('src', 'core', 'lexicon')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown)).join('\n'),
];

describe('word classes', () => {
  before(() => analyzeText(TRICKY, 'tricky.txt'));

  it('gives tokens the text, folded form and flags the tokeniser gave before', () => {
    for (const text of texts) {
      const tokens = tokenize(text).map(({ start, end, text: t, folded, word, cap }) => ({ start, end, text: t, folded, word, cap }));
      assert.deepEqual(tokens, referenceTokens(text));
    }
  });

  it('tokenises random strings of awkward characters as the pattern does', () => {
    // Letters with and without marks, digits of other scripts, astral letters and symbols,
    // lone surrogates, every connector, white space beyond ASCII.
    const pool = ['a', 'B', 'é', 'É', 'e\u0301', '\u0301', '1', '²', 'Ⅻ', '٣', 'ǅ', 'ß', 'İ', 'ﬁ', '𝐀', '😀', '\uD800', '\uDC00',
      '-', "'", '’', '&', '.', '/', ',', '(', '…', '«', ' ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff'];
    let seed = 42;
    const random = () => {
      // mulberry32: a fixed sequence, so that a failure can be replayed
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let round = 0; round < 5000; round++) {
      let text = '';
      for (let k = Math.floor(random() * 16); k > 0; k--) text += pool[Math.floor(random() * pool.length)];
      const tokens = tokenize(text).map(({ start, end, text: t, folded, word, cap }) => ({ start, end, text: t, folded, word, cap }));
      assert.deepEqual(tokens, referenceTokens(text), JSON.stringify(text));
    }
  });

  it('holds, for every token, exactly the classes whose predicates hold for its word', () => {
    for (const text of texts) {
      for (const token of tokenize(text)) {
        assert.equal(token.info.classes, classesOf(token.info), `classes of ${JSON.stringify(token.text)}`);
        assert.ok(token.info.text === token.text && token.info.folded === token.folded);
      }
    }
  });

  it('shares one info between the tokens of one word', () => {
    const [a, , b] = tokenize('Advies en Advies');
    assert.equal(a.info, b.info);
  });

  it('reads initials as the actor scanner did: one or more initials, or a single capital', () => {
    // scanMentions tests one class for /^(?:\p{Lu}\.)+\p{Lu}$/u || /^\p{Lu}$/u.
    for (const text of texts) {
      for (const { text: t } of tokenize(text)) {
        assert.equal(/^(?:\p{Lu}\.)*\p{Lu}$/u.test(t), /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t) || /^\p{Lu}$/u.test(t), t);
      }
    }
  });
});
