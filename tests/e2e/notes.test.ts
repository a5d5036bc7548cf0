import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForHighlights, type Session, clickSentence, popoverFrame } from './harness';

/** Opens the popover on the painted sentence that starts with `start`. */
async function openPopover(page: Page, start: string) {
  await waitForHighlights(page, 1);
  await clickSentence(page, start);
  return popoverFrame(page);
}

/** The texts of the saved notes the popover lists. */
async function savedNotes(page: Page, start: string): Promise<string[]> {
  const frame = await openPopover(page, start);
  await frame.waitForSelector('.note-list textarea');
  return frame.locator('.note-list textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
}

describe('notes in the popover, in Chromium', () => {
  let session: Session;
  const NOTE = 'Two outlets spell the monitor head differently; check the AFP wire.';

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps a note typed and closed at once, and shows it again after a reload and on another page with the same claim', async () => {
    const page = await session.open('pages/inline-markup.html');
    const frame = await openPopover(page, 'Rami Abdel Rahman');
    await frame.locator('#cc-new-note').pressSequentially(NOTE);
    // Close straight after the last keystroke, before the save delay: nothing may be lost.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html'))).toBe(false);

    await page.reload();
    expect(await savedNotes(page, 'Rami Abdel Rahman')).toEqual([NOTE]);

    const other = await session.open('pages/second-page.html');
    expect(await savedNotes(other, 'According to the head of the Syrian Observatory')).toEqual([NOTE]);
    await other.close();
    await page.close();
  });

  it('keeps what is typed into a note away from a page that logs keys, scans its DOM and listens for messages', async () => {
    const SECRET = 'zq-private-remark-about-sources';
    const page = await session.open('pages/hostile-keys.html');
    await page.evaluate(() => {
      const messages: string[] = [];
      (window as unknown as { __messages: string[] }).__messages = messages;
      window.addEventListener('message', (e) => messages.push(JSON.stringify(e.data)), true);
    });
    const frame = await openPopover(page, 'Syrian President Bashar al-Assad has left Damascus');
    await frame.locator('#cc-new-note').pressSequentially(SECRET);
    await frame.locator('#cc-new-note').press('Tab');
    // Several of the page's 200 ms scans, and a save, happen while the popover is open.
    await page.waitForTimeout(700);
    await expect.poll(() => frame.locator('.save-state').first().innerText()).toBe('Saved');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);

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
});
