// npm run test:e2e — Beleidslens in a real VS Code (code-server = VS Code 1.139
// with its Node extension host), driven by Debian's Chromium through
// playwright-core. See /work/shared/e2e/README.md for why it is done this way.
//
//   1. installs Node 24 and code-server into .cache/ on first use (a stamp
//      file makes later runs skip it);
//   2. packages the .vsix (production build), then builds the extension for
//      development and bundles the e2e tests (scripts/build-e2e.mjs);
//   3. suite: a fresh code-server, a page whose payload loads the extension
//      from the repo and runs out/test/e2e/index.js (mocha) in the extension
//      host; mocha's lines come back through the page console;
//   4. ui: a second page on the same server, driven like a person would
//      (hover, Outline, command palette, the Beleidslens view), with
//      screenshots in test-results/;
//   5. vsix: the packaged .vsix installed into a separate extensions folder and
//      checked in a second, fresh code-server without extensionDevelopmentPath.
//
// Ends with a line "N passed, N failed" and exits 0 only when nothing failed;
// 124 when the overall timeout (BELEIDSLENS_E2E_TIMEOUT seconds) is reached.
// Only the process groups started here are killed, on every way out.
//
// Options: --no-suite, --no-ui, --no-vsix, --keep (keep the temporary folder), --grep TEXT
// (only mocha tests whose title matches).

import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  HarnessError,
  RUNTIME_PACKAGES,
  WORKBENCH_SETTINGS,
  acquireRunLock,
  codeServerCli,
  ensureToolchain,
  fixturesDir,
  killAllGroups,
  launchChromium,
  log,
  makeRunDir,
  readManifest,
  repoRoot,
  requireDebianPackages,
  resultsDir,
  runVisible,
  startCodeServer,
  toolchainReady,
} from './lib.mjs';
import { checkInstalledExtension, uiChecks } from './checks.mjs';
import { screenshot, sleep, waitForWorkbench } from './ui.mjs';

/** Must match LINE_PREFIX in test/e2e/index.ts. */
const LINE_PREFIX = '[beleidslens-e2e] ';
const VIEWPORT = { width: 1440, height: 900 };
const CHECK_TIMEOUT_MS = 60000;

const argv = process.argv.slice(2);
const option = (name) => argv.includes(name);
const grepIndex = argv.indexOf('--grep');
const grep = grepIndex >= 0 ? argv[grepIndex + 1] : process.env.BELEIDSLENS_E2E_GREP;


const started = Date.now();
const results = [];
const servers = [];
let browser = null;
let runDir = null;
let finishing = false;
let timer = null;

function record(name, ok, message = '', took = '', { quiet = false } = {}) {
  results.push({ name, ok, message });
  if (quiet) return;
  const suffix = took ? ` (${took})` : '';
  process.stdout.write(ok ? `  ✓ ${name}${suffix}\n` : `  ✗ ${name}${suffix}\n${message.replace(/^/gm, '      ')}\n`);
}

function seconds(since = started) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function withTimeout(promise, ms, what) {
  let handle;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      handle = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(handle));
}

async function cleanup() {
  if (browser) {
    await withTimeout(browser.close(), 10000, 'closing the browser').catch(() => {});
    browser = null;
  }
  for (const server of servers.splice(0)) await server.stop().catch(() => {});
  await killAllGroups();
  if (runDir && !option('--keep')) rmSync(runDir.dir, { recursive: true, force: true });
  else if (runDir) log(`kept ${runDir.dir}`);
}

