// Property test: scanDates tries the date pattern only at candidate positions (a digit, or a
// word from the lexicon that opens a branch). On random and mutated date text it must find
// exactly what a plain scan finds, one that runs the global pattern at every position.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateScanInternals, scanDates, type RawDate } from '../../src/core/dates';
import lexicon from '../../src/core/lexicon/dates.json';
import { fixture } from './helpers';

const { casedSource, findDate, interpret, plainPattern, closedClasses } = dateScanInternals;

/** The pattern as written, with named groups and the flag 'i', run as a global scan: it tries every position. */
const fullPattern = (): RegExp => new RegExp(casedSource, 'giu');

/** The scan loop as it was before candidate positions: the reference. */
function referenceScan(blockText: string): RawDate[] {
  const out: RawDate[] = [];
  let pendingHeads: RawDate[] = [];
  let last: RawDate | null = null;
  const re = fullPattern();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(blockText)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = interpret(blockText, m, start, end, last);
    if (raw === null) {
      re.lastIndex = m.groups?.tD !== undefined ? end : start + 1;
      continue;
    }
    if (raw.kind === 'calendar' && raw.day !== null && raw.month === null) {
      pendingHeads.push(raw);
    } else {
      const lastHead = pendingHeads[pendingHeads.length - 1];
      if (lastHead && raw.kind === 'calendar' && raw.day !== null && raw.month !== null && raw.start - lastHead.end <= 16) {
        for (const head of pendingHeads) {
          if (validDay(raw.year, raw.month, head.day ?? 0)) out.push({ ...head, month: raw.month, year: raw.year, weekday: null });
        }
      }
      pendingHeads = [];
      out.push(raw);
      last = raw;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function validDay(year: number | null, month: number, day: number): boolean {
  const leap = year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const runs = (numRuns: number): fc.Parameters<unknown> =>
  process.env.FC_SEED === 'random' ? { numRuns } : { numRuns, seed: Number(process.env.FC_SEED ?? 20261130) };

/** Every word and phrase of the date lexicon. */
const lexiconWords: string[] = [];
for (const [key, value] of Object.entries(lexicon)) {
  if (key.startsWith('_')) continue;
  if (Array.isArray(value)) lexiconWords.push(...(value as string[]));
  else {
    lexiconWords.push(...Object.keys(value));
    for (const v of Object.values(value)) if (Array.isArray(v)) lexiconWords.push(...v.filter((x): x is string => typeof x === 'string'));
  }
}
const proseWords = [...new Set(fixture('seed-letter.txt').split(/\s+/))].filter(Boolean).slice(0, 400);

/** Case and spelling variants that the pattern's case folding and accent handling accept. */
const spelled = (word: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    word,
    word.toUpperCase(),
    word.charAt(0).toUpperCase() + word.slice(1),
    word.normalize('NFD'),
    word.replace(/k/g, '\u212a'), // Kelvin sign, folds to k
    word.replace(/s/g, '\u017f'), // long s, folds to s
    word.replace(/ /g, '\n'),
    word.replace(/ /g, ' \r\n  '),
    word.replace(/ /g, '\u00a0'),
    word.replace(/ /g, ' \u2009'),
    word.replace(/ /g, '\n\n'),
  );

const number = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 1790, max: 2110 }).map(String),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 35 }), fc.constantFrom('-', '/', '.'), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1990, max: 2030 })).map(
    ([d, sep, m, y]) => `${d}${sep}${m}${sep}${y}`,
  ),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
);

