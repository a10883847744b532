/**
 * The mocha runner that VS Code loads in the extension host through
 * `extensionTestsPath` (code-server with the smoke-test driver, or
 * @vscode/test-electron). It runs every `*.test.js` that scripts/build-e2e.mjs
 * bundled from test/e2e/suite/**\/*.test.ts.
 *
 * Output goes through console.log, line by line, because that is what reaches
 * the page console (and the terminal with test-electron). Test files may use
 * either mocha interface: describe/it/before… or suite/test/suiteSetup….
 *
 * Environment (set by the harness through `extensionEnvironment`):
 *   BELEIDSLENS_E2E_TEST_TIMEOUT_MS   per-test timeout (default 20000)
 *   BELEIDSLENS_E2E_SUITE_TIMEOUT_MS  timeout for the whole run (default 300000)
 *   BELEIDSLENS_E2E_GREP              only run tests whose full title matches
 *   BELEIDSLENS_E2E_RESULTS           write a JSON summary to this file
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** The marker the harness looks for in the page console to tell mocha's lines from other output. */
export const LINE_PREFIX = '[beleidslens-e2e] ';

interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

interface Summary {
  passed: number;
  failed: number;
  pending: number;
  files: string[];
  tests: TestRecord[];
  error?: string;
}

// Mocha 12 is an ES module whose default export is the Mocha class; depending on
// how `require` of an ES module is bridged, the import can be the class or the namespace.
const MochaClass: typeof Mocha =
  typeof Mocha === 'function' ? Mocha : (Mocha as unknown as { default: typeof Mocha }).default;

function print(line: string): void {
  for (const part of line.split('\n')) console.log(LINE_PREFIX + part);
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Every *.test.js below `dir`, sorted so that runs are repeatable. */
export function findTestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/** A reporter that prints one console line per event, in the shape of mocha's spec reporter. */
function createReporter(summary: Summary) {
  const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } =
    MochaClass.Runner.constants;
  return class LineReporter extends MochaClass.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let depth = 0;
      const indent = (): string => '  '.repeat(depth);
      const failures: { title: string; err: unknown }[] = [];
      runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
        if (suite.root) return;
        depth += 1;
        print(`${indent()}${suite.title}`);
      });
      runner.on(EVENT_SUITE_END, (suite: Mocha.Suite) => {
        if (!suite.root) depth -= 1;
      });
      runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
        summary.passed += 1;
        summary.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
        print(`${indent()}  ✓ ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: unknown) => {
        summary.failed += 1;
        failures.push({ title: test.fullTitle(), err });
        summary.tests.push({ title: test.fullTitle(), state: 'failed', error: err instanceof Error ? err.message : String(err) });
        print(`${indent()}  ✗ ${test.title}  [failure ${failures.length}]`);
      });
      runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
        summary.pending += 1;
        summary.tests.push({ title: test.fullTitle(), state: 'pending' });
        print(`${indent()}  - ${test.title} (skipped)`);
      });
      runner.once(EVENT_RUN_END, () => {
        failures.forEach(({ title, err }, index) => {
          print('');
          print(`  ${index + 1}) ${title}`);
          print(errorText(err).replace(/^/gm, '     '));
        });
        print('');
        print(`mocha: ${summary.passed} passing, ${summary.failed} failing, ${summary.pending} pending`);
      });
    }
  };
}

function writeSummary(summary: Summary): void {
  const target = process.env.BELEIDSLENS_E2E_RESULTS;
  if (!target) return;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, JSON.stringify(summary, null, 2));
  } catch (err) {
    print(`could not write ${target}: ${errorText(err)}`);
  }
}

export async function run(): Promise<void> {
  const testTimeoutMs = numberFromEnv('BELEIDSLENS_E2E_TEST_TIMEOUT_MS', 20000);
  const suiteTimeoutMs = numberFromEnv('BELEIDSLENS_E2E_SUITE_TIMEOUT_MS', 300000);
  const suiteDir = path.join(__dirname, 'suite');
  const files = findTestFiles(suiteDir);
  const summary: Summary = { passed: 0, failed: 0, pending: 0, files: files.map((f) => path.relative(suiteDir, f)), tests: [] };

  if (files.length === 0) {
    summary.error = `no *.test.js files under ${suiteDir}; run scripts/build-e2e.mjs first`;
    writeSummary(summary);
    print(summary.error);
    throw new Error(summary.error);
  }

  const mocha = new MochaClass({ ui: 'bdd', color: false, timeout: testTimeoutMs, reporter: createReporter(summary) });
  // Offer the TDD globals (suite, test, suiteSetup, setup, …) next to the BDD ones.
  MochaClass.interfaces.tdd(mocha.suite);
  const grep = process.env.BELEIDSLENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of files) mocha.addFile(file);
  print(`running ${files.length} test file(s): ${summary.files.join(', ')}`);

  let timer: NodeJS.Timeout | undefined;
  try {
    const failures = await new Promise<number>((resolve, reject) => {
      let runner: Mocha.Runner | undefined;
      timer = setTimeout(() => {
        runner?.abort();
        reject(new Error(`the e2e suite did not finish within ${suiteTimeoutMs / 1000} s`));
      }, suiteTimeoutMs);
      try {
        runner = mocha.run((count) => resolve(count));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    writeSummary(summary);
    if (failures > 0) throw new Error(`${failures} e2e test(s) failed`);
  } catch (err) {
    summary.error ??= err instanceof Error ? err.message : String(err);
    writeSummary(summary);
    print(`error: ${summary.error}`);
    throw err;
  } finally {
    if (timer) clearTimeout(timer);
  }
}
