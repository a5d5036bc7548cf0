/**
 * Hostile and strange pages (tests/fixtures/hostile): the extension must not crash, must not slow
 * the page noticeably, must never render page text as HTML, and the page must keep working. Each
 * fixture checks its own behaviour four times a second (self-check.js) and sets window.__ok.
 * Pages are read through the DevTools protocol (probe.ts): some of them break the built-ins that
 * Playwright's own helpers use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINTED, ourUi, pointOf, probe, type Probe } from '../fixtures/hostile/probe';
import { FIXTURES, squash, startSession, type Session, popoverFrame } from './harness';

interface Expected {
  claims: string[];
  conflicts: string[];
}

interface Opened {
  page: Page;
  p: Probe;
  expected: Expected;
  /** Console errors and warnings, and uncaught errors, from the page and our content script. */
  problems: string[];
}

async function openHostile(session: Session, path: string, url?: string): Promise<Opened> {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url ?? `${session.server.url}/${path}`);
  const p = await probe(page);
  const raw = await p.clean<string>(`document.getElementById('expected').textContent`);
  const expected = JSON.parse(raw) as Expected;
  return { page, p, expected, problems };
}

/** Waits until every expected sentence is painted; returns what is painted. */
async function painted(o: Opened, timeout = 40_000) {
  const want = o.expected.claims.length;
  const deadline = Date.now() + timeout;
  let last = { claims: [] as string[], conflicts: [] as string[] };
  while (Date.now() < deadline) {
    last = await o.p.clean<typeof last>(PAINTED);
    if (last.claims.length + last.conflicts.length >= want) break;
    await o.page.waitForTimeout(100);
  }
  return last;
}

function expectPaintedAsExpected(got: { claims: string[]; conflicts: string[] }, expected: Expected) {
  expect([...got.claims, ...got.conflicts].sort()).toEqual(expected.claims.map(squash).sort());
  expect(got.conflicts.sort()).toEqual(expected.conflicts.map(squash).sort());
}

/** The page's own verdict on itself, taken after `since` (performance.now() in the page). */
async function pageVerdict(o: Opened): Promise<{ ok: boolean; error: string | null }> {
  const since = await o.p.page<number>('performance.now()');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const [ok, at, error] = await o.p.page<[boolean, number, string | null]>('[window.__ok, window.__okAt, window.__okError]');
    if (at > since) return { ok, error };
    await o.page.waitForTimeout(100);
  }
  return { ok: false, error: 'the page stopped checking itself' };
}

async function openPopoverOn(o: Opened, start: string): Promise<Frame> {
  const point = await o.p.clean<{ x: number; y: number } | null>(pointOf(start));
  if (!point) throw new Error(`No painted sentence starts with "${start}"`);
  await o.page.mouse.click(point.x, point.y);
  return popoverFrame(o.page);
}

/**
 * Notes in the extension's database, read from a first-party extension page at the database's
 * current version (so nothing is created or upgraded); 0 when there is no database yet.
 */
function countNotes(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => {
    const info = (await indexedDB.databases()).find((d) => d.name === 'crosscheck-notes');
    if (!info) return 0;
    return new Promise<number>((done, fail) => {
      const open = indexedDB.open('crosscheck-notes', info.version);
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('notes').objectStore('notes').count();
        count.onsuccess = () => {
          db.close();
          done(count.result);
        };
        count.onerror = () => fail(count.error);
      };
    });
  });
}

