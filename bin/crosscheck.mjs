#!/usr/bin/env node
// The `crosscheck` command: runs the TypeScript sources directly through tsx, so the command line
// uses exactly the code the extension ships. Paths resolve from this file, not the cwd.
import { register } from 'tsx/esm/api';

register();
const { run } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await run(process.argv.slice(2));
