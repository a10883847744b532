// Small helpers that keep the engine's view of the analysis's lists and lexicon entries stable (src/core/lists.ts,
// src/core/text/tokens.ts, src/core/lexicon.ts): they must give what the plain reads they replace give.
import assert from 'node:assert/strict';
import { mapped } from '../../src/core/lists';
import { ORGANISATION_BY_ID, ORGANISATIONS, MINISTRIES, firstOf } from '../../src/core/lexicon';
import { tokenIfAny, tokenize } from '../../src/core/text/tokens';

describe('lists the analysis keeps', () => {
  it('maps as map() does, with each item and its index', () => {
    const words = ['NCSC', 'NCTV', 'RIVM'];
    assert.deepEqual(
      mapped(words, (w, k) => `${k}:${w}`),
      words.map((w, k) => `${k}:${w}`),
    );
    assert.deepEqual(mapped([], (w: string) => w), []);
  });

  it('reads a token next to a block edge as none, and others as they are', () => {
    const tokens = tokenize('Het NCSC adviseert.');
    assert.equal(tokenIfAny(tokens, -1), undefined);
    assert.equal(tokenIfAny(tokens, tokens.length), undefined);
    assert.equal(tokenIfAny(tokens, 1), tokens[1]);
  });

  it('gives a lexicon entry\'s first acronym, or none for an entry without', () => {
    assert.equal(firstOf(ORGANISATION_BY_ID.get('ncsc')!.acronyms), 'NCSC');
    assert.equal(firstOf([]), undefined);
    // A ministry as an organisation has no acronyms of its own.
    const ministry = [...ORGANISATION_BY_ID.values()].find((o) => o.category === 'ministry')!;
    assert.deepEqual(ministry.acronyms, []);
    assert.equal(firstOf(ministry.acronyms), undefined);
  });

  it('keeps every organisation and ministry of the lexicon data, field for field', () => {
    assert.ok(ORGANISATIONS.length >= 120 && MINISTRIES.length >= 20);
    for (const o of ORGANISATIONS) {
      assert.ok(Array.isArray(o.acronyms) && Array.isArray(o.aliases), o.id);
      assert.equal(ORGANISATION_BY_ID.get(o.id), o);
    }
    for (const m of MINISTRIES) assert.ok(Array.isArray(m.acronyms) && Array.isArray(m.portfolios), m.id);
  });
});
