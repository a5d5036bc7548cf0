import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
let files = 0;
// A path of its own per call: the tests run concurrently, and rewriting one shared path let a
// command read it while another test had just truncated it.
const file = (name: string, contents: string) => {
  const p = join(dir, `${files++}-${name}`);
  writeFileSync(p, contents);
  return p;
};

function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { timeout: 15_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

const AIRPORT = 'Assad flew out of Syria through Damascus International Airport before the security forces abandoned it.';
const DISPLACED = 'The United Nations says more than 500,000 people have been displaced by the violence.';
const UNRELATED = 'Residents described widespread panic as floodwaters rose through the old town overnight.';
const TEXT_PAGE = `${AIRPORT} ${UNRELATED} ${DISPLACED}`;
const HTML_PAGE = `<!doctype html><html><head><title>Syria</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Assad gone, rebels say</h1>
<p>${AIRPORT} ${UNRELATED}</p>
<p>${DISPLACED} The football season resumes next week after a short winter break for all the clubs.</p>
</article><footer>© News Site</footer></body></html>`;

interface MatchJson {
  sentences: number;
  matches: Array<{
    text: string;
    claimId: string;
    score: number;
    claim: string;
    status: unknown;
    sources: Array<{ article: string; quote: string }>;
    conflicts: Array<{ page: string; sources: Array<{ value: string; articles: string[] }>; description: string }>;
  }>;
}

describe('crosscheck match', () => {
  it.concurrent.each([
    ['a text file', () => [file('page.txt', TEXT_PAGE)], undefined],
    ['an HTML file', () => [file('page.html', HTML_PAGE)], undefined],
    ['standard input', () => ['-'], TEXT_PAGE],
    ['HTML on standard input', () => ['-'], HTML_PAGE],
  ])('finds the airport and displacement claims in %s, not the flood', async (_label, args, stdin) => {
    const r = await cli(['match', ...args(), '--json'], stdin);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as MatchJson;
    expect(out.sentences).toBeGreaterThanOrEqual(3);
    expect(out.matches.map((m) => m.text)).toEqual([AIRPORT, DISPLACED]);
    for (const m of out.matches) {
      expect(Object.keys(m).sort()).toEqual(['claim', 'claimId', 'conflicts', 'score', 'sources', 'status', 'text']);
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.sources.length).toBeGreaterThan(0);
    }
    expect(out.matches[0]!.sources.some((s) => s.quote.includes('Damascus International Airport'))).toBe(true);
    expect(out.matches[0]!.conflicts).toEqual([]);
    expect(out.matches[1]!.conflicts).toEqual([
      expect.objectContaining({ page: '500,000 people', description: 'This page says 500,000 people; the sources say 370,000 people' }),
    ]);
  });

  it.concurrent.each([
    ['the default', [], 2],
    ['--threshold 1', ['--threshold', '1'], 0],
    ['--threshold=0.99', ['--threshold=0.99'], 0],
    ['--strictness strict', ['--strictness', 'strict'], 2],
    ['--threshold 0.2, which lets the borrowed phrase through', ['--threshold', '0.2'], 3],
  ])('with %s (%j) reports %i matches', async (_label, flags, count) => {
    const r = await cli(['match', file('page.txt', TEXT_PAGE), '--json', ...flags]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as MatchJson).matches).toHaveLength(count);
  });

  it('prints matched sentences, claim, status, sources and conflicts for a reader', async () => {
    const r = await cli(['match', file('page.txt', TEXT_PAGE)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 sentences examined, 2 matched/);
    expect(r.stdout).toContain(`"${AIRPORT}"`);
    expect(r.stdout).toMatch(/Status: Reported by \d of 5 articles/);
    expect(r.stdout).toContain('Conflict: This page says 500,000 people; the sources say 370,000 people');
    expect(r.stdout).not.toContain('floodwaters');
  });
});

describe('crosscheck claims', () => {
  it('--json lists the five articles and every claim with sources and disagreements', async () => {
    const r = await cli(['claims', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      articles: Array<{ id: string; file: string; headline: unknown; date: unknown; credit: unknown }>;
      claims: Array<{ id: string; text: string; status: { kind: string }; sources: Array<{ article: string; quote: string }>; attributions: unknown[]; disagreements: Array<{ kind: string; description: string; values: unknown[] }> }>;
    };
    expect(out.articles.map((a) => a.file)).toEqual([
      '000_ceadd948d8e192d7.txt', '001_d5e02479a46ce486.txt', '002_c621c41e9a9de755.txt', '003_033d02c8ad6eacbb.txt', '004_69f2a2080512a557.txt',
    ]);
    expect(out.claims.length).toBeGreaterThan(20);
    for (const c of out.claims) {
      expect(Object.keys(c).sort()).toEqual(['attributions', 'disagreements', 'id', 'sources', 'status', 'text']);
      expect(c.sources.length).toBeGreaterThan(0);
    }
    expect(out.claims.some((c) => c.disagreements.some((d) => d.kind === 'quantity'))).toBe(true);
  });

  it('prints claims with status, sources and disagreements for a reader', async () => {
    const r = await cli(['claims']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ claims from 5 articles\./);
    expect(r.stdout).toContain('Disagreement:');
    expect(r.stdout).toContain('Sednaya');
  });
});

describe('crosscheck search', () => {
  it.concurrent.each([
    ['Assad flew out of Damascus airport', 'Damascus International Airport'],
    ['Saydnaya prison', 'Sednaya'],
    ['soldiers fled to Iraq', 'Iraq'],
  ])('"%s" finds a claim about %s first', async (query, expected) => {
    const r = await cli(['search', query, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: Array<{ text: string; sources: Array<{ quote: string }> }> };
    const first = out.results[0]!;
    expect([first.text, ...first.sources.map((s) => s.quote)].join(' ')).toContain(expected);
  });

  it('says so when nothing matches', async () => {
    const r = await cli(['search', 'xylophone', 'quintessence']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No claims found');
  });
});
