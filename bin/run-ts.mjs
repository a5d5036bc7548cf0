#!/usr/bin/env node
// Runs one TypeScript script (e.g. scripts/bench.ts) through tsx, like bin/crosscheck.mjs does.
// The script path is taken relative to the current directory; its arguments follow it.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: run-ts <script.ts> [args...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
register();
await import(pathToFileURL(resolve(script)).href);
