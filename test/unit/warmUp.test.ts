// The warm-up the editor runs when it starts: a made-up policy text, analysed and then edited as a user edits.
import assert from 'node:assert/strict';
import { DocumentAnalyzer, analyzeText, warmUp, warmUpSteps, warmedUpAnalyzer } from '../../src/core';
import { warmUpText } from '../../src/core/warmUp/warmUp';

describe('warming up the incremental analyser', () => {
  it('makes a long policy text with every kind of annotation', () => {
    const text = warmUpText();
    assert.ok(text.length >= 120_000, `only ${text.length} characters`);
    const analysis = analyzeText(text, 'warm-up.beleid.txt');
    assert.equal(analysis.date, '2024-03-07');
    const ids = new Set(analysis.actors.map((actor) => actor.id));
    for (const id of ['ncsc', 'nctv', 'ap', 'vng']) assert.ok(ids.has(id), `no actor ${id} among ${[...ids].join(', ')}`);
    assert.ok(analysis.actors.some((actor) => actor.kind === 'person'), 'no minister');
    // "de overheidsdienst" refers back to the NCSC; "diezelfde dag" is the day the letter named before.
    const ncsc = analysis.actors.find((actor) => actor.id === 'ncsc')!;
    assert.ok(ncsc.mentions.some((m) => m.text === 'de overheidsdienst'));
    assert.ok(analysis.dates.some((d) => d.text === 'diezelfde dag' && d.value === '2024-03-04'));
    assert.ok(analysis.claims.some((c) => c.kind === 'advice' && c.change === 'relaxed'));
    assert.ok(analysis.claims.some((c) => c.kind === 'claim' && c.cue?.type === 'aldus'));
  });

  it('analyses the text once and then updates it, almost always by moving offsets or by resuming from the edited paragraph', () => {
    const steps = warmUpSteps();
    const first = steps.next();
    assert.ok(!first.done && !first.value.offsetsOnly && !first.value.resumed, 'the first step analyses the whole text');
    let moved = 0;
    let resumed = 0;
    // A few edits change what the text says about its persons, as a user's may ("miniister Kuipers"), and
    // run the document stage whole; no other edit may.
    const whole: string[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      if (step.value.offsetsOnly) moved++;
      else if (step.value.resumed) resumed++;
      else {
        assert.equal(step.value.factsFrom, 'all mentions', `an edit that left what the text says about persons ran the document stage whole: ${JSON.stringify(step.value)}`);
        whole.push(JSON.stringify(step.value));
      }
    }
    assert.ok(moved >= 50 && resumed >= 50, `${moved} edits moved offsets, ${resumed} resumed`);
    assert.ok(whole.length <= (moved + resumed) / 20, `${whole.length} edits ran the document stage whole: ${whole.join(', ')}`);
    assert.equal(step.value, 1 + moved + resumed + whole.length);
  });

  it('runs all its steps at once for callers that need not stay responsive', () => {
    const result = warmUp();
    assert.ok(result.updates > 50, `${result.updates} updates`);
    assert.ok(result.ms > 0);
  });

  it('keeps the analyser it warmed up, with the edited made-up text, once it has finished', () => {
    const steps = warmUpSteps();
    let step = steps.next();
    const before = warmedUpAnalyzer();
    while (!step.done) step = steps.next();
    const kept = warmedUpAnalyzer();
    assert.ok(kept !== null && kept !== before, 'no analyser kept from this warm-up');
    assert.equal(kept.file, 'warm-up.beleid.txt');
    // The edits part paragraphs and add blank lines: at least as many blocks as the made-up text has.
    const whole = new DocumentAnalyzer('warm-up.beleid.txt');
    whole.update(warmUpText());
    assert.ok(kept.lastUpdate.blocks >= whole.lastUpdate.blocks, `${kept.lastUpdate.blocks} blocks kept, ${whole.lastUpdate.blocks} in the made-up text`);
  });
});
