import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickSentence,
  eventually,
  highlightTexts,
  paintedCount,
  popoverFrame,
  popoverIsOpen,
  ROOT,
  squash,
  startFirefoxSession,
  tabIdOf,
  waitForHighlights,
  type FirefoxSession,
} from './harness';

interface Expected {
  claims: string[];
  conflicts: string[];
  notClaims?: string[];
}

const ARTIFACTS = resolve(ROOT, 'artifacts');

const expectedOf = (page: Page): Promise<Expected> =>
  page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as Expected);

describe('Crosscheck in Firefox', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await startFirefoxSession();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('highlights the claim sentences of an article, across inline markup, and marks the conflict', async () => {
    const page = await session.open('pages/inline-markup.html');
    const expected = await expectedOf(page);
    await waitForHighlights(page, 1, 'crosscheck-conflict');
    await waitForHighlights(page, expected.claims.length - expected.conflicts.length);
    const claims = (await highlightTexts(page, 'crosscheck-claim')).map(squash);
    const conflicts = (await highlightTexts(page, 'crosscheck-conflict')).map(squash);
    const all = [...claims, ...conflicts];
    expect(all.sort()).toEqual(expected.claims.map(squash).sort());
    expect(conflicts).toEqual(expected.conflicts.map(squash));
    for (const text of expected.notClaims ?? []) expect(all).not.toContain(squash(text));
    await page.close();
  });

  it('opens the popover frame on a clicked sentence and shows what the sources say', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 1, 'crosscheck-conflict');
    await clickSentence(page, 'The United Nations says some 500,000', 'crosscheck-conflict');
    const frame = await popoverFrame(page, '.sources li');
    const text = (selector: string) => frame.$eval(selector, (el) => (el as HTMLElement).innerText);

    expect(squash(await text('.sentence--page blockquote'))).toBe(
      'The United Nations says some 500,000 people have been displaced by the violence since the offensive began.',
    );
    expect(squash(await text('.conflict'))).toMatch(/^This page says 500,000\b.*; the sources say .*370,000.* \(.+\)$/);
    expect(await text('.status')).toMatch(/Reported by \d of 5 articles/);
    const sources = await frame.$$eval('.sources li', (els) => els.length);
    expect(sources).toBeGreaterThanOrEqual(1);

    await new Promise((r) => setTimeout(r, 300)); // let the frame grow to its content
    await page.screenshot({ path: resolve(ARTIFACTS, 'popover-firefox.png') });
    await page.keyboard.press('Escape');
    expect(await eventually(async () => !(await popoverIsOpen(page)))).toBe(true);
    await page.close();
  });

  it('keeps a note typed in the popover and closed at once, and shows it again after a reload', async () => {
    const NOTE = 'Firefox check: compare the AFP wire with the Observatory statement.';
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 3);
    await clickSentence(page, 'Rami Abdel Rahman');
    const frame = await popoverFrame(page, '#cc-new-note');
    await frame.type('#cc-new-note', NOTE);
    // Close straight after the last keystroke, before the save delay: nothing may be lost.
    await page.keyboard.press('Escape');
    expect(await eventually(async () => !(await popoverIsOpen(page)))).toBe(true);

    await page.reload();
    await waitForHighlights(page, 3);
    await clickSentence(page, 'Rami Abdel Rahman');
    const again = await popoverFrame(page, '.note-list textarea');
    const notes = await again.$$eval('.note-list textarea', (els) => els.map((el) => (el as HTMLTextAreaElement).value));
    expect(notes).toEqual([NOTE]);
    await page.close();
  });

  it('keeps what is typed into a note away from a page that logs keys, scans its DOM and listens for messages', async () => {
    const SECRET = 'zq-private-remark-about-sources';
    // The message listener is in place before any script of the page or of Crosscheck runs.
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const messages: string[] = [];
      (window as unknown as { __messages: string[] }).__messages = messages;
      window.addEventListener('message', (e) => messages.push(JSON.stringify(e.data)), true);
    });
    await page.goto(`${session.server.url}/pages/hostile-keys.html`);
    await waitForHighlights(page, 1);
    await clickSentence(page, 'Syrian President Bashar al-Assad has left Damascus');
    const frame = await popoverFrame(page, '#cc-new-note');
    await frame.type('#cc-new-note', SECRET);
    await page.keyboard.press('Tab');
    // Several of the page's 200 ms scans, and a save, happen while the popover is open.
    expect(await eventually(async () => (await frame.$eval('.save-state', (el) => (el as HTMLElement).innerText)) === 'Saved')).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    await page.keyboard.press('Escape');
    expect(await eventually(async () => !(await popoverIsOpen(page)))).toBe(true);

    const { seen, hostile, messages } = await page.evaluate(() => ({
      seen: (window as unknown as { __seen: string[] }).__seen,
      hostile: (window as unknown as { __hostile: { scans: number; events: number } }).__hostile,
      messages: (window as unknown as { __messages: string[] }).__messages,
    }));
    expect(hostile.scans).toBeGreaterThan(2);
    expect(seen.filter((s) => s.includes('zq') || s.includes('private-remark'))).toEqual([]);
    expect(seen.filter((s) => /^key(down|up|press):[a-z-]$/.test(s))).toEqual([]);
    // Only heights and a close request reach the page.
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^\{"crosscheck":"popover-(size","height":\d+|close")\}$/);
    await page.close();
  });

  it('finds the airport claim from the toolbar popup search', async () => {
    const popup = await session.openExtensionPage('popup.html', 'input[type="search"]');
    await popup.type('input[type="search"]', 'Assad flew out of Damascus airport');
    await popup.waitForSelector('.results button.result', { timeout: 10_000 });
    const results = await popup.$$eval('.results .result-text', (els) => els.map((el) => (el as HTMLElement).innerText));
    expect(results.slice(0, 2).some((r) => /Assad left Syria via Damascus International Airport/.test(r))).toBe(true);
    await popup.close();
  });

  it.each([
    ['the site switch', 'On for 127.0.0.1'],
    ['the pause switch', 'Pause everywhere'],
  ])('lists the claims of the page in the popup; %s removes the highlights at once and brings them back', async (_, label) => {
    const page = await session.open('pages/inline-markup.html');
    const expected = await expectedOf(page);
    expect(await eventually(async () => (await paintedCount(page)) === expected.claims.length, 15_000)).toBe(true);
    const finder = await session.openExtensionPage('popup.html', 'input[type="search"]');
    const tabId = await tabIdOf(finder, page.url());
    await finder.close();

    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`, 'button.page-claim');
    expect(await popup.$$eval('button.page-claim', (els) => els.length)).toBe(expected.claims.length);
    const labels = await popup.$$eval('.switches label', (els) => els.map((el) => (el as HTMLElement).innerText.trim()));
    expect(labels).toEqual(['On for 127.0.0.1', 'Pause everywhere']);
    const toggle = `.switches label:nth-child(${labels.indexOf(label) + 1}) input[role="switch"]`;

    await popup.click(toggle);
    expect(await eventually(async () => (await paintedCount(page)) === 0)).toBe(true);
    await popup.click(toggle);
    expect(await eventually(async () => (await paintedCount(page)) === expected.claims.length)).toBe(true);
    await popup.close();
    await page.close();
  });
});
