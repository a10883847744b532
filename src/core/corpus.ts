/**
 * The corpus index: the analyses of all texts of a workspace (or of one CLI
 * run), kept current file by file, with the revision links across them.
 * Links are recomputed lazily, on the first question after a change.
 */
import { DocumentAnalyzer, type AnalyzeOptions, type UpdateStats } from './analyze';
import { linkCorpus, timeOf } from './links';
import type { Actor, Claim, CorpusAnalysis, DocumentAnalysis, Link } from './types';

export interface ClaimRef {
  file: string;
  claimId: string;
}

export interface LinkedClaim {
  link: Link;
  file: string;
  claim: Claim;
  actor: Actor | null;
  document: DocumentAnalysis;
}

export class CorpusIndex {
  private analyzers = new Map<string, DocumentAnalyzer>();
  private analyses = new Map<string, DocumentAnalysis>();
  private errors = new Map<string, string>();
  private cachedLinks: Link[] | null = null;
  private cachedDocuments: DocumentAnalysis[] | null = null;
  private linksByEnd: Map<string, { earlier: Link[]; later: Link[] }> | null = null;

  /** Analyses (incrementally) the text of one file and returns its analysis. */
  update(file: string, text: string, options?: AnalyzeOptions): DocumentAnalysis {
    let analyzer = this.analyzers.get(file);
    if (!analyzer) {
      analyzer = new DocumentAnalyzer(file, options);
      this.analyzers.set(file, analyzer);
    } else if (options) analyzer.setOptions(options);
    const analysis = analyzer.update(text);
    this.analyses.set(file, analysis);
    this.errors.delete(file);
    this.invalidate();
    return analysis;
  }

  /**
   * Adds an analysis made elsewhere (the command line analyses each file once and
   * keeps no incremental state); a later update() of the file starts afresh.
   */
  add(analysis: DocumentAnalysis): void {
    this.analyzers.delete(analysis.file);
    this.analyses.set(analysis.file, analysis);
    this.errors.delete(analysis.file);
    this.invalidate();
  }

  /** Records that a file could not be analysed (binary, unreadable), dropping its old analysis. */
  fail(file: string, message: string): void {
    this.delete(file);
    this.errors.set(file, message);
  }

  delete(file: string): void {
    this.analyzers.delete(file);
    this.analyses.delete(file);
    this.errors.delete(file);
    this.invalidate();
  }

  rename(from: string, to: string): void {
    const analysis = this.analyses.get(from);
    const analyzer = this.analyzers.get(from);
    const error = this.errors.get(from);
    this.delete(from);
    if (analysis) this.analyses.set(to, { ...analysis, file: to });
    if (analyzer) {
      analyzer.file = to;
      this.analyzers.set(to, analyzer);
    }
    if (error !== undefined) this.errors.set(to, error);
    // delete() cleared the cached order and links already; the renamed analysis was added since.
    this.invalidate();
  }

  has(file: string): boolean {
    return this.analyses.has(file);
  }

  get(file: string): DocumentAnalysis | undefined {
    return this.analyses.get(file);
  }

  /** What the last update() of a file did (see DocumentAnalyzer.lastUpdate); undefined for a file added whole or not analysed. */
  lastUpdate(file: string): UpdateStats | undefined {
    return this.analyzers.get(file)?.lastUpdate;
  }

  /** Documents in corpus order: by document date (undated last), then by file name. */
  documents(): DocumentAnalysis[] {
    if (!this.cachedDocuments) {
      // Each document's time once, not twice per comparison: the command line sorts thousands.
      const keyed = [...this.analyses.values()].map((doc) => {
        const time = timeOf(doc.date);
        return { doc, time: Number.isNaN(time) ? Infinity : time };
      });
      keyed.sort((a, b) => a.time - b.time || (a.doc.file < b.doc.file ? -1 : a.doc.file > b.doc.file ? 1 : 0));
      this.cachedDocuments = keyed.map((k) => k.doc);
    }
    // A fresh array each time, as callers may keep or change it.
    return [...this.cachedDocuments];
  }

  links(): Link[] {
    this.cachedLinks ??= linkCorpus(this.documents());
    return this.cachedLinks;
  }

  /** The earlier claims a claim revises and the later claims that revise it. */
  linksOf(file: string, claimId: string): { earlier: LinkedClaim[]; later: LinkedClaim[] } {
    if (!this.linksByEnd) {
      this.linksByEnd = new Map();
      const entry = (key: string) => {
        let e = this.linksByEnd!.get(key);
        if (!e) this.linksByEnd!.set(key, (e = { earlier: [], later: [] }));
        return e;
      };
      for (const link of this.links()) {
        entry(`${link.to.file}#${link.to.claimId}`).earlier.push(link);
        entry(`${link.from.file}#${link.from.claimId}`).later.push(link);
      }
    }
    const found = this.linksByEnd.get(`${file}#${claimId}`) ?? { earlier: [], later: [] };
    return {
      earlier: found.earlier.map((link) => this.resolve(link, link.from)).filter((x): x is LinkedClaim => !!x),
      later: found.later.map((link) => this.resolve(link, link.to)).filter((x): x is LinkedClaim => !!x),
    };
  }

  claimAt(file: string, offset: number): Claim | undefined {
    const analysis = this.analyses.get(file);
    return analysis?.claims.find((c) => c.start <= offset && offset <= c.end);
  }

  analysis(): CorpusAnalysis {
    return {
      documents: this.documents(),
      links: this.links(),
      errors: [...this.errors].map(([file, message]) => ({ file, message })),
    };
  }

  private resolve(link: Link, end: ClaimRef): LinkedClaim | null {
    const document = this.analyses.get(end.file);
    const claim = document?.claims.find((c) => c.id === end.claimId);
    if (!document || !claim) return null;
    const actor = document.actors.find((a) => a.id === claim.actor) ?? null;
    return { link, file: end.file, claim, actor, document };
  }

  private invalidate(): void {
    this.cachedDocuments = null;
    this.cachedLinks = null;
    this.linksByEnd = null;
  }
}
