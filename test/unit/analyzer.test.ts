// The analyser on the project's own texts: what it must find in texts nobody tuned it for.
import assert from 'node:assert/strict';
import { analyzeText, CorpusIndex, looksLikePolicyText } from '../../src/core';
import { splitBlocks } from '../../src/core/text/blocks';
import { splitSentences, tokenize } from '../../src/core/text/tokens';
import { actorOf, claimWith, fixture } from './helpers';

/** A minister's letter of 20 May 2025, signed by Jan Jansen, with `body` between salutation and signature. */
function ministersLetter(body: string): string {
  return `Datum 20 mei 2025\n\nGeachte voorzitter,\n\n${body}\n\nDe minister van Infrastructuur en Waterstaat,\n\nJan Jansen`;
}

/** The links the corpus index finds within one text, as "claimId relation claimId". */
function claimLinks(file: string, text: string): string[] {
  const index = new CorpusIndex();
  index.update(file, text);
  return index.links().map((l) => `${l.from.claimId} ${l.relation} ${l.to.claimId}`);
}

/** The links of the texts given together, as "file#claim relation file#claim". */
function linked(texts: Record<string, string>): string[] {
  const index = new CorpusIndex();
  for (const [file, text] of Object.entries(texts)) index.update(file, text);
  return index.links().map((l) => `${l.from.file}#${l.from.claimId} ${l.relation} ${l.to.file}#${l.to.claimId}`);
}

describe('blocks', () => {
  it('splits a letter into header lines, headings and paragraphs, with exact offsets', () => {
    const text = fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt');
    const blocks = splitBlocks(text, false);
    for (const b of blocks) assert.equal(text.slice(b.start, b.end).trim(), text.slice(b.start, b.end));
    const headers = blocks.filter((b) => b.type === 'header').map((b) => text.slice(b.start, b.end));
    assert.ok(headers.includes('Datum 2 maart 2023'));
    assert.ok(headers.includes('Postbus 20901'));
    assert.ok(blocks.some((b) => b.type === 'paragraph' && text.slice(b.start, b.end).startsWith('Op 24 februari')));
  });
  it('takes Markdown structure from remark: headings without their #, list items, quotes, no code', () => {
    const md = '---\ndate: 2020-01-17\n---\n\n# Dringend advies\n\nHet NCSC adviseert &amp; waarschuwt.\n\n- eerste punt;\n\n> "Citaat", aldus X.\n\n```\nStelt het NCSC dat\n```\n';
    const blocks = splitBlocks(md, true);
    const kinds = blocks.map((b) => `${b.type}:${md.slice(b.start, b.end)}`);
    assert.ok(kinds.includes('heading:Dringend advies'));
    assert.ok(kinds.includes('paragraph:Het NCSC adviseert &amp; waarschuwt.'), 'the source text, entities undecoded');
    assert.ok(kinds.includes('list-item:eerste punt;'));
    assert.ok(kinds.includes('quote:"Citaat", aldus X.'));
    assert.ok(!kinds.some((k) => k.includes('Stelt het NCSC')), 'code is not prose');
    assert.ok(kinds.includes('front-matter:date: 2020-01-17'));
  });
  it('reads a short first line as a heading, but not one that ends with an article or a conjunction', () => {
    const kinds = (text: string) => splitBlocks(text, false).map((b) => `${b.type}:${text.slice(b.start, b.end)}`);
    const body = 'minister van Volksgezondheid, Welzijn en Sport schreef dat het kabinet het advies volgt.';
    assert.deepEqual(kinds(`Aanleiding\n${body}\n\nSlot.`).slice(0, 2), ['heading:Aanleiding', `paragraph:${body}`]);
    assert.equal(kinds(`Waar gaat het om\n${body}\n\nSlot.`)[0], 'heading:Waar gaat het om');
    for (const first of ['De', 'Volgens het', 'Het advies van', 'Volgens het RIVM en']) {
      assert.deepEqual(kinds(`${first}\n${body}\n\nSlot.`)[0], `paragraph:${first}\n${body}`, `"${first}" is no heading`);
    }
  });
  it('keeps a date line apart from the text that follows on the same line', () => {
    const text = ' date 2020-01 Minister Grapperhaus stelde dat het werkt.';
    const [header, paragraph] = splitBlocks(text, false);
    assert.equal(text.slice(header.start, header.end), 'date 2020-01');
    assert.equal(text.slice(paragraph.start, paragraph.end), 'Minister Grapperhaus stelde dat het werkt.');
  });
});

describe('sentences', () => {
  it('does not end a sentence at Dutch abbreviations, initials or version numbers', () => {
    const text = 'Volgens mr. F.B.J. Grapperhaus is versie 10.5 o.a. kwetsbaar. Het NCSC waarschuwt.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['Volgens mr. F.B.J. Grapperhaus is versie 10.5 o.a. kwetsbaar.', 'Het NCSC waarschuwt.']);
  });
});

