/**
 * Privacy: Crosscheck makes no network request of any kind. Every request the browser makes is
 * recorded while a page is annotated, a popover opened, a note saved, the popup searched and the
 * options page shown; every one must be to the 127.0.0.1 test server, to the extension itself, or
 * a data: URL of the page. Playwright's request events cover pages, frames and the extension's
 * service worker (its read of corpus.json is seen there, which the test checks so that a blind
 * spot cannot pass for silence); the worker's own Resource Timing entries are checked as well.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForHighlights, type Session, clickSentence } from './harness';

describe('privacy, in Chromium', () => {
  let session: Session;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    session.context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await session?.close();
  });

  const allowed = (url: string) =>
    url.startsWith(`${session.server.url}/`) ||
    url.startsWith(`chrome-extension://${session.extensionId}/`) ||
    url.startsWith('data:');

  it('sends nothing anywhere while annotating, comparing, saving a note, searching and showing the options page', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 3);
    await clickSentence(page, 'Rami Abdel Rahman');
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('popover.html'))!;
    await frame.waitForSelector('.sources li');
    await frame.locator('#cc-new-note').pressSequentially('A private remark.');
    await frame.locator('#cc-new-note').press('Tab');
    await expect.poll(() => frame.locator('.save-state').first().innerText()).toBe('Saved');

    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('input[type="search"]').fill('Assad airport');
    await expect.poll(() => popup.locator('#search-status').innerText()).toMatch(/\d/);
    const options = await session.openExtensionPage('options.html');
    await options.waitForLoadState('load');
    await options.waitForTimeout(500);

    const fromWorker = await session.worker.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    // The recorder sees every context: the page's own document, the worker's corpus read, the
    // popover frame's and the popup's files.
    const id = session.extensionId;
    for (const seen of [
      `${session.server.url}/pages/inline-markup.html`,
      `chrome-extension://${id}/corpus.json`,
      `chrome-extension://${id}/popover.html`,
      `chrome-extension://${id}/popup.html`,
    ]) {
      expect(requests.some((u) => u.startsWith(seen))).toBe(true);
    }
    expect([...requests, ...fromWorker].filter((u) => !allowed(u))).toEqual([]);
    await options.close();
    await popup.close();
    await page.close();
  });
});
