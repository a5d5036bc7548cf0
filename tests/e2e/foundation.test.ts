import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForHighlights, type Session } from './harness';

describe('the built extension in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts its service worker, which serves the claim corpus', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const claims = await session.worker.evaluate(async () => {
      const corpus = await (await fetch((chrome.runtime.getURL as (p: string) => string)('/corpus.json'))).json();
      return corpus.claims.length as number;
    });
    expect(claims).toBeGreaterThan(10);
  });

  it('runs its content script on an article served on 127.0.0.1 and highlights claims', async () => {
    const page = await session.open('demo/article.html');
    const texts = await waitForHighlights(page, 3);
    expect(texts.join(' ')).toMatch(/Assad/);
  });

  it.each([
    ['popup.html', /Crosscheck/i],
    ['options.html', /Crosscheck/i],
  ])('renders %s', async (path, heading) => {
    const page = await session.openExtensionPage(path);
    await page.waitForSelector('h1, h2, [role=heading]');
    expect(await page.locator('h1, h2').first().innerText()).toMatch(heading);
    await page.close();
  });
});
