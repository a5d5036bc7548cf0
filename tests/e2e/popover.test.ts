import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, squash, startSession, waitForHighlights, type Session, clickSentence, popoverFrame } from './harness';

const ARTIFACTS = resolve(ROOT, 'artifacts');

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

  it('takes focus when opened from the keyboard and keeps Tab inside the dialog', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 3);
    await clickSentence(page, 'Rami Abdel Rahman');
    const framed = await popoverFrame(page);
    // The same popover as the keyboard path opens it (keyboard=1), on its own at the frame's width.
    const hash = new URL(framed.url()).hash.replace('keyboard=0', 'keyboard=1');
    await page.close();
    const popover = await session.openExtensionPage(`popover.html${hash}`);
    await popover.setViewportSize({ width: 400, height: 700 });
    await popover.waitForSelector('.sources li');
    const focused = () => popover.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    expect(await focused()).toBe('Close');
    const controls = await popover.evaluate(
      () => document.querySelectorAll('[role="dialog"] button, [role="dialog"] textarea').length,
    );
    const seen: Array<string | undefined> = [];
    for (let i = 0; i < controls; i++) {
      await popover.keyboard.press('Tab');
      seen.push(await focused());
    }
    // After one round of Tab the focus is back on the first control, never on the browser's UI.
    expect(seen.at(-1)).toBe('Close');
    await popover.keyboard.press('Shift+Tab');
    expect(await focused()).not.toBe('Close');

    for (const scheme of ['light', 'dark'] as const) {
      await popover.emulateMedia({ colorScheme: scheme });
      await popover.screenshot({ path: resolve(ARTIFACTS, `popover-full-${scheme}.png`), fullPage: true });
    }
    await popover.close();
  });
});
