import assert from 'node:assert/strict';
import { scanDates, tagDates } from '../../src/core/dates';
import { findDocumentDate } from '../../src/core/documentDate';

/** The document date, checked for span consistency. */
function documentDate(source: string) {
  const found = findDocumentDate(source);
  if (found) assert.equal(source.slice(found.span.start, found.span.end), found.span.text);
  return found;
}

describe('findDocumentDate', () => {
  it('reads a date header line with month precision and text after it', () => {
    const source = ' date 2021-06 Staatssecretaris Van Huffelen heeft de Kamer geïnformeerd over DigiD.\n\nMeer tekst.';
    const found = documentDate(source);
    assert.deepEqual(found, { value: '2021-06', span: { start: 6, end: 13, text: '2021-06' } });
  });

  it('reads a date header line with a full date', () => {
    const found = documentDate('date 2019-11-05\nTitel van het bericht\n');
    assert.equal(found?.value, '2019-11-05');
    assert.equal(found?.span.start, 5);
  });

  it('reads the date from YAML front matter', () => {
    const source = '---\ntitel: Advies over phishing\ndate: 2022-02-14\nauteur: NCSC\n---\n\n# Advies\n';
    const found = documentDate(source);
    assert.equal(found?.value, '2022-02-14');
    assert.equal(found?.span.text, '2022-02-14');
    assert.equal(found?.span.start, source.indexOf('2022-02-14'));
  });

  it('reads quoted front matter dates with CRLF line ends and a byte order mark', () => {
    const source = '\uFEFF---\r\ndate: "2022-02-14T08:00:00Z"\r\n---\r\nTekst.\r\n';
    const found = documentDate(source);
    assert.equal(found?.value, '2022-02-14');
    assert.equal(found?.span.start, source.indexOf('2022'));
  });

  it("reads a letter's Datum line below the address block", () => {
    const source =
      'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nPostbus 20017\n2500 EA DEN HAAG\n\nDatum 4 maart 2021\nBetreft Voortgang digitale weerbaarheid\nKenmerk 2021-0000123456\n';
    const found = documentDate(source);
    assert.deepEqual(found, { value: '2021-03-04', span: { start: source.indexOf('4 maart'), end: source.indexOf('4 maart') + 12, text: '4 maart 2021' } });
  });

  it('reads a numeric Datum line with a colon', () => {
    assert.equal(documentDate('Datum: 29-01-2021\nOnderwerp: storing\n')?.value, '2021-01-29');
  });

  it('takes the first candidate near the top', () => {
    const source = 'date 2020-02-01\nDatum 3 maart 2020\n';
    assert.equal(documentDate(source)?.value, '2020-02-01');
    const letter = 'Datum 3 maart 2020\n\ndate 2020-02-01\n';
    assert.equal(documentDate(letter)?.value, '2020-03-03');
  });

  it('returns null without a header date', () => {
    assert.equal(documentDate('Op 17 januari 2020 sprak de minister met de Kamer.\n'), null);
    assert.equal(documentDate('Het datumveld ontbreekt.\nupdate 2020-01-01\n'), null);
    assert.equal(documentDate('date 2020-13\n'), null);
    assert.equal(documentDate(''), null);
  });

  it('only looks near the top of the text', () => {
    const source = `${'Een regel tekst.\n'.repeat(60)}date 2020-01-01\n`;
    assert.equal(documentDate(source), null);
  });

  it('returns a span that the date tagger also reports as a mention', () => {
    const sources = [
      ' date 2020-01 De minister schreef vandaag een brief.',
      '---\ndate: 2020-01-21\n---\nDe minister schreef vandaag een brief.',
      'Aan de Kamer\n\nDatum 29 januari 2020\n\nDe minister schreef vandaag een brief.',
      'Datum: 29-01-2020\nDe minister schreef vandaag een brief.',
    ];
    for (const source of sources) {
      const found = documentDate(source);
      assert.ok(found, source);
      assert.ok(
        scanDates(source).some((r) => r.start === found.span.start && r.end === found.span.end),
        `scanDates finds ${found.span.text}`,
      );
      const mentions = tagDates(source, found);
      const own = mentions.find((d) => d.start === found.span.start);
      assert.ok(own);
      assert.equal(own.value, found.value);
      assert.match(own.resolution.explanation, /document's own date/);
      const today = mentions.find((d) => d.text === 'vandaag');
      assert.equal(today?.value, found.value);
    }
  });
});
