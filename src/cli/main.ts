/**
 * The command line: `beleidslens annotate [--json] FILE...`.
 * With --json it prints the annotation contract's export; without it, a
 * readable timeline. Every file given is one corpus (links may cross files).
 */
import { readFileSync } from 'node:fs';
import { CorpusIndex, ExportWriter, analyzeText, buildTimeline, decodeText, formatTimeline, linkingView } from '../core';

const HELP = `Beleidslens — who said what, when, and how the advice changed, in Dutch policy texts.

Usage:
  beleidslens annotate [--json] FILE...
  beleidslens --help | --version

annotate         Analyse the files together as one corpus: actors, dates, claims,
                 advice changes, and revision links across all of them.
  --json         Print the export in the annotation contract's JSON format
                 (version 1): documents with actors, dates and claims (UTF-16
                 offsets into each file as read) in the order the files were
                 given, corpus-wide links, and an "errors" array for files that
                 could not be read.
  (default)      Print a readable timeline: date · actor · claim or advice (with
                 its change) and, under it, → the later statements that revise it.
  --markdown     Treat every file as Markdown (default: by extension .md).

Exit status: 0 success · 1 some file could not be read or is not text (the
others are still annotated) · 2 usage error.
`;

interface Options {
  json: boolean;
  markdown: boolean | undefined;
  files: string[];
}

function parse(argv: string[]): Options | { help: true } | { version: true } | { error: string } {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  if (argv.includes('--version')) return { version: true };
  const [command, ...rest] = argv;
  if (command !== 'annotate') return { error: command ? `unknown command: ${command}` : 'no command given' };
  const options: Options = { json: false, markdown: undefined, files: [] };
  let onlyFiles = false;
  for (const arg of rest) {
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg === '--json') options.json = true;
    else if (!onlyFiles && arg === '--markdown') options.markdown = true;
    else if (!onlyFiles && arg.startsWith('--')) return { error: `unknown option: ${arg}` };
    else options.files.push(arg);
  }
  if (options.files.length === 0) return { error: 'annotate needs at least one FILE' };
  return options;
}

function main(argv: string[]): number {
  const parsed = parse(argv);
  if ('help' in parsed) {
    process.stdout.write(HELP);
    return 0;
  }
  if ('version' in parsed) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`beleidslens: ${parsed.error}\n\n${HELP}`);
    return 2;
  }
  const index = new CorpusIndex();
  // A file given twice is one document (its claims would otherwise have two documents' ids).
  parsed.files = [...new Set(parsed.files)];
  // With --json each document is written as soon as it is analysed and only what linking needs is kept.
  const output = bufferedOutput();
  const writer = parsed.json ? new ExportWriter(output.write) : null;
  for (const file of parsed.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      index.fail(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    const decoded = decodeText(bytes);
    if ('error' in decoded) {
      index.fail(file, decoded.error);
      continue;
    }
    let analysis;
    try {
      analysis = analyzeText(decoded.text, file, parsed.markdown ? { markdown: true } : {});
    } catch (error) {
      // A fault in the analyser loses this file only; the export stays valid JSON.
      index.fail(file, `analysis failed: ${(error as Error).message}`);
      continue;
    }
    if (writer) {
      writer.document(analysis);
      index.add(linkingView(analysis));
    } else index.add(analysis);
  }
  const corpus = index.analysis();
  if (writer) {
    writer.finish(corpus.links, corpus.errors);
    output.flush();
  }
  else {
    process.stdout.write(`${formatTimeline(buildTimeline(corpus), { width: Math.max(60, (process.stdout.columns ?? 110) - 8) })}\n`);
  }
  for (const error of corpus.errors) process.stderr.write(`beleidslens: ${error.file}: ${error.message}\n`);
  return corpus.errors.length > 0 ? 1 : 0;
}

/** Standard output in blocks of about 64 kB: one write per document or link would be a system call each. */
function bufferedOutput(): { write: (chunk: string) => void; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 1 << 16) flush();
    },
    flush,
  };
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

process.exitCode = main(process.argv.slice(2));
