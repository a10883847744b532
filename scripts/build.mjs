// Bundles the extension and the command line with esbuild: CommonJS for Node,
// `vscode` left external (the editor provides it), ESM-only dependencies
// (unified, remark-parse) inlined so that `require` never meets them.
import { build } from 'esbuild';
import { rmSync, mkdirSync, readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // es2022, not node20: esbuild rewrites \p{…} regular expressions for node targets into
  // `new RegExp(…)` calls at every use, which costs a third of the analyser's time.
  target: 'es2022',
  sourcemap: production ? false : 'linked',
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
  // Some ESM dependencies read import.meta.url; give the bundle a CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl', __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js' },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
if (watch) {
  const { context } = await import('esbuild');
  for (const entry of entries) await (await context({ ...common, ...entry })).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
}
