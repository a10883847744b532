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
