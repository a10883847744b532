// The command line, as built (npm test builds first): the export's shape, the timeline, and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from './helpers';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line', function () {
  this.timeout(30000);
  let dir: string;
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dir = mkdtempSync(path.join(tmpdir(), 'beleidslens-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the contract\'s JSON for several files, with links across them', () => {
    const a = path.join(FIXTURES, 'corpus/2023-03-02-kamerbrief-drinkwater.txt');
    const b = path.join(FIXTURES, 'corpus/2023-03-09-nieuws-kookadvies.txt');
    const { status, stdout } = run('annotate', '--json', a, b);
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.version, 1);
    assert.equal(out.documents.length, 2);
    const doc = out.documents.find((d: { file: string }) => d.file === a);
    assert.equal(doc.date, '2023-03-02');
    for (const key of ['actors', 'dates', 'claims']) assert.ok(Array.isArray(doc[key]) && doc[key].length > 0, key);
    assert.ok(out.links.some((l: { from: string; to: string }) => l.from.startsWith(a) && l.to.startsWith(b)), 'a link from the letter to the news report');
    for (const l of out.links) assert.match(l.from, /#c\d+$/);
  });

  it('prints a readable timeline without --json', () => {
    const { status, stdout } = run('annotate', path.join(FIXTURES, 'seed-letter.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /2020-01-16 · Nationaal Cyber Security Centrum · claim/);
    assert.match(stdout, /→ revises \[\d+\]/);
  });

  it('explains itself with --help, and refuses unknown options with status 2', () => {
    assert.match(run('--help').stdout, /annotate \[--json\] FILE/);
    const bad = run('annotate', '--frobnicate', 'x.txt');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown option/);
  });

  it('reports a binary file and an unreadable path as errors, annotates the rest, and exits 1', () => {
    const binary = path.join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const missing = path.join(dir, 'missing.txt');
    const folder = dir; // a directory is a path that cannot be read as a file
    const good = path.join(FIXTURES, 'seed-letter.txt');
    const { status, stdout, stderr } = run('annotate', '--json', binary, missing, folder, good);
    assert.equal(status, 1);
    const out = JSON.parse(stdout);
    assert.deepEqual(out.errors.map((e: { file: string }) => e.file).sort(), [binary, missing, folder].sort());
    assert.match(out.errors.find((e: { file: string }) => e.file === binary).message, /binary/);
    assert.equal(out.documents.length, 1);
    assert.equal(out.documents[0].file, good);
    assert.match(stderr, /missing\.txt/);
  });

  it('gives clean results for an empty file, CRLF, NFD accents, emoji and English text', () => {
    const cases: Record<string, string> = {
      'empty.txt': '',
      'crlf.txt': 'date 2020-01-21\r\n\r\nVolgens het NCSC is de coördinatie verbeterd.\r\nDiezelfde dag adviseerde de overheidsdienst om te updaten.\r\n',
      'nfd.txt': 'Het NCSC stelde op 16 januari dat de Coo\u0308rdinator het wist. Één update volgt.',
      'emoji.txt': 'Het NCSC 🚨 meldde vandaag 👍 dat alles 🔒 veilig is. "Top 🎉", aldus de minister.',
      'english.txt': 'The minister said on Monday that the advice was withdrawn. According to the agency, all is well.',
    };
    for (const [name, content] of Object.entries(cases)) writeFileSync(path.join(dir, name), content);
    const files = Object.keys(cases).map((n) => path.join(dir, n));
    const { status, stdout } = run('annotate', '--json', ...files);
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.documents.length, files.length);
    for (const doc of out.documents) {
      const source = cases[path.basename(doc.file)];
      const spans = [...doc.actors.flatMap((a: { mentions: unknown[] }) => a.mentions), ...doc.dates, ...doc.claims] as { start: number; end: number; text: string }[];
      for (const span of spans) assert.equal(source.slice(span.start, span.end), span.text, `${doc.file}: ${span.text}`);
    }
    const crlf = out.documents.find((d: { file: string }) => d.file.endsWith('crlf.txt'));
    assert.equal(crlf.date, '2020-01-21');
    assert.ok(crlf.claims.some((c: { actor: string }) => c.actor === 'ncsc'));
    const empty = out.documents.find((d: { file: string }) => d.file.endsWith('empty.txt'));
    assert.deepEqual([empty.actors, empty.dates, empty.claims], [[], [], []]);
  });
});
