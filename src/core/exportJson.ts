/**
 * The JSON export: the annotation contract, version 1 (shared/spec/annotations.md).
 * Richer analysis fields (resolution explanations, cues, link reasons) are kept
 * where the contract allows extra fields, so consumers can explain results.
 */
import type { CorpusAnalysis, DocumentAnalysis } from './types';

export interface ExportV1 {
  version: 1;
  documents: {
    file: string;
    date: string | null;
    actors: { id: string; name: string; kind: string; aliases: string[]; mentions: { start: number; end: number; text: string }[] }[];
    dates: { start: number; end: number; text: string; value: string; rule: string }[];
    claims: {
      id: string;
      start: number;
      end: number;
      text: string;
      actor: string | null;
      date: string | null;
      kind: string;
      change?: string;
      cue?: string;
    }[];
  }[];
  links: { from: string; to: string; relation: string; reason: string }[];
  errors?: { file: string; message: string }[];
}

type ExportedDocument = ExportV1['documents'][number];
type ExportedLink = ExportV1['links'][number];

export function toExportJson(corpus: CorpusAnalysis): ExportV1 {
  const result: ExportV1 = {
    version: 1,
    documents: corpus.documents.map(exportDocument),
    links: corpus.links.map(exportLink),
  };
  if (corpus.errors.length > 0) result.errors = corpus.errors;
  return result;
}

/**
 * The export written as the documents come: each document as soon as it is
 * analysed, the links at the end. The command line uses it so that a large
 * corpus is never held whole; documents appear in the order they were given.
 */
export class ExportWriter {
  private documents = 0;

  constructor(private readonly write: (chunk: string) => void) {
    write('{\n "version": 1,\n "documents": [');
  }

  document(doc: DocumentAnalysis): void {
    this.write(`${this.documents++ === 0 ? '\n  ' : ',\n  '}${JSON.stringify(exportDocument(doc))}`);
  }

  finish(links: CorpusAnalysis['links'], errors: CorpusAnalysis['errors']): void {
    this.write('\n ],\n "links": [');
    links.forEach((link, i) => this.write(`${i === 0 ? '\n  ' : ',\n  '}${JSON.stringify(exportLink(link))}`));
    this.write('\n ]');
    if (errors.length > 0) this.write(`,\n "errors": ${JSON.stringify(errors)}`);
    this.write('\n}\n');
  }
}

function exportLink(link: CorpusAnalysis['links'][number]): ExportedLink {
  return {
    from: `${link.from.file}#${link.from.claimId}`,
    to: `${link.to.file}#${link.to.claimId}`,
    relation: link.relation,
    reason: link.reason.explanation,
  };
}

function exportDocument(doc: CorpusAnalysis['documents'][number]): ExportedDocument {
  return {
    file: doc.file,
    date: doc.date,
    actors: doc.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      mentions: actor.mentions.map(({ start, end, text }) => ({ start, end, text })),
    })),
    dates: doc.dates.map(({ start, end, text, value, resolution }) => ({ start, end, text, value, rule: resolution.rule })),
    claims: doc.claims.map((claim) => ({
      id: claim.id,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      actor: claim.actor,
      date: claim.date,
      kind: claim.kind,
      ...(claim.kind === 'advice' ? { change: claim.change ?? 'issued' } : {}),
      ...(claim.cue ? { cue: claim.cue.text } : {}),
    })),
  };
}
