#!/usr/bin/env node
// `npm test`: typecheck, the production builds (Chrome and Firefox; a unit test compares the
// shipped corpus with the builder's), unit tests, web-ext lint of the Firefox build, then
// end-to-end tests in real Chromium and in real Firefox. Every step runs even if an earlier
// one failed (so one run shows everything), and the last line is the plain summary
// "N passed, N failed" counting every test and every non-test step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.output', 'test-reports');
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function vitest(project) {
  mkdirSync(reports, { recursive: true });
  const file = join(reports, `${project}.json`);
  rmSync(file, { force: true });
  const ok = run(`${project} tests`, 'npx', [
    'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    failed++;
    failures.push(`${project} tests (no report: the runner itself failed)`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no tests in it but must still count as a failure.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  failed += brokenFiles.length;
  if (!ok) failures.push(`${project} tests`);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('build (Chrome, MV3)', 'npx', ['wxt', 'build']);
step('build (Firefox, MV2)', 'npx', ['wxt', 'build', '-b', 'firefox']);
vitest('unit');
step('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv2']);
vitest('e2e');
vitest('firefox');

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