async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  if (timer) clearTimeout(timer);
  if (reason) log(reason);
  await withTimeout(cleanup(), 20000, 'cleanup').catch((err) => log(err.message));
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (failed > 0) {
    process.stdout.write('\n[e2e] failed:\n');
    for (const r of results.filter((x) => !x.ok)) process.stdout.write(`  ✗ ${r.name}\n${r.message.replace(/^/gm, '      ')}\n`);
  }
  log(`finished in ${seconds()}; screenshots and logs in ${relative(repoRoot, resultsDir)}/`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

/** Follows the page console into a log file and prints the runner's lines. */
function followConsole(page, name) {
  const file = createWriteStream(join(resultsDir, `console-${name}.log`));
  page.on('console', (message) => {
    const text = message.text();
    file.write(`[${message.type()}] ${text}\n`);
    const at = text.indexOf(LINE_PREFIX);
    if (at >= 0) process.stdout.write(`  │ ${text.slice(at + LINE_PREFIX.length)}\n`);
  });
  page.on('pageerror', (error) => file.write(`[pageerror] ${error.message}\n`));
  page.on('requestfailed', (request) => file.write(`[requestfailed] ${request.url()} ${request.failure()?.errorText ?? ''}\n`));
  page.on('close', () => file.end());
}

/** A copy of the fixtures for one phase, so that tests may edit files freely. */
function workspaceCopy(phase) {
  const dir = join(runDir.dir, phase, 'fixtures');
  cpSync(fixturesDir, dir, { recursive: true });
  return dir;
}

async function runSuite(server) {
  const since = Date.now();
  log('suite: mocha in the extension host (out/test/e2e/index.js)');
  const resultsFile = join(runDir.dir, 'mocha-results.json');
  const environment = {
    BELEIDSLENS_E2E_RESULTS: resultsFile,
    BELEIDSLENS_E2E_TEST_TIMEOUT_MS: process.env.BELEIDSLENS_E2E_TEST_TIMEOUT_MS ?? '20000',
    BELEIDSLENS_E2E_SUITE_TIMEOUT_MS: process.env.BELEIDSLENS_E2E_SUITE_TIMEOUT_MS ?? '240000',
    ...(grep ? { BELEIDSLENS_E2E_GREP: grep } : {}),
  };
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    followConsole(page, 'suite');
    let exited;
    const exit = new Promise((resolve) => {
      exited = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code) => exited(Number(code)));
    await page.goto(
      server.url(workspaceCopy('suite'), [
        ['extensionDevelopmentPath', server.remote(repoRoot)],
        ['extensionTestsPath', server.remote(join(repoRoot, 'out', 'test', 'e2e', 'index.js'))],
        ['extensionEnvironment', JSON.stringify(environment)],
      ]),
    );
    const waitMs = Number(environment.BELEIDSLENS_E2E_SUITE_TIMEOUT_MS) + 90000;
    const code = await Promise.race([exit, sleep(waitMs).then(() => 'timeout')]);
    if (code === 'timeout') await screenshot(page, 'suite-timeout.png');
    let summary = null;
    if (existsSync(resultsFile)) summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
    for (const test of summary?.tests ?? []) {
      if (test.state === 'pending') continue;
      // mocha's own lines above already showed each of these.
      record(`suite: ${test.title}`, test.state === 'passed', test.error ?? '', '', { quiet: true });
    }
    const failedInSummary = (summary?.tests ?? []).some((test) => test.state === 'failed');
    if (code === 'timeout') {
      record('suite: the mocha run ends', false, `no result from the extension host within ${waitMs / 1000} s; see test-results/console-suite.log`);
    } else if (!summary) {
      record('suite: the mocha run reports its results', false, `exit code ${code} without a results file; see test-results/console-suite.log and code-server-dev.log`);
    } else if ((summary.tests ?? []).length === 0 || (code !== 0 && !failedInSummary)) {
      record('suite: the mocha run', false, summary.error ?? `exit code ${code}`);
    }
    log(`suite: done in ${seconds(since)}`);
  } finally {
    await context.close().catch(() => {});
  }
}