describe('actors in texts of our own', () => {
  const letter = analyzeText(fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt'), 'kamerbrief.txt');

  it('knows a body by its full name, and "het instituut" refers back to it', () => {
    const rivm = actorOf(letter, 'RIVM');
    assert.equal(rivm?.id, 'rivm');
    assert.ok(rivm?.mentions.some((m) => m.text === 'Rijksinstituut voor Volksgezondheid en Milieu'));
    assert.ok(rivm?.mentions.some((m) => m.text === 'het instituut'));
  });
  it('learns an organisation from an acronym whose letters are the initials of its capitalised words, lower-case words and a place between', () => {
    const text = 'Den Haag, 12 maart 2025\n\nDe Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie (KNMP) meldde dat er tekorten zijn. De KNMP steunt het advies. Volgens Wageningen Bioveterinary Research (WBR) gaat het om H5N1.';
    const analysis = analyzeText(text, 'acroniemen.txt');
    const knmp = actorOf(analysis, 'KNMP');
    assert.equal(knmp?.name, 'Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie');
    assert.equal(claimWith(analysis, 'meldde dat er tekorten').actor, knmp?.id);
    assert.equal(claimWith(analysis, 'Volgens Wageningen').actor, actorOf(analysis, 'WBR')?.id);
    assert.equal(actorOf(analysis, 'WBR')?.name, 'Wageningen Bioveterinary Research');
  });
  it('learns an organisation it has no entry for from an acronym definition', () => {
    const text = 'Het Landelijk Meldpunt Waterkwaliteit (LMW) stelde op 3 maart dat het water veilig is. Later meldde het LMW dat de metingen niet klopten.';
    const analysis = analyzeText(text, 'lmw.txt');
    const lmw = actorOf(analysis, 'LMW');
    assert.ok(lmw, 'the acronym makes an actor');
    assert.equal(lmw.name, 'Landelijk Meldpunt Waterkwaliteit');
    assert.equal(lmw.mentions.filter((m) => m.text === 'LMW').length, 2);
    assert.equal(claimWith(analysis, 'metingen niet klopten').actor, lmw.id);
  });
  it('merges a signature\'s office and name into one person, the letter\'s author', () => {
    const harbers = actorOf(letter, 'M.G.J. Harbers');
    assert.equal(harbers?.kind, 'person');
    assert.ok(harbers?.mentions.some((m) => m.text === 'De minister van Infrastructuur en Waterstaat'));
    assert.equal(claimWith(letter, 'Ik verwacht dat het kookadvies').actor, harbers?.id);
  });
  it('keeps the state secretary apart from the minister of the same ministry', () => {
    const secretary = actorOf(letter, 'De staatssecretaris van Infrastructuur en Waterstaat');
    assert.ok(secretary);
    assert.notEqual(secretary.id, actorOf(letter, 'M.G.J. Harbers')?.id);
  });
  it('reads a title with its portfolio and no article: the person named after it, else the office', () => {
    const text = [
      'Volgens minister van Justitie en Veiligheid Grapperhaus is het lek gedicht.',
      'Het kabinet volgt het advies, aldus minister van Volksgezondheid, Welzijn en Sport De Jonge.',
      'Minister Grapperhaus meldde later dat de systemen weer werken.',
      'Dat schreef staatssecretaris van Financiën - Toeslagen en Douane aan de Kamer.',
    ].join('\n\n');
    const analysis = analyzeText(text, 'portfolio.txt');
    const grapperhaus = actorOf(analysis, 'minister van Justitie en Veiligheid Grapperhaus');
    assert.equal(grapperhaus?.kind, 'person');
    assert.ok(grapperhaus?.mentions.some((m) => m.text === 'Minister Grapperhaus'), 'one person with the later "Minister Grapperhaus"');
    assert.equal(claimWith(analysis, 'het lek gedicht').actor, grapperhaus?.id);
    const deJonge = actorOf(analysis, 'minister van Volksgezondheid, Welzijn en Sport De Jonge');
    assert.equal(deJonge?.kind, 'person');
    assert.equal(claimWith(analysis, 'Het kabinet volgt het advies').actor, deJonge?.id);
    // No person named after a portfolio word ("van Justitie", "Welzijn").
    assert.ok(!analysis.actors.some((a) => /^van |Welzijn|Sport$/.test(a.name)), analysis.actors.map((a) => a.name).join(', '));
    const secretary = actorOf(analysis, 'staatssecretaris van Financiën - Toeslagen en Douane');
    assert.ok(secretary && secretary.kind !== 'organisation', 'the state secretary without a name is an office');
    // A first name before the surname; initials, a place or the next clause after the portfolio are no name of it.
    const more = analyzeText([
      'Volgens minister van Volksgezondheid, Welzijn en Sport Hugo de Jonge is het beter.',
      'Volgens minister van Justitie en Veiligheid F.B.J. Grapperhaus is het lek gedicht.',
      'Dat schreef minister van Buitenlandse Zaken Nederland heeft een brief gestuurd.',
    ].join('\n\n'), 'more.txt');
    assert.equal(actorOf(more, 'minister van Volksgezondheid, Welzijn en Sport Hugo de Jonge')?.kind, 'person');
    assert.equal(actorOf(more, 'F.B.J. Grapperhaus')?.kind, 'person');
    assert.ok(actorOf(more, 'minister van Justitie en Veiligheid'), 'the office before the initials');
    assert.ok(actorOf(more, 'minister van Buitenlandse Zaken'), 'the office before "Nederland"');
    assert.ok(!more.actors.some((a) => a.name === 'Nederland' || a.name === 'F.B.J'), more.actors.map((a) => a.name).join(', '));
  });
  it('reads "de bewindslieden" as the ministers named lately, not one named pages before', () => {
    // More than HISTORY_WINDOW (200) actors named between the first minister and the group.
    const agencies = Array.from({ length: 80 }, () => 'Het RIVM en het NCSC spraken met de AIVD over het water.');
    const text = [
      'Minister De Jonge sprak met het RIVM.',
      ...agencies,
      'Minister Grapperhaus en staatssecretaris Knops spraken met de NCTV.',
      'De bewindslieden melden dat het lek gedicht is.',
    ].join('\n\n');
    const analysis = analyzeText(text, 'bewindslieden.txt');
    const group = actorOf(analysis, 'De bewindslieden');
    assert.equal(group?.kind, 'group');
    const members = group.members?.map((id) => analysis.actors.find((a) => a.id === id)?.name).sort();
    assert.deepEqual(members, ['Grapperhaus', 'Knops']);
    // Named close to the group, the first minister is one of them.
    const close = analyzeText(['Minister De Jonge sprak met het RIVM.', ...agencies.slice(0, 10), 'Minister Grapperhaus sprak met de NCTV.', 'De bewindslieden melden dat het lek gedicht is.'].join('\n\n'), 'close.txt');
    assert.equal(actorOf(close, 'De bewindslieden')?.members?.length, 2);
    // Nor one named more than HISTORY_SENTENCES (40) sentences before, however few actors came between.
    const quiet = Array.from({ length: 45 }, () => 'Het water werd in die weken opnieuw onderzocht.');
    const far = analyzeText(['Minister De Jonge sprak met het RIVM.', ...quiet, 'Minister Grapperhaus en staatssecretaris Knops spraken met de NCTV.', 'De bewindslieden melden dat het lek gedicht is.'].join('\n\n'), 'far.txt');
    assert.deepEqual(actorOf(far, 'De bewindslieden')?.members?.map((id) => far.actors.find((a) => a.id === id)?.name).sort(), ['Grapperhaus', 'Knops']);
    const near = analyzeText(['Minister De Jonge sprak met het RIVM.', ...quiet.slice(0, 30), 'Minister Grapperhaus en staatssecretaris Knops spraken met de NCTV.', 'De bewindslieden melden dat het lek gedicht is.'].join('\n\n'), 'near.txt');
    assert.equal(actorOf(near, 'De bewindslieden')?.members?.length, 3);
  });
  it('reads "het bedrijf" after the subject of a "dat" clause, and "dit bedrijf" as the nearest company, and knows a body after its descriptor', () => {
    const text = [
      'Den Haag, 5 september 2011',
      'Het beveiligingsbedrijf Fox-IT verklaarde dat Noordkaap de inbraak zelf al in juli had ontdekt. Bij een controle vond het bedrijf toen een vals certificaat.',
      'Fox-IT onderzocht daarna de systemen van Noordkaap. Dit bedrijf had de inbraak niet gemeld.',
      'Toezichthouder OPTA onderzoekt de zaak.',
    ].join('\n\n');
    const analysis = analyzeText(text, 'bedrijf.txt');
    const noordkaap = actorOf(analysis, 'Noordkaap');
    assert.ok(noordkaap?.mentions.some((m) => m.text === 'het bedrijf'), analysis.actors.map((a) => `${a.name}: ${a.mentions.map((m) => m.text).join(', ')}`).join('; '));
    assert.ok(noordkaap?.mentions.some((m) => m.text === 'Dit bedrijf'));
    assert.equal(actorOf(analysis, 'Toezichthouder OPTA')?.id, 'opta');
    // Reported speech ("zou … hebben gevonden") after a statement goes on with that statement's source, though
    // the company it speaks of is now the subject.
    const reported = analyzeText('Den Haag, 5 september 2011\n\nHet beveiligingsbedrijf Fox-IT verklaarde dat Noordkaap de inbraak al in juli had ontdekt. Bij een controle zou het bedrijf toen een vals certificaat hebben gevonden.\n\nDit is een alinea zonder claims.', 'verslag.txt');
    assert.equal(claimWith(reported, 'zou het bedrijf toen').actor, 'fox-it');
    assert.equal(actorOf(reported, 'Noordkaap')?.mentions.some((m) => m.text === 'het bedrijf'), true);
  });
  it('knows bodies the lexicon does not by the word before or at the end of their name, and "het ziekenhuis" after one', () => {
    const text = [
      'Den Haag, 12 maart 2025',
      'Ziekenhuis Noorderhaven heeft gisteren laten weten dat het is getroffen door een cyberaanval. Het ziekenhuis adviseert patiënten om niet naar de spoedeisende hulp te komen.',
      'Veiligheidsregio Zuidoost-Drenthe adviseert de inwoners om zich voor te bereiden. Waterschap Aa en Hunze verwacht dat de dijken het water kunnen keren. De veiligheidsregio neemt morgen een besluit.',
      'Het Zaans Medisch Centrum meldde dat de zorg doorgaat.',
    ].join('\n\n');
    const analysis = analyzeText(text, 'namen.txt');
    const hospital = actorOf(analysis, 'Ziekenhuis Noorderhaven');
    assert.ok(hospital?.mentions.some((m) => m.text === 'Het ziekenhuis'), analysis.actors.map((a) => `${a.name}: ${a.mentions.map((m) => m.text).join(', ')}`).join('; '));
    assert.equal(claimWith(analysis, 'Het ziekenhuis adviseert').actor, hospital?.id);
    const region = actorOf(analysis, 'Veiligheidsregio Zuidoost-Drenthe');
    assert.ok(region?.mentions.some((m) => m.text === 'De veiligheidsregio'));
    assert.equal(claimWith(analysis, 'De veiligheidsregio neemt').actor, region?.id);
    // "Aa en Hunze" is one name after its descriptor, not two.
    assert.ok(actorOf(analysis, 'Waterschap Aa en Hunze'));
    assert.equal(claimWith(analysis, 'verwacht dat de dijken').actor, actorOf(analysis, 'Waterschap Aa en Hunze')?.id);
    assert.ok(actorOf(analysis, 'Zaans Medisch Centrum'));
    const ambulance = analyzeText('Den Haag, 20 maart 2025\n\nVolgens de Regionale Ambulancevoorziening Noord-Holland Noord is de zorg niet in gevaar geweest.', 'ambulance.txt');
    assert.equal(claimWith(ambulance, 'Volgens de Regionale Ambulancevoorziening').actor, actorOf(ambulance, 'Regionale Ambulancevoorziening Noord-Holland Noord')?.id);
  });
  it('reads "de verwachting van X dat …" as X\'s statement, and "langer dan eerder verwacht" as revising it', () => {
    const texts = {
      'eerst.txt': 'Datum 8 januari 2025\n\nAanleiding is de verwachting van het KNMI dat de neerslag in het stroomgebied vanaf donderdag afneemt.',
      'later.txt': 'Datum 16 januari 2025\n\nHet KNMI meldde op 9 januari dat de neerslag in het stroomgebied langer aanhield dan eerder verwacht.',
    };
    const first = analyzeText(texts['eerst.txt'], 'eerst.txt');
    assert.equal(claimWith(first, 'de verwachting van het KNMI').actor, 'knmi');
    const index = new CorpusIndex();
    for (const [file, text] of Object.entries(texts)) index.update(file, text);
    const later = claimWith(index.get('later.txt')!, 'langer aanhield dan eerder verwacht');
    assert.equal(later.changeCue?.type, 'revised');
    assert.ok(index.links().some((l) => l.from.file === 'eerst.txt' && l.to.file === 'later.txt' && l.to.claimId === later.id && l.relation === 'revises'), JSON.stringify(index.links()));
  });
  it('finds a separable verb whose particle is followed by a prepositional phrase: "stelde … bij naar"', () => {
    const text = 'Datum 16 januari 2025\n\nRijkswaterstaat verwachtte op 7 januari een stand van 8,40 meter bij Zutphen. Op donderdag 9 januari stelde de dienst die verwachting bij naar 8,70 meter.\n\nDit is een alinea zonder claims.';
    const analysis = analyzeText(text, 'bijgesteld.txt');
    assert.equal(claimWith(analysis, 'stelde de dienst die verwachting bij').changeCue?.type, 'revised');
  });
  it('reads a capitalised descriptor after capitalised words as part of a body\'s name: "de Nederlandse Vakbond Pluimveehouders"', () => {
    const analysis = analyzeText('Den Haag, 12 maart 2025\n\nDe Nederlandse Vakbond Pluimveehouders liet weten dat de maatregel te ver gaat. De vakbond vindt het te streng.', 'vakbond.txt');
    const union = actorOf(analysis, 'Nederlandse Vakbond Pluimveehouders');
    assert.ok(union?.mentions.some((m) => m.text === 'De vakbond'), analysis.actors.map((a) => `${a.name}: ${a.mentions.map((m) => m.text).join(', ')}`).join('; '));
    assert.equal(claimWith(analysis, 'liet weten dat de maatregel').actor, union?.id);
  });
  it('keeps a named speaker of reported speech, types only the name after a descriptor, and tells bodies of one place apart', () => {
    const text = 'Den Haag, 12 maart 2025\n\nKPN verklaarde dinsdag dat het lek gedicht is. Het NCSC zou hebben gezegd dat er een nieuwe update komt.\n\nHet softwarebedrijf Microsoft (Utrecht) meldde dinsdag dat het lek gedicht is. Ziekenhuis Noorderhaven meldde dat het open is. Waterschap Noorderhaven meldde dat de dijk houdt.';
    const analysis = analyzeText(text, 'review.txt');
    assert.equal(claimWith(analysis, 'Het NCSC zou hebben gezegd').actor, 'ncsc');
    assert.equal(claimWith(analysis, 'Het softwarebedrijf Microsoft').actor, 'microsoft');
    assert.ok(!analysis.actors.some((a) => a.name === 'Utrecht'));
    assert.notEqual(claimWith(analysis, 'Ziekenhuis Noorderhaven meldde').actor, claimWith(analysis, 'Waterschap Noorderhaven meldde').actor);
  });
  it('takes no verb or article for an adjective: "Dat maakte de bewindsman bekend" names "de bewindsman"', () => {
    const analysis = analyzeText('date 2025-11-14\n\nMinister Kramer breidt de ophokplicht uit. Dat maakte de bewindsman vandaag bekend.', 'bewindsman.txt');
    assert.ok(actorOf(analysis, 'Minister Kramer')?.mentions.some((m) => m.text === 'de bewindsman'), analysis.actors.map((a) => a.mentions.map((m) => m.text).join(', ')).join('; '));
  });
  it('reads a signature of first name and surname as the minister of the office above it', () => {
    const text = 'Datum 20 maart 2025\n\nGeachte voorzitter,\n\nEvacuatie van De Hoven\n\nMinister Agema heeft het ziekenhuis bezocht. Ik verwacht dat het ziekenhuis volgende week weer open gaat.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nFleur Agema';
    const analysis = analyzeText(text, 'ondertekend.txt');
    const agema = actorOf(analysis, 'Fleur Agema');
    assert.equal(agema?.kind, 'person');
    assert.ok(agema?.mentions.some((m) => m.text === 'Minister Agema') && agema.mentions.some((m) => m.text.startsWith('De minister van Volksgezondheid')));
    assert.equal(claimWith(analysis, 'Ik verwacht').actor, agema?.id);
    // A heading of its own line is no name: its particle is written with a capital.
    assert.ok(!analysis.actors.some((a) => a.name === 'Hoven'), analysis.actors.map((a) => a.name).join(', '));
  });
  it('attributes a statement framed by "Zoals X liet weten," to X, also in a letter', () => {
    const text = 'Datum 20 maart 2025\n\nGeachte voorzitter,\n\nZoals de minister van Justitie en Veiligheid eerder liet weten, leidt het Team High Tech Crime het onderzoek. Zoals het RIVM vorige week meldde, is het water veilig. Ik verwacht dat het ziekenhuis volgende week weer open gaat.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nFleur Agema';
    const analysis = analyzeText(text, 'zoals.txt');
    assert.equal(claimWith(analysis, 'Zoals de minister van Justitie').actor, actorOf(analysis, 'de minister van Justitie en Veiligheid')?.id);
    assert.equal(claimWith(analysis, 'Zoals het RIVM').actor, 'rivm');
    assert.equal(claimWith(analysis, 'Ik verwacht').actor, actorOf(analysis, 'De minister van Volksgezondheid, Welzijn en Sport')?.id);
  });
  it('takes places of several words for places, and a place after a body\'s descriptor for that body', () => {
    const text = 'Den Haag, 12 maart 2025\n\nDe gemeente Zutphen adviseert de inwoners om binnen te blijven. In De Bilt meldde het KNMI dat de regen aanhoudt. Veiligheidsregio Utrecht meldt dat ook.';
    const analysis = analyzeText(text, 'plaatsen.txt');
    const names = analysis.actors.map((a) => a.name);
    assert.ok(!names.some((n) => /^(?:Haag|Bilt|Den Haag|De Bilt)$/.test(n)), names.join(', '));
    assert.equal(claimWith(analysis, 'adviseert de inwoners').actor, actorOf(analysis, 'Zutphen')?.id);
    assert.equal(claimWith(analysis, 'Veiligheidsregio Utrecht meldt').actor, actorOf(analysis, 'Veiligheidsregio Utrecht')?.id);
  });
  it('leaves the public out when it is only named, and reads a weekday "tot en met" as still to come', () => {
    const text = 'Datum 8 januari 2025\n\nDe veiligheidsregio adviseert de bewoners om hun woning te verlaten. Het advies geldt tot en met vrijdag.\n\nDe school was tot en met vrijdag dicht.';
    const analysis = analyzeText(text, 'publiek.txt');
    assert.ok(!analysis.actors.some((a) => a.name === 'bewoners'), analysis.actors.map((a) => a.name).join(', '));
    assert.deepEqual(analysis.dates.filter((d) => d.text === 'vrijdag').map((d) => d.value), ['2025-01-10', '2025-01-03']);
  });
  it('reads a minister without a ministry of their own ("minister voor Rechtsbescherming") as an office, and the signature under it as its holder', () => {
    const text = 'Datum 20 maart 2025\n\nGeachte voorzitter,\n\nHierbij informeer ik u, mede namens de minister voor Rechtsbescherming, over het advies. De minister voor Rechtsbescherming stelde vorige week dat de wet wordt aangepast. Minister Jetten voor Klimaat en Energie verwacht dat het advies blijft.\n\nDe minister voor Rechtsbescherming,\n\nFranc Weerwind';
    const analysis = analyzeText(text, 'voor.txt');
    const weerwind = actorOf(analysis, 'Franc Weerwind');
    assert.equal(weerwind?.kind, 'person');
    assert.ok(weerwind?.mentions.some((m) => m.text === 'De minister voor Rechtsbescherming'), weerwind?.mentions.map((m) => m.text).join(', '));
    assert.equal(claimWith(analysis, 'stelde vorige week').actor, weerwind?.id);
    assert.equal(claimWith(analysis, 'Minister Jetten voor Klimaat en Energie').actor, actorOf(analysis, 'Minister Jetten voor Klimaat en Energie')?.id);
    // "voor" takes only a post: no office of "minister voor Justitie".
    assert.equal(actorOf(analyzeText('De minister voor Justitie stelde dat het zo is.', 'justitie.txt'), 'De minister voor Justitie'), undefined);
  });
  it('reads "het ministerie" after an office as that office\'s ministry', () => {
    const analysis = analyzeText('Volgens de minister van Justitie en Veiligheid is het lek gedicht. Het ministerie meldde later dat de systemen weer werken.', 'office.txt');
    assert.equal(actorOf(analysis, 'Het ministerie')?.name, 'Ministerie van Justitie en Veiligheid');
  });
  it('does not make actors of places, postcodes or procedure', () => {
    const names = letter.actors.map((a) => a.name);
    assert.ok(!names.some((n) => /Zuid-Limburg|DEN HAAG|EX\b/.test(n)), names.join(', '));
    assert.ok(!letter.claims.some((c) => c.text.startsWith('Hierbij informeer ik')), 'procedure is not a claim');
  });
});

describe('claims and advice in texts of our own', () => {
  const letter = analyzeText(fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt'), 'kamerbrief.txt');
  const news = analyzeText(fixture('corpus/2023-03-09-nieuws-kookadvies.txt'), 'nieuws.txt');

  it('reads "stelde X dat" with the date of the statement', () => {
    const claim = claimWith(letter, 'bacteriën waren aangetroffen');
    assert.equal(claim.actor, 'rivm');
    assert.equal(claim.date, '2023-02-24');
  });
  it('reads advice, its escalation and its anaphoric date', () => {
    const boil = claimWith(letter, 'drie minuten te koken');
    assert.equal(boil.kind, 'advice');
    assert.equal(boil.change, 'issued');
    assert.equal(boil.date, '2023-02-24', 'Diezelfde dag');
    const stricter = claimWith(letter, 'zijn advies aangescherpt');
    assert.equal(stricter.change, 'escalated');
    assert.equal(stricter.date, '2023-02-28');
  });
  it('reads "volgens X"', () => {
    assert.equal(claimWith(letter, 'de oorzaak inmiddels gevonden').actor, 'ilt');
  });
  it('attributes the sentence before "Dat heeft X laten weten." to X, and sees the withdrawal', () => {
    const claim = claimWith(news, 'is vandaag ingetrokken');
    assert.equal(claim.actor, 'rivm');
    assert.equal(claim.date, '2023-03-09');
  });
  it('reads a quotation attributed with ", aldus een woordvoerder van X" as advice of that spokesperson', () => {
    const claim = claimWith(news, 'hoeven het water niet langer te koken');
    const speaker = news.actors.find((a) => a.id === claim.actor);
    assert.equal(speaker?.kind, 'role');
    assert.match(speaker?.name ?? '', /woordvoerder RIVM/);
    assert.equal(claim.kind, 'advice');
  });
  it('links the advice across the letter and the later news report', () => {
    const index = new CorpusIndex();
    index.update('kamerbrief.txt', fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt'));
    index.update('nieuws.txt', fixture('corpus/2023-03-09-nieuws-kookadvies.txt'));
    const crossing = index.links().filter((l) => l.from.file !== l.to.file);
    assert.ok(crossing.length > 0, 'some link crosses the two texts');
    for (const link of index.links()) {
      const from = index.get(link.from.file)!.claims.find((c) => c.id === link.from.claimId)!;
      const to = index.get(link.to.file)!.claims.find((c) => c.id === link.to.claimId)!;
      assert.ok((from.date ?? '0') <= (to.date ?? index.get(link.to.file)!.date ?? '9'), `link ${from.text} → ${to.text} goes back in time`);
    }
  });
});

describe('policy-text detection', () => {
  it('accepts Dutch policy texts and leaves an English README alone', () => {
    assert.ok(looksLikePolicyText(fixture('seed-letter.txt')));
    assert.ok(looksLikePolicyText(fixture('corpus/2023-03-02-kamerbrief-drinkwater.txt')));
    assert.ok(!looksLikePolicyText('# Project\n\nThis project provides a command line tool for the analysis of text. Install it with npm and run it on your files.'));
  });
});

describe('more texts of our own: advice reported, adopted and revised', () => {
  const news = analyzeText(fixture('corpus/2021-11-26-nieuws-omt-horeca.txt'), 'omt.txt');
  const letter = analyzeText(fixture('corpus/2021-12-03-kamerbrief-maatregelen.txt'), 'brief.txt');

  it('keeps the advisor as the source when the next sentence says who reported it', () => {
    const advice = claimWith(news, 'heeft het kabinet donderdag geadviseerd');
    assert.equal(advice.actor, 'omt');
    assert.equal(advice.kind, 'advice');
    assert.equal(advice.date, '2021-11-25', 'donderdag before Friday 26 November');
  });
  it('does not take adopting or discussing advice for giving it', () => {
    assert.equal(claimWith(letter, 'heeft dat advies overgenomen').kind, 'claim');
    assert.equal(claimWith(news, 'We nemen dit advies zeer serieus').kind, 'claim');
  });
  it('sees one person in "minister De Jonge" and "H.M. de Jonge" across texts', () => {
    assert.equal(actorOf(news, 'minister De Jonge van Volksgezondheid, Welzijn en Sport')?.id, actorOf(letter, 'H.M. de Jonge')?.id);
  });
  it('links the advice to its revision the day before the letter', () => {
    const index = new CorpusIndex();
    index.update('omt.txt', fixture('corpus/2021-11-26-nieuws-omt-horeca.txt'));
    index.update('brief.txt', fixture('corpus/2021-12-03-kamerbrief-maatregelen.txt'));
    const revision = claimWith(index.get('brief.txt')!, 'zijn advies bijgesteld');
    assert.equal(revision.change, 'revised');
    assert.equal(revision.date, '2021-12-02');
    const earlier = index.linksOf('brief.txt', revision.id).earlier;
    assert.ok(earlier.some((e) => e.claim.text.includes('om 17.00 uur te sluiten') && e.link.relation === 'revises'));
  });
});

describe('more texts of our own: a travel advice raised and lowered', () => {
  const letter = analyzeText(fixture('corpus/2024-02-14-kamerbrief-reisadvies.txt'), 'brief.txt');
  const news = analyzeText(fixture('corpus/2024-02-21-nieuws-reisadvies.txt'), 'nieuws.txt');

  it('reads names with particles and double surnames', () => {
    assert.equal(actorOf(letter, 'Staatssecretaris Van der Burg van Justitie en Veiligheid')?.kind, 'person');
    assert.equal(actorOf(letter, 'H.G.J. Bruins Slot')?.id, actorOf(news, 'Minister Bruins Slot')?.id);
    assert.equal(actorOf(letter, 'H.G.J. Bruins Slot')?.name, 'Bruins Slot');
  });
  it('attributes a conclusion in a relative clause to its antecedent, and asking the marechaussee to the asker', () => {
    assert.equal(claimWith(letter, 'concludeerde dat de veiligheidssituatie').actor, 'nctv');
    assert.equal(claimWith(letter, 'controles uit te voeren').actor, actorOf(letter, 'Staatssecretaris Van der Burg van Justitie en Veiligheid')?.id);
  });
  it('sees a raised travel advice as escalated and a lowered one as relaxed, and links them', () => {
    const raised = claimWith(letter, 'verhoogd naar oranje');
    const lowered = claimWith(news, 'verlaagd van oranje naar geel');
    assert.equal(raised.change, 'escalated');
    assert.equal(lowered.change, 'relaxed');
    const index = new CorpusIndex();
    index.update('brief.txt', fixture('corpus/2024-02-14-kamerbrief-reisadvies.txt'));
    index.update('nieuws.txt', fixture('corpus/2024-02-21-nieuws-reisadvies.txt'));
    const link = index.links().find((l) => l.to.file === 'nieuws.txt' && l.to.claimId === lowered.id && l.from.claimId === raised.id);
    assert.equal(link?.relation, 'relaxes');
  });
  it('reads "verlaagde", "verhoogde" and "zwakte … af" before their subject as the subject\'s change of advice, not the letter writer\'s', () => {
    const text = [
      'Datum 12 maart 2024',
      'Geachte voorzitter,',
      'Het NCSC adviseerde op 4 maart om de software bij te werken. Het KNMI gaf code oranje af voor de kust.',
      'Vorige week verlaagde het NCSC het advies. Op 8 maart verhoogde het KNMI de waarschuwing naar code rood. Op 9 maart zwakte het KNMI de waarschuwing af.',
      'De minister van Justitie en Veiligheid,',
      'Bakker',
    ].join('\n\n');
    const analysis = analyzeText(text, 'brief.txt');
    const lowered = claimWith(analysis, 'verlaagde het NCSC');
    const raised = claimWith(analysis, 'verhoogde het KNMI');
    assert.deepEqual([lowered.actor, lowered.kind, lowered.change], ['ncsc', 'advice', 'relaxed']);
    assert.deepEqual([raised.actor, raised.kind, raised.change], ['knmi', 'advice', 'escalated']);
    const weakened = claimWith(analysis, 'zwakte het KNMI');
    assert.deepEqual([weakened.actor, weakened.kind, weakened.change], ['knmi', 'advice', 'relaxed']);
  });
  it('names the spokesperson after the organisation described as "het ministerie"', () => {
    const speaker = news.actors.find((a) => a.id === claimWith(news, 'Volgens een woordvoerder').actor);
    assert.match(speaker?.name ?? '', /^woordvoerder .*Buitenlandse Zaken/);
  });
});

describe('requirements as advice', () => {
  it('reads a compound naming a requirement as advice ("ophokplicht", "vuurwerkverbod"), not "verplicht" as one, and "de minister van Landbouw" as the present ministry', () => {
    const text = 'Datum 12 februari 2026\n\nGeachte voorzitter,\n\nOp 14 november heeft de minister van Landbouw een landelijke ophokplicht ingesteld. De NVWA meldde dat het vuurwerkverbod van kracht is.\n\nDe minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nJan Jansen';
    const analysis = analyzeText(text, 'ophokplicht.txt');
    const order = claimWith(analysis, 'een landelijke ophokplicht ingesteld');
    assert.equal(order.kind, 'advice');
    assert.equal(order.actor, actorOf(analysis, 'Jan Jansen')?.id, 'the minister of Landbouw is the minister who signs');
    assert.equal(claimWith(analysis, 'het vuurwerkverbod').kind, 'advice');
  });
  it('reads a requirement extended as escalated and lifted as withdrawn', () => {
    const text = 'Datum 12 februari 2026\n\nGeachte voorzitter,\n\nOp 14 november breidde ik de ophokplicht uit naar heel Nederland. Op 10 februari heb ik de ophokplicht opgeheven. Pluimveehouders hoeven hun dieren niet langer binnen te houden, maar ik raad hen aan om de hygiënemaatregelen te volgen.\n\nDe minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nJan Jansen';
    const analysis = analyzeText(text, 'ophokplicht.txt');
    assert.equal(claimWith(analysis, 'breidde ik de ophokplicht uit').change, 'escalated');
    assert.equal(claimWith(analysis, 'de ophokplicht opgeheven').change, 'withdrawn');
  });
});

describe('links in texts of our own: withdrawals, agreement and the same advice told twice', () => {
  const withdrawn = [
    'Den Haag, 6 september 2024',
    'Op 30 augustus adviseerde het Nationaal Cyber Security Centrum (NCSC) om alle certificaten van Digicert te vervangen. Diezelfde dag adviseerde het NCSC ook om de webservers van gemeenten te controleren.',
    'De NCSC-experts spraken daarna met de leverancier.',
    'Op 5 september trok het NCSC zijn advies van 30 augustus in, omdat de certificaten toch betrouwbaar bleken.',
  ].join('\n\n');

  it('withdraws every advice of the day that "zijn advies van 30 augustus" names', () => {
    const analysis = analyzeText(withdrawn, 'ingetrokken.txt');
    const withdrawal = claimWith(analysis, 'trok het NCSC zijn advies');
    assert.equal(withdrawal.change, 'withdrawn');
    const links = linked({ 'ingetrokken.txt': withdrawn });
    for (const advice of ['alle certificaten van Digicert', 'de webservers van gemeenten']) {
      assert.ok(links.includes(`ingetrokken.txt#${claimWith(analysis, advice).id} withdraws ingetrokken.txt#${withdrawal.id}`), links.join('; '));
    }
  });
  it('reads "sluit zich bij de minister aan" as confirming what the minister said', () => {
    const text = 'Den Haag, 10 september 2024\n\nMinister Van Huffelen stelde op 9 september dat de certificaten van de overheid betrouwbaar zijn. De Rijksinspectie Digitale Infrastructuur (RDI) sluit zich bij de minister aan.';
    const analysis = analyzeText(text, 'eens.txt');
    assert.deepEqual(linked({ 'eens.txt': text }), [`eens.txt#${claimWith(analysis, 'Minister Van Huffelen stelde').id} confirms eens.txt#${claimWith(analysis, 'sluit zich bij').id}`]);
  });
  it('does not read advice told after a later one, but given the day before it, as repeating that one', () => {
    const text = 'Den Haag, 20 januari 2020\n\nHet NCSC adviseerde op 17 januari dringend om de Citrix-systemen uit te schakelen. Het NCSC adviseerde op 16 januari nog om het uitschakelen van de Citrix-systemen te overwegen.\n\nOp 19 januari adviseerde het NCSC opnieuw om de Citrix-systemen uit te schakelen.';
    const analysis = analyzeText(text, 'volgorde.txt');
    assert.equal(claimWith(analysis, 'op 16 januari nog').change, 'issued');
    assert.equal(claimWith(analysis, 'Op 19 januari adviseerde').change, 'confirmed');
    assert.ok(linked({ 'volgorde.txt': text }).includes(`volgorde.txt#${claimWith(analysis, 'op 16 januari nog').id} escalates volgorde.txt#${claimWith(analysis, 'op 17 januari dringend').id}`));
  });
  it('confirms advice by the same advice on a later day, not by a report of that day, nor a plain claim by advice', () => {
    const texts = {
      'claim.txt': 'Den Haag, 12 maart 2024\n\nHet RIVM stelde op 4 maart dat het drinkwater in Zuid-Limburg veilig is. Op 11 maart adviseerde het RIVM om het drinkwater in Zuid-Limburg te koken.',
      'advies.txt': 'Den Haag, 5 maart 2024\n\nHet RIVM adviseerde op 4 maart om het drinkwater in Zuid-Limburg te koken.',
      'bevestigd.txt': 'Den Haag, 6 maart 2024\n\nHet RIVM adviseerde op 4 maart om het drinkwater in Zuid-Limburg te koken, zo bevestigt het instituut.',
    };
    // The advice of 4 March, told in two texts, is confirmed by the advice of 11 March; the two reports of
    // that day do not confirm each other, and advice does not confirm the plain claim that the water is safe.
    assert.deepEqual(linked(texts).sort(), ['advies.txt#c1 confirms claim.txt#c2', 'bevestigd.txt#c1 confirms claim.txt#c2']);
  });
});

describe('a requirement restricted, lifted and kept, in a letter of our own', () => {
  const letter = [
    'Datum 20 augustus 2025',
    'Geachte voorzitter,',
    'Op 1 juli heb ik vanwege de droogte een landelijk stookverbod ingesteld. Op maandag 11 augustus heb ik het stookverbod beperkt tot de provincies Drenthe en Overijssel. Op 18 augustus heb ik het stookverbod in heel Nederland opgeheven. Het verbod op vuurwerk in natuurgebieden is diezelfde dag vervallen. Het verbod op open vuur in natuurgebieden blijft tot 1 september van kracht. Campinghouders hoeven hun gasten niet langer op barbecues te controleren, maar ik raad hen aan om blusmiddelen klaar te zetten.',
    'De minister van Infrastructuur en Waterstaat,',
    'Jan Jansen',
  ].join('\n\n');
  const analysis = analyzeText(letter, 'stookverbod.txt');
  const links = claimLinks('stookverbod.txt', letter);

  it('reads "beperkt tot" as relaxed, "vervallen" as withdrawn, and the parts of "blijft … van kracht" and "hoeven … niet langer"', () => {
    assert.equal(claimWith(analysis, 'beperkt tot de provincies').change, 'relaxed');
    assert.equal(claimWith(analysis, 'is diezelfde dag vervallen').change, 'withdrawn');
    const kept = claimWith(analysis, 'blijft tot 1 september van kracht');
    assert.equal(kept.change, 'confirmed');
    assert.equal(kept.changeCue?.text, 'blijft tot 1 september van kracht');
    assert.equal(claimWith(analysis, 'hoeven hun gasten niet langer').changeCue?.type, 'relaxed');
  });
  it('gives the author what a directive says of others, and dates the author\'s advice by the day it names', () => {
    const author = actorOf(analysis, 'Jan Jansen')?.id;
    assert.equal(claimWith(analysis, 'Campinghouders hoeven').actor, author);
    assert.equal(claimWith(analysis, 'een landelijk stookverbod ingesteld').date, '2025-07-01');
    assert.equal(claimWith(analysis, 'beperkt tot de provincies').date, '2025-08-11');
    assert.equal(claimWith(analysis, 'in heel Nederland opgeheven').date, '2025-08-18');
  });
  it('links a change to the requirement as it stands, and nothing to a requirement withdrawn', () => {
    const [imposed, restricted, lifted, lapsed, kept] = ['landelijk stookverbod ingesteld', 'beperkt tot de provincies', 'in heel Nederland opgeheven', 'diezelfde dag vervallen', 'blijft tot 1 september'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${imposed} relaxes ${restricted}`), links.join('; '));
    assert.ok(links.includes(`${restricted} withdraws ${lifted}`), links.join('; '));
    // The restriction already changed the requirement imposed on 1 July: lifting it withdraws the restriction.
    assert.ok(!links.some((l) => l.startsWith(`${imposed} `) && l.endsWith(` ${lifted}`)), links.join('; '));
    assert.ok(!links.some((l) => l.startsWith(`${lapsed} `) && l.endsWith(` ${kept}`)), links.join('; '));
  });
});

describe('an advisory whose header lines name its publisher', () => {
  const advisory = [
    'Nationaal Cyber Security Centrum (NCSC)\nBeveiligingsadvies NCSC-2025-0101, versie 1.00\nDatum 3 maart 2025',
    'Kwetsbaarheid in Noordkaap VPN actief misbruikt',
    'Samenvatting\nHet NCSC heeft aanwijzingen dat aanvallers de kwetsbaarheid sinds 28 februari misbruiken. Het NCSC adviseert organisaties om de update met voorrang te installeren.',
    'Volgens Noordkaap verhelpt de update het lek volledig.',
  ].join('\n\n');

  it('reads the header lines as the byline, its "Datum" line notwithstanding: the publisher states what is not attributed', () => {
    const analysis = analyzeText(advisory, 'advies.txt');
    assert.equal(analysis.date, '2025-03-03');
    const evidence = claimWith(analysis, 'heeft aanwijzingen dat aanvallers');
    assert.equal(evidence.actor, 'ncsc');
    assert.equal(evidence.date, '2025-03-03');
    assert.equal(claimWith(analysis, 'Volgens Noordkaap').actor, actorOf(analysis, 'Noordkaap')?.id);
    // The header is no statement.
    assert.ok(!analysis.claims.some((c) => c.text.includes('Beveiligingsadvies NCSC-2025-0101')));
  });
  it('withdraws advice as it stands: relaxed since it was escalated', () => {
    const letter = 'Datum 20 mei 2025\n\nGeachte voorzitter,\n\nOp 11 maart adviseerde Waterbedrijf Oostvecht ouders om bij voorkeur flessenwater te gebruiken. Op 12 maart heeft het waterbedrijf dit advies aangescherpt: ouders moeten flessenwater gebruiken. Op 8 april heeft het waterbedrijf het advies versoepeld. Op 19 mei heeft het waterbedrijf het advies ingetrokken.\n\nDe staatssecretaris van Infrastructuur en Waterstaat,\n\nAnna de Vries';
    const analysis = analyzeText(letter, 'water.txt');
    const links = claimLinks('water.txt', letter);
    const [escalated, relaxed, withdrawn] = ['dit advies aangescherpt', 'het advies versoepeld', 'het advies ingetrokken'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${escalated} relaxes ${relaxed}`), links.join('; '));
    assert.ok(links.includes(`${relaxed} withdraws ${withdrawn}`), links.join('; '));
    assert.ok(!links.includes(`${escalated} withdraws ${withdrawn}`), links.join('; '));
  });
});

describe('an advisory\'s advice escalated, and a statement corrected, in texts of our own', () => {
  const texts: Record<string, string> = {
    'advies.txt': 'Informatiebeveiligingsdienst (IBD)\nBeveiligingsadvies IBD-2025-0042, versie 1.00\nDatum 3 maart 2025\n\nKwetsbaarheid in Noordkaap VPN\n\nSamenvatting\nDe IBD adviseert gemeenten die Noordkaap VPN gebruiken om te overwegen de beveiligingsupdate met voorrang te installeren. De IBD adviseert gemeenten ook om verdachte inlogpogingen te melden bij de IBD.\n\nWat kunt u doen?\nOverweeg om de beveiligingsupdate van Noordkaap VPN met voorrang te installeren. Controleer de logbestanden op verdachte inlogpogingen.\n\nVolgens Noordkaap verhelpt de update het lek volledig.',
    'brief.txt': 'Datum 14 maart 2025\n\nGeachte voorzitter,\n\nOp 6 maart heeft de IBD het advies aangescherpt tot het dringende advies om Noordkaap VPN per direct uit te schakelen. De gemeente Zandvoort ging er vorige week van uit dat er geen gegevens waren gestolen. Op 12 maart maakte de gemeente bekend dat er wel degelijk gegevens zijn gestolen. Het NCSC houdt vast aan zijn eerdere oordeel dat het lek ernstig is.\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nPiet Pietersen',
  };
  const advisory = analyzeText(texts['advies.txt'], 'advies.txt');
  const letter = analyzeText(texts['brief.txt'], 'brief.txt');
  const links = linked(texts);

  it('reads an imperative that opens a sentence as the publisher\'s advice, the summary\'s advice told again: issued, not confirmed', () => {
    for (const t of ['Overweeg om de beveiligingsupdate', 'Controleer de logbestanden']) {
      const advice = claimWith(advisory, t);
      assert.equal(advice.kind, 'advice', t);
      assert.equal(advice.actor, 'ibd', t);
      assert.equal(advice.change, 'issued', t);
    }
  });
  it('escalates the advice that is about what the escalation is about, not the other advice of that day', () => {
    const escalation = `brief.txt#${claimWith(letter, 'het advies aangescherpt').id}`;
    const from = links.filter((l) => l.endsWith(` escalates ${escalation}`));
    assert.ok(from.length > 0, links.join('; '));
    for (const t of ['verdachte inlogpogingen te melden', 'Controleer de logbestanden']) assert.ok(!from.some((l) => l.startsWith(`advies.txt#${claimWith(advisory, t).id} `)), from.join('; '));
  });
  it('reads "ging er … van uit dat" as a statement of its subject, "wel degelijk" as its correction, and "houdt vast aan" as confirming', () => {
    const assumed = claimWith(letter, 'ging er vorige week van uit');
    assert.equal(assumed.actor, actorOf(letter, 'Zandvoort')?.id);
    assert.ok(assumed.actor);
    const corrected = claimWith(letter, 'wel degelijk gegevens');
    assert.equal(corrected.changeCue?.type, 'revised');
    assert.ok(links.includes(`brief.txt#${assumed.id} revises brief.txt#${corrected.id}`), links.join('; '));
    assert.equal(claimWith(letter, 'houdt vast aan').changeCue?.type, 'confirmed');
  });
});

describe('a statement told again in a later text', () => {
  it('confirms the same statement of one source in a later text, not one said otherwise nor one that merely counts alike', () => {
    const links = linked({
      'nieuws.txt': 'date 2025-11-14\n\nVolgens Wageningen Bioveterinary Research (WBR) gaat het in alle gevallen om de hoogpathogene variant H5N1. Volgens de NVWA gaat het om ruim 310.000 kippen en eenden.',
      'brief.txt': 'Datum 12 februari 2026\n\nGeachte voorzitter,\n\nVolgens Wageningen Bioveterinary Research (WBR) ging het bij alle besmettingen om dezelfde hoogpathogene variant H5N1 als in november. De NVWA meldt dat sinds oktober ruim 740.000 kippen en eenden zijn geruimd.\n\nDe minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nJan Jansen',
    });
    assert.deepEqual(links, ['nieuws.txt#c1 confirms brief.txt#c1']);
  });
  it('reads the opposite of a statement in a later text as its revision, and "dit advies" as pointing back at advice', () => {
    const links = linked({
      'advies.txt': 'date 2026-01-27\n\nVolgens Velora Networks verhelpt de beveiligingsupdate de kwetsbaarheid in de gateway volledig. Op 26 januari adviseerde Waterbedrijf Oostvecht ouders om bij voorkeur flessenwater te gebruiken.',
      'brief.txt': 'Datum 12 februari 2026\n\nGeachte voorzitter,\n\nOp 28 januari meldde Velora Networks dat de beveiligingsupdate de kwetsbaarheid in de gateway niet volledig verhelpt. Op 29 januari heeft Waterbedrijf Oostvecht dit advies aangescherpt: ouders moeten flessenwater gebruiken.\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nPiet Pietersen',
    });
    assert.ok(links.includes('advies.txt#c1 revises brief.txt#c1'), links.join('; '));
    assert.ok(links.includes('advies.txt#c2 escalates brief.txt#c2'), links.join('; '));
  });
});

describe('who speaks when a group is told what to do, in a letter of our own', () => {
  const text = [
    'Datum 12 februari 2026',
    'Geachte voorzitter,',
    'Gemeenten zijn op grond van de Baseline Informatiebeveiliging Overheid (BIO) verplicht om beveiligingsupdates tijdig te installeren. Ik heb de IBD en het NCSC gevraagd om te onderzoeken hoe gemeenten bij een volgende kwetsbaarheid sneller kunnen worden gewaarschuwd. Afgelopen zaterdag moesten de ziekenhuizen in Alkmaar en Hoorn echter enkele uren ambulances doorverwijzen. Gemeenten die sporen van misbruik aantreffen, worden dringend verzocht dit direct te melden bij de IBD. De NVWA heeft bij controles echter geen welzijnsproblemen aangetroffen. Bewoners moeten hun woning uiterlijk vrijdag verlaten.',
    'De minister van Binnenlandse Zaken en Koninkrijksrelaties,',
    'Piet Pietersen',
  ].join('\n\n');
  const analysis = analyzeText(text, 'gemeenten.txt');
  const author = actorOf(analysis, 'Piet Pietersen')?.id;

  it('gives the author what a group is obliged, asked or told to do, and what the author asked others', () => {
    for (const t of ['verplicht om beveiligingsupdates', 'Ik heb de IBD en het NCSC gevraagd', 'moesten de ziekenhuizen', 'worden dringend verzocht']) assert.equal(claimWith(analysis, t).actor, author, t);
  });
  it('keeps a body the source of what it found, "echter" or not', () => {
    assert.equal(claimWith(analysis, 'De NVWA heeft bij controles').actor, actorOf(analysis, 'NVWA')?.id);
  });
  it('does not make actors of groups that are only told what to do', () => {
    for (const group of ['Gemeenten', 'Bewoners', 'de ziekenhuizen']) assert.equal(actorOf(analysis, group), undefined, group);
  });
  it('makes an actor of a group of the public, such as hospitals, only where it acts or speaks', () => {
    const named = analyzeText('Datum 3 maart 2025\n\nGeachte voorzitter,\n\nDe IGJ bezocht de ziekenhuizen in de regio. Het RIVM adviseert de zorginstellingen om extra personeel in te zetten.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nJan Jansen', 'zorg.txt');
    for (const group of ['de ziekenhuizen', 'de zorginstellingen']) assert.equal(actorOf(named, group), undefined, group);
    const speaking = analyzeText('date 2025-03-03\n\nDe ziekenhuizen in de regio melden dat zij extra patiënten kunnen opvangen.', 'zorg.txt');
    assert.ok(actorOf(speaking, 'De ziekenhuizen in de regio') ?? actorOf(speaking, 'De ziekenhuizen'));
  });
});

describe('bodies named by a compound, a quoted body and a quotation\'s speaker, in a letter of our own', () => {
  const text = [
    'Datum 9 oktober 2025',
    'Geachte voorzitter,',
    'Reizigersvereniging Rover meldde op maandag 29 september dat reizigers tussen Venlo en Nijmegen vertraging hebben. Goederenvervoerder DB Cargo laat weten dat zestig treinen per week moeten omrijden. Volgens DB Cargo rijden er sinds 3 oktober weer zware treinen over de bruggen. Het KNMI verwachtte op 1 oktober storm tot en met vrijdag. Op vrijdag 3 oktober stelde het meteorologisch instituut die verwachting bij.',
    '"ProRail had deze bruggen veel eerder moeten controleren", zegt directeur Freek Bosman van Rover. Ik houd uw Kamer op de hoogte.',
    'De minister van Infrastructuur en Waterstaat,',
    'Jan Verhoeven',
  ].join('\n\n');
  const analysis = analyzeText(text, 'bruggen.txt');

  it('reads "Reizigersvereniging Rover" and "Goederenvervoerder DB Cargo" as bodies, and "Volgens DB Cargo" as that body speaking', () => {
    assert.equal(claimWith(analysis, 'Reizigersvereniging Rover meldde').actor, actorOf(analysis, 'Rover')?.id);
    const cargo = actorOf(analysis, 'DB Cargo')?.id;
    assert.ok(cargo);
    assert.equal(claimWith(analysis, 'Goederenvervoerder DB Cargo laat weten').actor, cargo);
    assert.equal(claimWith(analysis, 'Volgens DB Cargo').actor, cargo);
  });
  it('reads "het meteorologisch instituut" as a description of the institute named before', () => {
    assert.equal(claimWith(analysis, 'stelde het meteorologisch instituut').actor, actorOf(analysis, 'KNMI')?.id);
  });
  it('gives a quotation to whom "zegt" names after it, not to a body the quotation names', () => {
    assert.equal(claimWith(analysis, 'ProRail had deze bruggen').actor, actorOf(analysis, 'directeur Freek Bosman')?.id);
  });
  it('reads "Ik houd uw Kamer op de hoogte" as procedure, no statement', () => {
    assert.ok(!analysis.claims.some((c) => c.text.includes('op de hoogte')));
  });
});

describe('restrictions and their ends, in a news report of our own', () => {
  const text = 'date 2025-09-17\n\nTreinen mogen voorlopig nog maar 40 kilometer per uur rijden over zestien stalen spoorbruggen, aldus de ILT. Bezoekers mogen het terrein niet betreden, meldt de gemeente Zutphen. De vervoerder NS adviseert reizigers op het traject Zutphen-Hengelo om de reisplanner te raadplegen. Op 16 september heeft de ILT de snelheidsbeperking op de bruggen bij Venlo opgeheven. Diezelfde dag heeft het RIVM het Nationaal Hitteplan beëindigd.';
  const analysis = analyzeText(text, 'bruggen.txt');

  it('reads "mogen … nog maar" and "mogen … niet" as restrictions, given by whom the sentence names after a comma', () => {
    const speed = claimWith(analysis, 'Treinen mogen voorlopig');
    assert.equal(speed.kind, 'advice');
    assert.equal(speed.actor, 'ilt');
    const ban = claimWith(analysis, 'Bezoekers mogen het terrein niet');
    assert.equal(ban.kind, 'advice');
    assert.equal(ban.actor, actorOf(analysis, 'Zutphen')?.id);
  });
  it('reads no name in a plural noun opening a sentence, nor in a route between places', () => {
    for (const word of ['Treinen', 'Zutphen-Hengelo']) assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.text === word)), word);
  });
  it('reads a restriction lifted and a plan ended as withdrawn', () => {
    const lifted = claimWith(analysis, 'de snelheidsbeperking');
    assert.equal(lifted.kind, 'advice');
    assert.equal(lifted.change, 'withdrawn');
    assert.equal(claimWith(analysis, 'Hitteplan beëindigd').changeCue?.type, 'withdrawn');
  });
});