/** Main-thread script and task time of the page's renderer so far, in ms (all worlds). */
async function mainThreadMs(p: Probe): Promise<{ script: number; task: number }> {
  await p.cdp.send('Performance.enable');
  const { metrics } = await p.cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

describe('hostile and strange pages, in Chromium', () => {
  let session: Session;
  let plain: Session;

  beforeAll(async () => {
    session = await startSession();
    plain = await startSession({ withExtension: false });
  });
  afterAll(async () => {
    await session?.close();
    await plain?.close();
  });

  it.each([
    ['hostile/builtins.html', 'a page that replaced Array, String, JSON, Node, Element, Promise built-ins and removed window.CSS'],
    ['hostile/huge.html', 'a page of 200,000 elements and a 6,000-character sentence'],
    ['hostile/deep.html', 'a story nested 5,000 levels deep'],
    ['hostile/shadow-frames.html', 'claim text in open shadow roots and in frames'],
    ['hostile/rtl-cjk.html', 'a right-to-left Arabic page with Chinese and Japanese paragraphs'],
  ])('%s: highlights the story, shows our closed UI, and the page keeps working (%s)', async (path) => {
    const o = await openHostile(session, path);
    const got = await painted(o);
    expectPaintedAsExpected(got, o.expected);

    const ui = await ourUi(o.p);
    expect(ui.shadowType).toBe('closed');
    expect(ui.indicator).toMatch(new RegExp(`^Crosscheck: ${o.expected.claims.length} known claims? on this page`));

    const frame = await openPopoverOn(o, o.expected.claims[0]!.slice(0, 30));
    expect(await frame.locator('.status').innerText()).toMatch(/Reported by \d of 5 articles/);

    expect(await pageVerdict(o)).toEqual({ ok: true, error: null });
    expect(o.problems).toEqual([]);
    await o.p.close();
    await o.page.close();
  });

  it.each(['', '?own-shadow'])(
    'keeps its UI out of reach of a page that defined <crosscheck-ui> itself (host-tag-taken.html%s)',
    async (query) => {
      const o = await openHostile(session, '', `${session.server.url}/hostile/host-tag-taken.html${query}`);
      expectPaintedAsExpected(await painted(o), o.expected);
      const ui = await ourUi(o.p);
      expect(ui.shadowType).toBe('closed');
      expect(ui.indicator).toMatch(/^Crosscheck: 3 known claims on this page/);
      await openPopoverOn(o, 'Rami Abdel Rahman');
      expect(await pageVerdict(o)).toEqual({ ok: true, error: null });
      // The page's class ran on the element we made first, but our shadow root is not on it.
      expect(await o.p.page<string[]>('window.__leaked')).toEqual([]);
      expect(o.problems).toEqual([]);
      await o.p.close();
      await o.page.close();
    },
  );

  it('leaves the page\u2019s own overrides alone and is not reached by them', async () => {
    const o = await openHostile(session, 'hostile/builtins.html');
    await painted(o);
    // The page's poisoned functions are still its own, and the calls they counted are the
    // page's, made before Crosscheck ran: the content script never called one of them.
    const before = await o.p.page<Record<string, number>>('({ ...window.__hits })');
    const frame = await openPopoverOn(o, 'Rami Abdel Rahman');
    await frame.locator('#cc-new-note').pressSequentially('checked');
    await o.page.keyboard.press('Escape');
    await o.page.waitForTimeout(500);
    expect(await o.p.page<Record<string, number>>('({ ...window.__hits })')).toEqual(before);
    expect(await o.p.page<boolean>(`Array.prototype.map === window.__poisoned['Array.prototype.map'] && window.CSS === undefined`)).toBe(true);
    await o.p.close();
    await o.page.close();
  });

  it('never parses page text as HTML: markup-like text stays text in the in-page list and the popover', async () => {
    const requests: string[] = [];
    session.context.on('request', (r) => requests.push(r.url()));
    const o = await openHostile(session, 'hostile/markup-text.html');
    expectPaintedAsExpected(await painted(o), o.expected);

    const ui = await ourUi(o.p);
    expect(ui.elementNames.filter((n) => !['STYLE', 'BUTTON', 'SPAN', 'UL', 'LI', 'IFRAME'].includes(n))).toEqual([]);
    expect(ui.listTexts.some((t) => t.includes('Airport <img src=x onerror=alert(1)>'))).toBe(true);
    expect(ui.listTexts.some((t) => t.includes('displaced </blockquote><script>alert(2)</script> by'))).toBe(true);

    for (const start of ['Rami Abdel Rahman', 'The United Nations says']) {
      const frame = await openPopoverOn(o, start);
      await frame.waitForSelector('.sentence--page blockquote');
      const quoted = squash(await frame.locator('.sentence--page blockquote').innerText());
      expect(o.expected.claims.map(squash)).toContain(quoted);
      expect(await frame.locator('img, script:not([src])').count()).toBe(0);
      await o.page.keyboard.press('Escape');
      await expect.poll(() => o.page.frames().some((f) => f.url().includes('popover.html'))).toBe(false);
    }
    expect(await o.p.page<string[]>('window.__alerts')).toEqual([]);
    expect(requests.filter((u) => /\/x$/.test(new URL(u).pathname))).toEqual([]);
    expect(await pageVerdict(o)).toEqual({ ok: true, error: null });
    expect(o.problems).toEqual([]);
    await o.p.close();
    await o.page.close();
  });

  it('does not spin on an article removed and re-added every 100 ms, and the page keeps its pace', async () => {
    const measure = async (s: Session) => {
      const o = await openHostile(s, 'hostile/churn.html');
      await o.page.waitForTimeout(1_500); // loaded, first pass done
      const start = await mainThreadMs(o.p);
      const cycles = await o.p.page<number>('window.__cycles');
      const longBefore = await o.p.page<number>('window.__longTasks.length');
      await o.page.waitForTimeout(5_000);
      const end = await mainThreadMs(o.p);
      const done = (await o.p.page<number>('window.__cycles')) - cycles;
      const result = {
        scriptMs: end.script - start.script,
        taskMs: end.task - start.task,
        cycles: done,
        longTasks: (await o.p.page<number[]>('window.__longTasks')).slice(longBefore),
        verdict: await pageVerdict(o),
        painted: await o.p.clean<{ claims: string[]; conflicts: string[] }>(PAINTED),
        problems: o.problems,
      };
      await o.p.close();
      await o.page.close();
      return result;
    };
    const without = await measure(plain);
    const withUs = await measure(session);
    console.info(`churn, 5 s: main-thread script ${withUs.scriptMs.toFixed(0)} ms with Crosscheck, ${without.scriptMs.toFixed(0)} ms without; tasks ${withUs.taskMs.toFixed(0)} / ${without.taskMs.toFixed(0)} ms; cycles ${withUs.cycles} / ${without.cycles}; long tasks ${JSON.stringify(withUs.longTasks)} / ${JSON.stringify(without.longTasks)}; page verdicts ${JSON.stringify(withUs.verdict)} / ${JSON.stringify(without.verdict)}`);
    // At most one pass a second (MAX_WAIT_MS) on a page that never stops changing, each a few
    // milliseconds: under 10% of one core over the 5 s, and the page keeps its ten cycles a second.
    expect(withUs.scriptMs - without.scriptMs).toBeLessThan(500);
    expect(withUs.cycles).toBeGreaterThanOrEqual(45);
    expect(withUs.verdict).toEqual({ ok: true, error: null });
    expect(withUs.problems).toEqual([]);
  });

  it.each([
    ["default-src 'none'; style-src 'self'", false],
    ["default-src 'none'; style-src 'self'; script-src 'self'", true],
  ])('works under the Content-Security-Policy "%s": highlights, our UI and the popover frame', async (policy, pageScripts) => {
    const path = `/hostile/csp-${pageScripts ? 'scripts' : 'strict'}.html`;
    session.server.route(path, readFileSync(resolve(FIXTURES, 'hostile/csp.html'), 'utf8'), {
      'content-security-policy': policy,
    });
    const o = await openHostile(session, '', `${session.server.url}${path}`);
    expectPaintedAsExpected(await painted(o), o.expected);
    expect((await ourUi(o.p)).indicator).toMatch(/^Crosscheck: 3 known claims/);
    const frame = await openPopoverOn(o, 'Rami Abdel Rahman');
    expect(await frame.locator('.status').innerText()).toMatch(/Reported by \d of 5 articles/);
    if (pageScripts) expect(await pageVerdict(o)).toEqual({ ok: true, error: null });
    // Under the strictest policy the page's own scripts are refused, as they should be; nothing
    // else may be: no violation is caused by Crosscheck.
    const ours = o.problems.filter((line) => !/Loading the script '[^']*\/hostile\/(self-check|csp)\.js' violates/.test(line));
    expect(ours).toEqual([]);
    await o.p.close();
    await o.page.close();
  });

  it('ignores malformed messages from an extension page, stores nothing, and still answers a valid one', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const storedBefore = await session.worker.evaluate(() => chrome.storage.local.get(null));
    const notesBefore = await countNotes(popup);
    const MALFORMED: unknown[] = [
      null,
      42,
      'notes-save',
      [],
      {},
      { type: 42 },
      { type: 'no-such-type' },
      { type: '__proto__' },
      { type: 'constructor' },
      { type: 'hasOwnProperty' },
      { type: 'notes-save' },
      { type: 'notes-save', claimId: 7, text: 'x' },
      { type: 'notes-save', claimId: 'c-1', text: ['x'] },
      { type: 'notes-save', claimId: 'c-1', text: 'x'.repeat(100_001) },
      { type: 'notes-save', claimId: 'c'.repeat(201), text: 'x' },
      { type: 'notes-save', claimId: 'c-1', text: 'x', id: { $gt: '' } },
      { type: 'notes-save', claimId: 'c-1', text: 'x', updatedAt: 'tomorrow' },
      { type: 'notes-save', claimId: 'c-1', text: 'x', pageUrl: 5 },
      { type: 'notes-restore', note: { id: 'n', claimId: 'c-1', text: 't' } },
      { type: 'notes-restore', note: null },
      { type: 'notes-remove' },
      { type: 'notes-remove', id: ['a'] },
      { type: 'match-sentences', sentences: 'Assad has left the country' },
      { type: 'match-sentences', sentences: [1, 2] },
      { type: 'match-sentences', sentences: ['a'], threshold: 2 },
      { type: 'match-sentences', sentences: Array.from({ length: 20_001 }, () => 'a') },
      { type: 'search', query: { $regex: '.*' } },
      { type: 'search', query: 'assad', limit: -1 },
      { type: 'search', query: 'assad', limit: 1.5 },
      { type: 'get-claim', claimId: null },
    ];
    const answers = await popup.evaluate(async (messages) => {
      const out: string[] = [];
      for (const m of messages) {
        try {
          out.push(JSON.stringify(await chrome.runtime.sendMessage(m)) ?? 'undefined');
        } catch (error) {
          out.push(`rejected: ${(error as Error).message}`);
        }
      }
      return out;
    }, MALFORMED);
    // No answer at all: the sender sees undefined, or Chromium's "no response" rejection.
    for (const answer of answers) expect(answer).toMatch(/^(undefined|rejected: .*(port closed|Receiving end does not exist).*)$/);

    // Nothing stored: as many notes as before (none if the database does not exist yet), and
    // extension storage unchanged.
    expect(await countNotes(popup)).toBe(notesBefore);
    expect(await session.worker.evaluate(() => chrome.storage.local.get(null))).toEqual(storedBefore);

    // A valid request still works.
    const saved = (await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'notes-save', claimId: 'c-1', text: 'A valid note.' }),
    )) as { note: { text: string; claimId: string } };
    expect(saved.note).toMatchObject({ text: 'A valid note.', claimId: 'c-1' });
    const listed = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'notes-list', claimId: 'c-1' }))) as {
      notes: unknown[];
    };
    expect(listed.notes.length).toBeGreaterThanOrEqual(1);
    expect(await countNotes(popup)).toBe(notesBefore + 1);
    await popup.close();
  });

  // Extra main-thread script in the first 3 s, with the measurement behind each budget. On
  // huge.html the first extraction's checkVisibility() also forces a style recalculation of
  // 200,000 elements, about 2.3 s of tasks (not script): see docs/hardening.md, "Left open".
  it.each([
    ['hostile/huge.html', 800], // measured 340 ms extra
    ['hostile/deep.html', 100], // measured 2-4 ms extra
    ['hostile/shadow-frames.html', 100], // measured 3-14 ms extra
    ['hostile/rtl-cjk.html', 100], // measured 1-2 ms extra
  ])(
    '%s: costs the page little main-thread script time (budget %i ms)',
    async (path, budget) => {
      const cost = async (s: Session) => {
        const o = await openHostile(s, path);
        await o.page.waitForTimeout(3_000);
        const ms = await mainThreadMs(o.p);
        await o.p.close();
        await o.page.close();
        return ms;
      };
      const without = await cost(plain);
      const withUs = await cost(session);
      console.info(
        `${path}, first 3 s: main-thread script ${withUs.script.toFixed(0)} ms with Crosscheck, ${without.script.toFixed(0)} ms without; ` +
          `all tasks (style and layout too) ${withUs.task.toFixed(0)} / ${without.task.toFixed(0)} ms`,
      );
      expect(withUs.script - without.script).toBeLessThan(budget);
    },
  );
});
