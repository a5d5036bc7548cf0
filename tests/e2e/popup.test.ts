import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startSession, type Session, tabIdOf } from './harness';

const ARTIFACTS = resolve(ROOT, 'artifacts');

const paintedCount = (page: Page) =>
  page.evaluate(() => (CSS.highlights.get('crosscheck-claim')?.size ?? 0) + (CSS.highlights.get('crosscheck-conflict')?.size ?? 0));

/** The fixture page with its highlights painted, and the popup working on its tab. */
async function popupFor(session: Session, fixture: string): Promise<{ page: Page; popup: Page; painted: number }> {
  const page = await session.open(fixture);
  // The fixture lists the sentences it expects painted (claims and conflicts alike).
  const painted: number = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!).claims.length);
  await expect.poll(() => paintedCount(page), { timeout: 15_000 }).toBe(painted);
  const popup = await session.openExtensionPage(`popup.html?tab=${await tabIdOf(session, page.url())}`);
  return { page, popup, painted };
}


describe('the toolbar popup in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds the airport claim first for a paraphrased query, and opens its sources', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.getByRole('searchbox').fill('Assad flew out of Damascus airport');
    const first = popup.locator('button.result').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain('Damascus International Airport');
    await popup.getByRole('searchbox').press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    const quotes = await popup.locator('.details .sources blockquote').allTextContents();
    expect(quotes.some((q) => q.includes('Damascus International Airport'))).toBe(true);
    await popup.setViewportSize({ width: 380, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: resolve(ARTIFACTS, `popup-search-${scheme}.png`) });
    }
    await popup.close();
  });

  it('lists the claims on the page and reveals the one chosen', async () => {
    const { page, popup, painted } = await popupFor(session, 'pages/inline-markup.html');
    const claims = popup.locator('button.page-claim');
    await expect.poll(() => claims.count(), { timeout: 10_000 }).toBe(painted);
    await popup.setViewportSize({ width: 380, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: resolve(ARTIFACTS, `popup-page-${scheme}.png`), fullPage: true });
    }
    await claims.first().click();
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html')), { timeout: 10_000 }).toBe(true);
    await page.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('turns the site off, which removes its highlights at once, and on again, which restores them', async () => {
    const { page, popup, painted } = await popupFor(session, 'pages/inline-markup.html');
    const site = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
    await expect.poll(() => site.isChecked()).toBe(true);
    await site.click();
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => popup.locator('.page').textContent()).toContain('Crosscheck is off here');
    await site.click();
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBe(painted);
    await page.close();
    await popup.close();
  });

  it('says in one line that a page without the content script cannot be read', async () => {
    const options = await session.openExtensionPage('options.html');
    const popup = await session.openExtensionPage(`popup.html?tab=${await tabIdOf(session, options.url())}`);
    await expect.poll(() => popup.locator('.page').textContent()).toContain('Crosscheck cannot see this page');
    expect(await popup.locator('.switches').textContent()).toContain('Crosscheck works on web pages (http and https) only.');
    await options.close();
    await popup.close();
  });
});