describe('a news headline under the date line', () => {
  it('reads "CBG: tekort … houdt aan" as the statement of the body before the colon', () => {
    const text = 'date 2025-10-08\nCBG: tekort aan astmapuffers houdt nog weken aan\n\nHet College ter Beoordeling van Geneesmiddelen (CBG) adviseert apothekers om per keer nog maar één inhalator mee te geven.';
    const analysis = analyzeText(text, 'nieuws.txt');
    const headline = claimWith(analysis, 'tekort aan astmapuffers');
    assert.equal(headline.actor, 'cbg');
    assert.equal(headline.cue?.type, 'headline');
  });
});

describe('a minister first named bare in a headline', () => {
  it('takes "de bewindsman" and "de minister" for the minister the headline named by surname', () => {
    const text = '---\ndate: 2025-11-14\n---\n\n# Kramer: ophokplicht voor pluimvee in heel Nederland\n\nMinister Kramer van Landbouw, Visserij, Voedselzekerheid en Natuur breidt de ophokplicht uit naar heel Nederland. Dat maakte de bewindsman vandaag bekend.\n\nDe minister adviseert hobbyhouders om de dieren binnen te houden.';
    const analysis = analyzeText(text, 'nieuws.md');
    const kramer = actorOf(analysis, 'Minister Kramer van Landbouw, Visserij, Voedselzekerheid en Natuur');
    assert.ok(kramer);
    assert.equal(actorOf(analysis, 'de bewindsman')?.id, kramer.id);
    assert.equal(claimWith(analysis, 'De minister adviseert').actor, kramer.id);
  });
  it('keeps the advice noun a decision turns on among its subject terms, so that the decision changed later links to it', () => {
    const text = '---\ndate: 2025-11-14\n---\n\nTot nu toe gold de maatregel alleen in de Gelderse Vallei, waar minister Kramer de ophokplicht op 31 oktober had ingesteld.\n\nMinister Kramer breidt de ophokplicht vanaf zaterdag uit naar heel Nederland.';
    const analysis = analyzeText(text, 'nieuws.md');
    const links = claimLinks('nieuws.md', text);
    assert.ok(links.includes(`${claimWith(analysis, 'op 31 oktober had ingesteld').id} escalates ${claimWith(analysis, 'breidt de ophokplicht').id}`), links.join('; '));
  });
});

