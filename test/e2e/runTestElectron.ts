/**
 * The standard @vscode/test-electron entry, for machines that can download a
 * VS Code build: it runs the same mocha suite (out/test/e2e/index.js) in a
 * desktop VS Code with test/e2e/fixtures as the workspace.
 *
 *   npm run test:electron
 *
 * (Bundled by scripts/build-e2e.mjs to out/test/e2e/runTestElectron.js, so
 * __dirname is out/test/e2e.) Where no download is possible, npm run test:e2e
 * runs the same suite in code-server instead.
 */
import * as path from 'node:path';
import * as os from 'node:os';
import * as fs from 'node:fs';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'e2e', 'index.js');
  const workspace = path.join(repoRoot, 'test', 'e2e', 'fixtures');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'beleidslens-electron-'));
  try {
    await runTests({
      version: process.env.BELEIDSLENS_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
      extensionTestsEnv: {
        BELEIDSLENS_E2E_TEST_TIMEOUT_MS: process.env.BELEIDSLENS_E2E_TEST_TIMEOUT_MS ?? '20000',
        BELEIDSLENS_E2E_SUITE_TIMEOUT_MS: process.env.BELEIDSLENS_E2E_SUITE_TIMEOUT_MS ?? '300000',
        ...(process.env.BELEIDSLENS_E2E_GREP ? { BELEIDSLENS_E2E_GREP: process.env.BELEIDSLENS_E2E_GREP } : {}),
      },
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error('(Where VS Code cannot be downloaded, `npm run test:e2e` runs the same suite in code-server.)');
  process.exit(1);
});
