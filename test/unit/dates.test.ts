import assert from 'node:assert/strict';
import { resolveDates, scanDates, tagDates, type RawDate } from '../../src/core/dates';
import type { DateMention, Span } from '../../src/core/types';

/**
 * Runs the two phases the way the analyser does: a `date` header line gives the
 * document date, each paragraph is scanned on its own, the raw dates are shifted
 * to document offsets and resolved together. Returns the mentions of the body.
 */
function analyse(body: string, documentDate: string | null): { source: string; mentions: DateMention[] } {
  const header = documentDate ? `date ${documentDate}\n` : '';
  const source = header + body;
  const docRef = documentDate
    ? { value: documentDate, span: { start: 5, end: 5 + documentDate.length, text: documentDate } satisfies Span }
    : null;
  const raws: RawDate[] = [];
  const paragraph = /[^\n]+(?:\n(?!\r?\n)[^\n]+)*/g;
  for (const m of source.matchAll(paragraph)) {
    const base = m.index ?? 0;
    for (const raw of scanDates(m[0])) raws.push({ ...raw, start: raw.start + base, end: raw.end + base });
  }
  const mentions = resolveDates(raws, docRef).filter((d) => d.start >= header.length);
  for (const d of mentions) assert.equal(source.slice(d.start, d.end), d.text, `span text of ${d.text}`);
  return { source, mentions };
}

/** [text, value] pairs of the body's date mentions. */
function dates(body: string, documentDate: string | null): [string, string][] {
  return analyse(body, documentDate).mentions.map((d) => [d.text, d.value]);
}

describe('dates: absolute forms', () => {
  it('reads day-month-year in words, abbreviated and numeric', () => {
    assert.deepEqual(
      dates(
        'De wet ging in op 17 januari 2020. Het besluit van 3 feb. 2021 volgde. Op 17-01-2020, 18/01/2020 en 2020-01-19 kwam de commissie bijeen.',
        null,
      ),
      [
        ['17 januari 2020', '2020-01-17'],
        ['3 feb. 2021', '2021-02-03'],
        ['17-01-2020', '2020-01-17'],
        ['18/01/2020', '2020-01-18'],
        ['2020-01-19', '2020-01-19'],
      ],
    );
  });

  it('reads a month written with a long s or a Kelvin sign, which the pattern matches as s and k', () => {
    assert.deepEqual(dates('Op 3 augu\u017ftus 2020 en 4 o\u212atober 2020.', null), [
      ['3 augu\u017ftus 2020', '2020-08-03'],
      ['4 o\u212atober 2020', '2020-10-04'],
    ]);
  });

  it('reads a month with a year and a year after a preposition', () => {
    assert.deepEqual(dates('In januari 2020 begon het project, dat sinds 2013 werd voorbereid en in 2019 werd goedgekeurd.', null), [
      ['januari 2020', '2020-01'],
      ['2013', '2013'],
      ['2019', '2019'],
    ]);
  });

  it('keeps an ISO date that is followed by a time', () => {
    assert.deepEqual(dates('Tijdstempel 2021-03-04T09:30:00Z in het logbestand.', null), [['2021-03-04', '2021-03-04']]);
  });

  it('rejects impossible days and months', () => {
    assert.deepEqual(dates('Op 31-02-2020 en 2020-13-01 en 32 maart 2020 gebeurde niets.', null), []);
  });

  it('reads the days of a list with the month of the last one', () => {
    assert.deepEqual(dates('De hoorzittingen zijn op 8, 9 en 10 maart 2022.', null), [
      ['8', '2022-03-08'],
      ['9', '2022-03-09'],
      ['10 maart 2022', '2022-03-10'],
    ]);
  });

  it('reads an ISO week number', () => {
    assert.deepEqual(dates('Het onderhoud staat gepland in week 12 van 2021, niet in week 14.', '2021-03-01'), [
      ['week 12 van 2021', '2021-W12'],
      ['week 14', '2021-W14'],
    ]);
  });
});