describe('look-alikes the rules must leave alone', () => {
  it('reads no participle in a verb after an auxiliary of another clause ("Nu de dreiging is toegenomen, adviseert …")', () => {
    const analysis = analyzeText('date 2025-03-03\n\nNu de dreiging is toegenomen, adviseert het NCSC om de systemen uit te schakelen.', 'nieuws.txt');
    const advice = claimWith(analysis, 'adviseert het NCSC');
    assert.equal(advice.actor, 'ncsc');
    assert.equal(advice.kind, 'advice');
  });
  it('reads a change denied ("geen verhoogd risico") as no change', () => {
    const analysis = analyzeText('date 2025-09-04\n\nVolgens de GGD is er voor bezoekers van het zwembad geen verhoogd risico.', 'nieuws.txt');
    assert.equal(claimWith(analysis, 'geen verhoogd risico').changeCue, null);
  });
  it('reads "Pas op 12 maart" as an adverb, not an imperative, and "niet meer dan" as no change', () => {
    const analysis = analyzeText('date 2025-03-14\n\nPas op 12 maart meldde de gemeente Lindenveen dat het water veilig is. Reizigers hoeven volgens ProRail niet meer dan tien minuten te wachten.', 'nieuws.txt');
    assert.equal(claimWith(analysis, 'Pas op 12 maart').kind, 'claim');
    assert.equal(claimWith(analysis, 'niet meer dan tien minuten').changeCue, null);
  });
  it('dates the author\'s advice by its own day, not one a relative clause gives', () => {
    const analysis = analyzeText(ministersLetter('Schakel systemen die op 3 maart zijn geïnstalleerd direct uit.'), 'brief.txt');
    assert.equal(claimWith(analysis, 'Schakel systemen').date, '2025-05-20');
  });
  it('reads no name in a route between places opening a sentence', () => {
    const analysis = analyzeText('date 2025-09-17\n\nZutphen-Hengelo blijft dicht tot vrijdag, meldt ProRail.', 'nieuws.txt');
    assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.text === 'Zutphen-Hengelo')), analysis.actors.map((a) => a.name).join(', '));
  });
});

describe('a news report of our own: rejection, a separable change and a pronoun', () => {
  const text = 'date 2025-03-13\n\nDinsdag raadde Waterbedrijf Oostvecht ouders aan om flessenwater te gebruiken. De volgende dag scherpte het waterbedrijf dat advies aan na overleg met het RIVM. Oostvecht vermoedt dat de stoffen van bedrijventerrein De Kolk komen. Coatingfabrikant Veldhuis Coatings wijst die lezing van de hand. Burgemeester Joost Hazenberg zegt dat niemand zelf water hoeft te kopen. Hij roept inwoners op om buren met een baby op de regeling te wijzen.';
  const analysis = analyzeText(text, 'nieuws.txt');

  it('reads a particle before "na" as the end of its clause: "scherpte … dat advies aan na overleg" escalates', () => {
    const escalation = claimWith(analysis, 'scherpte het waterbedrijf');
    assert.equal(escalation.kind, 'advice');
    assert.equal(escalation.change, 'escalated');
  });
  it('reads "wijst die lezing van de hand" as the company saying otherwise', () => {
    const rejection = claimWith(analysis, 'wijst die lezing van de hand');
    assert.equal(rejection.actor, actorOf(analysis, 'Coatingfabrikant Veldhuis Coatings')?.id);
    assert.ok(rejection.actor);
    assert.equal(rejection.changeCue?.type, 'contradicted');
  });
  it('gives "Hij roept … op" to the person who spoke just before', () => {
    assert.equal(claimWith(analysis, 'Hij roept inwoners op').actor, actorOf(analysis, 'Burgemeester Joost Hazenberg')?.id);
  });
});

describe('a municipal letter and a news report of our own', () => {
  it('reads "wethouder Sport en Gezondheid" under a signature as a portfolio: the alderman named above it signs', () => {
    const letter = 'Raadsinformatiebrief\n\nDatum 4 september 2025\n\nGeachte leden van de raad,\n\nOp 13 augustus heb ik het bubbelbad laten sluiten. Ik erken dat mijn eerdere uitspraak voorbarig was. Ik houd u op de hoogte van het onderzoek.\n\nMet vriendelijke groet,\n\nAnouk Verstegen\nwethouder Sport en Gezondheid';
    const analysis = analyzeText(letter, 'raadsbrief.txt');
    const author = actorOf(analysis, 'Anouk Verstegen')?.id;
    assert.ok(author);
    assert.equal(claimWith(analysis, 'mijn eerdere uitspraak').actor, author);
    assert.ok(!analysis.actors.some((a) => a.name === 'Sport'));
    assert.ok(!analysis.claims.some((c) => c.text.includes('op de hoogte')));
  });
  it('reads "Ook KPN sluit … uit" and "sluit niet uit dat" as statements, and passes over a relative clause set off by commas', () => {
    const text = 'date 2025-06-03\n\nDe politie vermoedt geen aanval. Ook KPN sluit een hack uit. Het RIVM sluit niet uit dat er nog een andere bron is. Stichting Zwembaden Deventer, die De IJsselhoeve exploiteert, stelt dat de waterkwaliteit goed is.';
    const analysis = analyzeText(text, 'nieuws.txt');
    assert.equal(claimWith(analysis, 'Ook KPN sluit').actor, 'kpn');
    assert.equal(claimWith(analysis, 'sluit niet uit').actor, 'rivm');
    assert.equal(claimWith(analysis, 'die De IJsselhoeve exploiteert').actor, actorOf(analysis, 'Stichting Zwembaden Deventer')?.id);
  });
});

