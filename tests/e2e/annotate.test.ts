import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  highlightTexts,
  pageDom,
  squash,
  startSession,
  waitForHighlights,
  type Session,
} from './harness';

interface Expected {
  claims: string[];
  conflicts: string[];
  notClaims?: string[];
}

const expectedOf = (page: Page): Promise<Expected> =>
  page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!));

/** Both highlight names together, whitespace-normalised. */
async function painted(page: Page) {
  const claims = (await highlightTexts(page, 'crosscheck-claim')).map(squash);
  const conflicts = (await highlightTexts(page, 'crosscheck-conflict')).map(squash);
  return { claims, conflicts, all: [...claims, ...conflicts] };
}

/** The accessible label of the in-page indicator button, read through the closed shadow root. */
async function indicatorLabel(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (node: CdpNode): string | null => {
    if (node.nodeName === 'BUTTON' && node.attributes) {
      const i = node.attributes.indexOf('aria-label');
      if (i >= 0 && node.attributes[i + 1]!.startsWith('Crosscheck:')) return node.attributes[i + 1]!;
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  await cdp.detach();
  return find(root);
}
interface CdpNode {
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

describe('annotating pages in Chromium', () => {
  let session: Session;
  let plain: Session;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    plain = await startSession({ withExtension: false });
  });
  afterAll(async () => {
    await session?.close();
    await plain?.close();
  });

  it('highlights the claim sentences of an article, across inline markup, and marks the conflict', async () => {
    const page = await session.open('pages/inline-markup.html');
    page.on('console', (m) => consoleLines.push(m.text()));
    const expected = await expectedOf(page);
    await waitForHighlights(page, 1, 'crosscheck-conflict');
    await waitForHighlights(page, expected.claims.length - expected.conflicts.length);
    const { all, conflicts } = await painted(page);
    expect(all.sort()).toEqual(expected.claims.map(squash).sort());
    expect(conflicts).toEqual(expected.conflicts.map(squash));
    for (const text of expected.notClaims ?? []) expect(all).not.toContain(squash(text));
    expect(consoleLines).toEqual([]);
    await page.close();
  });

  it('leaves the page DOM exactly as it is without the extension', async () => {
    const withUs = await session.open('pages/inline-markup.html');
    await waitForHighlights(withUs, 3);
    const without = await plain.open('pages/inline-markup.html');
    await without.waitForLoadState('load');
    expect(await pageDom(withUs)).toBe(await pageDom(without));
    // Our host element sits outside <body>, and nothing else was added to the document.
    expect(await withUs.evaluate(() => document.body.querySelector('crosscheck-ui'))).toBeNull();
    await withUs.close();
    await without.close();
  });

  it('annotates a paragraph that a page script adds after load', async () => {
    const page = await session.open('pages/late-paragraph.html');
    const expected = await expectedOf(page);
    const late = squash(expected.claims.at(-1)!);
    await page.waitForFunction(
      (text) => [...(CSS.highlights.get('crosscheck-claim') ?? [])].some((r) => (r as Range).toString().replace(/\s+/g, ' ').trim() === text),
      late,
      { timeout: 10_000 },
    );
    await page.close();
  });

  it('follows an article that replaces its nodes the way a framework re-renders', async () => {
    const page = await session.open('pages/react-rerender.html');
    const expected = await expectedOf(page);
    await page.waitForFunction(() => (window as unknown as { __renders: number }).__renders >= 2, undefined, {
      timeout: 10_000,
    });
    // Within about a second of the last re-render, the highlights point into the new nodes.
    await page.waitForFunction(
      (n) => {
        const ranges = [...(CSS.highlights.get('crosscheck-claim') ?? [])] as Range[];
        // A range into replaced nodes collapses onto their old parent: wait until none is left.
        return ranges.length >= n && ranges.every((r) => !r.collapsed && r.startContainer.isConnected);
      },
      expected.claims.length,
      { timeout: 5_000 },
    );
    const { all } = await painted(page);
    expect(all.sort()).toEqual(expected.claims.map(squash).sort());
    await page.close();
  });

  it.each(['pages/not-article.html', 'pages/unrelated-article.html'])('does nothing on %s', async (path) => {
    const page = await session.open(path);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_500);
    const { all } = await painted(page);
    expect(all).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('crosscheck-ui'))).toBeNull();
    await page.close();
  });

  it('opens the popover on a click on a highlighted sentence, and Escape closes it', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 3);
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('crosscheck-claim') ?? [])][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html')), { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html')), { timeout: 5_000 }).toBe(false);
    await page.close();
  });

  it('moves between claims with the keyboard command and shows the count indicator', async () => {
    const page = await session.open('pages/inline-markup.html');
    await waitForHighlights(page, 3);
    // Without the "tabs" permission the worker cannot see tab URLs; the page just opened is the active tab.
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    await session.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id!, { type: 'step-claim', direction: 1 }, { frameId: 0 }),
      tabId,
    );
    await expect.poll(() => page.frames().some((f) => f.url().includes('popover.html')), { timeout: 5_000 }).toBe(true);
    const claims = await session.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id!, { type: 'page-claims' }, { frameId: 0 }),
      tabId,
    ) as { claims: unknown[] };
    const { all } = await painted(page);
    expect(claims.claims).toHaveLength(all.length);
    // The indicator lives in a closed shadow root: only the DevTools protocol can read it.
    const label = await indicatorLabel(page);
    expect(label).toMatch(new RegExp(`^Crosscheck: ${all.length} known claims on this page`));
    await page.close();
  });
});