describe('dates: weekday with a date', () => {
  it('includes the weekday in the span and uses it to choose the year', () => {
    const { mentions } = analyse('De Kamer debatteert op donderdag 6 februari over de brief.', '2020-01-29');
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0].text, 'donderdag 6 februari');
    assert.equal(mentions[0].value, '2020-02-06');
    assert.equal(mentions[0].resolution.rule, 'weekday');
  });

  it('accepts weekday abbreviations only before a date', () => {
    assert.deepEqual(dates('Zo meldde de dienst dat het rapport op vr 24 jan. 2020 verschijnt.', null), [
      ['vr 24 jan. 2020', '2020-01-24'],
    ]);
  });
});

describe('dates: year taken from context', () => {
  it('picks the year that puts the date nearest to the document date', () => {
    assert.deepEqual(
      dates('De logbestanden vanaf half december zijn bewaard. De aanval begon op 10 januari en het rapport volgt op 3 februari.', '2020-01-17'),
      [
        ['half december', '2019-12'],
        ['10 januari', '2020-01-10'],
        ['3 februari', '2020-02-03'],
      ],
    );
  });

  it('fills the year of a day and month, also across the turn of the year', () => {
    assert.deepEqual(dates('De regeling gaat op 1 mei in; het advies van 28 december blijft staan.', '2020-01-17'), [
      ['1 mei', '2020-05-01'],
      ['28 december', '2019-12-28'],
    ]);
  });

  it('works with a document date of month precision', () => {
    const { mentions } = analyse('De inspectie bezocht het bedrijf op 16 januari.', '2020-01');
    assert.deepEqual(
      mentions.map((d) => [d.text, d.value, d.resolution.rule]),
      [['16 januari', '2020-01-16', 'year-from-context']],
    );
    assert.equal(mentions[0].resolution.anchor?.value, '2020-01');
  });

  it('falls back to the previous dated mention without a document date', () => {
    assert.deepEqual(dates('Het eerste rapport dateert van 3 november 2018. Op 5 januari volgde een tweede.', null), [
      ['3 november 2018', '2018-11-03'],
      ['5 januari', '2019-01-05'],
    ]);
  });

  it('respects afgelopen and komende before a month', () => {
    assert.deepEqual(dates('Afgelopen september en komende september zijn drukke maanden.', '2021-04-10'), [
      ['Afgelopen september', '2020-09'],
      ['komende september', '2021-09'],
    ]);
  });

  it('leaves a date without any year reference out', () => {
    assert.deepEqual(dates('Op 12 maart werd het besluit genomen.', null), []);
  });
});

describe('dates: bare months', () => {
  it('takes a month after a temporal preposition, and months listed with it', () => {
    assert.deepEqual(dates('De inbrekers waren in april en mei actief; sinds maart is het stil.', '2015-09-01'), [
      ['april', '2015-04'],
      ['mei', '2015-05'],
      ['maart', '2015-03'],
    ]);
  });

  it('ignores a month word that is not plainly temporal', () => {
    assert.deepEqual(dates('Mei is een voornaam. De meidoorn bloeit en Maart is een achternaam.', '2015-09-01'), []);
  });
});

