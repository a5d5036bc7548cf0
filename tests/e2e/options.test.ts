import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startSession, type Session } from './harness';

const ARTIFACTS = resolve(ROOT, 'artifacts');

describe('the options page in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('summarises the corpus: its five articles and its claims by status', async () => {
    const options = await session.openExtensionPage('options.html');
    const rows = options.locator('table.articles tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
    const intro = await options.locator('#corpus p').first().textContent();
    const [, articles, claims] = intro!.match(/with (\d+) articles, grouped into (\d+) claims/) ?? [];
    expect(Number(articles)).toBe(5);
    const counts = (await options.locator('.counts dd').allTextContents()).map(Number);
    expect(counts).toHaveLength(4);
    expect(counts.reduce((a, b) => a + b)).toBe(Number(claims));
    expect(counts.every((n) => n > 0)).toBe(true);
    await options.setViewportSize({ width: 820, height: 1400 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: resolve(ARTIFACTS, `options-${scheme}.png`), fullPage: true });
    }
    await options.close();
  });

  it('keeps settings across a browser restart', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('radio', { name: /^Strict/ }).check();
    await options.getByRole('radio', { name: /^Underline/ }).check();
    await options.getByRole('checkbox', { name: /Keep the address/ }).uncheck();
    const stored = () => options.evaluate(() => chrome.storage.local.get('settings'));
    await expect.poll(async () => (await stored()).settings).toMatchObject({ strictness: 'strict', highlightStyle: 'underline', keepPageUrls: false });

    const { userDataDir } = session;
    await session.close();
    session = await startSession({ userDataDir });
    const again = await session.openExtensionPage('options.html');
    await expect.poll(() => again.getByRole('radio', { name: /^Strict/ }).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await again.getByRole('radio', { name: /^Underline/ }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: /Keep the address/ }).isChecked()).toBe(false);
    expect(await again.getByRole('radio', { name: /^Balanced/ }).isChecked()).toBe(false);
    await again.close();
  });
});
