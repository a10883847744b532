// The seed letter's facts, stage by stage: dates, actors and coreference, claims, links.
import assert from 'node:assert/strict';
import { analyzeText, CorpusIndex } from '../../src/core';
import { actorOf, claimWith, fixture } from './helpers';

const text = fixture('seed-letter.txt');
const analysis = analyzeText(text, 'seed-letter.txt');

describe('seed letter: dates', () => {
  it('takes the document date from the date line', () => {
    assert.equal(analysis.date, '2020-01');
  });
  it('resolves "Diezelfde dag" to the day before it was mentioned: 2020-01-17', () => {
    const date = analysis.dates.find((d) => d.text === 'Diezelfde dag');
    assert.ok(date, 'Diezelfde dag is a date mention');
    assert.equal(date.value, '2020-01-17');
    assert.equal(date.resolution.rule, 'anaphoric');
    assert.equal(date.resolution.anchor?.text, '17 januari 2020');
  });
  it('fills in the year of "16 januari" from the document date', () => {
    assert.equal(analysis.dates.find((d) => d.text === '16 januari')?.value, '2020-01-16');
  });
});

describe('seed letter: actors', () => {
  it('resolves "de overheidsdienst" to the NCSC', () => {
    const ncsc = actorOf(analysis, 'NCSC');
    assert.ok(ncsc);
    assert.equal(ncsc.id, 'ncsc');
    assert.ok(ncsc.mentions.some((m) => m.text === 'de overheidsdienst'));
    assert.ok(ncsc.mentions.some((m) => m.text === 'Nationaal Cyber Security Centrum'));
  });
  it('resolves "Het softwarebedrijf" to Citrix', () => {
    const citrix = actorOf(analysis, 'Het softwarebedrijf');
    assert.equal(citrix?.name, 'Citrix');
    assert.equal(citrix?.kind, 'organisation');
  });
  it('sees the two ministers as persons and "de bewindslieden" as their group', () => {
    const grapperhaus = actorOf(analysis, 'Minister Grapperhaus van Justitie en Veiligheid');
    const knops = actorOf(analysis, 'minister Knops van Binnenlandse Zaken');
    assert.equal(grapperhaus?.kind, 'person');
    assert.equal(knops?.kind, 'person');
    const group = actorOf(analysis, 'de bewindslieden');
    assert.equal(group?.kind, 'group');
    assert.deepEqual([...(group?.members ?? [])].sort(), [grapperhaus!.id, knops!.id].sort());
  });
  it('does not take the sentence-initial "Zo" or "Eén" for an actor', () => {
    assert.ok(!analysis.actors.some((a) => /^(Zo|Eén)$/.test(a.name)));
  });
});

describe('seed letter: claims', () => {
  it('attributes the 16 January statement to the NCSC, dated 2020-01-16', () => {
    const claim = claimWith(analysis, 'onvoldoende bescherming boden');
    assert.equal(claim.actor, 'ncsc');
    assert.equal(claim.date, '2020-01-16');
    assert.equal(claim.kind, 'claim');
  });
  it('sees the NCSC advice to consider switching off as issued, the urgent advice as escalated', () => {
    const consider = claimWith(analysis, 'te overwegen');
    assert.equal(consider.kind, 'advice');
    assert.equal(consider.change, 'issued');
    assert.equal(consider.actor, 'ncsc');
    const urgent = claimWith(analysis, 'het dringende advies');
    assert.equal(urgent.kind, 'advice');
    assert.equal(urgent.change, 'escalated');
    assert.equal(urgent.actor, 'ncsc');
  });
  it('attributes the quotation to both ministers through ", aldus Grapperhaus en Knops"', () => {
    const claim = claimWith(analysis, 'heeft de NCTV een overleg belegd');
    assert.equal(claim.actor, actorOf(analysis, 'de bewindslieden')?.id);
  });
  it('sees "Later wijzigde het NCSC het advies" as revised advice of the NCSC', () => {
    const claim = claimWith(analysis, 'Later wijzigde het NCSC het advies');
    assert.equal(claim.actor, 'ncsc');
    assert.equal(claim.kind, 'advice');
    assert.equal(claim.change, 'revised');
  });
});

describe('seed letter: links', () => {
  it('links the 16 January claim that the mitigations were insufficient to the later revision', () => {
    const index = new CorpusIndex();
    index.update('seed-letter.txt', text);
    const earlier = claimWith(analysis, 'onvoldoende bescherming boden');
    const later = claimWith(analysis, 'Later wijzigde het NCSC het advies');
    const { later: revisions } = index.linksOf('seed-letter.txt', earlier.id);
    const link = revisions.find((r) => r.claim.id === later.id);
    assert.ok(link, `no link from ${earlier.id} to ${later.id}`);
    assert.equal(link.link.relation, 'revises');
    assert.ok(link.link.reason.sharedTerms.length > 0, 'the link says which subject terms it shares');
    assert.match(link.link.reason.explanation, /revises/);
    // and the other direction
    assert.ok(index.linksOf('seed-letter.txt', later.id).earlier.some((e) => e.claim.id === earlier.id));
  });
  it('links the advice to consider switching off to the urgent advice as an escalation', () => {
    const index = new CorpusIndex();
    index.update('seed-letter.txt', text);
    const consider = claimWith(analysis, 'te overwegen');
    const urgent = claimWith(analysis, 'het dringende advies');
    const link = index.links().find((l) => l.from.claimId === consider.id && l.to.claimId === urgent.id);
    assert.equal(link?.relation, 'escalates');
  });
});