describe('dates: vague dates', () => {
  it('keeps the month or the year', () => {
    assert.deepEqual(
      dates(
        'Begin 2021 start de pilot, eind maart volgt een evaluatie en medio 2022 het besluit. Het plan stamt van eind 2013. Tot eind-juni, midden juli en ultimo 2023.',
        '2021-03-05',
      ),
      [
        ['Begin 2021', '2021'],
        ['eind maart', '2021-03'],
        ['medio 2022', '2022'],
        ['eind 2013', '2013'],
        ['eind-juni', '2021-06'],
        ['midden juli', '2021-07'],
        ['ultimo 2023', '2023'],
      ],
    );
  });

  it('marks vague dates with the vague rule', () => {
    const { mentions } = analyse('Half december kwam het bericht.', '2020-01-17');
    assert.equal(mentions[0].resolution.rule, 'vague');
    assert.match(mentions[0].resolution.explanation, /half/);
  });

  it('combines a vague modifier with a relative period', () => {
    assert.deepEqual(dates('Eind vorig jaar en begin volgende maand.', '2020-01-17'), [
      ['Eind vorig jaar', '2019'],
      ['begin volgende maand', '2020-02'],
    ]);
  });

  it('reads parts of a year as the year', () => {
    assert.deepEqual(dates('In het eerste kwartaal van 2022 en in het najaar 2021.', null), [
      ['eerste kwartaal van 2022', '2022'],
      ['najaar 2021', '2021'],
    ]);
  });
});

describe('dates: relative to the document date', () => {
  it('resolves day words', () => {
    assert.deepEqual(
      dates(
        'De dienst meldde vandaag en vanochtend een storing. Vanmiddag, vanavond en vannacht volgt overleg. Gisteren, gisteravond, gisterochtend en gistermiddag was het rustig; eergisteren niet. Morgen en overmorgen volgt meer.',
        '2022-03-10',
      ),
      [
        ['vandaag', '2022-03-10'],
        ['vanochtend', '2022-03-10'],
        ['Vanmiddag', '2022-03-10'],
        ['vanavond', '2022-03-10'],
        ['vannacht', '2022-03-10'],
        ['Gisteren', '2022-03-09'],
        ['gisteravond', '2022-03-09'],
        ['gisterochtend', '2022-03-09'],
        ['gistermiddag', '2022-03-09'],
        ['eergisteren', '2022-03-08'],
        ['Morgen', '2022-03-11'],
        ['overmorgen', '2022-03-12'],
      ],
    );
  });

  it('does not take morgen as a date after an article or adjective', () => {
    assert.deepEqual(dates("De morgen was koud, deze morgen ook, en 's morgen vroeg regende het. Tot morgen!", '2022-03-10'), [
      ['morgen', '2022-03-11'],
    ]);
  });

  it('does not take vandaag de dag as a date', () => {
    assert.deepEqual(dates('Vandaag de dag gebruikt iedereen certificaten.', '2022-03-10'), []);
  });

  it('resolves vorige week to the ISO week before the document date', () => {
    assert.deepEqual(dates('Het lek werd vorige week ontdekt.', '2020-01-29'), [['vorige week', '2020-W04']]);
    assert.deepEqual(dates('Het lek werd vorige week ontdekt.', '2011-09-06'), [['vorige week', '2011-W35']]);
    // across a year boundary: 2021-01-04 is in week 1 of 2021; the week before is 2020-W53
    assert.deepEqual(dates('Het lek werd vorige week ontdekt.', '2021-01-04'), [['vorige week', '2020-W53']]);
  });

  it('resolves other weeks, months and years', () => {
    assert.deepEqual(
      dates('Deze week, volgende week en komende week; vorige maand en deze maand; vorig jaar en dit jaar.', '2020-01-29'),
      [
        ['Deze week', '2020-W05'],
        ['volgende week', '2020-W06'],
        ['komende week', '2020-W06'],
        ['vorige maand', '2019-12'],
        ['deze maand', '2020-01'],
        ['vorig jaar', '2019'],
        ['dit jaar', '2020'],
      ],
    );
  });

  it('counts back with geleden', () => {
    assert.deepEqual(dates('Drie dagen geleden en twee weken geleden kwam het bericht.', '2020-01-17'), [
      ['Drie dagen geleden', '2020-01-14'],
      ['twee weken geleden', '2020-W01'],
    ]);
  });

  it('keeps month precision when the document date has only a month', () => {
    assert.deepEqual(dates('Vandaag is er een briefing; gisteren was er overleg.', '2020-01'), [
      ['Vandaag', '2020-01'],
      ['gisteren', '2020-01'],
    ]);
  });

  it('leaves relative dates out when the document has no date', () => {
    assert.deepEqual(dates('Gisteren en vorige week was er overleg.', null), []);
  });

  it('explains the anchor', () => {
    const { mentions } = analyse('De minister schreef gisteren een brief.', '2011-08-31');
    const [gisteren] = mentions;
    assert.equal(gisteren.resolution.rule, 'relative-to-document');
    assert.deepEqual(gisteren.resolution.anchor, { start: 5, end: 15, text: '2011-08-31', value: '2011-08-31' });
    assert.match(gisteren.resolution.explanation, /^gisteren → .*the day before the document date 2011-08-31/);
  });
});

