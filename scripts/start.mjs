// npm start: builds Beleidslens and opens samples/ in VS Code with the extension
// loaded from this repository.
//
// - With a desktop VS Code (`code` on PATH):
//     code --extensionDevelopmentPath=<repo> <repo>/samples
// - Otherwise code-server (installed into .cache/ on first use, as for the
//   e2e tests) on 127.0.0.1; the URL to open is printed and the server runs in
//   the foreground until Ctrl-C, which stops it. Settings and extensions of
//   this workbench are kept in .cache/start/; HOME, XDG_* and TMPDIR point at a
//   temporary folder, so nothing is written into the home folder.
//
// Options: --server (use code-server even when `code` is on PATH),
//          --port N (default: a free port; or BELEIDSLENS_PORT).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  HarnessError,
  WORKBENCH_SETTINGS,
  cacheDir,
  ensureToolchain,
  killAllGroups,
  log,
  makeRunDir,
  repoRoot,
  runVisible,
  startCodeServer,
} from './e2e/lib.mjs';

const argv = process.argv.slice(2);
const portIndex = argv.indexOf('--port');
const port = Number(portIndex >= 0 ? argv[portIndex + 1] : process.env.BELEIDSLENS_PORT) || 0;
const samples = join(repoRoot, 'samples');

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function desktop() {
  log(`opening ${samples} in VS Code with --extensionDevelopmentPath=${repoRoot}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit' });
  const code = await new Promise((resolve) => child.on('close', (exitCode) => resolve(exitCode ?? 1)));
  process.exit(code);
}

async function server() {
  await ensureToolchain();
  const runDir = makeRunDir();
  let stopping = false;
  let instance = null;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping code-server');
    await instance?.stop().catch(() => {});
    await killAllGroups();
    rmSync(runDir.dir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));
  // When whoever started us goes away without a signal (npm killed), do not leave the server behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(0);
  }, 2000).unref();

  const logPath = join(runDir.dir, 'code-server.log');
  instance = await startCodeServer({
    runDir,
    name: 'start',
    port,
    userDataDir: join(cacheDir, 'start', 'user-data'),
    extensionsDir: join(cacheDir, 'start', 'extensions'),
    userSettings: WORKBENCH_SETTINGS,
    keepSettings: true,
    // Without the driver option the built workbench ignores extensionDevelopmentPath in the payload.
    smokeTestDriver: true,
    logPath,
  });
  const url = instance.url(samples, [['extensionDevelopmentPath', instance.remote(repoRoot)]]);
  process.stdout.write(`\nBeleidslens in code-server (VS Code in the browser), serving ${samples}:\n\n  ${url}\n\n`);
  process.stdout.write('The server listens on 127.0.0.1 only; Ctrl-C stops it.\n');
  const how = await instance.exited;
  if (!stopping) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n');
    process.stderr.write(`code-server stopped by itself (${how}):\n${tail}\n`);
    await stop(1);
  }
}

async function main() {
  await runVisible('npm', ['run', '--silent', 'build']);
  if (!argv.includes('--server') && onPath('code')) await desktop();
  else await server();
}

main().catch(async (err) => {
  process.stderr.write(`start: ${err instanceof HarnessError ? err.message : (err?.stack ?? err)}\n`);
  await killAllGroups();
  process.exit(1);
});
