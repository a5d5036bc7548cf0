/**
 * End-to-end harness: the built extension (.output/chrome-mv3) in real Chromium, with the test
 * pages served on 127.0.0.1. Each test file starts one browser in beforeAll and closes it in
 * afterAll. Without a Chromium the tests fail (never skip) with a message that says how to
 * install one.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
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