describe('dates: weekday without a date', () => {
  it('is the most recent such day before the document date by default', () => {
    // 2011-08-31 is a Wednesday, 2011-09-06 a Tuesday
    assert.deepEqual(dates('Het bedrijf maakte maandag de cijfers bekend.', '2011-08-31'), [['maandag', '2011-08-29']]);
    assert.deepEqual(dates('De servers werden zondag al vernieuwd. De directeur gaf maandag toe dat het fout ging.', '2011-09-06'), [
      ['zondag', '2011-09-04'],
      ['maandag', '2011-09-05'],
    ]);
  });

  it('looks ahead when the word or its clause says so', () => {
    // 2020-01-17 is a Friday, 2011-09-03 a Saturday
    assert.deepEqual(dates('Het nieuwe overzicht verschijnt uiterlijk dinsdag.', '2020-01-17'), [['dinsdag', '2020-01-21']]);
    assert.deepEqual(dates('De software wordt naar verwachting aanstaande donderdag bijgewerkt.', '2011-09-03'), [
      ['aanstaande donderdag', '2011-09-08'],
    ]);
    assert.deepEqual(dates('De commissie zal woensdag een besluit nemen.', '2020-01-17'), [['woensdag', '2020-01-22']]);
    assert.deepEqual(dates('Komende maandag en woensdag a.s. is er overleg.', '2020-01-17'), [
      ['Komende maandag', '2020-01-20'],
      ['woensdag a.s.', '2020-01-22'],
    ]);
  });

  it('counts an anaphoric date from the date before a date that bounds a thing ("houdbaarheidsdatum 20-06-2025")', () => {
    assert.deepEqual(dates('Op 12 juni waarschuwde de NVWA voor makreel met de houdbaarheidsdatum 20-06-2025. De producent riep de makreel diezelfde dag terug.', '2025-06-16'), [
      ['12 juni', '2025-06-12'],
      ['20-06-2025', '2025-06-20'],
      ['diezelfde dag', '2025-06-12'],
    ]);
    // A date after the letter's own "Datum" is an event like any other.
    assert.deepEqual(dates('Datum 2 maart 2023. Diezelfde dag kwam de commissie bijeen.', '2023-03-02'), [
      ['2 maart 2023', '2023-03-02'],
      ['Diezelfde dag', '2023-03-02'],
    ]);
  });

  it('takes no future cue from an infinitive with "te"', () => {
    // 2025-02-11 is a Tuesday: "op te gaan" says nothing of when.
    assert.deepEqual(dates('Rijkswaterstaat adviseerde donderdag om in het noorden niet de weg op te gaan.', '2025-02-11'), [['donderdag', '2025-02-06']]);
    assert.deepEqual(dates('Rijkswaterstaat gaat donderdag de wegen strooien.', '2025-02-11'), [['donderdag', '2025-02-13']]);
  });

  it('ignores a future cue that is a past participle', () => {
    assert.deepEqual(dates('Het systeem was donderdag al hersteld, sneller dan eerst was verwacht.', '2020-01-17'), [
      ['donderdag', '2020-01-16'],
    ]);
  });

  it('reads afgelopen, jl. and a week offset', () => {
    assert.deepEqual(dates('Afgelopen vrijdag en dinsdag jl. en vorige week woensdag.', '2020-01-29'), [
      ['Afgelopen vrijdag', '2020-01-24'],
      ['dinsdag jl.', '2020-01-28'],
      ['vorige week woensdag', '2020-01-22'],
    ]);
  });

  it('reads a weekday with a part of the day', () => {
    assert.deepEqual(dates('Het bericht kwam dinsdagavond binnen.', '2020-01-29'), [['dinsdagavond', '2020-01-28']]);
  });

  it('does not take habitual weekdays as dates', () => {
    assert.deepEqual(dates('Elke maandag en iedere vrijdag is er een controle.', '2020-01-29'), []);
  });
});

