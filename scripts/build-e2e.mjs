// Bundles the end-to-end test code with esbuild: CommonJS for the extension
// host, `vscode` external (the editor provides it) and `mocha` external so that
// the runner and the test files share one mocha instance from node_modules.
//
//   test/e2e/index.ts                 -> out/test/e2e/index.js  (extensionTestsPath)
//   test/e2e/suite/**/*.test.ts       -> out/test/e2e/suite/**/*.test.js
//   test/e2e/runTestElectron.ts       -> out/test/e2e/runTestElectron.js
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'test', 'e2e');
const suiteDir = join(root, 'test', 'e2e', 'suite');

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
  logLevel: 'warning',
  absWorkingDir: root,
  // Code shared with the extension may read import.meta.url; give it a CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const suites = testFiles(suiteDir);
if (suites.length === 0) {
  console.error(`build-e2e: no *.test.ts files under ${relative(root, suiteDir)}`);
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
const entries = [
  { entryPoints: [join(root, 'test/e2e/index.ts')], outfile: join(outDir, 'index.js') },
  { entryPoints: [join(root, 'test/e2e/runTestElectron.ts')], outfile: join(outDir, 'runTestElectron.js') },
  ...suites.map((file) => ({
    entryPoints: [file],
    outfile: join(outDir, 'suite', relative(suiteDir, file).replace(/\.ts$/, '.js')),
  })),
];
await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
console.log(`build-e2e: ${suites.length} test file(s) bundled into ${relative(root, outDir)}`);
