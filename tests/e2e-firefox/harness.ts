/**
 * End-to-end harness for Firefox: the built extension (.output/firefox-mv2) installed as a
 * temporary add-on in real Firefox over WebDriver BiDi, with the test pages served on 127.0.0.1.
 * One Firefox per test file. Without a Firefox the tests fail (never skip) with a message that
 * says how to install one.
 *
 * Two BiDi quirks shape the helpers below: extension documents send no load event (so `goto` on
 * a moz-extension:// URL never resolves), and a frame that navigates to a moz-extension:// page
 * keeps reporting its first URL, about:blank (so frames are recognised by asking their own
 * `location`, not by `frame.url()`).
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');

export interface FirefoxSession extends FirefoxWithExtension {
  server: StaticServer;
  /** Opens a fixture (path under tests/fixtures, e.g. "pages/inline-markup.html"). */
  open(path: string): Promise<Page>;
  /** Opens an extension page, e.g. "popup.html", once an element matching `ready` is drawn. */
  openExtensionPage(path: string, ready?: string): Promise<Page>;
}

export async function startFirefoxSession(options: { extensionPath?: string } = {}): Promise<FirefoxSession> {
  const server = await serveFolder(FIXTURES, { '/demo/': resolve(ROOT, 'assets/demo') });
  const ff = await launchFirefoxWithExtension(options);
  return {
    ...ff,
    server,
    async open(path) {
      const page = await ff.browser.newPage();
      await page.goto(`${server.url}/${path}`);
      return page;
    },
    openExtensionPage: (path, ready) => openExtensionPage(ff, path, ready),
    async close() {
      await ff.close();
      await server.close();
    },
  };
}

/**
 * The id of the tab showing `url`, asked from an extension page (the popup opened as a page is a
 * tab itself, so `popup.html?tab=<id>` names the article's tab). `query({ url })` is not used: a
 * match pattern cannot name the test server's port.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (url) => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    return (await tabs.query({})).find((t) => t.url === url)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}

/** The number of ranges painted under both highlight names. */
export const paintedCount = (page: Page): Promise<number> =>
  page.evaluate(
    () => (CSS.highlights.get('crosscheck-claim')?.size ?? 0) + (CSS.highlights.get('crosscheck-conflict')?.size ?? 0),
  );

/** The texts painted under a highlight name, read from the page's own highlight registry. */
export function highlightTexts(page: Page, name = 'crosscheck-claim'): Promise<string[]> {
  return page.evaluate(
    (n) => [...((CSS.highlights.get(n) as Iterable<AbstractRange> | undefined) ?? [])].map((r) => (r as Range).toString()),
    name,
  );
}

/** Waits until at least `count` ranges are painted under `name`. */
export async function waitForHighlights(page: Page, count = 1, name = 'crosscheck-claim', timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (n, c) => ((CSS.highlights.get(n) as { size: number } | undefined)?.size ?? 0) >= c,
    { timeout, polling: 50 },
    name,
    count,
  );
}

/** Normalises whitespace so texts from ranges compare with texts written in fixtures. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Clicks the middle of the first line of the painted sentence that starts with `start`. */
export async function clickSentence(page: Page, start: string, name = 'crosscheck-claim'): Promise<void> {
  const point = await page.evaluate(
    (start, name) => {
      for (const r of (CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? []) {
        const range = r as Range;
        if (!range.toString().replace(/\s+/g, ' ').trim().startsWith(start)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    start,
    name,
  );
  if (!point) throw new Error(`No painted sentence starts with "${start}"`);
  await page.mouse.click(point.x, point.y);
}

/** The child frame whose document is the popover, or null; asked of each frame's own location. */
async function findPopoverFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.mainFrame().childFrames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith('moz-extension://') && href.includes('/popover.html')) return frame;
  }
  return null;
}

/** The popover frame once it has drawn `ready` (its dialog by default). */
export async function popoverFrame(page: Page, ready = '[role="dialog"]', timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = await findPopoverFrame(page);
    if (frame) {
      await frame.waitForSelector(ready, { timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The popover frame did not open');
}

/** Whether a popover frame is open on the page. */
export async function popoverIsOpen(page: Page): Promise<boolean> {
  return (await findPopoverFrame(page)) !== null;
}

/** Polls `check` until it returns true or `timeout` passes; returns the last answer. */
export async function eventually(check: () => Promise<boolean>, timeout = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