describe('each of the session\'s smaller rules, on a sentence of its own', () => {
  it('dates the author\'s advice by the document, not by a day after it', () => {
    const analysis = analyzeText(ministersLetter('Op 1 juni heb ik het stookverbod ingesteld. Op 12 mei heb ik het stookverbod ingesteld.'), 'brief.txt');
    assert.equal(claimWith(analysis, 'Op 1 juni').date, '2025-05-20');
    assert.equal(claimWith(analysis, 'Op 12 mei').date, '2025-05-12');
  });
  it('gives the author a directive whose subject is only its addressee', () => {
    const analysis = analyzeText(ministersLetter('Campinghouders hoeven hun gasten niet langer te controleren.'), 'brief.txt');
    assert.equal(claimWith(analysis, 'Campinghouders hoeven').actor, actorOf(analysis, 'Jan Jansen')?.id);
  });
  it('does not make an actor of a group named with its article that is only told what to do', () => {
    const analysis = analyzeText(ministersLetter('De departementen moeten hun systemen per direct uitschakelen.'), 'brief.txt');
    assert.equal(actorOf(analysis, 'De departementen'), undefined);
  });
  it('takes header lines without a date for no byline', () => {
    const analysis = analyzeText('Informatiebeveiligingsdienst (IBD)\nBeveiligingsadvies IBD-2025-0042, versie 1.00\n\nHet lek is ernstig.\n\nVolgens het NCSC is het lek gedicht.', 'advies.txt');
    assert.ok(!analysis.claims.some((c) => c.text.startsWith('Het lek is ernstig')), analysis.claims.map((c) => c.text).join(' | '));
  });
  it('reads a separable participle ("ingesteld") as a verb', () => {
    const analysis = analyzeText(ministersLetter('Stookverbod in heel Nederland ingesteld.'), 'brief.txt');
    assert.equal(claimWith(analysis, 'Stookverbod in heel Nederland').kind, 'advice');
  });
  it('does not join the parts of a split cue across a comma', () => {
    const analysis = analyzeText('date 2025-03-03\n\nReizigers hoeven geen kaartje te kopen, wie niet langer wacht kan bellen, meldt de NS.', 'nieuws.txt');
    assert.equal(claimWith(analysis, 'geen kaartje').changeCue, null);
  });
  it('keeps a recalled letter\'s statement a recap, though a verb of saying is in it', () => {
    const analysis = analyzeText(ministersLetter('In onze vorige brief gingen wij ervan uit dat een aantal systemen tot eind januari buiten gebruik zou blijven.'), 'brief.txt');
    assert.equal(claimWith(analysis, 'In onze vorige brief').cue?.type, 'recap');
  });
});

describe('places and substances are no actors', () => {
  it('reads "in Lindenveen" after "de gemeente Lindenveen" as the place, and substances and protocols named in capitals as no actors', () => {
    const text = 'Datum 20 mei 2025\n\nGeachte voorzitter,\n\nDe gemeente Lindenveen meldde op 3 maart dat de kraan veilig is. In Lindenveen is PFAS aangetroffen. PFAS verdwijnen niet door koken. Sindsdien werkt de VPN van de gemeente niet. Volgens de gemeente is het water veilig.\n\nDe staatssecretaris van Infrastructuur en Waterstaat,\n\nAnna de Vries';
    const analysis = analyzeText(text, 'plaats.txt');
    const municipality = actorOf(analysis, 'Lindenveen');
    assert.ok(municipality);
    assert.equal(claimWith(analysis, 'Volgens de gemeente').actor, municipality.id);
    const at = text.indexOf('In Lindenveen') + 3;
    assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.start <= at && at < m.end)), 'the place is no mention');
    for (const word of ['PFAS', 'VPN', 'Sindsdien']) assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.text === word)), word);
  });
});

describe('contradiction in a text of our own', () => {
  it('sets a statement said otherwise against the statement, not against advice on the same subject', () => {
    const text = 'Datum 3 juli 2025\n\nVolgens het KNMI blijft het de komende weken droog in het oosten van het land. Waterschap Vechtstromen adviseert boeren in het oosten van het land om beregening te beperken.\n\nWeeronline meldde echter dat er in het oosten van het land volgende week flinke regen valt.';
    const analysis = analyzeText(text, 'droogte.txt');
    const links = claimLinks('droogte.txt', text);
    const [forecast, advice, otherwise] = ['Volgens het KNMI', 'Waterschap Vechtstromen adviseert', 'Weeronline meldde echter'].map((t) => claimWith(analysis, t).id);
    assert.deepEqual(links, [`${forecast} contradicts ${otherwise}`]);
    assert.notEqual(advice, forecast);
  });
  it('does not take a time word ("vorige", "diezelfde") for a subject two statements share', () => {
    const index = new CorpusIndex();
    index.update('eerst.txt', 'Datum 3 maart 2025\n\nHet RIVM adviseerde vorige week om de ramen diezelfde dag gesloten te houden.');
    index.update('later.txt', 'Datum 10 maart 2025\n\nHet RIVM adviseerde vorige week opnieuw om de ramen diezelfde dag gesloten te houden.');
    const links = index.links();
    assert.equal(links.length, 1);
    assert.deepEqual(links[0].reason.sharedTerms.filter((term) => /^(?:vorig|diezelfd)/.test(term)), [], links[0].reason.sharedTerms.join(', '));
    assert.ok(links[0].reason.sharedTerms.length >= 2, links[0].reason.sharedTerms.join(', '));
  });
});

describe('a press release in Markdown', () => {
  const release = analyzeText(fixture('corpus/2023-07-12-persbericht-ap.md'), 'persbericht.md');

  it('takes the headline\'s source from before the colon and reads "moeten" there as advice', () => {
    const headline = claimWith(release, 'AP: gemeenten moeten datalek');
    assert.equal(headline.actor, 'ap');
    assert.equal(headline.kind, 'advice');
  });
  it('keeps a two-sentence quotation together as one statement of its speaker', () => {
    const quote = claimWith(release, 'Een datalek te laat melden');
    assert.match(quote.text, /Het raakt inwoners direct/);
    assert.equal(release.actors.find((a) => a.id === quote.actor)?.kind, 'person');
  });
  it('does not take supporting advice for giving it, nor the byline for a statement', () => {
    assert.equal(claimWith(release, 'laat weten het advies te steunen').kind, 'claim');
    assert.ok(!release.claims.some((c) => c.text.includes('persbericht, 12 juli 2023')));
  });
});

describe('a regulator\'s order', () => {
  const news = analyzeText(fixture('corpus/2022-06-15-nieuws-acm-gasunie.txt'), 'acm.txt');

  it('does not read lowering what is ordered as relaxing the order', () => {
    const order = claimWith(news, 'opgedragen om de tarieven');
    assert.equal(order.actor, 'acm');
    assert.equal(order.kind, 'advice');
    assert.equal(order.change, 'issued');
  });
  it('resolves "de toezichthouder" to the regulator named just before, and "de bewindsman" to the minister', () => {
    assert.equal(claimWith(news, 'Die waarschuwing herhaalde de toezichthouder').actor, 'sodm');
    assert.equal(claimWith(news, 'De bewindsman benadrukte').actor, actorOf(news, 'Minister Jetten van Klimaat en Energie')?.id);
  });
});

describe('a state secretary\'s letter', () => {
  const letter = analyzeText(fixture('corpus/2021-10-06-kamerbrief-herstel-toeslagen.txt'), 'toeslagen.txt');

  it('reads official names closed by an acronym, and descriptions that repeat their noun', () => {
    const uht = actorOf(letter, 'UHT');
    assert.equal(uht?.name, 'Uitvoeringsorganisatie Herstel Toeslagen');
    assert.ok(uht?.mentions.some((m) => m.text === 'de organisatie'));
    assert.ok(actorOf(letter, 'CWS')?.mentions.some((m) => m.text === 'de commissie'));
  });
  it('merges the signature\'s office, with its post after a dash, and the name', () => {
    const author = actorOf(letter, 'drs. A.C. van Huffelen');
    assert.ok(author?.mentions.some((m) => m.text === 'De staatssecretaris van Financiën - Toeslagen en Douane'));
  });
  it('gives "raad ik aan" to the author, and taking over advice is no advice', () => {
    const author = actorOf(letter, 'drs. A.C. van Huffelen')?.id;
    assert.equal(claimWith(letter, 'raad ik aan contact op te nemen').actor, author);
    assert.equal(claimWith(letter, 'Ik neem het advies van de commissie over').kind, 'claim');
    assert.equal(claimWith(letter, 'adviseert om de behandeltermijn te verlengen').change, 'issued');
    assert.equal(claimWith(letter, 'heeft zorgen geuit').actor, 'ombudsman');
  });
});

describe('warnings, recalls and the bodies that give them', () => {
  it('reads a body whose name ends in a description\'s noun as that body ("de Belastingdienst")', () => {
    const analysis = analyzeText('Den Haag, 5 maart 2025\n\nHet NCSC adviseert burgers alert te zijn. Volgens de Belastingdienst is het lek gedicht. De dienst benadrukt dat hij nooit om inloggegevens vraagt.', 'datalek.txt');
    assert.equal(actorOf(analysis, 'Belastingdienst')?.id, 'belastingdienst');
    assert.equal(claimWith(analysis, 'Volgens de Belastingdienst').actor, 'belastingdienst');
    assert.equal(claimWith(analysis, 'De dienst benadrukt').actor, 'belastingdienst');
  });

  it('reads a weekday with a part of the day that opens a sentence as a date, not a name', () => {
    const analysis = analyzeText('Datum 11 februari 2025\n\nGeachte voorzitter,\n\nOp woensdag 5 februari gaf het KNMI code oranje af. Donderdagochtend schaalde het instituut op naar code rood. Vrijdagmiddag trok NS het reisadvies in.\n\nDe minister van Infrastructuur en Waterstaat,\n\nP.J. van Leeuwen', 'brief.txt');
    assert.ok(!analysis.actors.some((a) => /ochtend|middag/i.test(a.name)), analysis.actors.map((a) => a.name).join(', '));
    assert.deepEqual(analysis.dates.filter((d) => /ochtend|middag/.test(d.text)).map((d) => [d.text, d.value]), [['Donderdagochtend', '2025-02-06'], ['Vrijdagmiddag', '2025-02-07']]);
    const raised = claimWith(analysis, 'schaalde het instituut op');
    assert.equal(raised.actor, 'knmi');
    assert.equal(raised.kind, 'advice');
    assert.equal(raised.change, 'escalated');
    assert.equal(claimWith(analysis, 'gaf het KNMI code oranje af').kind, 'advice');
  });

  it('reads a warning as advice when an action or "voor" follows, and as a statement before "dat"', () => {
    const analysis = analyzeText('Den Haag, 16 juni 2025\n\nDe NVWA waarschuwt consumenten om de vis niet te eten. Op donderdag 12 juni waarschuwde de NVWA voor één partij makreel. De AIVD waarschuwt dat Rusland spioneert.', 'nvwa.txt');
    assert.equal(claimWith(analysis, 'waarschuwt consumenten').kind, 'advice');
    assert.equal(claimWith(analysis, 'waarschuwde de NVWA voor').kind, 'advice');
    const statement = claimWith(analysis, 'waarschuwt dat Rusland');
    assert.equal(statement.kind, 'claim');
    assert.equal(statement.actor, 'aivd');
  });

  it('reads a recall as the producer\'s advice, and lifted warnings as withdrawn advice', () => {
    const analysis = analyzeText('Den Haag, 16 juni 2025\n\nHet bedrijf Noordkaap Data riep de makreel gisteren terug. Het KNMI hief alle waarschuwingen op.', 'terug.txt');
    const recall = claimWith(analysis, 'riep de makreel');
    assert.equal(recall.kind, 'advice');
    assert.equal(analysis.actors.find((a) => a.id === recall.actor)?.name, 'Noordkaap Data');
    const lifted = claimWith(analysis, 'hief alle waarschuwingen op');
    assert.equal(lifted.kind, 'advice');
    assert.equal(lifted.change, 'withdrawn');
  });

  it('takes a byline set apart in emphasis, or naming an update, for an advisory\'s: its publisher\'s statements take the document date', () => {
    for (const byline of ['*Rijksinstituut voor Volksgezondheid en Milieu (RIVM), vrijdag 14 maart 2025*', 'Rijksinstituut voor Volksgezondheid en Milieu (RIVM), update van vrijdag 14 maart 2025', '*RIVM, bericht voor ouders en omwonenden, 14-03-2025*']) {
      const analysis = analyzeText(`---\ndate: 2025-03-14\n---\n\n# RIVM breidt advies uit\n\n${byline}\n\nHet RIVM roept ouders dringend op om hun kind te laten vaccineren.`, 'update.md');
      const call = claimWith(analysis, 'roept ouders');
      assert.equal(call.actor, 'rivm', byline);
      assert.equal(call.date, '2025-03-14', byline);
    }
  });
});

