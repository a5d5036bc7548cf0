import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, squash, startSession, waitForHighlights, type Session } from './harness';

const ARTIFACTS = resolve(ROOT, 'artifacts');

/** Clicks the middle of the first line of the painted sentence that starts with `start`. */
async function clickSentence(page: Page, start: string, name = 'crosscheck-claim'): Promise<void> {
  const point = await page.evaluate(
    ({ start, name }) => {
      for (const r of (CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? []) {
        const range = r as Range;
        if (!range.toString().replace(/\s+/g, ' ').trim().startsWith(start)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { start, name },
  );
  if (!point) throw new Error(`No painted sentence starts with "${start}"`);
  await page.mouse.click(point.x, point.y);
}

/** The popover frame once it has drawn its dialog. */
async function popoverFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('popover.html'));
    if (frame) {
      await frame.waitForSelector('[role="dialog"]');
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('The popover frame did not open');
}

describe('the comparison popover in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows, for a clicked sentence with a different figure, what the sources say and how their words differ', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 1, 'crosscheck-conflict');
    await clickSentence(page, 'The United Nations says some 500,000', 'crosscheck-conflict');
    const frame = await popoverFrame(page);
    await frame.waitForSelector('.sources li');

    expect(squash(await frame.locator('.conflict').first().innerText())).toMatch(
      /^This page says 500,000\b.*; the sources say .*370,000.* \(.+\)$/,
    );
    expect(squash(await frame.locator('.sentence--page blockquote').innerText())).toBe(
      'The United Nations says some 500,000 people have been displaced by the violence since the offensive began.',
    );
    const pageMarks = await frame.locator('.sentence--page mark strong').allInnerTexts();
    expect(pageMarks).toContain('500,000');
    const sourceMarks = await frame.locator('.sources mark strong').allInnerTexts();
    expect(sourceMarks).toContain('370,000');
    const heads = (await frame.locator('.source-head').allInnerTexts()).map(squash);
    expect(heads.length).toBeGreaterThanOrEqual(1);
    expect(heads.some((h) => /according to /.test(h))).toBe(true);
    expect(await frame.locator('.status').innerText()).toMatch(/Reported by \d of 5 articles/);

    // The frame grows from its first 320 px to its content, and never past the viewport.
    const viewport = await page.evaluate(() => window.innerHeight);
    const frameElement = await frame.frameElement();
    const frameHeight = () => frameElement.evaluate((el) => (el as Element).getBoundingClientRect().height);
    await expect.poll(frameHeight).toBeGreaterThan(320);
    expect(await frameHeight()).toBeLessThanOrEqual(viewport);

    await page.screenshot({ path: resolve(ARTIFACTS, 'popover-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await page.screenshot({ path: resolve(ARTIFACTS, 'popover-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await frame.locator('body').press('Escape');
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html'))).toBe(false);
    await page.close();
  });

  it('opens from the keyboard with focus inside, keeps Tab inside and closes on Escape', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 3);
    // The next-claim command's path: the content script reveals a claim as if chosen by keyboard.
    await page.keyboard.press('Tab');
    await clickSentence(page, 'Rami Abdel Rahman');
    const frame = await popoverFrame(page);
    await frame.waitForSelector('.sources li');
    await frame.locator('.close').focus();
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      names.push(await frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? ''));
    }
    // Tab wrapped back to the close button without leaving the frame.
    expect(names).toContain('Close');
    expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html'))).toBe(false);
    await page.close();
  });
});
