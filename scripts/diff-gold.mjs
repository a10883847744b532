// Development aid: shows where the CLI's export differs from the gold files
// (claims missed or extra, wrong sources, links missed or extra).
// Usage: node scripts/diff-gold.mjs [GOLD_DIR] [--actors]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const goldDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/corpus';
const showActors = process.argv.includes('--actors');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.gold.json')) files.push(full);
  }
};
walk(goldDir);
files.sort();
const texts = files.map((g) => ['.txt', '.md'].map((e) => g.replace(/\.gold\.json$/, e)).find((f) => { try { return statSync(f).isFile(); } catch { return false; } }));
const pred = JSON.parse(execFileSync('node', ['dist/cli.js', 'annotate', '--json', ...texts], { maxBuffer: 1 << 28 }).toString());
const keyOf = new Map();
const occurrences = (source, needle) => {
  const m = /^(.*)@(\d+)$/s.exec(needle);
  const text = m ? m[1] : needle;
  const all = [];
  for (let at = source.indexOf(text); at !== -1; at = source.indexOf(text, at + 1)) all.push({ start: at, end: at + text.length });
  return m ? [all[+m[2] - 1]].filter(Boolean) : all;
};
files.forEach((goldPath, i) => {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const source = readFileSync(texts[i], 'utf8');
  const doc = pred.documents.find((d) => d.file === texts[i]);
  console.log(`\n=== ${texts[i]} (date ${doc.date})`);
  const actorName = new Map(doc.actors.map((a) => [a.id, a.name]));
  if (showActors) {
    for (const a of doc.actors) console.log(`  actor ${a.id} [${a.kind}] ${a.name}: ${a.mentions.map((m) => m.text).join(' | ')}`);
    for (const ga of gold.actors) {
      for (const mention of ga.mentions) {
        for (const span of occurrences(source, mention)) {
          const hit = doc.actors.find((a) => a.mentions.some((m) => m.start < span.end && span.start < m.end));
          if (!hit) console.log(`  MISSED mention ${ga.name}: "${mention}"`);
        }
      }
    }
  }
  const used = new Set();
  for (const gc of gold.claims) {
    const span = occurrences(source, gc.quote)[0];
    const match = doc.claims.find((c) => Math.min(c.end, span.end) - Math.max(c.start, span.start) >= Math.min(c.end - c.start, span.end - span.start) / 2);
    if (!match) {
      console.log(`  MISSED ${gc.key} (${gc.actor}, ${gc.kind}${gc.change ? '/' + gc.change : ''}): ${gc.quote.slice(0, 90)}`);
      continue;
    }
    used.add(match.id);
    keyOf.set(`${doc.file}#${match.id}`, gc.key);
    const problems = [];
    const predActor = actorName.get(match.actor) ?? match.actor;
    problems.push(`src ${predActor} vs ${gc.actor}`);
    if ((gc.date ?? null) !== (match.date ?? null)) problems.push(`date ${match.date} vs ${gc.date}`);
    if (gc.kind !== match.kind) problems.push(`kind ${match.kind} vs ${gc.kind}`);
    if (gc.change && gc.change !== match.change) problems.push(`change ${match.change} vs ${gc.change}`);
    console.log(`  ${match.id.padEnd(4)} ${gc.key}: ${problems.join('; ')}`);
  }
  for (const c of doc.claims) if (!used.has(c.id)) console.log(`  EXTRA ${c.id} (${actorName.get(c.actor) ?? c.actor}, ${c.kind}${c.change ? '/' + c.change : ''}): ${c.text.slice(0, 90)}`);
});
const goldLinks = new Map();
for (const g of files) for (const l of JSON.parse(readFileSync(g, 'utf8')).links ?? []) goldLinks.set(`${l.from} → ${l.to}`, l.relation);
console.log('\n=== links');
const found = new Set();
for (const l of pred.links) {
  const pair = `${keyOf.get(l.from) ?? l.from} → ${keyOf.get(l.to) ?? l.to}`;
  const gold = goldLinks.get(pair);
  if (gold) found.add(pair);
  console.log(`  ${gold ? (gold === l.relation ? 'OK ' : 'REL') : 'XX '} ${pair} (${l.relation}${gold && gold !== l.relation ? ' vs ' + gold : ''}) ${l.reason}`);
}
for (const [pair, relation] of goldLinks) if (!found.has(pair)) console.log(`  MISSED ${pair} (${relation})`);