describe('places, headings and compounds in texts of our own', () => {
  it('reads the places a list names after a noun of places as places, not actors ("in de gemeenten Elburg, Nunspeet en Hattem")', () => {
    const analysis = analyzeText('Den Haag, 14 maart 2025\n\nHet RIVM breidt het advies uit. Alle baby\'s in de gemeenten Elburg, Nunspeet, Oldebroek en Hattem krijgen een extra prik. Volgens het RIVM is dat nodig.', 'mazelen.txt');
    assert.deepEqual(analysis.actors.map((a) => a.name), ['Rijksinstituut voor Volksgezondheid en Milieu']);
  });

  it('keeps a focused subject with its acronym the subject ("Ook de Nederlandse Spoorwegen (NS) raden … af")', () => {
    const analysis = analyzeText('Den Haag, 6 februari 2025\n\nHet KNMI heeft code rood afgegeven. Ook de Nederlandse Spoorwegen (NS) raden reizigers af om de trein te nemen. Het is glad.', 'ijzel.txt');
    const advice = claimWith(analysis, 'raden reizigers af');
    assert.equal(advice.actor, 'ns');
    assert.equal(advice.kind, 'advice');
  });

  it('reads a heading of a noun and a body ("Waarschuwingen van het KNMI") as no person', () => {
    const analysis = analyzeText('Datum 11 februari 2025\n\nGeachte voorzitter,\n\nMede namens de minister van Justitie en Veiligheid informeer ik uw Kamer.\n\nWaarschuwingen van het KNMI\n\nOp woensdag 5 februari gaf het KNMI code oranje af.\n\nDe minister van Infrastructuur en Waterstaat,\n\nP.J. van Leeuwen', 'brief.txt');
    assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.text.startsWith('Waarschuwingen'))), analysis.actors.map((a) => `${a.name}: ${a.mentions.map((m) => m.text).join(', ')}`).join('; '));
  });

  it('reads a compound of a group noun that opens a sentence as that group, not a name ("Zorgmedewerkers")', () => {
    const analysis = analyzeText('Den Haag, 14 maart 2025\n\nHet RIVM breidt het advies uit. Zorgmedewerkers wordt geadviseerd zich te laten vaccineren. Kamerfracties vroegen om uitleg.', 'mazelen.txt');
    assert.ok(!analysis.actors.some((a) => a.name === 'Zorgmedewerkers'), analysis.actors.map((a) => a.name).join(', '));
  });

  it('reads a name a noun of products introduces ("de VPN-software SecureGate", "SecureGate, de VPN-software van …") as a product: no actor, no antecedent of "het bedrijf"', () => {
    const analysis = analyzeText('Den Haag, 8 september 2025\n\nHet NCSC schaalt zijn advies op over de kwetsbaarheid in SecureGate, de VPN-software van Brugstra Software. SecureGate wordt veel gebruikt. Volgens het bedrijf is de update beschikbaar.', 'vpn.txt');
    assert.ok(!analysis.actors.some((a) => a.name === 'SecureGate'), analysis.actors.map((a) => a.name).join(', '));
    assert.equal(analysis.actors.find((a) => a.id === claimWith(analysis, 'Volgens het bedrijf').actor)?.name, 'Brugstra Software');
  });

  it('knows the pharmacists\' society by its name, no company: "het bedrijf" after it is the manufacturer', () => {
    const analysis = analyzeText('Den Haag, 7 mei 2026\n\nHet tekort komt door een storing bij de fabrikant Brevantis Pharma. Volgens de Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie (KNMP) is de drank bijna op. Het bedrijf meldde eind april dat een productielijn stillag.', 'tekort.txt');
    assert.equal(claimWith(analysis, 'Het bedrijf meldde').actor, actorOf(analysis, 'Brevantis Pharma')?.id);
    assert.equal(claimWith(analysis, 'Volgens de Koninklijke').actor, 'knmp');
  });

  it('reads the acronym of a minister\'s portfolio in brackets as part of the minister\'s mention ("… Welzijn en Sport (VWS)"), no body', () => {
    const analysis = analyzeText('Den Haag, 19 maart 2026\n\nMinister Sanne Bakker van Volksgezondheid, Welzijn en Sport (VWS) schrijft dat de leverancier LabNexus is aangevallen. Het bedrijf meldde eerder dat er geen gegevens waren buitgemaakt.', 'lab.txt');
    assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.text === 'VWS')), analysis.actors.map((a) => a.name).join(', '));
    assert.equal(claimWith(analysis, 'Het bedrijf meldde').actor, actorOf(analysis, 'LabNexus')?.id);
  });

  it('reads where residents live as a place ("inwoners van Moerdijk, Zevenbergen en Klundert", "van de gemeente Maashorst"), and a public system in capitals as no actor', () => {
    const analysis = analyzeText('Den Haag, 12 juni 2024\n\nDe veiligheidsregio verstuurde een NL-Alert aan inwoners van Moerdijk, Zevenbergen en Klundert. Volgens het RIVM is bij inwoners van de gemeente Maashorst Q-koorts vastgesteld. NL-Alert werkt weer. De Drentse natuurgebieden gaan dicht.', 'alert.txt');
    // "De veiligheidsregio" acts, and the text names none: an actor of its own, unnamed. No place is one.
    assert.deepEqual(analysis.actors.map((a) => a.name).sort(), ['Rijksinstituut voor Volksgezondheid en Milieu', 'veiligheidsregio']);
  });

  it('reads a company named with a surname ("Visrokerij Van der Meulen"), and "de visrokerij", "rederij Doeksen" by what they are', () => {
    const analysis = analyzeText('Den Haag, 16 juni 2025\n\nProducent Visrokerij Van der Meulen riep de makreel terug. De visrokerij verklaarde dat andere producten veilig waren. Volgens rederij Doeksen blijven de veerboten liggen.', 'vis.txt');
    const company = analysis.actors.find((a) => a.name.endsWith('Visrokerij Van der Meulen'));
    assert.ok(company, analysis.actors.map((a) => a.name).join(', '));
    assert.equal(claimWith(analysis, 'De visrokerij verklaarde').actor, company.id);
    assert.equal(claimWith(analysis, 'Volgens rederij Doeksen').actor, actorOf(analysis, 'rederij Doeksen')?.id);
  });
});


describe('links across texts of two affairs that name one body', () => {
  const qFever = {
    'qkoorts-1.txt': 'date 2024-03-14\nQ-koorts bij geitenbedrijven in Maashorst\n\nHet RIVM adviseert zwangere vrouwen om geitenbedrijven en kinderboerderijen in de regio Maashorst te mijden. Op twee geitenbedrijven is de Q-koortsbacterie aangetroffen in de melk.',
    'qkoorts-2.txt': 'date 2024-04-09\nRIVM scherpt advies over Q-koorts aan\n\nHet RIVM heeft het advies aan zwangere vrouwen aangescherpt: zij moeten ook wandelroutes langs de geitenbedrijven in Maashorst mijden. De bacterie is inmiddels op vier geitenbedrijven aangetroffen.',
  };
  const heatWave = {
    'hitte-1.txt': 'date 2024-07-02\nHitteplan in werking\n\nHet RIVM adviseert ouderen om tijdens de hittegolf voldoende water te drinken en de woning koel te houden.',
    'hitte-2.txt': 'date 2024-07-05\nRIVM scherpt hitteadvies aan\n\nHet RIVM heeft het advies aangescherpt: ouderen moeten tussen 12.00 en 16.00 uur binnen blijven en thuiszorgorganisaties moeten hun cliënten dagelijks bellen.',
  };

  it('does not link the RIVM\'s advice on Q fever in spring to its sharpened heat advice in summer', () => {
    const links = linked({ ...qFever, 'hitte-2.txt': heatWave['hitte-2.txt'] });
    assert.deepEqual(links, ['qkoorts-1.txt#c1 escalates qkoorts-2.txt#c2']);
  });

  it('links the texts of each affair, also short ones a few days apart that share few words', () => {
    const links = linked({ ...qFever, ...heatWave });
    assert.deepEqual(links.sort(), ['hitte-1.txt#c1 escalates hitte-2.txt#c2', 'qkoorts-1.txt#c1 escalates qkoorts-2.txt#c2']);
  });
});

