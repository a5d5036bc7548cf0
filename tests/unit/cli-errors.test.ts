import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
const file = (name: string, contents: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, contents);
  return p;
};

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 15_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('crosscheck reports user errors as one line and a non-zero exit code', () => {
  it.concurrent.each([
    ['no command', [], 2, /no command given/],
    ['an unknown command', ['frobnicate'], 2, /unknown command 'frobnicate'/],
    ['an unknown flag', ['match', 'page.txt', '--fast'], 2, /unknown option '--fast' for 'match'/],
    ['an unknown top-level flag', ['--verbose'], 2, /unknown option '--verbose'/],
    ['a threshold that is not a number', ['match', 'page.txt', '--threshold', 'high'], 2, /threshold must be a number from 0 to 1, got 'high'/],
    ['a threshold above 1', ['match', 'page.txt', '--threshold', '1.5'], 2, /threshold must be a number from 0 to 1/],
    ['a negative threshold', ['match', 'page.txt', '--threshold', '-0.2'], 2, /threshold must be a number from 0 to 1/],
    ['a threshold with no value', ['match', 'page.txt', '--threshold'], 2, /option '--threshold' needs a value/],
    ['match without a file', ['match'], 2, /match needs a file/],
    ['search without a query', ['search'], 2, /search needs a query/],
    ['a file that does not exist', ['match', join(dir, 'missing.html')], 1, /no such file/],
    ['a directory', ['match', dir], 1, /it is a directory/],
    ['a binary file', ['match', file('photo.png', png)], 1, /looks binary/],
    ['an empty file', ['match', file('empty.txt', '')], 1, /is empty/],
    ['a file of blank lines', ['match', file('blank.txt', '\n \n\t\n')], 1, /is empty/],
  ])('%s', async (_label, args, code, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.concurrent.each([[['--help']], [['-h']], [['match', '--help']]])('%j prints the usage and exits 0', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('crosscheck match <file.html|file.txt|->');
    expect(r.stderr).toBe('');
  });
});
