import { browser } from 'wxt/browser';
import type { BackgroundRequests, BackgroundType, ContentRequests, PageClaim, RequestOf, ResponseOf } from '../../messaging/protocol';
import { askBackground, askTab } from '../../messaging/send';
import { settle, type Answer } from './answer';
import { extensionSettings, type SettingsAccess } from './settings-access';

/** The tab the popup describes; `url` is absent on pages the extension may not see. */
export interface PopupTab {
  id: number;
  url?: string;
}

export type ExtractedPage = ResponseOf<ContentRequests, 'extract-article'>;
/** The options page sections the popup links to (their element ids). */
export type OptionsSection = 'notes' | 'sources';

/**
 * Everything the popup needs from the browser, as one object: components take it as a prop, so
 * tests hand in a plain object instead of mocking modules.
 */
export interface PopupClient {
  ask<K extends BackgroundType>(
    type: K,
    request: RequestOf<BackgroundRequests, K>,
  ): Promise<Answer<ResponseOf<BackgroundRequests, K>>>;
  /** The tab "on this page" is about, or null when there is none (a devtools window). */
  currentTab(): Promise<PopupTab | null>;
  pageClaims(tabId: number): Promise<Answer<PageClaim[]>>;
  revealClaim(tabId: number, index: number): Promise<Answer<null>>;
  /** The tab's article text and metadata, for "Add this article as a source". */
  extractArticle(tabId: number): Promise<Answer<ExtractedPage>>;
  settings: SettingsAccess;
  /** Opens the options page, at one of its sections when asked. */
  openOptions(section?: OptionsSection): Promise<void>;
  /** Closes the popup (a no-op when it was opened as a page). */
  close(): void;
}

/** The real client; `tabId` comes from `?tab=` (see tab-param.ts), otherwise the active tab is used. */
export function extensionPopupClient(tabId: number | null, win: Window = window): PopupClient {
  return {
    ask: (type, request) => settle(askBackground(type, request)),
    async currentTab() {
      const tab =
        tabId === null
          ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
          : await browser.tabs.get(tabId).catch(() => undefined);
      return tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
    },
    async pageClaims(id) {
      const answer = await settle(askTab(id, 'page-claims', {}));
      return answer.ok ? { ok: true, value: answer.value?.claims ?? [] } : answer;
    },
    revealClaim: (id, index) => settle(askTab(id, 'reveal-claim', { index })),
    extractArticle: (id) => settle(askTab(id, 'extract-article', {})),
    settings: extensionSettings,
    async openOptions(section) {
      if (section) await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
      else await browser.runtime.openOptionsPage();
    },
    close: () => win.close(),
  };
}
