// Linking takes shortcuts for speed (per-actor mention search, a counting sort, a cover test for the
// linking view); these tests hold them to the straightforward definitions they replace.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyzeText, CorpusIndex, linkCorpus, linkingView } from '../../src/core';
import type { Actor, ActorMention, Claim, DateMention, DocumentAnalysis } from '../../src/core';
import { mentionsByActor, mentionsInside, placeAll } from '../../src/core/links';
import { FIXTURES, fixture } from './helpers';

const runs = (numRuns: number): fc.Parameters<unknown> =>
  process.env.FC_SEED === 'random' ? { numRuns } : { numRuns, seed: Number(process.env.FC_SEED ?? 20261130) };

/** The spans (sorted by start) that lie inside a claim. */
function within<T extends { start: number; end: number }>(sorted: T[], claim: { start: number; end: number }): T[] {
  return sorted.filter((s) => s.start >= claim.start && s.start < claim.end && s.end <= claim.end);
}

/** The linking view as first written: all mentions merged and sorted, searched claim by claim. */
function referenceView(doc: DocumentAnalysis): DocumentAnalysis {
  const inClaims = <T extends { start: number; end: number }>(spans: T[]): T[] => doc.claims.flatMap((claim) => within(spans, claim));
  const mentions = doc.actors.flatMap((a) => a.mentions).sort((x, y) => x.start - y.start);
  const kept = new Set(inClaims(mentions));
  return {
    file: doc.file,
    date: doc.date,
    dateSource: null,
    actors: doc.actors.map((actor) => ({ ...actor, aliases: [], mentions: actor.mentions.filter((m) => kept.has(m)) })),
    dates: inClaims(doc.dates).map((d) => ({ ...d, resolution: { rule: d.resolution.rule, anchor: null, explanation: '' } })),
    claims: doc.claims,
    sections: [],
    length: doc.length,
  };
}

// Small offsets, so that spans often meet claims at their boundaries and are empty.
const span = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 12 }) });
const ACTOR_IDS = ['ncsc', 'minister', 'kabinet', 'rivm', 'gemeente'];
const TERMS = ['maatregel', 'mitigatiemaatregel', 'advies', 'reisadvies', 'certificaat', 'water', 'kookadvies', 'risico'];

/**
 * Small documents with everything the analyser may produce and more: claims out of position order
 * and overlapping, mention lists out of order, spans on claim boundaries, groups with members.
 */
const documentArb = (file: string) =>
  fc
    .record({
      date: fc.constantFrom(null, '2020-01-10', '2020-01-11', '2020-W03', '2020-02'),
      claims: fc.array(
        fc.record({
          span,
          actor: fc.option(fc.constantFrom(...ACTOR_IDS), { nil: null }),
          date: fc.option(fc.constantFrom('2020-01-09', '2020-01-10', '2020-01-12', '2020-01'), { nil: null }),
          advice: fc.boolean(),
          recap: fc.boolean(),
          negated: fc.boolean(),
          terms: fc.array(fc.constantFrom(...TERMS), { maxLength: 5 }),
          change: fc.option(fc.constantFrom('escalated', 'relaxed', 'withdrawn', 'contradicted', 'confirmed', 'revised'), { nil: null }),
        }),
        { maxLength: 8 },
      ),
      actors: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...ACTOR_IDS),
          category: fc.constantFrom(undefined, 'minister', 'agency', 'government'),
          members: fc.option(fc.subarray(ACTOR_IDS), { nil: undefined }),
          mentions: fc.array(span, { maxLength: 6 }),
        }),
        { selector: (a) => a.id, maxLength: 4 },
      ),
      dates: fc.array(fc.record({ span, value: fc.constantFrom('2020-01-09', '2020-01-12') }), { maxLength: 4 }),
    })
    .map(({ date, claims, actors, dates }): DocumentAnalysis => {
      const text = (s: { start: number; length: number }) => 'x'.repeat(s.length);
      return {
        file,
        date,
        dateSource: null,
        actors: actors.map(
          (a): Actor => ({
            id: a.id,
            name: a.id,
            kind: 'organisation',
            aliases: [a.id],
            category: a.category,
            members: a.members,
            mentions: a.mentions.map((m): ActorMention => ({ start: m.start, end: m.start + m.length, text: text(m), actorId: a.id, form: 'name' })),
          }),
        ),
        dates: dates
          .map((d): DateMention => ({ start: d.span.start, end: d.span.start + d.span.length, text: text(d.span), value: d.value, resolution: { rule: 'absolute', anchor: null, explanation: 'x' } }))
          .sort((x, y) => x.start - y.start),
        claims: claims.map(
          (c, k): Claim => ({
            id: `c${k + 1}`,
            start: c.span.start,
            end: c.span.start + c.span.length,
            text: c.negated ? 'vervolgens niet langer dat advies' : 'die uitspraak',
            actor: c.actor,
            date: c.date,
            kind: c.advice ? 'advice' : 'claim',
            ...(c.advice ? { change: c.change === 'contradicted' || !c.change ? 'issued' : c.change } : {}),
            cue: null,
            changeCue: c.change ? { start: c.span.start, end: c.span.start, text: c.change, type: c.change } : null,
            terms: c.terms,
            recap: c.recap,
            negated: c.negated,
          }),
        ),
        sections: [],
        length: 200,
      };
    });

