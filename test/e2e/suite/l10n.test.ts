/** The UI speaks English and Dutch: every string has its Dutch translation. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('localisation', () => {
  const root = () => vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;

  it('translates every %key% of package.json in package.nls.json and package.nls.nl.json', () => {
    const manifest = fs.readFileSync(path.join(root(), 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(keys.size > 20, 'the manifest uses nls keys');
    for (const file of ['package.nls.json', 'package.nls.nl.json']) {
      const strings = readJson(path.join(root(), file));
      const missing = [...keys].filter((key) => typeof strings[key] !== 'string');
      assert.deepEqual(missing, [], `keys missing from ${file}`);
    }
  });

  it('translates every vscode.l10n.t string of the extension in l10n/bundle.l10n.nl.json', () => {
    const source = path.join(root(), 'src', 'vscode');
    const used = new Set<string>();
    for (const file of fs.readdirSync(source).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(source, file), 'utf8');
      for (const match of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(match[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 30, 'the extension localises its strings');
    const bundle = readJson(path.join(root(), 'l10n', 'bundle.l10n.nl.json'));
    assert.deepEqual([...used].filter((key) => typeof bundle[key] !== 'string'), [], 'strings without a Dutch translation');
    for (const [key, value] of Object.entries(bundle)) {
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
      assert.equal(placeholders(String(value)), placeholders(key), `placeholders of "${key}"`);
    }
  });
});