describe('dates: anaphoric dates', () => {
  it('resolves Diezelfde dag to the previous date mention', () => {
    const { mentions } = analyse(
      'Het kabinet vergaderde.\nOp 17 januari 2020 sprak de minister met de dienst. Diezelfde dag volgde een persbericht.',
      '2020-01',
    );
    const same = mentions.find((d) => d.text === 'Diezelfde dag');
    assert.ok(same);
    assert.equal(same.value, '2020-01-17');
    assert.equal(same.resolution.rule, 'anaphoric');
    assert.equal(same.resolution.anchor?.text, '17 januari 2020');
    assert.match(same.resolution.explanation, /following '17 januari 2020' \(2020-01-17\)$/);
  });

  it('resolves other same-day phrases', () => {
    assert.deepEqual(
      dates('Op 4 mei 2021 viel het systeem uit. Op die dag belde de minister. Op dat moment was er geen oplossing, en dezelfde dag kwam er een update.', null),
      [
        ['4 mei 2021', '2021-05-04'],
        ['Op die dag', '2021-05-04'],
        ['Op dat moment', '2021-05-04'],
        ['dezelfde dag', '2021-05-04'],
      ],
    );
  });

  it('counts days and weeks from the previous mention, not from the document date', () => {
    assert.deepEqual(
      dates(
        'Op 10 maart werd de inbraak ontdekt. De volgende dag ging de melding uit, de dag erna volgde een rapport. Twee dagen later kwam de minister, 3 dagen later de Kamer en een week later de inspectie.',
        '2020-06-01',
      ),
      [
        ['10 maart', '2020-03-10'],
        ['De volgende dag', '2020-03-11'],
        ['de dag erna', '2020-03-12'],
        ['Twee dagen later', '2020-03-14'],
        ['3 dagen later', '2020-03-17'],
        ['een week later', '2020-03-24'],
      ],
    );
  });

  it('reads een dag later and the number words', () => {
    assert.deepEqual(dates('Op 1 juni 2022 begon het. Een dag later en twaalf dagen later.', null), [
      ['1 juni 2022', '2022-06-01'],
      ['Een dag later', '2022-06-02'],
      ['twaalf dagen later', '2022-06-14'],
    ]);
  });

  it('needs a previous mention', () => {
    assert.deepEqual(dates('Diezelfde dag gebeurde er niets.', null), []);
  });
});

describe('dates: things that are not dates', () => {
  it('ignores identifiers, postcodes, versions and amounts', () => {
    assert.deepEqual(
      dates(
        'Het lek CVE-2021-22893 treft versie 11.5 en 20.10. Kenmerk 2019-0004518822, Postbus 20011, 2500 EA Den Haag. Het kost € 2.021 en in 2000 gevallen ging het mis; zaaknummer 2020/1234.',
        '2021-05-01',
      ),
      [],
    );
  });

  it('ignores Zo, toen, destijds, later and inmiddels', () => {
    assert.deepEqual(
      dates('Zo stelde de dienst dat het lek toen nog onbekend was. Destijds dacht men anders, later bleek het mis en inmiddels is het opgelost.', '2021-05-01'),
      [],
    );
  });

  it('ignores a bare year without a preposition', () => {
    assert.deepEqual(dates('Het rapport telt 2019 pagina’s en noemt 1998 slachtoffers.', null), []);
  });
});