describe('a statement that points at the one just before it', () => {
  it('links "Die verwachting is niet uitgekomen" and "Die mededeling moet ik corrigeren" to the statement just before, whoever made it, and to no other', () => {
    const text = ministersLetter('Vorige week schreef ik uw Kamer dat er geen aanwijzingen waren voor misbruik van gegevens.\n\nOp 12 mei maakte Logius bekend dat DigiD naar verwachting op woensdag weer bereikbaar zou zijn. Die verwachting is niet uitgekomen.\n\nOp 12 mei liet Logius weten dat er door de aanval geen gegevens verloren waren gegaan. Die mededeling moet ik corrigeren.');
    const analysis = analyzeText(text, 'brief.txt');
    const links = claimLinks('brief.txt', text);
    const [expected, notMet, told, corrected, own] = ['naar verwachting op woensdag', 'Die verwachting is niet uitgekomen', 'geen gegevens verloren', 'Die mededeling moet ik corrigeren', 'geen aanwijzingen waren'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${expected} revises ${notMet}`), links.join('; '));
    assert.ok(links.includes(`${told} revises ${corrected}`), links.join('; '));
    assert.ok(!links.some((l) => l.startsWith(`${own} `)), links.join('; '));
  });
});

describe('another source correcting a statement with "wel degelijk"', () => {
  it('links the company\'s "geen schadelijke stoffen" to the institute\'s "wel degelijk schadelijke stoffen" in a later text as a contradiction', () => {
    const links = linked({
      'update.txt': 'date 2025-05-13\nBrand in opslagloods\n\nVolgens Kraaijeveld Tankopslag zijn bij de brand geen schadelijke stoffen vrijgekomen. Het RIVM meet vandaag de lucht rond de brand.',
      'nieuws.txt': 'date 2025-05-16\nRIVM vindt schadelijke stoffen in roet\n\nUit metingen van het RIVM blijkt dat bij de brand bij Kraaijeveld Tankopslag wel degelijk schadelijke stoffen zijn vrijgekomen, meldt het instituut.',
    });
    assert.ok(links.some((l) => l.startsWith('update.txt#') && l.includes(' contradicts nieuws.txt#')), links.join('; '));
  });
});

describe('links between warnings of one source', () => {
  it('links a statement to another source\'s opposite of it in a later text on a later day', () => {
    const index = new CorpusIndex();
    index.update('brief.txt', 'Datum 5 maart 2025\n\nGeachte voorzitter,\n\nVolgens de Belastingdienst zijn er geen wachtwoorden van burgers buitgemaakt.\n\nDe staatssecretaris van Financiën,\n\nA. de Kort');
    index.update('nieuws.txt', 'date 2025-03-13\nDatalek bij de Belastingdienst groter\n\nVolgens leverancier Planvast zijn wachtwoorden van burgers buitgemaakt. Het NCSC adviseert burgers hun wachtwoord te wijzigen.');
    const links = index.links().map((l) => `${l.from.file} ${l.relation} ${l.to.file}`);
    assert.ok(links.includes('brief.txt contradicts nieuws.txt'), links.join('; '));
  });

  it('links a position a source held then ("Woensdag zei NS nog dat …") to its next statement on the subject, a day later', () => {
    const text = 'date 2025-02-06\nNS past dienstregeling aan\n\nWoensdag zei NS nog dat de treinen in het noorden volgens de normale dienstregeling zouden rijden. Het KNMI meldt dat het glad blijft.\n\nNS liet vandaag weten dat de treinen in het noorden een beperkte dienstregeling rijden.';
    const analysis = analyzeText(text, 'ijzel.txt');
    const links = claimLinks('ijzel.txt', text);
    const [then, now] = ['Woensdag zei NS nog', 'beperkte dienstregeling'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${then} revises ${now}`), links.join('; '));
  });

  it('orders two statements of one day by the parts of the day they name: the afternoon\'s withdrawal withdraws the morning\'s relaxed advice', () => {
    const text = 'Datum 11 februari 2025\n\nGeachte voorzitter,\n\nOp donderdag 6 februari adviseerde NS reizigers om niet met de trein te reizen. Vrijdagochtend versoepelde NS het advies om niet met de trein te reizen. Vrijdagmiddag trok NS het reisadvies helemaal in.\n\nDe minister van Infrastructuur en Waterstaat,\n\nP.J. van Leeuwen';
    const analysis = analyzeText(text, 'brief.txt');
    const links = claimLinks('brief.txt', text);
    const [relaxed, withdrawn] = ['Vrijdagochtend versoepelde', 'Vrijdagmiddag trok'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${relaxed} withdraws ${withdrawn}`), links.join('; '));
  });

  it('links an expectation to its revision that refers back to it ("Die verwachting stelde … bij", "mijn eerdere uitspraak was voorbarig")', () => {
    const text = 'Datum 7 mei 2026\n\nGeachte voorzitter,\n\nVorige week meldde de KNMP nog dat de voorraden binnen enkele dagen zouden zijn aangevuld.\n\nDie verwachting stelde de KNMP woensdag bij.\n\nOp 14 april heb ik verklaard dat het bubbelbad de bron was. Ik erken dat mijn eerdere uitspraak voorbarig was.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nJ. de Vries';
    const analysis = analyzeText(text, 'brief.txt');
    const links = claimLinks('brief.txt', text);
    const [expected, revised] = ['de voorraden binnen enkele dagen', 'Die verwachting stelde'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${expected} revises ${revised}`), links.join('; '));
    assert.ok(links.some((l) => l.endsWith(`revises ${claimWith(analysis, 'voorbarig').id}`)), links.join('; '));
  });

  it('links advice withdrawn to advice, not to a statement of its source', () => {
    const text = 'Den Haag, 30 juni 2025\n\nOp 16 juni waarschuwde de NVWA consumenten de gerookte producten van het merk niet te eten. Volgens de NVWA zijn de gerookte producten van het merk in de hele regio verkocht.\n\nOp 23 juni trok de NVWA de waarschuwing voor de gerookte producten van het merk in.';
    const analysis = analyzeText(text, 'nvwa.txt');
    const links = claimLinks('nvwa.txt', text);
    const [warning, statement, withdrawal] = ['waarschuwde de NVWA', 'in de hele regio verkocht', 'trok de NVWA'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${warning} withdraws ${withdrawal}`), links.join('; '));
    assert.ok(!links.some((l) => l.startsWith(`${statement} `)), links.join('; '));
    // With no advice before it, it withdraws no statement.
    const alone = 'Den Haag, 30 juni 2025\n\nOp 16 juni meldde de NVWA dat de gerookte producten van het merk in de hele regio verkocht zijn.\n\nOp 23 juni trok de NVWA de waarschuwing voor de gerookte producten van het merk in.';
    assert.deepEqual(claimLinks('alleen.txt', alone), []);
  });

  it('links a warning raised to a level, and all warnings lifted, to the warning as it stood', () => {
    const text = [
      'Datum 11 februari 2025',
      'Geachte voorzitter,',
      'Op woensdag 5 februari gaf het KNMI code oranje af voor het hele land. Donderdagochtend schaalde het instituut op naar code rood voor Groningen. Op zaterdag 8 februari hief het instituut alle waarschuwingen op.',
      'Ik zal uw Kamer informeren.',
      'De minister van Infrastructuur en Waterstaat,',
      'P.J. van Leeuwen',
    ].join('\n\n');
    const analysis = analyzeText(text, 'ijzel.txt');
    const links = claimLinks('ijzel.txt', text);
    const [orange, red, lifted] = ['code oranje af', 'op naar code rood', 'alle waarschuwingen op'].map((t) => claimWith(analysis, t).id);
    assert.ok(links.includes(`${orange} escalates ${red}`), links.join('; '));
    assert.ok(links.some((l) => l.endsWith(`withdraws ${lifted}`)), links.join('; '));
  });
});

describe('findings, passives and pathogens in texts of our own', () => {
  const text = [
    '---\ndate: 2025-06-16\n---',
    '# Update waarschuwing',
    '*Nederlandse Voedsel- en Warenautoriteit (NVWA), update van maandag 16 juni 2025*',
    'De NVWA waarschuwt consumenten de gerookte vis niet te eten. In de partij was de bacterie Listeria monocytogenes aangetroffen.',
    'Zwangere vrouwen die de producten hebben gegeten en koorts krijgen, wordt geadviseerd contact op te nemen met hun huisarts.',
    'Uit aanvullend onderzoek van het RIVM bleek dat de zalm niet besmet was.',
  ].join('\n\n');
  const analysis = analyzeText(text, 'nvwa.md');

  it('reads a passive with an active auxiliary in its relative clause as passive: the publisher advises', () => {
    const advice = claimWith(analysis, 'wordt geadviseerd contact op te nemen');
    assert.equal(advice.kind, 'advice');
    assert.equal(advice.actor, 'nvwa');
  });

  it('reads what research of a named body showed ("Uit onderzoek van het RIVM bleek …") as that body\'s', () => {
    assert.equal(claimWith(analysis, 'Uit aanvullend onderzoek').actor, 'rivm');
  });

  it('reads a street\'s name as a place, no actor ("de Esdoornstraat", "de Veerweg en het Molenpad")', () => {
    const analysis = analyzeText('Den Haag, 9 februari 2026\n\nHet waterschap adviseert bewoners van de Veerweg en het Molenpad hun huis te verlaten. De Esdoornstraat gaat dicht, meldt Rijkswaterstaat.', 'dijk.txt');
    assert.ok(!analysis.actors.some((a) => /weg|pad|straat/i.test(a.name)), analysis.actors.map((a) => a.name).join(', '));
  });

  it('reads no verb in the past as an adjective before a body\'s name ("Dat adviseerde Waterschap Rivierenland")', () => {
    const analysis = analyzeText('Den Haag, 9 februari 2026\n\nBewoners van vier straten moeten hun huis uit. Dat adviseerde Waterschap Rivierenland gisteren. Volgens het waterschap is de dijk instabiel. De Veiligheidsregio Gelderland-Zuid roept bewoners op een noodpakket klaar te zetten.', 'dijk.txt');
    assert.equal(claimWith(analysis, 'Volgens het waterschap').actor, 'wsrl');
    assert.ok(actorOf(analysis, 'Waterschap Rivierenland'), analysis.actors.map((a) => a.name).join(', '));
  });

  it('reads a group with a number and a participle before its noun ("De zes getroffen ziekenhuizen hebben laten weten")', () => {
    const analysis = analyzeText('Den Haag, 19 maart 2026\n\nDe aanval trof de leverancier. De zes getroffen ziekenhuizen hebben laten weten dat zij hun patiënten per brief informeren.', 'lab.txt');
    const statement = claimWith(analysis, 'hebben laten weten');
    assert.equal(analysis.actors.find((a) => a.id === statement.actor)?.mentions[0].text, 'De zes getroffen ziekenhuizen');
  });

  it('reads a group before a verb in the singular as its object: the subject follows the verb', () => {
    const ice = analyzeText('Den Haag, 6 februari 2025\n\nRijkswaterstaat roept weggebruikers op thuis te blijven. Vrachtwagenchauffeurs adviseert de wegbeheerder een parkeerplaats op te zoeken. Bewoners adviseren elkaar te helpen.', 'ijzel.txt');
    assert.equal(claimWith(ice, 'Vrachtwagenchauffeurs adviseert').actor, 'rijkswaterstaat');
    assert.ok(!ice.actors.some((a) => a.name === 'vrachtwagenchauffeurs'), ice.actors.map((a) => a.name).join(', '));
    assert.equal(claimWith(ice, 'Bewoners adviseren').actor, actorOf(ice, 'Bewoners')?.id);
  });

  it('reads a pathogen in capitals as no actor', () => {
    assert.ok(!analysis.actors.some((a) => /listeria|zwangere/i.test(a.name)), analysis.actors.map((a) => a.name).join(', '));
  });
});

describe('fire services, regional bodies, trade names and titles, in texts of our own', () => {
  const names = (analysis: ReturnType<typeof analyzeText>) => analysis.actors.map((a) => `${a.kind}: ${a.mentions.map((m) => m.text).join(' | ')}`);

  it('reads "de brandweer" as a body that speaks, and a headline "Brand in …" as no person', () => {
    const analysis = analyzeText('date 2025-05-13\nBrand in Sloegebied\n\nBij een opslagbedrijf in Vlissingen woedt een grote brand. De brandweer verwacht dat het vuur vanavond onder controle is. Volgens de brandweer is er geen gevaar voor de omgeving.', 'brand.txt');
    assert.deepEqual(names(analysis), ['organisation: De brandweer | de brandweer']);
    assert.equal(claimWith(analysis, 'De brandweer verwacht').actor, claimWith(analysis, 'Volgens de brandweer').actor);
  });

  it('reads a regional body with its region as one mention ("GGD Rivierenland-Oost", "Politie Zeeland-West-Brabant")', () => {
    const analysis = analyzeText('date 2025-03-05\n\nVolgens GGD Rivierenland-Oost is er geen risico. Politie Zeeland-West-Brabant meldt dat de weg is afgesloten. De GGD adviseert de lokalen gesloten te houden.', 'ggd.txt');
    assert.deepEqual(names(analysis).sort(), ['organisation: GGD Rivierenland-Oost | GGD', 'organisation: Politie Zeeland-West-Brabant']);
  });

  it('reads a name with a trade in it as a company ("Kraaijeveld Tankopslag", "Asbestsanering Van Oort"), and a plural of capitals as no body', () => {
    const analysis = analyzeText('date 2025-05-16\n\nBij Kraaijeveld Tankopslag zijn PAK\'s in het roet gevonden. Het bedrijf erkent dat. Asbestsanering Van Oort begint maandag met de sanering. Meetlab Verhoeven vond vezels in de lucht.', 'roet.txt');
    const company = actorOf(analysis, 'Kraaijeveld Tankopslag');
    assert.equal(company?.category, 'company');
    assert.equal(claimWith(analysis, 'Het bedrijf erkent').actor, company.id);
    assert.ok(actorOf(analysis, 'Asbestsanering Van Oort'), names(analysis).join('; '));
    assert.ok(actorOf(analysis, 'Meetlab Verhoeven'), names(analysis).join('; '));
    assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.text.startsWith('PAK'))), names(analysis).join('; '));
  });

  it('reads compound titles ("brandweercommandant", "GGD-arts") and a first name before a surname with a particle, but no place after "van" for a surname', () => {
    const analysis = analyzeText('date 2025-05-13\n\n"Het vuur is onder controle", aldus brandweercommandant Ellen Dijkhuizen. Volgens GGD-arts Hanneke Mulder is er geen risico. Minister Karin van Dalen zei dat ook. Voorzitter Anja de Wit is het daarmee eens. Burgemeester Verbeek van Hollandsweerd verklaarde dat de school dicht blijft.', 'brand.txt');
    for (const [mention, name] of [
      ['brandweercommandant Ellen Dijkhuizen', 'Ellen Dijkhuizen'],
      ['GGD-arts Hanneke Mulder', 'Hanneke Mulder'],
      ['Minister Karin van Dalen', 'Karin van Dalen'],
      ['Voorzitter Anja de Wit', 'Anja de Wit'],
    ]) {
      const person = actorOf(analysis, mention);
      assert.equal(person?.kind, 'person', `${mention}: ${names(analysis).join('; ')}`);
      assert.equal(person.name, name);
    }
    assert.equal(claimWith(analysis, 'Het vuur is onder controle').actor, actorOf(analysis, 'brandweercommandant Ellen Dijkhuizen')?.id);
    assert.equal(actorOf(analysis, 'Burgemeester Verbeek')?.kind, 'person', names(analysis).join('; '));
  });

  it('reads a school by its name after its descriptor ("basisschool De Wilgentak"), a portfolio in brackets after an alderman as no body, and initials after a title', () => {
    const analysis = analyzeText('date 2025-03-05\nAsbest gevonden op school in gemeente\n\nOp basisschool De Wilgentak is asbest gevonden. Volgens de school is er geen risico. Wethouder Marieke Dassen (Onderwijs) noemt de sluiting noodzakelijk. Dat zegt ook GGD-arts H. Mulder. Het advies komt van de gemeente', 'asbest.txt');
    const school = actorOf(analysis, 'basisschool De Wilgentak');
    assert.equal(school?.category, 'education', names(analysis).join('; '));
    assert.equal(actorOf(analysis, 'de school')?.id, school.id);
    assert.ok(!analysis.actors.some((a) => a.name === 'Onderwijs'), names(analysis).join('; '));
    assert.equal(actorOf(analysis, 'GGD-arts H. Mulder')?.name, 'H. Mulder', names(analysis).join('; '));
  });

  it('reads an imperative as the publisher\'s advice also when it is the only verb ("Houd huisdieren binnen.", "Zet de ventilatie uit.")', () => {
    const analysis = analyzeText('---\ndate: 2025-05-13\n---\n\n# Brand in opslagloods\n\n*Veiligheidsregio Zeeland (VRZ), update 3, dinsdag 13 mei 2025*\n\nBij een opslagbedrijf woedt een grote brand. Zoek het rookgebied niet op. Houd huisdieren binnen. Zet de ventilatie uit.', 'update.md');
    for (const sentence of ['Zoek het rookgebied niet op', 'Houd huisdieren binnen', 'Zet de ventilatie uit']) {
      const advice = claimWith(analysis, sentence);
      assert.deepEqual([advice.kind, advice.actor], ['advice', 'vrz'], sentence);
    }
  });

  it('reads an imperative after a heading\'s colon as advice ("KNMI: ga niet de weg op", "Grote brand: houd ramen gesloten")', () => {
    const analysis = analyzeText('---\ndate: 2025-02-06\n---\n\n# KNMI: ga in het noorden niet de weg op door ijzel\n\nHet KNMI heeft code rood afgegeven voor Groningen en Friesland.', 'ijzel.md');
    const advice = claimWith(analysis, 'ga in het noorden niet de weg op');
    assert.deepEqual([advice.kind, advice.actor], ['advice', 'knmi']);
  });

  it('reads an official name its acronym closes, after another body and "en de", or opened by adjectives and a description\'s noun', () => {
    const analysis = analyzeText('date 2026-01-15\n\nHet RIVM besloot dat na overleg met de Gezondheidsraad en de Koninklijke Nederlandse Organisatie van Verloskundigen (KNOV). De KNOV steunt het advies.\n\nDe Koninklijke Nederlandse Organisatie van Verloskundigen (KNOV) roept verloskundigen op om zwangeren te vragen naar de prik.', 'kinkhoest.txt');
    const knov = actorOf(analysis, 'KNOV');
    assert.deepEqual(knov?.mentions.map((m) => m.text), ['Koninklijke Nederlandse Organisatie van Verloskundigen', 'KNOV', 'KNOV', 'Koninklijke Nederlandse Organisatie van Verloskundigen', 'KNOV'], names(analysis).join('; '));
    assert.ok(actorOf(analysis, 'Gezondheidsraad'), names(analysis).join('; '));
  });

  it('reads "de gemeente" as a municipality, never a GGD: the one named, else the municipality unnamed; "Hij" is the person who spoke last', () => {
    const unnamed = analyzeText('date 2025-03-05\n\nDe GGD adviseert de lokalen dicht te houden. De gemeente laat weten dat de sanering twee weken duurt.', 'asbest.txt');
    assert.notEqual(claimWith(unnamed, 'De gemeente laat weten').actor, claimWith(unnamed, 'De GGD adviseert').actor);
    assert.equal(actorOf(unnamed, 'De gemeente')?.kind, 'organisation');
    const named = analyzeText('date 2025-03-05\n\nDe GGD adviseert de lokalen dicht te houden. De gemeente Haarvelde heeft een saneerder ingeschakeld. De gemeente laat weten dat de sanering twee weken duurt.', 'asbest.txt');
    assert.equal(claimWith(named, 'De gemeente laat weten').actor, actorOf(named, 'De gemeente Haarvelde')?.id ?? actorOf(named, 'Haarvelde')?.id);
    const pronoun = analyzeText('date 2025-03-13\n\nBurgemeester Joost Hazenberg noemt de situatie vervelend. De gemeente deelt sinds gisteren gratis flessenwater uit. Hij roept inwoners op om buren met een baby te helpen.', 'nieuws.txt');
    assert.equal(claimWith(pronoun, 'Hij roept inwoners op').actor, actorOf(pronoun, 'Burgemeester Joost Hazenberg')?.id);
  });

  it('reads a known first name and a surname as a person without a title, and the surname alone later as that person; a shop named after its founder stays a company', () => {
    const analysis = analyzeText('date 2026-01-15\n\n"De prik is de beste bescherming", aldus Esther Kamphuis, arts-microbioloog bij het RIVM. Volgens brandweercommandant Ellen Dijkhuizen is het vuur onder controle. Dijkhuizen verwacht dat de brand morgen uit is. Albert Heijn roept de kaas terug.', 'nieuws.txt');
    const kamphuis = actorOf(analysis, 'Esther Kamphuis');
    assert.equal(kamphuis?.kind, 'person', names(analysis).join('; '));
    assert.equal(claimWith(analysis, 'De prik is de beste bescherming').actor, kamphuis.id);
    assert.equal(actorOf(analysis, 'Dijkhuizen')?.id, actorOf(analysis, 'brandweercommandant Ellen Dijkhuizen')?.id);
    assert.equal(actorOf(analysis, 'Albert Heijn')?.category, 'company');
  });
});

describe('a letter of our own that tells of advice kept and of figures', () => {
  const letter = 'Datum 14 mei 2025\n\nBetreft Legionella in zwembad De Vennen\n\nGeachte voorzitter,\n\nOp 2 mei adviseerde de GGD Veluwe-Zuid bezoekers met longklachten hun huisarts te bellen. Het RIVM raadde aan de douches van het zwembad te spoelen.\n\nVolgens de voorlopige cijfers van de GGD gaat het om negen patiënten. Volgens de minister is de bron gevonden.\n\nHet advies van de GGD om bij klachten de huisarts te bellen blijft van kracht. Ook het algemene advies van het RIVM om de douches te spoelen blijft gelden. Het dringende advies van het RIVM om de baden te sluiten geldt voor alle zwembaden. Op advies van het RIVM blijft het zwembad dicht.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nJ. de Wit';
  const analysis = analyzeText(letter, 'kamerbrief.txt');

  it('gives "volgens de … cijfers van X" to X', () => {
    const ggd = claimWith(analysis, 'adviseerde de GGD').actor;
    assert.ok(ggd);
    assert.equal(claimWith(analysis, 'voorlopige cijfers van de GGD').actor, ggd);
  });
  it('gives advice a sentence opens with, "(Ook) het (dringende) advies van X om …", to X, confirmed where it stays', () => {
    const ggd = claimWith(analysis, 'Het advies van de GGD');
    assert.equal(ggd.actor, claimWith(analysis, 'adviseerde de GGD').actor);
    assert.equal(ggd.kind, 'advice');
    assert.equal(ggd.change, 'confirmed');
    const rivm = claimWith(analysis, 'Ook het algemene advies van het RIVM');
    assert.equal(rivm.actor, 'rivm');
    assert.equal(rivm.change, 'confirmed');
    assert.equal(claimWith(analysis, 'Het dringende advies van het RIVM').actor, 'rivm');
  });
  it('leaves "op advies van X" to the one who follows the advice', () => {
    const followed = analysis.claims.find((c) => c.text.includes('Op advies van het RIVM'));
    assert.notEqual(followed?.actor, 'rivm');
  });
});

describe('passive advice with a separable verb, in a news report of our own', () => {
  it('reads "X wordt aangeraden …" as advice given to X, by the body that spoke before', () => {
    const text = 'date 2025-07-14\n\nDe GGD Twente waarschuwt voor huiduitslag na het zwemmen. Hondenbezitters wordt aangeraden hun dieren uit het water te houden. Zwemmers wordt afgeraden het water in te gaan.';
    const analysis = analyzeText(text, 'nieuws.txt');
    const ggd = claimWith(analysis, 'waarschuwt voor huiduitslag').actor;
    assert.ok(ggd);
    for (const advised of ['Hondenbezitters wordt aangeraden', 'Zwemmers wordt afgeraden']) {
      const claim = claimWith(analysis, advised);
      assert.equal(claim.kind, 'advice');
      assert.equal(claim.actor, ggd, advised);
    }
  });
});

describe('companies named by a trade of food and leisure, in a news report of our own', () => {
  it('reads "Horstink Recreatie" and "Brugman Pluimvee" as companies that "het bedrijf" refers back to', () => {
    const text = 'date 2025-07-14\n\nHorstink Recreatie, dat het strand exploiteert, houdt de deuren open. Volgens het bedrijf is het water schoon. Gisteren meldde Brugman Pluimvee dat één partij besmet is.';
    const analysis = analyzeText(text, 'nieuws.txt');
    const recreatie = actorOf(analysis, 'Horstink Recreatie');
    assert.equal(recreatie?.category, 'company');
    assert.equal(claimWith(analysis, 'Volgens het bedrijf').actor, recreatie?.id);
    assert.equal(actorOf(analysis, 'Brugman Pluimvee')?.category, 'company');
    assert.equal(claimWith(analysis, 'één partij besmet').actor, actorOf(analysis, 'Brugman Pluimvee')?.id);
  });
});

describe('a company\'s own update, its byline set apart in emphasis', () => {
  it('reads "*Noordlicht Netbeheer, storingsupdate 2, 15 januari 2025*" as the byline: the company states what is not attributed', () => {
    const update = [
      '# Stroom in Zwolle naar verwachting donderdag hersteld',
      '*Noordlicht Netbeheer, storingsupdate 2, 15 januari 2025*',
      'Sinds dinsdag zitten ongeveer 9.000 huishoudens in Zwolle zonder stroom. De oorzaak is een defecte kabel bij onderstation Zwolle-Zuid. Volgens de veiligheidsregio is er geen gevaar.',
    ].join('\n\n');
    const analysis = analyzeText(update, 'update.md');
    const company = actorOf(analysis, 'Noordlicht Netbeheer');
    assert.equal(company?.category, 'company');
    assert.equal(claimWith(analysis, 'De oorzaak is een defecte kabel').actor, company?.id);
    assert.notEqual(claimWith(analysis, 'Volgens de veiligheidsregio').actor, company?.id);
  });
});

describe('a company named after a family, in a news report of our own', () => {
  const names = (analysis: ReturnType<typeof analyzeText>) => analysis.actors.map((a) => a.name);
  it('keeps the particles before the family name: "Van Wijnbergen Pluimvee", also at a sentence\'s start', () => {
    const text = 'date 2025-04-10\n\nVan Wijnbergen Pluimvee verklaarde dinsdag dat de besmetting beperkt was. Gisteren meldde Van Wijnbergen Pluimvee dat een tweede partij besmet is. Bij Kraaijeveld Tankopslag is niets gevonden.';
    const analysis = analyzeText(text, 'nieuws.txt');
    const company = actorOf(analysis, 'Van Wijnbergen Pluimvee');
    assert.equal(company?.name, 'Van Wijnbergen Pluimvee', names(analysis).join('; '));
    assert.equal(claimWith(analysis, 'verklaarde dinsdag').actor, company?.id);
    assert.equal(claimWith(analysis, 'een tweede partij').actor, company?.id);
    assert.ok(!names(analysis).some((name) => name.startsWith('Bij')), names(analysis).join('; '));
  });
});


describe('a ministry named by its acronym or its portfolio alone, in a news report of our own', () => {
  const text = [
    'date 2026-03-11',
    'Het ministerie van Buitenlandse Zaken (BZ) heeft het reisadvies verhoogd naar rood. Maandag had BZ het reisadvies al verhoogd naar oranje. Volgens Buitenlandse Zaken is de situatie ernstig verslechterd.',
    'JenV meldt dat de grensbewaking is versterkt. Defensie laat weten dat er geen militairen worden ingezet. Minister Bakker van Volksgezondheid, Welzijn en Sport (VWS) zei dat de zorg voorbereid is. De vaste commissie voor Buitenlandse Zaken vergadert morgen. Een Fin vertelde dat het rustig is.',
  ].join('\n\n');
  const analysis = analyzeText(text, 'nieuws.txt');
  const names = analysis.actors.map((a) => `${a.name}: ${a.mentions.map((m) => m.text).join(' | ')}`).join('; ');

  it('makes "BZ" and "Buitenlandse Zaken" the ministry "Het ministerie van Buitenlandse Zaken" names', () => {
    const ministry = actorOf(analysis, 'Het ministerie van Buitenlandse Zaken');
    assert.equal(ministry?.category, 'ministry', names);
    assert.equal(claimWith(analysis, 'Maandag had BZ').actor, ministry?.id);
    assert.equal(claimWith(analysis, 'Volgens Buitenlandse Zaken').actor, ministry?.id);
  });
  it('reads "JenV" and "Defensie" as ministries, not the acronym after a minister\'s portfolio, a committee\'s portfolio or "een Fin" (one capital)', () => {
    assert.equal(actorOf(analysis, 'JenV')?.category, 'ministry', names);
    assert.equal(actorOf(analysis, 'Defensie')?.category, 'ministry', names);
    assert.equal(actorOf(analysis, 'VWS'), undefined, names);
    assert.ok(!analysis.actors.some((a) => a.mentions.some((m) => m.start > text.indexOf('commissie') && m.start < text.indexOf('vergadert'))), names);
    // (Whether "een Fin" is read as an actor at all is another question: it must not be the Ministry of Finance.)
    assert.ok(!analysis.actors.some((a) => a.category === 'ministry' && a.mentions.some((m) => m.text === 'Fin')), names);
  });
  it('leaves a ministry\'s acronym in a letter\'s reference line alone ("Kenmerk KGG / 25008812")', () => {
    const letter = 'Aan de Voorzitter van de Tweede Kamer\n\nDatum 22 januari 2025\nKenmerk KGG / 25008812\n\nGeachte voorzitter,\n\nVolgens de netbeheerder is de storing verholpen.\n\nDe minister van Klimaat en Groene Groei,\n\nS.T.M. Hermans';
    const result = analyzeText(letter, 'kamerbrief.txt');
    assert.ok(!result.actors.some((a) => a.mentions.some((m) => m.text.includes('KGG'))), result.actors.map((a) => a.name).join('; '));
  });
});

describe('an association, a travel company and a tour operator, in a news report of our own', () => {
  it('lets "de brancheorganisatie" refer to an association defined by its acronym, and reads "Zonvaart Verre Reizen" as a company', () => {
    const text = 'date 2026-03-11\n\nDe Algemene Vereniging van Reisbureaus (AVR) laat weten dat er geen pakketreizen meer vertrekken. Volgens de brancheorganisatie kunnen klanten kosteloos annuleren. Touroperator Zonvaart Verre Reizen uit Deventer heeft naar eigen zeggen veertig klanten in het land. Zonvaart Verre Reizen heeft laten weten dat de klanten deze week naar huis komen.';
    const analysis = analyzeText(text, 'nieuws.txt');
    const association = actorOf(analysis, 'AVR');
    assert.equal(association?.category, 'ngo');
    assert.equal(claimWith(analysis, 'Volgens de brancheorganisatie').actor, association?.id);
    const company = actorOf(analysis, 'Zonvaart Verre Reizen');
    assert.equal(company?.category, 'company', analysis.actors.map((a) => a.name).join('; '));
    assert.equal(claimWith(analysis, 'naar eigen zeggen veertig klanten').actor, company?.id);
  });
});

describe('an advisory whose byline names a place that ends like a past tense', () => {
  it('reads "*GGD Lindenhoven, informatie voor inwoners van Oosterwolde, …*" as the byline: the GGD states what is not attributed', () => {
    const advisory = [
      '---\ndate: 2025-06-12\n---',
      '# Eet geen vis uit de vijver in Oosterwolde',
      '*GGD Lindenhoven, informatie voor inwoners van Oosterwolde en omgeving, 12-06-2025*',
      'In vis uit de vijver zijn hoge gehalten kwik aangetroffen. GGD Lindenhoven vraagt vissers om voorzichtig te zijn.',
    ].join('\n\n');
    const analysis = analyzeText(advisory, 'advies.md');
    const ggd = actorOf(analysis, 'GGD Lindenhoven');
    assert.ok(ggd, analysis.actors.map((a) => a.name).join('; '));
    const finding = claimWith(analysis, 'hoge gehalten kwik aangetroffen');
    assert.equal(finding.actor, ggd.id);
    assert.equal(finding.date, '2025-06-12');
  });
});

describe('a sentence that says who gave the advice just told, and when', () => {
  it('dates advice by "Dat heeft het instituut gisteren laten weten" and by "Dat advies heeft het instituut gisteren gegeven"', () => {
    for (const report of ['Dat heeft het instituut gisteren laten weten.', 'Dat advies heeft het instituut gisteren gegeven.', 'Dit advies bracht het instituut gisteren uit.']) {
      const analysis = analyzeText(`date 2025-06-12\n\nHet RIVM adviseert inwoners om geen vis uit de vijver te eten. ${report}`, 'nieuws.txt');
      const advice = claimWith(analysis, 'adviseert inwoners');
      assert.equal(advice.actor, 'rivm', report);
      assert.equal(advice.date, '2025-06-11', report);
      assert.equal(analysis.claims.length, 1, report);
    }
  });
  it('gives advice told without its source to the one "Dat advies heeft … gegeven" names', () => {
    const analysis = analyzeText('date 2025-06-12\n\nInwoners wordt aangeraden ramen en deuren te sluiten. Dat advies heeft de Veiligheidsregio Zeeland vanochtend gegeven.', 'nieuws.txt');
    const advice = claimWith(analysis, 'Inwoners wordt aangeraden');
    assert.equal(advice.actor, actorOf(analysis, 'Veiligheidsregio Zeeland')?.id);
    assert.equal(advice.date, '2025-06-12');
  });
  it('leaves a report of another\'s advice undated: "Dat schrijft de minister vandaag in een brief"', () => {
    const analysis = analyzeText('date 2025-06-12\n\nHet OMT adviseert om de scholen te sluiten. Dat schrijft minister De Jonge vandaag in een brief.', 'nieuws.txt');
    assert.equal(claimWith(analysis, 'Het OMT adviseert').date, null);
  });
});

describe('changes of advice told with a clock time, a clause after the particle, and extending or lowering', () => {
  const text = [
    'date 2025-11-05',
    'Het KNMI heeft gisteren code oranje afgegeven. Om 06.00 uur verlaagde het KNMI code oranje naar code geel.',
    'NS raadde reizigers gisteren af om te reizen. NS heeft het reisadvies om 10.00 uur versoepeld. Voor de lijn naar Vlissingen trok NS het advies pas in nadat ProRail het spoor had vrijgegeven.',
    'De IGJ heeft de terugroepactie vanochtend uitgebreid tot twintig partijen. Het ministerie heeft het reisadvies voor de rest van het land teruggebracht naar geel.',
    'De gemeente adviseert om de tarieven te verlagen.',
  ].join('\n\n');
  const analysis = analyzeText(text, 'nieuws.txt');
  it('reads the change a cue gives', () => {
    assert.equal(claimWith(analysis, 'verlaagde het KNMI').change, 'relaxed');
    assert.equal(claimWith(analysis, 'om 10.00 uur versoepeld').change, 'relaxed');
    assert.equal(claimWith(analysis, 'trok NS het advies pas in').change, 'withdrawn');
    assert.equal(claimWith(analysis, 'uitgebreid tot twintig partijen').change, 'escalated');
    assert.equal(claimWith(analysis, 'teruggebracht naar geel').change, 'relaxed');
  });
  it('still reads lowering as what is advised inside "om … te"', () => {
    assert.equal(claimWith(analysis, 'de tarieven te verlagen').change, 'issued');
  });
});

describe('an advisory and a later letter that tells its advice again, of our own', () => {
  const advisory = [
    '---\ndate: 2025-06-12\n---',
    '# Eet geen vis uit de vijver in Oosterwolde',
    '*GGD Lindenhoven, informatie voor inwoners van Oosterwolde, 12-06-2025*',
    'Het RIVM adviseert inwoners om geen vis uit de vijver in Oosterwolde te eten. Dat advies heeft het instituut gisteren gegeven.',
    '## Advies van het RIVM',
    'Het RIVM raadt inwoners af om vis uit de vijver in Oosterwolde te eten, ook als die door buren wordt gevangen.',
  ].join('\n\n');
  const letter = 'Datum 10 juli 2025\n\nGeachte voorzitter,\n\nOp 11 juni adviseerde het RIVM inwoners om geen vis uit de vijver in Oosterwolde te eten. Op 2 juli heeft het RIVM dat advies versoepeld: inwoners mogen weer vis uit de vijver eten.\n\nDe minister van Infrastructuur en Waterstaat,\n\nJan Jansen';
  const links = linked({ 'advies.md': advisory, 'brief.txt': letter });
  const analysis = analyzeText(advisory, 'advies.md');
  const told = claimWith(analysis, 'Het RIVM adviseert inwoners').id;
  const again = claimWith(analysis, 'Het RIVM raadt inwoners af').id;
  const recap = claimWith(analyzeText(letter, 'brief.txt'), 'Op 11 juni adviseerde').id;

  it('does not link the advisory\'s advice told again under its measures, without a date of its own', () => {
    assert.ok(!links.some((l) => l.startsWith(`advies.md#${told} `) && l.endsWith(`advies.md#${again}`)), links.join('\n'));
  });
  it('does not link the letter\'s dated account of that advice to the advisory\'s undated advice', () => {
    assert.ok(!links.some((l) => l.startsWith(`brief.txt#${recap} `) && l.includes(' advies.md#')), links.join('\n'));
  });
  it('links the advice to its relaxation', () => {
    const relaxed = claimWith(analyzeText(letter, 'brief.txt'), 'dat advies versoepeld').id;
    assert.ok(links.some((l) => l.startsWith('advies.md#') && l.endsWith(`relaxes brief.txt#${relaxed}`)), links.join('\n'));
  });
  it('links each telling of the advice before its relaxation to it: the advisory\'s twice, and the letter\'s account', () => {
    const relaxed = claimWith(analyzeText(letter, 'brief.txt'), 'dat advies versoepeld').id;
    for (const telling of [`advies.md#${told}`, `advies.md#${again}`, `brief.txt#${recap}`]) assert.ok(links.includes(`${telling} relaxes brief.txt#${relaxed}`), `${telling}\n${links.join('\n')}`);
  });
  it('reads advice against eating ("raadt af om vis te eten") as advice not to eat, no reversal of it', () => {
    assert.equal(claimWith(analysis, 'Het RIVM raadt inwoners af').negated, true);
    assert.equal(claimWith(analysis, 'Het RIVM adviseert inwoners').negated, true);
    assert.ok(!links.some((l) => l.startsWith(`advies.md#${told} revises`)), links.join('\n'));
  });
});

