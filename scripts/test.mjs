// `npm test`: every check the project has, in one run, with one summary at the end.
// Steps run in order; a failing step does not hide the others' results, but fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const reportDir = '.tmp/test-reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const chromium = ensureChromium();
console.log(`Chromium for the browser tests: ${chromium.path} (${chromium.source})`);
const env = { ...process.env, CHROMIUM_PATH: chromium.path };

/** @type {{ name: string, command: string, args: string[], env?: Record<string, string>, report?: string }[]} */
const steps = [
  { name: 'typecheck shared/', command: 'npx', args: ['tsc', '-p', 'shared/tsconfig.json'] },
  { name: 'typecheck electron/', command: 'npx', args: ['tsc', '-p', 'electron/tsconfig.json'] },
  { name: 'typecheck renderer/', command: 'npx', args: ['tsc', '-p', 'renderer/tsconfig.json'] },
  { name: 'typecheck tests, scripts, bench', command: 'npx', args: ['tsc', '-p', 'tsconfig.json'] },
  { name: 'lint', command: 'npx', args: ['eslint', '.'] },
  { name: 'unit tests (vitest)', command: 'npx', args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/vitest.json`], env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ./scripts/node20-polyfills.cjs`.trim() } },
  { name: 'build renderer', command: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  { name: 'build electron shell', command: 'node', args: ['scripts/build-electron.mjs'] },
  { name: 'browser tests (playwright, browser mode)', command: 'npx', args: ['playwright', 'test', '-c', 'playwright.config.ts'], report: 'playwright-e2e.json' },
  { name: 'electron tests (playwright _electron)', command: 'npx', args: ['playwright', 'test', '-c', 'playwright.electron.config.ts'], report: 'playwright-electron.json' },
  { name: 'electronegativity gate', command: 'node', args: ['scripts/check-electronegativity.mjs'] },
  { name: 'electron-builder config', command: 'node', args: ['scripts/check-builder-config.mjs'] },
];

const results = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const stepEnv = { ...env, ...step.env };
  if (step.report) stepEnv.PLAYWRIGHT_JSON_OUTPUT_NAME = `${reportDir}/${step.report}`;
  const outcome = spawnSync(step.command, step.args, { stdio: 'inherit', env: stepEnv });
  const ok = outcome.status === 0;
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000 });
  console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const vitestReport = `${reportDir}/vitest.json`;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
for (const name of ['playwright-e2e.json', 'playwright-electron.json']) {
  const path = `${reportDir}/${name}`;
  if (!existsSync(path)) continue;
  const stats = JSON.parse(readFileSync(path, 'utf8')).stats ?? {};
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
}
const failedSteps = results.filter((result) => !result.ok);
const failedTests = [...failedVitestTests(vitestReport), ...['playwright-e2e.json', 'playwright-electron.json'].flatMap((name) => failedPlaywrightTests(`${reportDir}/${name}`))];

console.log('\nSummary of npm test');
for (const result of results) console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds.toFixed(1)} s)`);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.map((step) => step.name).join(', ')}`);
const failed = counts.failed + (failedSteps.length > 0 && counts.failed === 0 ? failedSteps.length : 0);
// CI shows only the tail of the run, so the failed tests are named here, after the summary, with their first error line.
for (const test of failedTests.slice(0, 20)) console.log(`  failed: ${test.title}\n          ${test.error}`);
console.log(`tests: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);

/** Failed vitest tests as { title, error } from its JSON report. */
function failedVitestTests(path) {
  if (!existsSync(path)) return [];
  const report = JSON.parse(readFileSync(path, 'utf8'));
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => ({ title: `${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}`, error: firstLine(test.failureMessages?.[0]) })),
  );
}

/** Failed (unexpected) playwright tests as { title, error } from its JSON report, walking nested suites. */
function failedPlaywrightTests(path) {
  if (!existsSync(path)) return [];
  const failed = [];
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.find((result) => result.error)?.error?.message;
        failed.push({ title: [...trail, spec.title].join(' › ') + ` (${spec.file}:${spec.line})`, error: firstLine(error) });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title].filter(Boolean));
  };
  for (const suite of JSON.parse(readFileSync(path, 'utf8')).suites ?? []) walk(suite, []);
  return failed;
}

/** The first non-empty line of an error message, without terminal colours, at most 200 characters. */
function firstLine(message) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
  const plain = String(message ?? 'no message').replace(/\u001b\[[0-9;]*m/g, '');
  return (plain.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}
