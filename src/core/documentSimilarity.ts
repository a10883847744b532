/**
 * How much two texts of a corpus are about the same matter: the cosine of the
 * terms of their claims, each weighted by how few of the texts use it (tf-idf).
 * Texts about one affair share its own words (the place, the product, the
 * disease, what was advised); texts about two affairs that only name the same
 * national body (the RIVM, the KNMI, the NCSC) share little more than the words
 * every advice uses, which weigh little.
 */
export class DocumentSimilarity {
  /** Per document, its distinct term ids in ascending order and their weights; and the length of that vector. */
  private readonly termsOf: Int32Array[];
  private readonly weightsOf: Float32Array[];
  private readonly norms: Float64Array;
  private readonly known = new Map<number, number>();

  /**
   * Claim c is in document claimDocument[c], and its term ids are termIds[claimFrom[c]] up to
   * termIds[claimTo[c]]; `termCount` bounds the ids.
   */
  constructor(
    private readonly documents: number,
    claimDocument: Int32Array,
    claimFrom: Int32Array,
    claimTo: Int32Array,
    termIds: Int32Array,
    termCount: number,
  ) {
    // The claims of each document (claimsOf[first[doc]] up to claimsOf[first[doc + 1]]), then each document's
    // distinct terms and how often it uses them, counted in arrays shared by all documents (a map per
    // document would hold a corpus's worth of entries at once).
    const first = new Int32Array(documents + 1);
    for (const doc of claimDocument) first[doc + 1]++;
    for (let doc = 0; doc < documents; doc++) first[doc + 1] += first[doc];
    const next = first.slice(0, documents);
    const claimsOf = new Int32Array(claimDocument.length);
    claimDocument.forEach((doc, c) => (claimsOf[next[doc]++] = c));
    const uses = new Int32Array(termCount);
    const inDocuments = new Int32Array(termCount);
    const counts: Int32Array[] = [];
    this.termsOf = [];
    for (let doc = 0; doc < documents; doc++) {
      const distinct: number[] = [];
      for (let k = first[doc]; k < first[doc + 1]; k++) {
        const c = claimsOf[k];
        for (let t = claimFrom[c]; t < claimTo[c]; t++) if (uses[termIds[t]]++ === 0) distinct.push(termIds[t]);
      }
      const terms = Int32Array.from(distinct).sort();
      const count = new Int32Array(terms.length);
      terms.forEach((term, k) => {
        count[k] = uses[term];
        uses[term] = 0;
        inDocuments[term]++;
      });
      this.termsOf.push(terms);
      counts.push(count);
    }
    const texts = counts.filter((count) => count.length > 0).length;
    this.weightsOf = [];
    this.norms = new Float64Array(documents);
    for (let doc = 0; doc < documents; doc++) {
      const terms = this.termsOf[doc];
      const weights = new Float32Array(terms.length);
      let sum = 0;
      for (let k = 0; k < terms.length; k++) {
        weights[k] = (1 + Math.log(counts[doc][k])) * Math.log(1 + texts / inDocuments[terms[k]]);
        sum += weights[k] * weights[k];
      }
      this.weightsOf.push(weights);
      this.norms[doc] = Math.sqrt(sum);
    }
  }

  /** The similarity of documents a and b, from 0 (no term in common) to 1. */
  between(a: number, b: number): number {
    if (a === b) return 1;
    const key = a < b ? a * this.documents + b : b * this.documents + a;
    let similarity = this.known.get(key);
    if (similarity === undefined) {
      similarity = this.cosine(a, b);
      this.known.set(key, similarity);
    }
    return similarity;
  }

  private cosine(a: number, b: number): number {
    const norm = this.norms[a] * this.norms[b];
    if (norm === 0) return 0;
    const [termsA, termsB, weightsA, weightsB] = [this.termsOf[a], this.termsOf[b], this.weightsOf[a], this.weightsOf[b]];
    let dot = 0;
    // Both lists ascend: walk them side by side.
    for (let i = 0, j = 0; i < termsA.length && j < termsB.length; ) {
      if (termsA[i] < termsB[j]) i++;
      else if (termsA[i] > termsB[j]) j++;
      else dot += weightsA[i++] * weightsB[j++];
    }
    return dot / norm;
  }
}