describe('dates: text handling', () => {
  it('keeps text equal to the slice of the block for every raw date', () => {
    const block = 'Maandag 3 februari, vandaag, in juni en juli, eind 2020, twee dagen later, 05-06-2021 en 2021-06-07.';
    const raws = scanDates(block);
    assert.equal(raws.length, 8);
    for (const raw of raws) assert.equal(block.slice(raw.start, raw.end), raw.text);
  });

  it('produces plain JSON-able raw dates', () => {
    const raws = scanDates('Aanstaande woensdag, half december en 8 en 9 maart.');
    assert.deepEqual(JSON.parse(JSON.stringify(raws)), raws);
    const wednesday = raws[0];
    assert.equal(wednesday.kind, 'weekday');
    assert.equal(wednesday.direction, 'future');
    assert.equal(wednesday.weekday, 3);
  });

  it('handles CRLF line ends', () => {
    const source = 'date 2020-01-17\r\nHet advies van 15 januari\r\nwerd gisteren aangepast.\r\n\r\nOp 20\r\njanuari volgt meer.\r\n';
    const doc = { value: '2020-01-17', span: { start: 5, end: 15, text: '2020-01-17' } };
    const mentions = tagDates(source, doc);
    assert.deepEqual(
      mentions.map((d) => [d.text, d.value]),
      [
        ['2020-01-17', '2020-01-17'],
        ['15 januari', '2020-01-15'],
        ['gisteren', '2020-01-16'],
        ['20\r\njanuari', '2020-01-20'],
      ],
    );
    for (const d of mentions) assert.equal(source.slice(d.start, d.end), d.text);
  });

  it('joins words across one line break but not across a blank line', () => {
    assert.deepEqual(scanDates('Het rapport verscheen in\n2019.').map((r) => r.text), ['2019']);
    assert.deepEqual(scanDates('Het rapport verscheen in\n\n2019 bleek dat anders.'), []);
    assert.deepEqual(scanDates('Het rapport verscheen in\r\n\r\n2019 bleek dat anders.'), []);
  });

  it('handles decomposed accents', () => {
    const body = 'Op 2 juni 2021 begon het. Eén dag later en vóór 2022.'.normalize('NFD');
    assert.deepEqual(dates(body, null), [
      ['2 juni 2021', '2021-06-02'],
      ['Eén dag later'.normalize('NFD'), '2021-06-03'],
      ['2022', '2022'],
    ]);
  });

  it('does not crash on stray combining marks and unusual characters', () => {
    const noisy = '\u0301\u0301 17\u0301 januari 2020 \uFEFF maandag\u0300 𝟙𝟟 januari ﬁ 2020-01-\u0301 \u0000 in \u2028 2019';
    const raws = scanDates(noisy);
    for (const raw of raws) assert.equal(noisy.slice(raw.start, raw.end), raw.text);
    assert.ok(!raws.some((r) => r.text.startsWith('17')), 'a digit with a combining mark is not a day');
  });

  it('scans about a megabyte of prose', () => {
    const sentence =
      'De minister van Justitie en Veiligheid heeft de Kamer op 12 maart 2021 geïnformeerd over de voortgang van het onderzoek naar de kwetsbaarheid in versie 10.5 en de gevolgen voor de vitale sectoren. ';
    const filler =
      'Daarnaast bespreekt het kabinet met de betrokken organisaties welke maatregelen nodig zijn om herhaling te voorkomen en hoe de samenwerking tussen de diensten kan worden verbeterd. ';
    const count = Math.ceil(1_000_000 / (sentence.length + filler.length));
    const text = (sentence + filler).repeat(count);
    const raws = scanDates(text);
    assert.equal(raws.length, count);
    assert.ok(raws.every((r) => r.text === '12 maart 2021'));
  });
});