async function runUiChecks(server) {
  const since = Date.now();
  log('ui: the workbench driven with keyboard and mouse');
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    followConsole(page, 'ui');
    await page.goto(server.url(workspaceCopy('ui'), [['extensionDevelopmentPath', server.remote(repoRoot)]]));
    try {
      await waitForWorkbench(page);
    } catch (err) {
      await screenshot(page, 'workbench.png');
      for (const check of uiChecks) record(check.name, false, `the workbench did not come up: ${err.message}`);
      return;
    }
    log(`ui: workbench up in ${seconds(since)}`);
    for (const check of uiChecks) {
      const checkStarted = Date.now();
      try {
        await withTimeout(check.run(page), CHECK_TIMEOUT_MS, check.name);
        record(`${check.name}`, true, '', seconds(checkStarted));
      } catch (err) {
        // Show what was on screen when it failed, under the name the check would have used.
        await screenshot(page, check.screenshot);
        record(check.name, false, `${err.message}\n(screenshot: test-results/${check.screenshot})`, seconds(checkStarted));
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
    log(`ui: done in ${seconds(since)}`);
  } finally {
    await context.close().catch(() => {});
  }
}

async function runVsixCheck(vsixPath) {
  const since = Date.now();
  const name = 'vsix: the packaged extension installs and activates on a .beleid file';
  log(`vsix: ${relative(repoRoot, vsixPath)} installed with code-server --install-extension`);
  const manifest = readManifest();
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const extensionsDir = join(runDir.dir, 'extensions-vsix');
  const cliArgs = ['--user-data-dir', join(runDir.dir, 'vsix-cli-user-data'), '--extensions-dir', extensionsDir];
  const logPath = join(resultsDir, 'code-server-vsix.log');
  let context = null;
  try {
    await codeServerCli([...cliArgs, '--install-extension', vsixPath], { runDir, logPath });
    const listed = await codeServerCli([...cliArgs, '--list-extensions', '--show-versions'], { runDir, logPath });
    if (!listed.toLowerCase().includes(`${id}@${manifest.version}`)) {
      throw new HarnessError(`code-server --list-extensions does not show ${id}@${manifest.version}:\n${listed.trim()}`);
    }
    const server = await startCodeServer({ runDir, name: 'vsix', extensionsDir, userSettings: WORKBENCH_SETTINGS, logPath });
    servers.push(server);
    context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    followConsole(page, 'vsix');
    await page.goto(server.url(workspaceCopy('vsix')));
    await withTimeout(checkInstalledExtension(page, { fileName: '2021-03-04-kookadvies.beleid' }), 90000, name);
    record(name, true);
  } catch (err) {
    record(name, false, err.message);
  } finally {
    await context?.close().catch(() => {});
    log(`vsix: done in ${seconds(since)}`);
  }
}

async function main() {
  const firstUse = !toolchainReady();
  const timeoutS = Number(process.env.BELEIDSLENS_E2E_TIMEOUT) || (firstUse ? 1800 : 600);
  timer = setTimeout(() => {
    record(`the e2e run finishes within ${timeoutS} s`, false, 'overall timeout; raise it with BELEIDSLENS_E2E_TIMEOUT=SECONDS');
    void finish(124, `timed out after ${timeoutS} s`);
  }, timeoutS * 1000);

  requireDebianPackages(RUNTIME_PACKAGES, 'to drive the workbench');
  await acquireRunLock();
  mkdirSync(resultsDir, { recursive: true });
  if (await ensureToolchain()) log(`toolchain installed in ${seconds()}`);

  let since = Date.now();
  const manifest = readManifest();
  const vsixPath = join(repoRoot, 'out', 'e2e', `${manifest.name}-${manifest.version}.vsix`);
  if (!option('--no-vsix')) {
    rmSync(vsixPath, { force: true });
    await runVisible(process.execPath, [join(repoRoot, 'scripts', 'e2e', 'package.mjs'), '--quiet', '--out', vsixPath]);
  }
  await runVisible('npm', ['run', '--silent', 'build']);
  await runVisible(process.execPath, [join(repoRoot, 'scripts', 'build-e2e.mjs')]);
  log(`built in ${seconds(since)}`);

  runDir = makeRunDir();
  browser = await launchChromium(runDir);
  since = Date.now();
  const dev = await startCodeServer({
    runDir,
    name: 'dev',
    extensionsDir: join(runDir.dir, 'extensions-dev'),
    userSettings: WORKBENCH_SETTINGS,
    logPath: join(resultsDir, 'code-server-dev.log'),
  });
  servers.push(dev);
  log(`code-server ${dev.base} (process group ${dev.pid}) up in ${seconds(since)}`);
  if (!option('--no-suite')) await runSuite(dev);
  if (!option('--no-ui')) await runUiChecks(dev);
  await dev.stop();
  servers.splice(servers.indexOf(dev), 1);
  if (!option('--no-vsix')) await runVsixCheck(vsixPath);
  await finish();
}

function stopOnSignal(signal, code) {
  process.on(signal, () => {
    if (!finishing) record('the e2e run is not interrupted', false, `stopped by ${signal}`);
    void finish(code, `stopped by ${signal}`);
  });
}
stopOnSignal('SIGINT', 130);
stopOnSignal('SIGTERM', 143);
stopOnSignal('SIGHUP', 129);
process.on('unhandledRejection', (err) => {
  record('the e2e harness runs', false, String(err?.stack ?? err));
  void finish(1);
});

main().catch((err) => {
  record('the e2e harness runs', false, err instanceof HarnessError ? err.message : String(err?.stack ?? err));
  void finish(1);
});

