/**
 * Faults the reader never chose: the extension reloaded under an open page, the notes database
 * blocked, unavailable or out of space, the stored settings corrupted. Each case runs in its own
 * browser profile, because the background keeps its notes database open once it has it.
 */
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightTexts, startSession, waitForHighlights, type Session, clickSentence } from './harness';

const CLAIM = 'Rami Abdel Rahman';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens a page and records its console errors and warnings, and uncaught errors. */
async function openWatched(s: Session, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await s.context.newPage();
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${s.server.url}/${path}`);
  return { page, problems };
}

async function openPopover(page: Page): Promise<Frame> {
  await waitForHighlights(page, 1);
  await clickSentence(page, CLAIM);
  await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('popover.html'))!;
  await frame.waitForSelector('[role="dialog"]');
  return frame;
}

/** Types a note, leaves the field (which saves at once) and returns what the popover then says. */
async function typeNote(frame: Frame, text: string): Promise<{ alerts: string[]; kept: string }> {
  const field = frame.locator('#cc-new-note');
  await field.pressSequentially(text);
  await field.press('Tab');
  await expect.poll(() => frame.locator('[role="alert"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return {
    alerts: await frame.locator('[role="alert"]').allInnerTexts(),
    kept: await field.inputValue(),
  };
}

describe('faults, in Chromium', () => {
  it('stands down quietly when the extension is reloaded under an open page, and the page keeps working', async () => {
    session = await startSession();
    const { page, problems } = await openWatched(session, 'pages/inline-markup.html');
    await waitForHighlights(page, 3);
    await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1_000);

    // The page still works, and the orphaned script stays quiet: a new paragraph (which it must
    // not try to annotate), a click on a painted sentence (which must not open anything), and
    // the page's own cookie banner button.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Syrian Prime Minister Mohammad Ghazi al-Jalali said the government was ready for any handover of power.';
      document.querySelector('.article-body')!.append(p);
    });
    await page.waitForTimeout(1_500);
    await clickSentence(page, CLAIM).catch(() => undefined); // nothing left to click is fine too
    await page.waitForTimeout(500);
    expect(page.frames().some((f) => f.url().includes('popover.html'))).toBe(false);
    // Stood down: the highlights and the in-page UI are gone.
    await expect.poll(() => highlightTexts(page), { timeout: 5_000 }).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('crosscheck-ui'))).toBeNull();
    await page.locator('.cookie-banner__accept').click();
    expect(await page.locator('#cookie-banner').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('tells the reader when an older open copy blocks the notes database, and keeps what they typed', async () => {
    session = await startSession();
    // An extension page left open from an older version: it holds version 1 of the notes
    // database and, being old, does not close it when a newer version asks.
    const old = await session.openExtensionPage('popup.html');
    await old.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('crosscheck-notes', 1);
          request.onupgradeneeded = () => {
            request.result.createObjectStore('notes', { keyPath: 'id' }).createIndex('by-claim', 'claimId');
          };
          request.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = request.result;
            done();
          };
          request.onerror = () => fail(request.error);
        }),
    );
    const { page } = await openWatched(session, 'pages/inline-markup.html');
    const frame = await openPopover(page);
    const NOTE = 'Blocked but kept.';
    const { alerts, kept } = await typeNote(frame, NOTE);
    expect(kept).toBe(NOTE);
    expect(alerts.join(' ')).toMatch(/not saved|unavailable|could not/i);
  });

  it('tells the reader when IndexedDB is unavailable, and keeps what they typed', async () => {
    session = await startSession();
    await session.worker.evaluate(() => {
      indexedDB.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      };
    });
    const { page } = await openWatched(session, 'pages/inline-markup.html');
    const frame = await openPopover(page);
    const NOTE = 'No storage, still here.';
    const { alerts, kept } = await typeNote(frame, NOTE);
    expect(kept).toBe(NOTE);
    expect(alerts.join(' ')).toMatch(/Notes are unavailable/);
    expect(alerts.join(' ')).toMatch(/Your text is kept here/);
  });

  it('tells the reader when the disk is full, and keeps what they typed', async () => {
    session = await startSession();
    // The DevTools quota override (Storage.overrideQuotaForOrigin) does not reach the extension's
    // service worker (its storage estimate keeps the full quota), so the worker's IndexedDB is
    // made to refuse writes the way a full profile does, with a QuotaExceededError.
    await session.worker.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page } = await openWatched(session, 'pages/inline-markup.html');
    const frame = await openPopover(page);
    const NOTE = 'Out of space, still here.';
    const { alerts, kept } = await typeNote(frame, NOTE);
    expect(kept).toBe(NOTE);
    expect(alerts.join(' ')).toMatch(/no storage space left/);
    expect(alerts.join(' ')).toMatch(/Your text is kept here/);
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', [1, 2, 3]],
    ['fields of the wrong kinds', { highlightStyle: 42, strictness: 'very', disabledSites: 'all', paused: 'no', keepPageUrls: null }],
  ])('replaces corrupted settings (%s) with the defaults, warns once, and still highlights', async (_name, garbage) => {
    session = await startSession();
    await session.worker.evaluate((value) => chrome.storage.local.set({ settings: value }), garbage as never);
    const { page, problems } = await openWatched(session, 'pages/inline-markup.html');
    await waitForHighlights(page, 3);
    const stored = await session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toEqual({
      paused: false,
      disabledSites: [],
      strictness: 'balanced',
      highlightStyle: 'tint',
      keepPageUrls: true,
    });
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^warning: Crosscheck settings: "\w+" .*reset to its default\.$/);
  });
});
