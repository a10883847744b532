// How alike two texts' words are, as linking weighs whether they are about one affair.
import assert from 'node:assert/strict';
import { DocumentSimilarity } from '../../src/core/documentSimilarity';

/** A similarity over documents given as lists of terms (each list one claim), terms numbered as met. */
function similarityOf(documents: string[][][]): DocumentSimilarity {
  const ids = new Map<string, number>();
  const termIds: number[] = [];
  const [claimDocument, claimFrom, claimTo]: number[][] = [[], [], []];
  documents.forEach((claimsOfDocument, doc) => {
    for (const terms of claimsOfDocument) {
      const from = termIds.length;
      for (const term of terms) {
        if (!ids.has(term)) ids.set(term, ids.size);
        termIds.push(ids.get(term)!);
      }
      claimDocument.push(doc);
      claimFrom.push(from);
      claimTo.push(termIds.length);
    }
  });
  const ints = (values: number[]) => Int32Array.from(values);
  return new DocumentSimilarity(documents.length, ints(claimDocument), ints(claimFrom), ints(claimTo), ints(termIds), ids.size);
}

describe('document similarity', () => {
  it('is 1 for a document with itself and for documents with the same terms, 0 without a term in common', () => {
    const similarity = similarityOf([[['koorts', 'geit']], [['geit'], ['koorts']], [['hitte', 'ouder']]]);
    assert.equal(similarity.between(0, 0), 1);
    assert.ok(Math.abs(similarity.between(0, 1) - 1) < 1e-9);
    assert.equal(similarity.between(0, 2), 0);
    assert.equal(similarity.between(2, 0), 0);
  });

  it('weighs a word every document uses less than a word of one affair', () => {
    // Documents 0 and 1 share "advies" (in every document); 0 and 2 share "geit" (in two).
    const similarity = similarityOf([[['advies', 'geit', 'koorts']], [['advies', 'hitte', 'ouder']], [['advies', 'geit', 'melk']], [['advies', 'dijk']]]);
    assert.ok(similarity.between(0, 2) > 2 * similarity.between(0, 1), `${similarity.between(0, 2)} against ${similarity.between(0, 1)}`);
  });

  it('is 0 for a document without terms, and the same either way round', () => {
    const similarity = similarityOf([[['geit', 'koorts']], [], [['geit', 'melk', 'koorts']]]);
    assert.equal(similarity.between(0, 1), 0);
    assert.equal(similarity.between(0, 2), similarity.between(2, 0));
  });
});
