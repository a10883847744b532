// npm run package: a production build (minified bundles, no source maps), then
// `vsce package --no-dependencies` (the bundles contain every dependency).
// The .vsix goes to the repo root as beleidslens-<version>.vsix unless
// --out PATH is given. Prints the file's size (and, unless --quiet, its contents).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

// --quiet (used by the e2e run): show the tools' output only when they fail.
const quiet = process.argv.includes('--quiet');

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`package: ${[command, ...args].join(' ')} failed (${result.signal ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
}

const outIndex = process.argv.indexOf('--out');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const defaultName = `${manifest.name}-${manifest.version}.vsix`;
let out = outIndex > 0 ? process.argv[outIndex + 1] : defaultName;
if (!out) {
  console.error('package: --out needs a path');
  process.exit(2);
}
out = isAbsolute(out) ? out : resolve(root, out);
if (out.endsWith('/') || !out.endsWith('.vsix')) out = join(out, defaultName);
mkdirSync(dirname(out), { recursive: true });

step(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
// The repository URL is not a GitHub/GitLab one, so vsce cannot turn README's
// relative links into absolute ones; keep them relative (they resolve inside
// the installed extension's folder).
step(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out]);

const bytes = statSync(out).size;
console.log(`package: ${relative(root, out) || out} — ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`);
