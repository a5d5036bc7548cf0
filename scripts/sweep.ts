/**
 * Real-page sweep (`npm run sweep [-- --pages DIR] [--wait MS] [--only a,b]`): the built
 * extension over every saved page in DIR/<name>/source.html (default /work/shared/pages), each
 * page loaded twice, with and without the extension, to find false positives, errors we cause,
 * pages we change, and the main-thread time we cost. Figures are printed, not asserted.
 *
 * Fairness: pages are frozen before either browser sees them. Executable <script> elements are
 * stripped from the served HTML (JSON-LD and other data scripts stay, because article detection
 * reads them) and every request that is not to 127.0.0.1 is aborted, so a page renders the same
 * way run after run and nothing reaches the network. JavaScript itself stays on: turning it off
 * would parse <noscript> as markup, which a reader never sees, and `javaScriptEnabled` cannot be
 * set per page on a persistent context anyway.
 *
 * Our time is read from V8's sampling profiler: the samples whose call stack holds a frame of the
 * extension's content script, which also counts layout that our code forces (innerText,
 * getClientRects). The longest stretch of consecutive such samples stands for our longest task.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { pageDom, startSession, type Session } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const PAGES = option('pages') ?? '/work/shared/pages';
/**
 * Time left to the page after `load`. The content script starts at document_idle, reads the
 * settings, extracts, asks the background and paints; on the largest saved page (about 1 MB)
 * all of that is over in well under a second, so 1.5 s leaves room without dragging the sweep.
 */
const SETTLE_MS = Number(option('wait') ?? 1_500);
const ONLY = option('only')?.split(',');
/** The profiler's sampling period; 100 µs resolves tasks of a few milliseconds. */
const SAMPLE_US = 100;

/** Executable scripts only: a missing or JavaScript MIME type. Data scripts (JSON-LD) stay. */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const EXECUTABLE = /^(?:|text\/javascript|application\/javascript|application\/x-javascript|text\/ecmascript|module)$/i;
function freeze(html: string): string {
  return html
    .replace(SCRIPT, (whole, attrs: string) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
      return EXECUTABLE.test(type) ? '' : whole;
    })
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
}

async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1';
    return local && route.request().resourceType() !== 'script' ? route.continue() : route.abort();
  });
}

interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Our total and longest-stretch time (ms) in a V8 CPU profile. */
export function ourTime(profile: CpuProfile, isOurs: (url: string) => boolean): { totalMs: number; longestMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const oursOf = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const value = !!node && (isOurs(node.callFrame.url) || (p !== undefined && oursOf(p)));
    ours.set(id, value);
    return value;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  // timeDeltas[i + 1] is the time from sample i to sample i + 1: the time sample i stands for.
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? SAMPLE_US;
    if (oursOf(profile.samples[i]!)) {
      total += us;
      run += us;
      longest = Math.max(longest, run);
    } else {
      const name = byId.get(profile.samples[i]!)?.callFrame.functionName;
      // Garbage collection and "(program)" inside one of our tasks still belong to it; idle ends it.
      if (name === '(idle)') run = 0;
    }
  }
  return { totalMs: total / 1000, longestMs: longest / 1000 };
}

interface Visit {
  dom: string;
  errors: string[];
  longTasks: number[];
  claims: string[];
  conflicts: string[];
  totalMs: number;
  longestMs: number;
}

const LONGTASKS = `
  window.__sweepLongTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__sweepLongTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });`;

const READ = `(() => {
  const texts = (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString());
  return { claims: texts('crosscheck-claim'), conflicts: texts('crosscheck-conflict'), longTasks: window.__sweepLongTasks ?? [] };
})()`;

async function visit(session: Session, path: string, withProfile: boolean): Promise<Visit> {
  const page: Page = await session.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(LONGTASKS);
  // Same origin before and after, so the page stays in the renderer that the profiler watches.
  await page.goto(`${session.server.url}/__sweep-blank`);
  const cdp = await session.context.newCDPSession(page);
  if (withProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${session.server.url}${path}`, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  let time = { totalMs: 0, longestMs: 0 };
  if (withProfile) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const prefix = `chrome-extension://${session.extensionId}/`;
    time = ourTime(profile, (url) => url.startsWith(prefix));
  }
  await cdp.detach();
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const read = (await page.evaluate(READ)) as Pick<Visit, 'claims' | 'conflicts' | 'longTasks'>;
  const dom = await pageDom(page);
  await page.close();
  return { dom, errors, ...read, ...time };
}

/**
 * Error messages seen with the extension and never without it. Distinct messages, not counts:
 * how many "Failed to load resource" lines Chromium prints for the same page varies from load to
 * load (44 and 46 on two loads of bbc-1). Failures of the requests we abort are left out: they
 * are the sweep's doing, not the page's or ours.
 */
const BLOCKED = 'console: Failed to load resource: net::ERR_FAILED';
function extra(ours: string[], plain: string[]): string[] {
  const seen = new Set(plain);
  return [...new Set(ours)].filter((m) => m !== BLOCKED && !seen.has(m));
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 80));
  return `at ${i}: with ${show(a)} / without ${show(b)}`;
}

