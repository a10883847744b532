// The incremental API: after an edit, the analysis equals a fresh one, and unchanged blocks are reused.
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyzeText, CorpusIndex, DocumentAnalyzer } from '../../src/core';
import { HISTORY_SENTENCES } from '../../src/core/actors/resolve';
import { fixture } from './helpers';

const base = `${fixture('seed-letter.txt')}\n\n${fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt')}`;

function comparable(analysis: ReturnType<typeof analyzeText>) {
  return JSON.stringify({ ...analysis, file: '' });
}

describe('incremental analysis', () => {
  it('gives the same result as a fresh analysis after a series of edits', () => {
    const analyzer = new DocumentAnalyzer('letter.txt');
    let text = base;
    analyzer.update(text);
    const edits: [number, number, string][] = [
      [base.indexOf('Diezelfde dag'), 0, 'Nog '],
      [base.indexOf('Later wijzigde'), 'Later'.length, 'Vervolgens'],
      [10, 0, '\n\nVolgens het NCSC is het probleem opgelost.\n\n'],
      [base.length - 5, 3, ''],
    ];
    for (const [at, remove, insert] of edits) {
      text = text.slice(0, at) + insert + text.slice(at + remove);
      assert.equal(comparable(analyzer.update(text)), comparable(analyzeText(text, 'letter.txt')));
    }
  });
  it('re-analyses only the block that changed', () => {
    const analyzer = new DocumentAnalyzer('letter.txt');
    analyzer.update(base);
    const at = base.indexOf('Later wijzigde');
    const edited = `${base.slice(0, at)}X${base.slice(at)}`;
    const stats = analyzer.update(edited) && analyzer.lastUpdate;
    assert.ok(stats.blocks > 10);
    assert.equal(stats.analysedBlocks, 1, `analysed ${stats.analysedBlocks} of ${stats.blocks} blocks`);
  });
  it('keeps cross-document links current in the corpus index on change, rename and delete', () => {
    const index = new CorpusIndex();
    index.update('a.txt', fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt'));
    index.update('b.txt', fixture('corpus/2023-03-09-nieuws-kookadvies.txt'));
    const crossing = () => index.links().filter((l) => l.from.file !== l.to.file);
    assert.ok(crossing().length > 0);
    index.rename('b.txt', 'c.txt');
    assert.ok(crossing().every((l) => l.to.file === 'c.txt' || l.from.file === 'c.txt'));
    index.delete('c.txt');
    assert.equal(crossing().length, 0);
    assert.equal(index.documents().length, 1);
  });
});

describe('incremental analysis: what the fast path must not miss', () => {
  const paragraphs = Array.from({ length: 12 }, (_, k) => `Het NCSC stelde op ${k + 1} januari dat de maatregelen werkten.\nDe minister liet weten dat het kabinet het advies volgt.`).join('\n\n');
  it('takes the full path when a line typed into a paragraph becomes a Markdown heading', () => {
    const analyzer = new DocumentAnalyzer('text.md');
    analyzer.update(paragraphs);
    const at = paragraphs.indexOf('\nDe minister', paragraphs.length / 2) + 1;
    const edited = `${paragraphs.slice(0, at)}# ${paragraphs.slice(at)}`;
    assert.equal(JSON.stringify(analyzer.update(edited)), JSON.stringify(analyzeText(edited, 'text.md')));
  });
  it('keeps the fast path when the same options come with every update, and renames follow', () => {
    const index = new CorpusIndex();
    const text = `${base}\n\n${base}`;
    index.update('a.txt', text, {});
    const at = text.indexOf('belangrijkste', text.length / 2) + 4;
    const edited = `${text.slice(0, at)}e${text.slice(at)}`;
    index.rename('a.txt', 'b.txt');
    const analysis = index.update('b.txt', edited, {});
    assert.equal(analysis.file, 'b.txt');
    assert.equal(JSON.stringify(analysis), JSON.stringify(analyzeText(edited, 'b.txt')));
  });
  it('reads the header lines that open an advisory anew when an edit there changes whether they are its byline', () => {
    const header = 'Informatiebeveiligingsdienst (IBD)\nBeveiligingsadvies IBD-2025-0042, versie 1.00\nDatum 3 maart 2025';
    // A statement without a source: the publisher's, when the header is its byline.
    const text = `${header}\n\nHet lek in de gateway is ernstig en wordt actief misbruikt.\n\n${paragraphs}`;
    const cases: [string, string][] = [
      ['Datum 3 maart 2025', 'Datum 3 maart 2025 laat'], // a verb of saying: no byline any more
      ['Beveiligingsadvies', 'Beveiligingsfout'], // no word of publishing
      ['Informatiebeveiligingsdienst (IBD)', 'Informatiebeveiligingsdienst (IBD) '], // white space: still one
    ];
    for (const [find, replace] of cases) {
      for (const [before, after] of [[text, text.replace(find, replace)], [text.replace(find, replace), text]]) {
        const analyzer = new DocumentAnalyzer('advies.txt');
        analyzer.update(before);
        assert.equal(JSON.stringify(analyzer.update(after)), JSON.stringify(analyzeText(after, 'advies.txt')), `${find} -> ${replace}`);
      }
    }
    assert.equal(analyzeText(text, 'advies.txt').claims[0].actor, 'ibd');
    assert.equal(analyzeText(text.replace('Beveiligingsadvies', 'Beveiligingsfout'), 'advies.txt').claims[0].actor, 'ncsc');
  });
  it('keeps an analysis that was added whole through a rename', () => {
    const index = new CorpusIndex();
    index.add(analyzeText(base, 'c.txt'));
    index.rename('c.txt', 'd.txt');
    assert.ok(index.has('d.txt') && !index.has('c.txt'));
    assert.equal(index.get('d.txt')?.file, 'd.txt');
  });
});

describe('incremental analysis: resuming the document stage from the edited paragraph', () => {
  /** A news text with room before and after the paragraphs under test (the first and last blocks are special). */
  const filler = (n: number, word: string) => Array.from({ length: n }, (_, k) => `Dit is ${word} alinea ${k + 1}, met wat tekst om de alinea een gewone lengte te geven zonder dat er iets in gebeurt, en nog een zin erbij om de tekst langer te maken.`);
  const news = (middle: string[]) => ['Den Haag, 21 januari 2020', ...filler(6, 'inleidende'), ...middle, ...filler(5, 'afsluitende')].join('\n\n');

  function typeAndCompare(text: string, find: string, replace: string): DocumentAnalyzer['lastUpdate'] {
    const at = text.indexOf(find);
    assert.ok(at > 0, `'${find}' not in the text`);
    return editAndCompare(text, at, find.length, replace);
  }

  it('re-resolves a relative date in a later paragraph when the date it counts from changes', () => {
    const text = news([
      'Op 16 januari meldde het NCSC dat de maatregelen werkten.',
      'Dit is een alinea zonder datum.',
      'Een dag later adviseerde het NCSC de systemen uit te schakelen.',
    ]);
    const update = typeAndCompare(text, '16 januari', '14 januari');
    assert.ok(update.resumed, 'the document stage did not resume');
    const analysis = new DocumentAnalyzer('news.txt').update(text.replace('16 januari', '14 januari'));
    assert.ok(analysis.dates.some((d) => d.text === 'Een dag later' && d.value === '2020-01-15'));
  });

  it('gives a later description its new antecedent, and the claim it makes its new source', () => {
    const text = news([
      'Het RIVM maakte bekend dat het water veilig is.',
      'Dit is een alinea zonder namen.',
      'De dienst adviseerde volgens de krant om het water te koken.',
    ]);
    assert.ok(typeAndCompare(text, 'Het RIVM', 'Het NCSC').resumed, 'the document stage did not resume');
    // A paragraph without claims of its own: its new actor still changes the source of the claim after it.
    const quiet = news(['Dit gaat over het RIVM en het water.', 'Dit is een alinea zonder namen.', 'De dienst adviseerde volgens de krant om het water te koken.']);
    assert.ok(typeAndCompare(quiet, 'het RIVM', 'het NCSC').resumed, 'the document stage did not resume');
  });

  it('remakes the claim of the sentence before when a paragraph starts by attributing it', () => {
    const text = news([
      'Het water is niet meer veilig om te drinken.',
      'Dat heeft het RIVM laten weten.',
    ]);
    assert.ok(typeAndCompare(text, 'Dat heeft het RIVM', 'Dat heeft het NCSC').resumed, 'the document stage did not resume');
    assert.ok(typeAndCompare(text, 'Dat heeft het RIVM laten weten.', 'Dan is het RIVM een instituut.').resumed, 'the document stage did not resume');
  });

  it('resolves a role by the organisation named after it, also in the paragraphs it resolves again', () => {
    const text = news([
      'Minister Harbers maakte bekend dat het water veilig is.',
      'Een woordvoerder van het ministerie zei dat de systemen veilig zijn.',
    ]);
    assert.ok(typeAndCompare(text, 'maakte bekend', 'en het RIVM maakten bekend').resumed, 'the document stage did not resume');
  });

  it('patches the entities, roles and all, when a paragraph with a spokesperson is edited and the roles read as before', () => {
    const text = news([
      'Een woordvoerder van het ministerie zei dat de systemen veilig zijn. Het RIVM maakte bekend dat het water veilig is.',
      'Een woordvoerder verklaarde dat het advies blijft gelden.',
      'Volgens een woordvoerder van het RIVM is het water schoon.',
    ]);
    // Typing in a word of the paragraph: its roles resolve as before, to the bodies they speak for.
    const typed = typeAndCompare(text, 'maakte bekend', 'maakte vandaag bekend');
    assert.ok(typed.resumed && typed.entitiesFrom === 'patched', JSON.stringify(typed));
    // A role that now speaks for another body moves to another entity. The ministry is named nowhere else, so
    // the passes do not agree again before the end: the entities are gathered anew.
    const moved = typeAndCompare(text, 'Een woordvoerder van het ministerie zei', 'Een woordvoerder van het RIVM zei');
    assert.ok(!moved.resumed || moved.entitiesFrom === 'gathered', JSON.stringify(moved));
  });

  it('makes the roles again, and patches the other entities, when a letter is typed into a role\'s noun', () => {
    // Four copies of a news text, a spokesperson's sentence and two letters: the passes agree again after the
    // edited copy. The text is a letter signed by minister Harbers: a spokesperson without an organisation
    // speaks for him.
    const copy = [
      fixture('corpus/2024-02-21-nieuws-reisadvies.txt'),
      'Een woordvoerder liet weten dat het reisadvies volgende week opnieuw wordt bekeken.',
      fixture('corpus/2024-02-14-kamerbrief-reisadvies.txt'),
      fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt'),
    ].join('\n\n');
    const text = [copy, copy, copy, copy].join('\n\n');
    const roles = analyzeText(text, 'news.txt').actors.filter((actor) => actor.kind === 'role').map((actor) => actor.name);
    assert.ok(roles.includes('woordvoerder Harbers'), `the author's spokesperson among ${roles.join(', ')}`);
    // "een woordvoeerder" is no role any more; typed right again, it is one: of the ministry, and of the author.
    for (const role of ['woordvoerder van het ministerie', 'woordvoerder liet weten']) {
      const at = text.indexOf(role, text.length / 2) + 'woordvoe'.length;
      const typo = editAndCompare(text, at, 0, 'e');
      assert.ok(typo.resumed && typo.entitiesFrom === 'patched', `${role}: ${JSON.stringify(typo)}`);
      const fixed = editAndCompare(`${text.slice(0, at)}e${text.slice(at)}`, at, 1, '');
      assert.ok(fixed.resumed && fixed.entitiesFrom === 'patched', `${role}: ${JSON.stringify(fixed)}`);
    }
  });

  it('keeps each mention of a role once when a paragraph whose role moved to its organisation is edited', () => {
    // The second role is moved to the RIVM by way of "het instituut"; the third names it: the role's entity
    // has that one first, then the one moved to it.
    const text = news([
      'Het RIVM maakte bekend dat het water veilig is.',
      '"Het water is schoon", aldus een woordvoerder van het instituut.',
      'Volgens een woordvoerder van het RIVM is het water schoon.',
    ]);
    const [quotation, dated] = ['"Het water is schoon", aldus', 'Op 3 maart: "Het water is schoon", aldus'];
    const typed = typeAndCompare(text, quotation, dated);
    assert.ok(typed.resumed && typed.entitiesFrom === 'patched', JSON.stringify(typed));
    const analysis = new DocumentAnalyzer('news.txt').update(text.replace(quotation, dated));
    const spokesperson = analysis.actors.find((actor) => actor.kind === 'role' && actor.name === 'woordvoerder RIVM');
    assert.equal(spokesperson?.mentions.length, 2, JSON.stringify(spokesperson?.mentions));
  });

  it('patches the entities when a name typed anew changes the groups the claims ask for', () => {
    // The seed letter asks for the group "Grapperhaus en Knops" ("aldus Grapperhaus en Knops"); many sentences
    // later the passes agree again, before the letter's second copy, whose signature names the author.
    const sparse = Array.from({ length: 160 }, () => 'Het RIVM meldde dat het water veilig is.');
    const text = [...filler(6, 'inleidende'), fixture('seed-letter.txt'), ...sparse, fixture('seed-letter.txt'), ...filler(5, 'afsluitende')].join('\n\n');
    // "Knopes": another person, so the first group asked for is another one; the groups are made again in order.
    const typed = typeAndCompare(text, 'minister Knops van Binnenlandse Zaken hebben', 'minister Knopes van Binnenlandse Zaken hebben');
    assert.ok(typed.resumed && typed.entitiesFrom === 'patched', JSON.stringify(typed));
  });

  it('reads a name typed anew, and the same name elsewhere as it reads it there', () => {
    const text = news([
      'Volgens Noordkaap Data is het lek gedicht.',
      'Dit is een alinea zonder namen.',
      'Harbers benadrukte dat het water veilig is.',
      'Dit is een alinea zonder namen.',
      'Volgens minister Harbers is het water veilig.',
    ]);
    assert.ok(typeAndCompare(text, 'Volgens Noordkaap Data', 'Volgens Noordkaap Dat').resumed, 'the document stage did not resume');
    // "minister Harbers" makes the bare "Harbers" of an earlier paragraph a person.
    typeAndCompare(text, 'minister Harbers', 'minister Harbeers');
  });

  it('stops after a name being typed that only this paragraph names, and follows one named again later', () => {
    const quiet = filler(4, 'tussenliggende');
    const text = news(['Volgens Noordkaap Data is het lek gedicht.', ...quiet, 'Het RIVM meldde later dat het lek groter was.', ...quiet]);
    assert.ok(typeAndCompare(text, 'Noordkaap Data is', 'Noordkaaap Data is').resumed, 'the document stage did not resume');
    const again = news(['Volgens Noordkaap Data is het lek gedicht.', ...quiet, 'Noordkaap Data meldde later dat het lek groter was.', ...quiet]);
    assert.ok(typeAndCompare(again, 'Noordkaap Data is', 'Noordkaaap Data is').resumed, 'the document stage did not resume');
  });

  /** Paragraphs naming three agencies each: enough named actors after an edit for the passes to agree again. */
  const agencies = (n: number) => Array.from({ length: n }, () => 'Het RIVM en het NCSC spraken met de AIVD over het water.');
  const mentionsIn = (text: string) => {
    const analyzer = new DocumentAnalyzer('news.txt');
    analyzer.update(text);
    return analyzer.lastUpdate.mentionsResolved;
  };

  it('stops soon after a person\'s name typed anew that no other paragraph names, and follows one named again later', () => {
    const text = news(['Volgens voorzitter Van Dissel is het lek gedicht.', ...agencies(120)]);
    const update = typeAndCompare(text, 'Van Dissel', 'Van Diessel');
    assert.ok(update.resumed, 'the document stage did not resume');
    assert.ok(update.mentionsResolved < 250 && mentionsIn(text) > 350, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    const again = news(['Volgens voorzitter Van Dissel is het lek gedicht.', ...agencies(80), 'Voorzitter Van Dissel meldde later dat het lek groter was.', ...agencies(80)]);
    const later = typeAndCompare(again, 'Van Dissel is', 'Van Diessel is');
    assert.ok(later.resumed && later.mentionsResolved > 240, `resolved ${later.mentionsResolved} mentions: not up to the later "Van Dissel"`);
  });

  it('keeps the actors a name typed anew does not touch, also when the passes made their entities in another order', () => {
    const text = news(['Volgens Noordkaap Data is het lek gedicht.', ...agencies(120)]);
    const analyzer = new DocumentAnalyzer('news.txt');
    const before = analyzer.update(text).actors.find((actor) => actor.id === 'ncsc');
    assert.ok(before);
    // "Noordkaaap Data" is an entity only the new pass makes; "Noordkaap Data" one only the old pass made.
    const edited = text.replace('Noordkaap Data', 'Noordkaaap Data');
    const after = analyzer.update(edited);
    assert.equal(JSON.stringify(after), JSON.stringify(analyzeText(edited, 'news.txt')));
    assert.ok(analyzer.lastUpdate.resumed && analyzer.lastUpdate.mentionsResolved < 250);
    assert.equal(after.actors.find((actor) => actor.id === 'ncsc'), before, 'the NCSC actor was made again');
  });

  it('stops soon after a ministry named only as "het ministerie" anew, and follows one the text names later', () => {
    // "ministerie vaan Buitenlandse Zaken" is no ministry's name: "het ministerie" there is the ministry of
    // the minister before it, an entity only the new pass makes, and one a later "het ministerie" would make alike.
    const text = news(['Minister Grapperhaus van Justitie en Veiligheid sprak met de NCTV.', 'Volgens het ministerie van Buitenlandse Zaken is het reisadvies ongewijzigd.', ...agencies(120)]);
    const update = typeAndCompare(text, 'ministerie van Buitenlandse', 'ministerie vaan Buitenlandse');
    assert.ok(update.resumed, 'the document stage did not resume');
    assert.ok(update.mentionsResolved < 250 && mentionsIn(text) > 350, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    // Named later by its name, and made later by "het ministerie": both passes must read those alike.
    const named = news(['Minister Grapperhaus van Justitie en Veiligheid sprak met de NCTV.', 'Volgens het ministerie van Buitenlandse Zaken is het reisadvies ongewijzigd.', ...agencies(80), 'Het ministerie van Justitie en Veiligheid meldde dat het advies blijft.', ...agencies(40)]);
    const later = typeAndCompare(named, 'ministerie van Buitenlandse', 'ministerie vaan Buitenlandse');
    assert.ok(later.resumed && later.mentionsResolved > 240, `resolved ${later.mentionsResolved} mentions: not up to the later ministry`);
    const described = news(['Minister Grapperhaus van Justitie en Veiligheid sprak met de NCTV.', 'Volgens het ministerie van Buitenlandse Zaken is het reisadvies ongewijzigd.', ...agencies(80), 'Minister Grapperhaus meldde dat het ministerie het advies volgt.', ...agencies(40)]);
    typeAndCompare(described, 'ministerie van Buitenlandse', 'ministerie vaan Buitenlandse');
    // The other way round: the old pass made the ministry, and a later "het ministerie" found it there.
    const typo = described.replace('ministerie van Buitenlandse', 'ministerie vaan Buitenlandse');
    typeAndCompare(typo, 'ministerie vaan Buitenlandse', 'ministerie van Buitenlandse');
  });

  it('agrees again when a group named with its article became an actor for good, which the old pass had not made it', () => {
    // "de toezichthoudere banken" names the group with its article ("banken" alone did not): an actor
    // from then on, which the pass itself never reads. The other way round the passes never agree.
    const text = news(['Volgens de toezichthouder banken moeten melden.', 'Banken melden later meer.', ...agencies(120)]);
    const update = typeAndCompare(text, 'toezichthouder banken', 'toezichthoudere banken');
    assert.ok(update.resumed && update.mentionsResolved < 250 && mentionsIn(text) > 350, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    const edited = text.replace('toezichthouder banken', 'toezichthoudere banken');
    typeAndCompare(edited, 'toezichthoudere banken', 'toezichthouder banken');
    // Named with its article again later: that later record says the same in both.
    const again = news(['Volgens de toezichthouder banken moeten melden.', ...agencies(80), 'Alle banken melden later meer.', ...agencies(40)]);
    typeAndCompare(again, 'toezichthouder banken', 'toezichthoudere banken');
    // A group that neither acts nor speaks is an actor only for its article: in the patched resolution and in
    // one gathered anew (a role in the paragraph).
    for (const tail of ['', ', zei een woordvoerder van het RIVM']) {
      const quiet = news([`Het RIVM stuurde de toezichthouder banken een brief${tail}.`, 'Er kwamen later meer meldingen.', ...agencies(120)]);
      const analyzer = new DocumentAnalyzer('news.txt');
      assert.ok(!analyzer.update(quiet).actors.some((actor) => actor.name === 'banken'));
      const made = quiet.replace('toezichthouder banken', 'toezichthoudere banken');
      const after = analyzer.update(made);
      assert.ok(analyzer.lastUpdate.resumed && after.actors.some((actor) => actor.name.endsWith('banken')), after.actors.map((actor) => actor.name).join(', '));
      assert.equal(JSON.stringify(after), JSON.stringify(analyzeText(made, 'news.txt')));
    }
    // And a later edit resumes from the records this one kept.
    const analyzer = new DocumentAnalyzer('news.txt');
    analyzer.update(again);
    let current = again.replace('toezichthouder banken', 'toezichthoudere banken');
    analyzer.update(current);
    current = current.replace('Alle banken melden', 'Alle banken meldden');
    assert.equal(JSON.stringify(analyzer.update(current)), JSON.stringify(analyzeText(current, 'news.txt')));
  });

  it('stops soon after a minister\'s name typed anew, though "de bewindslieden" follow: they are the ministers named lately', () => {
    const ministers = 'Minister Grapperhaus en staatssecretaris Knops spraken met de NCTV. De bewindslieden melden dat het lek gedicht is.';
    const text = news([ministers, ...agencies(120), 'Minister Grapperhaus en minister Harbers spraken met de NCTV. De bewindslieden melden dat het water veilig is.', ...agencies(40)]);
    const update = typeAndCompare(text, 'Knops spraken', 'Knopes spraken');
    assert.ok(update.resumed && update.mentionsResolved < 250 && mentionsIn(text) > 350, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    // The old pass's group ("Grapperhaus en Knops") is made again later by the same ministers named lately:
    // the passes must not agree before it.
    const again = news([ministers, ...agencies(80), ministers, ...agencies(40)]);
    const later = typeAndCompare(again, 'Knops spraken', 'Knopes spraken');
    assert.ok(later.resumed && later.mentionsResolved > 240, `resolved ${later.mentionsResolved} mentions: not up to the later group`);
    // A group only the old pass made, its members named later but never together: it matters nowhere after
    // the window (a person named later does: the pass runs up to that name).
    const apart = news(['Minister Grapperhaus en staatssecretaris Knops spraken met de NCTV.', 'De bewindslieden melden dat het lek gedicht is.', ...agencies(80), 'Minister Grapperhaus sprak met de NCTV.', ...agencies(80), 'Staatssecretaris Knops sprak met de NCTV.', ...agencies(80)]);
    const separately = typeAndCompare(apart, 'De bewindslieden melden', 'De bewindsliedeen melden');
    assert.ok(separately.resumed && separately.mentionsResolved < 250 && mentionsIn(apart) > 700, `resolved ${separately.mentionsResolved} of ${mentionsIn(apart)} mentions`);
  });

  it('has the facts about names from its counts after a name typed anew, also near an office or a signature', () => {
    // "Van Diessel" named nowhere else: the facts change only for the edited paragraph's mentions.
    const text = news(['Volgens voorzitter Van Dissel is het lek gedicht.', ...agencies(20), 'Het NCSC meldde dat Noordkaap Data het lek had gedicht.']);
    const typed = typeAndCompare(text, 'Van Dissel', 'Van Diessel');
    assert.ok(typed.resumed && typed.factsFrom === 'counts', JSON.stringify(typed));
    const company = typeAndCompare(text, 'Noordkaap Data het', 'Noordkaaap Data het');
    assert.ok(company.resumed && company.factsFrom === 'counts', JSON.stringify(company));
    // An office with its ministry in the paragraph, which no person is named with.
    const office = news(['De minister van Justitie en Veiligheid sprak met Noordkaap Data over het lek.', ...agencies(20)]);
    const near = typeAndCompare(office, 'Noordkaap Data over', 'Noordkaaap Data over');
    assert.ok(near.resumed && near.factsFrom === 'counts', JSON.stringify(near));
    // A signature in the middle of the text (letters one after the other) gives the office its person: edits
    // of the office, of the person and of the paragraph before them read it as a fresh analysis does.
    const signed = news([...agencies(10), 'Het NCSC meldde dat het lek gedicht is.', 'De minister van Justitie en Veiligheid,', 'F. Grapperhaus', ...agencies(10), 'Volgens de minister van Justitie en Veiligheid is het lek gedicht.', ...agencies(5)]);
    for (const [find, replace] of [['F. Grapperhaus', 'F. Grapperhaas'], ['De minister van Justitie en Veiligheid,', 'De minister van Justitie en Veiligheid, tevens,'], ['Het NCSC meldde', 'Het NCSC meldde gisteren']]) {
      typeAndCompare(signed, find, replace);
    }
    // Typing that names nothing new keeps the facts.
    const kept = typeAndCompare(text, 'is het lek gedicht', 'is het lek gisteren gedicht');
    assert.equal(kept.factsFrom, 'kept');
  });

  it('moves the anchor of a date counted past a date that bounds a thing once, when an edit before them moves both', () => {
    const text = news(['Op 12 juni waarschuwde de NVWA voor makreel met de houdbaarheidsdatum 20-06-2025. Twee dagen later riep de producent de makreel terug.', ...filler(3, 'tussenliggende'), 'Diezelfde dag meldde het RIVM dat er geen zieken waren.']);
    typeAndCompare(text, 'Op 12 juni', 'Op donderdag 12 juni');
    assert.ok(typeAndCompare(text, 'inleidende alinea 1,', 'inleidende alinea een,').offsetsOnly, 'offsets were not only moved');
    const earlier = news(['Het RIVM meldde op 10 juni dat de vis besmet was.', ...filler(2, 'eerste'), 'Op 12 juni waarschuwde de NVWA voor makreel. Twee dagen later riep de producent de makreel terug.']);
    typeAndCompare(earlier, 'Op 12 juni waarschuwde de NVWA voor makreel.', 'Op 12 juni waarschuwde de NVWA voor makreel met de houdbaarheidsdatum 20-06-2025.');
  });

  it('stops some forty sentences after a name typed anew, however few actors those sentences name', () => {
    // One actor per sentence: the last 200 actors named reach back far, but a description looks back
    // no more than HISTORY_SENTENCES sentences, so the passes agree again well before that.
    const sparse = Array.from({ length: 160 }, () => 'Het RIVM meldde dat het water veilig is.');
    const text = news(['Volgens voorzitter Van Dissel is het lek gedicht.', ...sparse]);
    const update = typeAndCompare(text, 'Van Dissel', 'Van Diessel');
    assert.ok(update.resumed, 'the document stage did not resume');
    assert.ok(update.mentionsResolved <= HISTORY_SENTENCES + 5 && mentionsIn(text) > 150, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    // The same for an edit that makes a mention none at all ("Het" typed into "eHet"), and for its undo.
    const company = news(['Noordkaap Data meldde het lek. Het bedrijf werkt aan een oplossing.', ...sparse]);
    const typo = typeAndCompare(company, 'Het bedrijf werkt', 'eHet bedrijf werkt');
    assert.ok(typo.resumed && typo.mentionsResolved <= HISTORY_SENTENCES + 5, `resolved ${typo.mentionsResolved} mentions`);
    const undone = typeAndCompare(company.replace('Het bedrijf werkt', 'eHet bedrijf werkt'), 'eHet bedrijf werkt', 'Het bedrijf werkt');
    assert.ok(undone.resumed && undone.mentionsResolved <= HISTORY_SENTENCES + 5, `resolved ${undone.mentionsResolved} mentions`);
  });

  it('takes over a group of ministers only the old pass made when an edit moves the window of ministers named lately', () => {
    // Removing one actor mention ("Het RIVM") moves the last 200 actors named: at the first "de bewindslieden"
    // Grapperhaus is one of them now. The old pass's group ("Van Huffelen en Knops") is named again much later:
    // the new pass would make it there alike, so the passes agree before that.
    const pair = 'Minister Knops en staatssecretaris Van Huffelen spraken met de NCTV. De bewindslieden melden dat het lek gedicht is.';
    const text = news(['Minister Grapperhaus sprak met de NCTV.', 'Het RIVM meldde dat het water veilig is.', ...agencies(65), pair, ...agencies(150), pair, ...agencies(40)]);
    const update = typeAndCompare(text, 'Het RIVM meldde', 'Het weer meldde');
    assert.ok(update.resumed && update.mentionsResolved < 450 && mentionsIn(text) > 700, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    // And a later edit resumes from the records the takeover wrote.
    const analyzer = new DocumentAnalyzer('news.txt');
    analyzer.update(text);
    let current = text.replace('Het RIVM meldde', 'Het weer meldde');
    analyzer.update(current);
    current = current.replace(pair, pair.replace('Knops', 'Knopes'));
    assert.equal(JSON.stringify(analyzer.update(current)), JSON.stringify(analyzeText(current, 'news.txt')));
  });

  it('agrees again once the latest vendor met is the same in both passes', () => {
    // "Pulsar" and "Noordkaap" are vendors named only in product names: "het bedrijf" may refer to the latest.
    const text = news(['De kwetsbaarheid in Pulsar Gateway is ernstig.', 'Ook het lek in Noordkaap Gateway is ernstig.', ...agencies(120)]);
    const update = typeAndCompare(text, 'Pulsar Gateway', 'Pulsaar Gateway');
    assert.ok(update.resumed, 'the document stage did not resume');
    assert.ok(update.mentionsResolved < 250 && mentionsIn(text) > 350, `resolved ${update.mentionsResolved} of ${mentionsIn(text)} mentions`);
    // Before the next vendor the latest differs: a description there must be read against the new one.
    const between = news(['De kwetsbaarheid in Pulsar Gateway is ernstig.', 'Het bedrijf meldde dat het lek gedicht is.', 'Ook het lek in Noordkaap Gateway is ernstig.', ...agencies(120)]);
    typeAndCompare(between, 'Pulsar Gateway', 'Pulsaar Gateway');
  });

  it('takes the short way for text typed at the start of a paragraph', () => {
    const text = news(['Het RIVM adviseerde om het drinkwater te koken.', 'Volgens het NCSC is het lek gedicht.']);
    typeAndCompare(text, 'Volgens het NCSC', 'Ook volgens het NCSC');
    const update = typeAndCompare(text, 'Het RIVM adviseerde', 'NCSC adviseerde');
    assert.ok(update.resumed, 'the document stage did not resume');
    // The first paragraphs: one titles the section before any heading, one may be a byline.
    typeAndCompare(text, 'Dit is inleidende alinea 1,', 'Nu is inleidende alinea 1,');
    typeAndCompare(text, 'Dit is inleidende alinea 2,', 'Ook dit is inleidende alinea 2,');
  });

  /** Replaces `remove` characters at `at` by `insert`, incrementally; the analysis must equal a fresh one. */
  function editAndCompare(text: string, at: number, remove: number, insert: string): DocumentAnalyzer['lastUpdate'] {
    const analyzer = new DocumentAnalyzer('news.txt');
    analyzer.update(text);
    const edited = text.slice(0, at) + insert + text.slice(at + remove);
    assert.equal(JSON.stringify(analyzer.update(edited)), JSON.stringify(analyzeText(edited, 'news.txt')));
    return analyzer.lastUpdate;
  }
  const shortWay = (update: DocumentAnalyzer['lastUpdate']) => update.offsetsOnly || update.resumed;

  it('takes a short way for a line break typed or removed inside a paragraph, with dates explained as a fresh analysis explains them', () => {
    const text = news([
      'Op 16 januari meldde het NCSC in een lange verklaring, aan de pers en aan de Tweede Kamer, dat de maatregelen van het bedrijf onvoldoende bescherming boden tegen de aanval.',
      'Een dag later adviseerde het NCSC de systemen uit te schakelen.',
      'Twee dagen later volgde het kabinet dat advies.',
    ]);
    // After a comma: the line before the break does not read as a heading.
    const at = text.indexOf(' aan de pers');
    assert.ok(shortWay(editAndCompare(text, at, 0, '\n')), 'a line break typed inside a paragraph took the full path');
    // Removed again (Backspace), and a line break typed into the sentence of a relative date.
    const broken = `${text.slice(0, at)}\n${text.slice(at)}`;
    assert.ok(shortWay(editAndCompare(broken, at, 1, '')), 'a line break removed inside a paragraph took the full path');
    editAndCompare(text, text.indexOf('dagen later volgde'), 0, '\n');
  });

  it('keeps the analysis and moves its offsets when white space is typed between paragraphs or at a paragraph\'s end', () => {
    const text = news(['Het RIVM adviseerde om het drinkwater te koken.', 'Een dag later adviseerde het NCSC de systemen uit te schakelen.']);
    const end = text.indexOf('te koken.') + 'te koken.'.length;
    const spaced = text.replace('te koken.\n\n', 'te koken. \n\n\n');
    for (const [source, at, remove, insert] of [[text, end, 0, ' '], [text, end, 0, '\n'], [text, end, 0, '\n\n'], [text, end + 1, 0, '\n'], [spaced, end, 2, '\n']] as [string, number, number, string][]) {
      const update = editAndCompare(source, at, remove, insert);
      assert.ok(update.offsetsOnly && update.analysedBlocks === 0, `${JSON.stringify(insert)} at ${at - end} after the paragraph: ${JSON.stringify(update)}`);
    }
    // The blank line between two paragraphs removed: they are one now, and the document stage resumes with it.
    assert.ok(editAndCompare(text, end, 2, '\n').resumed);
    // Two header lines parted by a blank line: the second, alone, is still a header line; a postcode line too.
    const letter = ['Ministerie van Justitie en Veiligheid', 'Postbus 20301\n2500 EH  Den Haag', 'Datum 21 januari 2020\nBetreft Citrix', 'Geachte voorzitter,', ...filler(6, 'inleidende'), 'Het NCSC adviseerde de systemen uit te schakelen.', ...filler(5, 'afsluitende')].join('\n\n');
    editAndCompare(letter, letter.indexOf('\nBetreft'), 0, '\n');
    editAndCompare(letter, letter.indexOf('\n2500 EH'), 0, '\n');
  });

  it('takes a short way when a letter\'s header line or salutation is edited and another block still makes the text a letter', () => {
    const letter = (n: number) => ['Ministerie van Justitie en Veiligheid', 'Postbus 20301\n2500 EH  Den Haag', `Datum ${n} januari 2020\nBetreft Citrix`, 'Geachte voorzitter,', ...filler(3, `brief ${n}`), 'Het NCSC adviseerde de systemen uit te schakelen.', ...filler(2, `slot ${n}`)].join('\n\n');
    // Two letters one after the other, as in a file of collected letters.
    const two = `${letter(21)}\n\n${letter(22)}`;
    for (const [find, replace] of [['Datum 22', 'Datumm 22'], ['Geachte voorzitter,\n\nDit is brief 22', 'Geachtte voorzitter,\n\nDit is brief 22']]) {
      const update = typeAndCompare(two, find, replace);
      assert.ok(update.resumed || update.offsetsOnly, `${replace}: ${JSON.stringify(update)}`);
    }
    // In one letter it is no letter any more without them: the whole document stage runs again.
    const one = letter(21).replace('Geachte voorzitter,', 'Voorzitter,');
    const update = typeAndCompare(one, 'Datum 21', 'Datumm 21');
    assert.ok(!update.resumed && !update.offsetsOnly, JSON.stringify(update));
  });

  it('resumes with the new blocks when a line break or a blank line parts a paragraph, and when they are joined again', () => {
    const statement = 'Het NCSC meldde in een verklaring aan de pers dat de maatregelen van het bedrijf onvoldoende waren en adviseerde de systemen uit te schakelen.';
    const later = 'Een dag later adviseerde het NCSC opnieuw de systemen uit te schakelen.';
    const text = news(['Op 16 januari gebeurde het volgende.', statement, later]);
    const at = text.indexOf(' in een verklaring');
    // The short first line reads as a heading now (the first of the text: a title), and titles a section.
    const parted = editAndCompare(text, at, 1, '\n');
    assert.ok(parted.resumed, `a heading made by a line break took the full path: ${JSON.stringify(parted)}`);
    const analyzer = new DocumentAnalyzer('news.txt');
    analyzer.update(text);
    const headed = `${text.slice(0, at)}\n${text.slice(at + 1)}`;
    assert.ok(analyzer.update(headed).sections.some((section) => section.title === 'Het NCSC meldde'));
    assert.ok(editAndCompare(headed, at, 1, ' ').resumed, 'the heading joined to its paragraph again took the full path');
    // A blank line typed into the paragraph: two paragraphs.
    assert.ok(editAndCompare(text, text.indexOf(' en adviseerde'), 1, '.\n\nHet NCSC ').resumed);
    // A paragraph typed between two others, and one removed whole.
    assert.ok(editAndCompare(text, text.indexOf(later), 0, 'Het RIVM adviseerde om het water te koken.\n\n').resumed);
    assert.ok(editAndCompare(text, text.indexOf(statement), statement.length + 2, '').resumed);
  });

  it('keeps the anchor of a date resolved against one made again the same object, so later edits move it', () => {
    const text = news(['Op 16 januari meldde het NCSC dat de maatregelen werkten.', 'Een dag later adviseerde het NCSC de systemen uit te schakelen.']);
    const analyzer = new DocumentAnalyzer('news.txt');
    analyzer.update(text);
    // The first paragraph's date is made again (its source changed); the next one's is kept, resolved against it.
    let edited = text.replace('meldde het NCSC', 'meldde het RIVM');
    assert.equal(JSON.stringify(analyzer.update(edited)), JSON.stringify(analyzeText(edited, 'news.txt')));
    assert.ok(analyzer.lastUpdate.resumed);
    // Then text typed before both: every span after it moves, anchors too.
    edited = edited.replace('inleidende alinea 2,', 'inleidende alinea 2 (nieuw),');
    assert.equal(JSON.stringify(analyzer.update(edited)), JSON.stringify(analyzeText(edited, 'news.txt')));
  });

  it('resumes when a heading is edited, and gives its section the new title', () => {
    // The date line ends like a sentence: not a heading, so "Aanleiding" is the first heading (the title).
    const text = ['Den Haag, 21 januari 2020.', ...filler(6, 'inleidende'), 'Aanleiding\nHet NCSC adviseerde op 17 januari de systemen uit te schakelen.', ...filler(3, 'tussenliggende'), 'Vervolg\nEen dag later volgde het kabinet dat advies.', ...filler(5, 'afsluitende')].join('\n\n');
    const update = editAndCompare(text, text.indexOf('Vervolg') + 'Vervolg'.length, 0, ' en besluit');
    assert.ok(update.resumed, `an edited heading took the full path: ${JSON.stringify(update)}`);
    const analysis = new DocumentAnalyzer('news.txt').update(text.replace('Vervolg', 'Vervolg en besluit'));
    assert.deepEqual(analysis.sections.map((section) => section.title).slice(-2), ['Aanleiding', 'Vervolg en besluit']);
    // A heading made before the first one: that is the title now, and the one after it a level lower.
    const at = text.indexOf(', met wat tekst', text.indexOf('inleidende alinea 6'));
    assert.ok(editAndCompare(text, at, 1, '\n').resumed, 'a heading made before the first one took the full path');
  });

  it('keeps the sections of the headings an edit did not touch, moved, and makes the edited one\'s anew', () => {
    const text = ['Den Haag, 21 januari 2020.', ...filler(6, 'inleidende'), 'Aanleiding\nHet NCSC adviseerde op 17 januari de systemen uit te schakelen.', ...filler(3, 'tussenliggende'), 'Vervolg\nEen dag later volgde het kabinet dat advies.', ...filler(5, 'afsluitende')].join('\n\n');
    const analyzer = new DocumentAnalyzer('news.txt');
    const before = [...analyzer.update(text).sections];
    const aanleiding = before.find((section) => section.title === 'Aanleiding')!;
    const edited = text.replace('Vervolg', 'Vervolg en besluit');
    const after = analyzer.update(edited).sections;
    assert.ok(analyzer.lastUpdate.resumed);
    assert.equal(JSON.stringify(after), JSON.stringify(analyzeText(edited, 'news.txt').sections));
    // The section before the edit is the same object, its end moved; the edited heading's section is new.
    assert.equal(after.find((section) => section.title === 'Aanleiding'), aanleiding);
    assert.ok(!before.includes(after.find((section) => section.title === 'Vervolg en besluit')!));
  });

  it('takes a short way for a line break above the document date (explanations name no lines)', () => {
    // A date line below the first paragraphs (a byline is read there), with dates counted from it after it.
    const text = [...filler(7, 'inleidende'), 'Datum 21 januari 2020', 'Gisteren adviseerde het NCSC de systemen uit te schakelen.', 'Een dag later volgde het kabinet dat advies.', ...filler(6, 'afsluitende')].join('\n\n');
    const at = text.indexOf(' met wat tekst', text.indexOf('inleidende alinea 7'));
    const update = editAndCompare(text, at, 0, '\n');
    assert.ok(shortWay(update), 'a line break above the document date took the full path');
    const analysis = analyzeText(text, 'news.txt');
    assert.equal(analysis.date, '2020-01-21');
    assert.equal(analysis.dates.find((d) => d.text === 'Gisteren')?.value, '2020-01-20');
  });

  it('follows a change of advice to the same source\'s later advice', () => {
    const text = news([
      'Het RIVM adviseerde om het drinkwater te koken.',
      'Dit is een alinea zonder advies.',
      'Het RIVM adviseerde opnieuw om het drinkwater te koken.',
    ]);
    assert.ok(typeAndCompare(text, 'om het drinkwater te koken.', 'om handen te wassen.').resumed, 'the document stage did not resume');
  });
});

describe('incremental analysis: memory', () => {
  it('keeps no earlier version of the text alive, however many edits resume the document stage', () => {
    // An editor hands the analyser a new copy of the whole text at every keystroke. A claim's text cut from it
    // (a view into it, for 13 characters or more) would keep that copy alive for as long as the claim lives.
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const heapUsed = () => {
      collect();
      collect();
      return process.memoryUsage().heapUsed;
    };
    let text = '';
    while (text.length < 400_000) text += `${base}\n\n`;
    const analyzer = new DocumentAnalyzer('letter.txt');
    analyzer.update(text);
    const before = heapUsed();
    // A name typed wrong, in paragraphs spread over the text: each edit changes a paragraph's actors, so the
    // document stage resumes there and makes its claims again (which then stay, with the new version's text).
    let resumed = 0;
    const edits = 60;
    for (let e = 0; e < edits; e++) {
      const at = text.indexOf('het NCSC', Math.floor((text.length * (e + 1)) / (edits + 2))) + 'het NC'.length;
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      analyzer.update(text);
      if (analyzer.lastUpdate.resumed) resumed++;
    }
    const grown = heapUsed() - before;
    assert.ok(resumed >= edits / 2, `only ${resumed} of ${edits} edits resumed the document stage`);
    // Each version of the text kept would add 0.4 MB: 24 MB for 60 edits.
    assert.ok(grown < 6e6, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${edits} edits`);
    assert.equal(JSON.stringify(analyzer.update(text)), JSON.stringify(new DocumentAnalyzer('letter.txt').update(text)));
  });
});
