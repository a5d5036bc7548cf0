/**
 * End-to-end harness: the built extension (.output/chrome-mv3) in real Chromium, with the test
 * pages served on 127.0.0.1. Each test file starts one browser in beforeAll and closes it in
 * afterAll. Without a Chromium the tests fail (never skip) with a message that says how to
 * install one.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');

export interface Session extends ExtensionBrowser {
  server: StaticServer;
  /** Opens a fixture (path under tests/fixtures, e.g. "pages/inline-markup.html"). */
  open(path: string): Promise<Page>;
  /** Opens an extension page, e.g. "popup.html". */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(
  options: { userDataDir?: string; withExtension?: boolean } = {},
): Promise<Session> {
  const server = await serveFolder(FIXTURES, { '/demo/': resolve(ROOT, 'assets/demo') });
  const browser = await launchWithExtension(options);
  return {
    ...browser,
    server,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/${path}`);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    },
    async close() {
      await browser.context.close();
      await server.close();
    },
  };
}

/** The texts painted under a highlight name, read from the page's own highlight registry. */
export function highlightTexts(page: Page, name = 'crosscheck-claim'): Promise<string[]> {
  return page.evaluate(
    (n) => [...((CSS.highlights.get(n) as Iterable<AbstractRange> | undefined) ?? [])].map((r) => (r as Range).toString()),
    name,
  );
}

/** Waits until at least `count` ranges are painted under `name`; returns their texts. */
export async function waitForHighlights(
  page: Page,
  count = 1,
  name = 'crosscheck-claim',
  timeout = 15_000,
): Promise<string[]> {
  await page.waitForFunction(
    ({ n, c }) => ((CSS.highlights.get(n) as { size: number } | undefined)?.size ?? 0) >= c,
    { n: name, c: count },
    { timeout },
  );
  return highlightTexts(page, name);
}

/** Normalises whitespace so texts from ranges compare with texts written in fixtures. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A serialisation of the page's DOM without our own host element, for "the page is exactly as
 * without Crosscheck" comparisons.
 */
export function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('crosscheck-ui').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

/** Clicks the middle of the first line of the painted sentence that starts with `start`. */
export async function clickSentence(page: Page, start: string, name = 'crosscheck-claim'): Promise<void> {
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
export async function popoverFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
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

/** The id of the tab showing `url`, from the service worker (the popup opened as a page is a tab itself). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const tabs = await session.worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`No tab shows ${url}`);
  return tab.id;
}