const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u00a0', ', ', '. ', '-', '/', '–', '’', "'", '(', '', 'x', 'é', '\u0301', '🚨', '\ud800', '\udc00', 'T');

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...lexiconWords).chain(spelled) },
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(...proseWords) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** Dutch date text: lexicon words in all spellings, numbers and dates, glued with spaces, line breaks, punctuation or nothing. */
const dateText = fc.array(fc.tuple(piece, gap), { maxLength: 24 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

/** Date text with a random slice cut out and random text put in. */
const mutated = fc.tuple(dateText, fc.nat(), fc.nat(8), fc.string({ maxLength: 6 })).map(([text, at, length, insert]) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + insert + text.slice(i + length);
});

/**
 * What a scan gives, or the error it throws: a letter that folds to a lexicon letter ('ſ' to
 * 's') matches but has no lexicon entry, and both scans must fail alike on it.
 */
function outcome(scan: (text: string) => RawDate[], text: string): RawDate[] | string {
  try {
    return scan(text);
  } catch (error) {
    return (error as Error).message;
  }
}

/** findDate from every position agrees with the global pattern from there. */
function sameMatchesEverywhere(text: string): void {
  const re = fullPattern();
  for (let from = 0; from <= text.length; from++) {
    re.lastIndex = from;
    const expected = re.exec(text);
    const actual = findDate(text, from);
    assert.deepEqual(actual && [actual.index, ...actual], expected && [expected.index, ...expected], `from ${from} in ${JSON.stringify(text)}`);
  }
}

describe('date scan: candidate positions', function () {
  this.timeout(120000);

  it('finds from every position what a scan of every position finds, on random date text', () => {
    fc.assert(fc.property(dateText, (text) => sameMatchesEverywhere(text)), runs(600));
  });

  it('finds the same on mutated date text', () => {
    fc.assert(fc.property(mutated, (text) => sameMatchesEverywhere(text)), runs(600));
  });

  it('scans like the loop over the full pattern, retries and day lists included', () => {
    fc.assert(
      fc.property(fc.oneof(dateText, mutated), (text) => {
        assert.deepEqual(outcome(scanDates, text), outcome(referenceScan, text));
      }),
      runs(1500),
    );
  });

  it('scans the fixtures like the loop over the full pattern', () => {
    for (const name of ['seed-letter.txt', 'corpus/2023-03-02-kamerbrief-drinkwater.txt', 'corpus/2021-11-26-nieuws-omt-horeca.txt']) {
      const text = fixture(name);
      assert.deepEqual(scanDates(text), referenceScan(text), name);
      assert.deepEqual(scanDates(text.toUpperCase()), referenceScan(text.toUpperCase()), `${name} in upper case`);
      assert.deepEqual(scanDates(text.normalize('NFD')), referenceScan(text.normalize('NFD')), `${name} decomposed`);
    }
  });

  it('keeps the edge cases: mid-token starts, rejected matches, day lists, line breaks, accents, capitals', () => {
    for (const text of [
      'CVE-2019-19781 en COVID-19 in 2020/2021, x17 januari, 31 april 2020 en 30 april 2020',
      'Op 17 en 18 januari, 17-19 JANUARI en 1, 2 en 3 feb. 2021 kwam men bijeen; 31 en 32 maart niet.',
      'Vorige\nweek maandag, de volgende\r\ndag, op dat\u00a0moment en één week later; eén dag erna.',
      'DE VOLGENDE DAG, Diezelfde Avond, gisterenavond, vrijdagavond en ma 20 jan. 2020.',
      'Half-december, eind-2013, medio 2020, Q3 2021 en het eerste kwartaal van 2020.',
      'De o\u212atober-brief van 3 \u212aweken geleden en auguſtus 2020.',
      'Per 1 januari\n\n2020 en in\n2019; week 4 van 2020 en week 54.',
    ]) {
      assert.deepEqual(outcome(scanDates, text), outcome(referenceScan, text), text);
      sameMatchesEverywhere(text);
    }
  });
});

describe('date scan: the pattern without the flag i', function () {
  this.timeout(60000);

  it('reads the classes and escapes it keeps the same with and without i, for every code point', () => {
    for (const cls of [...closedClasses, '\\s', '\\S', '\\d', '\\D']) {
      const plain = new RegExp(`^${cls}$`, 'u');
      const folded = new RegExp(`^${cls}$`, 'iu');
      for (let c = 0; c <= 0x10ffff; c++) {
        const ch = String.fromCodePoint(c);
        if (plain.test(ch) !== folded.test(ch)) assert.fail(`${cls} and U+${c.toString(16)}`);
      }
    }
  });

  it('finds the case variants of its letters in the BMP: none lie outside it', () => {
    const letters = [...new Set(casedSource.match(/\p{L}/gu))].join('');
    const any = new RegExp(`[${letters}]`, 'giu');
    let astral = '';
    for (let c = 0x10000; c <= 0x10ffff; c++) astral += String.fromCodePoint(c);
    assert.deepEqual(astral.match(any), null);
  });

  it('rewrites case variants, groups and back-references', () => {
    const { source, index } = plainPattern('(?<a>[-.])x(?:k|S)\\k<a>(?<b>é)(?=T\\d)[\\p{L}\\p{N}\\p{M}]');
    assert.equal(source, '([-.])[xX](?:[kK\u212a]|[Ssſ])(?:\\1)([éÉ])(?=[Tt]\\d)[\\p{L}\\p{N}\\p{M}]');
    assert.deepEqual([...index], [['a', 1], ['b', 2]]);
  });

  it('refuses what it cannot rewrite exactly', () => {
    for (const source of ['[a-z]', '[x]', '[\u212a]', '\\w', '\\bx', '\\u0041', '(?<a>x)\\k<a>', '\\k<a>(?<a>-)', '\\p{L}', '[\\p{L}]', '[\\d]', '\u{10400}']) {
      assert.throws(() => plainPattern(source), /date pattern/, source);
    }
  });
});