const corpusArb = fc.array(fc.constant(null), { minLength: 1, maxLength: 4 }).chain((docs) => fc.tuple(...docs.map((_, k) => documentArb(`d${k}.txt`))));

/** A copy of the documents with every actor's mentions in reverse order. */
function reversedMentions(documents: DocumentAnalysis[]): DocumentAnalysis[] {
  return documents.map((doc) => ({ ...doc, actors: doc.actors.map((a) => ({ ...a, mentions: [...a.mentions].reverse() })) }));
}

describe('linking shortcuts', () => {
  it('keeps in the linking view exactly the mentions and dates inside claims', () => {
    fc.assert(
      fc.property(documentArb('a.txt'), (doc) => {
        assert.deepEqual(linkingView(doc), referenceView(doc));
      }),
      runs(300),
    );
  });

  it('places claims in chronological order, ties by document and position', () => {
    fc.assert(
      fc.property(corpusArb, (documents) => {
        const placed = placeAll(documents);
        const expected = [...placed]
          .sort((a, b) => a.docIndex - b.docIndex || a.ordinal - b.ordinal)
          .sort((a, b) => a.time - b.time || a.docIndex - b.docIndex || a.claim.start - b.claim.start);
        assert.deepEqual(
          placed.map((p) => [p.docIndex, p.ordinal]),
          expected.map((p) => [p.docIndex, p.ordinal]),
        );
      }),
      runs(300),
    );
  });

  it('finds the mentions inside a claim actor by actor as in all mentions merged and sorted', () => {
    fc.assert(
      fc.property(documentArb('a.txt'), (doc) => {
        const lists = mentionsByActor(doc);
        const mentions = doc.actors.flatMap((a) => a.mentions).sort((x, y) => x.start - y.start);
        const into: ActorMention[] = [];
        for (const claim of doc.claims) {
          const count = mentionsInside(lists, claim, into);
          assert.deepEqual(new Set(into.slice(0, count)), new Set(within(mentions, claim)));
        }
      }),
      runs(300),
    );
  });

  it('links the same whatever the order of the mention lists', () => {
    fc.assert(
      fc.property(corpusArb, (documents) => {
        assert.deepEqual(linkCorpus(reversedMentions(documents)), linkCorpus(documents));
      }),
      runs(200),
    );
  });

  it('links the fixture corpus the same from the linking views as from the full analyses', () => {
    const dir = path.join(FIXTURES, 'corpus');
    const index = new CorpusIndex();
    for (const name of readdirSync(dir).sort()) index.add(analyzeText(fixture(`corpus/${name}`), name, { markdown: name.endsWith('.md') }));
    const documents = index.documents();
    const links = linkCorpus(documents);
    assert.ok(links.length > 5);
    assert.deepEqual(linkCorpus(documents.map(linkingView)), links);
    assert.deepEqual(linkCorpus(reversedMentions(documents)), links);
  });

  it('links a file given twice, as a copy or as the same analysis, to claims of that file', () => {
    const doc = analyzeText(fixture('seed-letter.txt'), 'seed-letter.txt');
    for (const documents of [[doc, { ...doc }], [doc, doc]]) {
      const links = linkCorpus(documents);
      assert.ok(links.length > 0);
      for (const link of links) {
        assert.equal(link.from.file, 'seed-letter.txt');
        assert.ok(doc.claims.some((c) => c.id === link.from.claimId));
      }
    }
  });
});

describe('corpus index order', () => {
  it('orders documents by date (undated last), then file, in a fresh array each time', () => {
    const index = new CorpusIndex();
    const doc = (file: string, date: string | null): DocumentAnalysis => ({ file, date, dateSource: null, actors: [], dates: [], claims: [], sections: [], length: 0 });
    index.add(doc('c.txt', null));
    index.add(doc('b.txt', '2020-01-02'));
    index.add(doc('a.txt', '2020-01-02'));
    index.add(doc('z.txt', '2019-12-31'));
    const first = index.documents();
    assert.deepEqual(
      first.map((d) => d.file),
      ['z.txt', 'a.txt', 'b.txt', 'c.txt'],
    );
    first.reverse();
    assert.deepEqual(
      index.documents().map((d) => d.file),
      ['z.txt', 'a.txt', 'b.txt', 'c.txt'],
    );
    index.rename('z.txt', 'y.txt');
    index.add(doc('d.txt', '2019-01-01'));
    index.delete('a.txt');
    assert.deepEqual(
      index.documents().map((d) => d.file),
      ['d.txt', 'y.txt', 'b.txt', 'c.txt'],
    );
  });
});