interface Row {
  name: string;
  highlights: number;
  texts: string[];
  errors: string[];
  domChanged: string | null;
  totalMs: number;
  longestMs: number;
  longTasks: number;
  loadError?: string;
}

async function main(): Promise<void> {
  const names = readdirSync(PAGES)
    .filter((d) => existsSync(join(PAGES, d, 'source.html')))
    .filter((d) => !ONLY || ONLY.includes(d))
    .sort();
  const withExt = await startSession();
  const without = await startSession({ withExtension: false });
  for (const s of [withExt, without]) {
    await blockNetwork(s.context);
    s.server.route('/__sweep-blank', '<!doctype html><title>blank</title>');
  }
  const rows: Row[] = [];
  const started = Date.now();
  // The first page a browser shows compiles the content script; later pages reuse V8's code
  // cache, as a reader's browser does after its first page. Warm it so page one is not charged.
  if (names[0]) {
    const path = '/sweep/warm-up';
    withExt.server.route(path, freeze(await readFile(join(PAGES, names[0], 'source.html'), 'utf8')));
    await visit(withExt, path, false);
  }
  for (const name of names) {
    const html = freeze(await readFile(join(PAGES, name, 'source.html'), 'utf8'));
    const path = `/sweep/${name}/source.html`;
    withExt.server.route(path, html);
    without.server.route(path, html);
    try {
      // One after the other, never together: two renderers on two cores would skew our time.
      const plain = await visit(without, path, false);
      const ours = await visit(withExt, path, true);
      const texts = [...ours.claims.map((t) => `claim: ${t}`), ...ours.conflicts.map((t) => `conflict: ${t}`)];
      rows.push({
        name,
        highlights: texts.length,
        texts,
        errors: extra(ours.errors, plain.errors),
        domChanged: ours.dom === plain.dom ? null : firstDifference(ours.dom, plain.dom),
        totalMs: ours.totalMs,
        longestMs: ours.longestMs,
        longTasks: Math.max(0, ours.longTasks.length - plain.longTasks.length),
      });
    } catch (error) {
      rows.push({ name, highlights: 0, texts: [], errors: [], domChanged: null, totalMs: 0, longestMs: 0, longTasks: 0, loadError: String(error).split('\n')[0] });
    }
    const r = rows.at(-1)!;
    console.log(
      `${r.name.padEnd(44)} ${String(r.highlights).padStart(3)} hl  ${String(r.errors.length).padStart(2)} err  ${r.domChanged ? 'DOM!' : 'dom='}  ${r.totalMs.toFixed(1).padStart(7)} ms  longest ${r.longestMs.toFixed(1).padStart(6)} ms${r.loadError ? `  LOAD FAILED ${r.loadError}` : ''}`,
    );
  }
  await withExt.close();
  await without.close();
  report(rows, (Date.now() - started) / 1000);
}

function report(rows: Row[], seconds: number): void {
  const sum = (f: (r: Row) => number) => rows.reduce((t, r) => t + f(r), 0);
  const times = rows.map((r) => r.totalMs).sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  console.log('\nPages with highlights (false positives unless the page reports the same events):');
  for (const r of rows.filter((r) => r.highlights > 0)) {
    console.log(`  ${r.name}`);
    for (const t of r.texts) console.log(`    ${t.replace(/\s+/g, ' ').trim()}`);
  }
  console.log('\nErrors with the extension that the page does not have without it:');
  for (const r of rows.filter((r) => r.errors.length > 0)) console.log(`  ${r.name}: ${r.errors.join(' | ')}`);
  console.log('\nPages whose DOM differs with the extension:');
  for (const r of rows.filter((r) => r.domChanged)) console.log(`  ${r.name}: ${r.domChanged}`);
  for (const r of rows.filter((r) => r.loadError)) console.log(`  load failed: ${r.name}: ${r.loadError}`);
  const longest = [...rows].sort((a, b) => b.longestMs - a.longestMs).slice(0, 5);
  console.log(`\nTotals over ${rows.length} pages (${seconds.toFixed(0)} s):`);
  console.log(`  pages with highlights  ${rows.filter((r) => r.highlights > 0).length} (${sum((r) => r.highlights)} highlights)`);
  console.log(`  pages with new errors  ${rows.filter((r) => r.errors.length > 0).length} (${sum((r) => r.errors.length)} errors)`);
  console.log(`  pages with DOM changes ${rows.filter((r) => r.domChanged).length}`);
  console.log(`  pages that failed      ${rows.filter((r) => r.loadError).length}`);
  console.log(`  content-script time    total ${sum((r) => r.totalMs).toFixed(0)} ms; per page median ${pct(0.5).toFixed(1)} ms, p90 ${pct(0.9).toFixed(1)} ms, max ${pct(1).toFixed(1)} ms`);
  console.log(`  longest stretch        ${longest.map((r) => `${r.name} ${r.longestMs.toFixed(1)} ms`).join(', ')}`);
  console.log(`  stretches over 50 ms   ${rows.filter((r) => r.longestMs > 50).length} pages; extra long tasks ${sum((r) => r.longTasks)}`);
}

await main();
