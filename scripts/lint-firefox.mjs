#!/usr/bin/env node
// Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning that comes
// from our own code. The one warning we accept is Preact's own `dangerouslySetInnerHTML`
// support inside the bundled library (we never use that prop); it is recognised by its source,
// not by its code, so the same warning from our code would still fail.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const result = spawnSync('npx', ['web-ext', 'lint', '-s', dir, '--self-hosted', '--output', 'json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
} catch {
  console.error(result.stdout, result.stderr);
  console.error('web-ext lint did not produce a report');
  process.exit(1);
}

const isPreactInnerHtml = (w) => {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file) return false;
  const source = readFileSync(join(dir, w.file), 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
  const around = source.slice(Math.max(0, (w.column ?? 0) - 300), (w.column ?? 0) + 100);
  return around.includes('dangerouslySetInnerHTML') && around.includes('__html');
};

const ours = report.warnings.filter((w) => !isPreactInnerHtml(w));
for (const m of [...report.errors, ...ours]) console.log(`${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings from our code, ` +
    `${report.warnings.length - ours.length} accepted from bundled Preact`,
);
process.exit(report.errors.length || ours.length ? 1 : 0);