describe('an official name that opens a sentence with a description\'s noun, without its article', () => {
  it('reads "Vereniging Vaatpatiënten Nederland (VVN) noemt …" as the association, which speaks', () => {
    const text = 'date 2026-03-26\n\nVereniging Vaatpatiënten Nederland (VVN) noemt het in een verklaring van 18 maart "onacceptabel" dat patiënten een week moesten wachten. De vereniging roept fabrikanten op om eerst onderzoek te doen.';
    const analysis = analyzeText(text, 'nieuws.txt');
    const association = actorOf(analysis, 'Vereniging Vaatpatiënten Nederland');
    assert.equal(association?.category, 'ngo', analysis.actors.map((a) => a.name).join('; '));
    assert.equal(claimWith(analysis, 'noemt het in een verklaring').actor, association?.id);
    assert.equal(claimWith(analysis, 'De vereniging roept').actor, association?.id);
  });
});

describe('the Kamer a letter informs, and the Kamer that asks', () => {
  it('makes "uw Kamer" an actor when it asks, not when the writer informs it', () => {
    const informed = analyzeText(ministersLetter('Tijdens het commissiedebat van 1 oktober heb ik toegezegd uw Kamer te informeren. Volgens het RIVM is het risico klein. Ik informeer uw Kamer voor 1 december opnieuw.'), 'brief.txt');
    assert.equal(actorOf(informed, 'Kamer'), undefined, informed.actors.map((a) => a.name).join('; '));
    const asked = analyzeText(ministersLetter('Tijdens het commissiedebat van 1 oktober heeft uw Kamer gevraagd om een actueel beeld. Volgens het RIVM is het risico klein. Ik informeer uw Kamer voor 1 december opnieuw.'), 'brief.txt');
    assert.ok(actorOf(asked, 'Kamer'), asked.actors.map((a) => a.name).join('; '));
  });
});

describe('a medicine and its maker, in a news report of our own', () => {
  const text = 'date 2026-03-04\n\nDe IGJ heeft zes partijen van het bloeddrukmiddel Cardiplex laten terugroepen. Fabrikant Medivane, dat Cardiplex in India laat maken, benadrukt dat het om een klein aantal partijen gaat. Volgens de fabrikant is er geen acuut gevaar.';
  const analysis = analyzeText(text, 'nieuws.txt');
  it('reads a name after "(bloeddruk)middel" as a product, no actor', () => {
    assert.equal(actorOf(analysis, 'Cardiplex'), undefined, analysis.actors.map((a) => a.name).join('; '));
  });
  it('gives the statement to the maker, not to what a relative clause with "dat" names', () => {
    const maker = actorOf(analysis, 'de fabrikant');
    assert.ok(maker?.mentions.some((m) => m.text.includes('Medivane')), analysis.actors.map((a) => a.name).join('; '));
    assert.equal(claimWith(analysis, 'benadrukt dat het om een klein aantal').actor, maker?.id);
  });
});

describe('portfolios, counts and extensions that name no ministry and change no advice', () => {
  it('reads no ministry in a council\'s or a department\'s portfolio, or in a past ministry\'s ("Justitie eist …")', () => {
    const analysis = analyzeText('date 2026-03-11\n\nJustitie eist tien jaar cel. De Raad Buitenlandse Zaken besprak de situatie. De afdeling Sociale Zaken van de gemeente meldt dat het goed gaat.', 'nieuws.txt');
    assert.ok(!analysis.actors.some((a) => a.category === 'ministry'), analysis.actors.map((a) => `${a.name} (${a.category})`).join('; '));
  });
  it('reads "om twee tarieven te verlagen" as the advised action, and "uitgebreid met twee inspecteurs" as no change', () => {
    const analysis = analyzeText('date 2026-03-11\n\nDe gemeente adviseert om twee tarieven te verlagen. De NVWA heeft de controles uitgebreid met twee inspecteurs.', 'nieuws.txt');
    assert.equal(claimWith(analysis, 'om twee tarieven').change, 'issued');
    assert.ok(!analysis.claims.some((c) => c.change === 'escalated'), analysis.claims.map((c) => `${c.text} ${c.change}`).join('; '));
  });
  it('makes a "-bond" defined by its acronym an ngo', () => {
    const analysis = analyzeText('date 2026-03-11\n\nDe Nederlandse Patiëntenbond Vaatzorg (NPV) meldt dat het goed gaat. Volgens de vereniging is er geen risico.', 'nieuws.txt');
    assert.equal(actorOf(analysis, 'NPV')?.category, 'ngo');
    assert.equal(claimWith(analysis, 'Volgens de vereniging').actor, actorOf(analysis, 'NPV')?.id);
  });
});
