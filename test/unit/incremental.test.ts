// The incremental API: after an edit, the analysis equals a fresh one, and unchanged blocks are reused.
import assert from 'node:assert/strict';
import { analyzeText, CorpusIndex, DocumentAnalyzer } from '../../src/core';
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
  it('keeps an analysis that was added whole through a rename', () => {
    const index = new CorpusIndex();
    index.add(analyzeText(base, 'c.txt'));
    index.rename('c.txt', 'd.txt');
    assert.ok(index.has('d.txt') && !index.has('c.txt'));
    assert.equal(index.get('d.txt')?.file, 'd.txt');
  });
});
