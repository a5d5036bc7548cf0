import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, highlightTexts, squash, startSession, waitForHighlights, type Session, tabIdOf, clickSentence, popoverFrame } from './harness';

/** The label the builder gives new-source.html: its og:title, short enough to stay whole. */
const LABEL = 'Caretaker cabinet sworn in as Damascus curfew begins';
const fixture = (name: string) => resolve(FIXTURES, 'user-corpus', name);
const expectedClaims = (name: string): string[] =>
  JSON.parse(/<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(readFileSync(fixture(name), 'utf8'))![1]!).claims;

const claimCount = (page: Page) => page.evaluate(() => CSS.highlights.get('crosscheck-claim')?.size ?? 0);

describe("the reader's own sources in Chromium", () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a page as a source from the popup; another page reporting its news is highlighted until the source is removed', async () => {
    const source = await session.open('user-corpus/new-source.html');
    const popup = await session.openExtensionPage(`popup.html?tab=${await tabIdOf(session, source.url())}`);
    const sources = popup.getByRole('region', { name: 'Your sources' });
    const add = sources.getByRole('button', { name: 'Add this article as a source' });

    await add.click();
    await expect.poll(() => sources.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Added: ${LABEL} \\(claims: [1-9]\\d*\\)$`));
    await expect.poll(() => sources.locator('.added-label').allTextContents()).toEqual([`${LABEL} · 127.0.0.1`]);

    await add.click();
    await expect.poll(() => sources.getByRole('alert').textContent(), { timeout: 10_000 }).toBe(
      `Not added: this article is already one of your sources (${LABEL}).`,
    );

    // The second page states the curfew in its own words; nothing else on it is in the corpus.
    const [curfew] = expectedClaims('second-report.html');
    const report = await session.open('user-corpus/second-report.html');
    expect((await waitForHighlights(report, 1)).map(squash)).toEqual([curfew]);
    await clickSentence(report, curfew!.slice(0, 30));
    const popover = await popoverFrame(report);
    await expect.poll(() => popover.locator('[role="dialog"]').textContent(), { timeout: 10_000 }).toContain(LABEL);

    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button', { name: `Remove ${LABEL} from your sources` }).click();
    await expect.poll(() => options.getByRole('region', { name: 'Your sources' }).textContent()).toContain(`Removed: ${LABEL}`);
    await expect.poll(() => claimCount(report), { timeout: 15_000 }).toBe(0);
    expect(await highlightTexts(report)).toEqual([]);

    for (const page of [options, report, popup, source]) await page.close();
  });

  it('imports saved pages and text files on the options page, naming the file that is not an article', async () => {
    const options = await session.openExtensionPage('options.html');
    const region = options.getByRole('region', { name: 'Your sources' });
    const rows = region.locator('tbody tr');
    await expect.poll(() => region.textContent()).not.toContain('Loading');
    const before = await rows.count();
    await region.getByLabel('Import articles…').setInputFiles([
      { name: 'import-airport.html', mimeType: 'text/html', buffer: readFileSync(fixture('import-airport.html')) },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
      { name: 'import-aid.txt', mimeType: 'text/plain', buffer: readFileSync(fixture('import-aid.txt')) },
    ]);
    await expect.poll(() => region.locator('.import-job').textContent(), { timeout: 30_000 }).toContain('Finished: 2 added, 1 not added.');
    const lines = await region.locator('.file-results li').allTextContents();
    expect(lines[0]).toMatch(/^import-airport\.html: Added: Damascus airport reopens to domestic flights \(claims: [1-9]\d*\)$/);
    expect(lines[1]).toBe('photo.png: not a text or HTML file (it looks like an image, a PDF or an archive)');
    expect(lines[2]).toMatch(/^import-aid\.txt: Added: .+ \(claims: [1-9]\d*\)$/);
    expect(await region.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, 3]);
    await expect.poll(() => rows.count()).toBe(before + 2);
    await options.close();
  });

  it('refuses a saved page whose text is already a source, naming the source it repeats', async () => {
    const options = await session.openExtensionPage('options.html');
    const region = options.getByRole('region', { name: 'Your sources' });
    const page = readFileSync(fixture('new-source.html'));
    await region.getByLabel('Import articles…').setInputFiles([
      { name: 'new-source.html', mimeType: 'text/html', buffer: page },
      { name: 'new-source-copy.html', mimeType: 'text/html', buffer: page },
    ]);
    await expect.poll(() => region.locator('.import-job').textContent(), { timeout: 30_000 }).toContain('Finished: 1 added, 1 not added.');
    expect(await region.locator('.file-results li').allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^new-source\\.html: Added: ${LABEL} \\(claims: [1-9]\\d*\\)$`)),
      `new-source-copy.html: Not added: This article is already in your corpus: ${LABEL}`,
    ]);
    await options.close();
  });
});
