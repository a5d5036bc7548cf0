/**
 * `npm start -- --browser firefox`: builds the Firefox extension, serves the demo article on
 * 127.0.0.1 and opens Firefox with Crosscheck installed as a temporary add-on. Without a display
 * it runs headless: it loads the demo page, writes artifacts/demo-article-firefox.png, prints what
 * the extension found and returns.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_INSTALL_HINT, launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './firefox';
import { serveFolder } from './static-server';

interface FoundClaim {
  sentence: string;
  claimText: string;
  status: string;
  conflict: boolean;
}

/**
 * The claims the content script found on the tab showing `url`, asked from an extension page
 * (Firefox's background page is not reachable over WebDriver BiDi as Chromium's worker is).
 */
async function foundOn(ff: FirefoxWithExtension, url: string): Promise<FoundClaim[]> {
  const probe = await openExtensionPage(ff, 'popup.html');
  try {
    return await probe.evaluate(async (url) => {
      type Tabs = {
        query(q: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(id: number, m: object, o: object): Promise<{ claims?: FoundClaim[] } | undefined>;
      };
      const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
      // Not `query({ url })`: a match pattern cannot name the server's port.
      const tab = (await tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return [];
      const answer = await tabs.sendMessage(tab.id, { type: 'page-claims' }, { frameId: 0 }).catch(() => undefined);
      return answer?.claims ?? [];
    }, url);
  } finally {
    await probe.close();
  }
}

/** Waits until the content script has painted (or has had ample time to). */
async function painted(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => (CSS.highlights.get('crosscheck-claim')?.size ?? 0) + (CSS.highlights.get('crosscheck-conflict')?.size ?? 0) > 0,
      { timeout: 15_000, polling: 100 },
    )
    .catch(() => undefined);
  await new Promise((done) => setTimeout(done, 300));
}

/**
 * Runs the Firefox demo from the repository at `root`. Resolves when the headless run has
 * printed its findings, or when the reader closes the Firefox window. Throws (with an install
 * hint) when there is no Firefox or the build fails.
 */
export async function startFirefox(options: { root: string; headless: boolean }): Promise<void> {
  const { root, headless } = options;
  if (!findFirefox()) throw new Error(FIREFOX_INSTALL_HINT);
  console.log('Building the Firefox extension…');
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npx wxt build -b firefox failed.');

  const server = await serveFolder(resolve(root, 'assets/demo'));
  const url = `${server.url}/article.html`;
  console.log(`\nDemo article: ${url}`);
  const ff = await launchFirefoxWithExtension({ extensionPath: resolve(root, '.output/firefox-mv2'), headless });
  try {
    const page = await ff.browser.newPage();
    await page.goto(url);

    if (!headless) {
      console.log('Firefox is open with Crosscheck installed as a temporary add-on. Close the window to stop.');
      await new Promise<void>((done) => ff.browser.once('disconnected', () => done()));
      return;
    }

    await painted(page);
    const shotDir = resolve(root, 'artifacts');
    mkdirSync(shotDir, { recursive: true });
    const shot = resolve(shotDir, 'demo-article-firefox.png');
    await page.screenshot({ path: shot });
    const found = await foundOn(ff, url);

    console.log(`\nCrosscheck in Firefox found ${found.length} known claims on the demo article:`);
    for (const f of found) {
      console.log(`\n  ${f.conflict ? '≠' : '•'} "${f.sentence}"`);
      console.log(`    claim: ${f.claimText}`);
      console.log(`    ${f.status}`);
    }
    console.log(`\nScreenshot: ${shot}`);
  } finally {
    if (ff.browser.connected) await ff.close();
    await server.close();
  }
}
