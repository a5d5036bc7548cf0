import { browser, type Browser } from 'wxt/browser';
import type {
  BackgroundRequests,
  BackgroundType,
  ContentRequests,
  ContentType,
  Envelope,
  RequestOf,
  ResponseOf,
} from './protocol';

/** Asks the background; the promise rejects when the extension context is gone (update/reload). */
export function askBackground<K extends BackgroundType>(
  type: K,
  request: RequestOf<BackgroundRequests, K>,
): Promise<ResponseOf<BackgroundRequests, K>> {
  return browser.runtime.sendMessage({ type, ...(request as object) });
}

/** Asks the content script of a tab (top frame only: Crosscheck annotates the top frame). */
export function askTab<K extends ContentType>(
  tabId: number,
  type: K,
  request: RequestOf<ContentRequests, K>,
): Promise<ResponseOf<ContentRequests, K>> {
  return browser.tabs.sendMessage(tabId, { type, ...(request as object) }, { frameId: 0 });
}

type Handlers<M> = {
  [K in keyof M]?: (
    request: Extract<Envelope<M>, { type: K }>,
    sender: Browser.runtime.MessageSender,
  ) => ResponseOf<M, K> | Promise<ResponseOf<M, K>>;
};

/**
 * Registers typed handlers behind a shape check. Uses `sendResponse` + `return true` rather than
 * returning a Promise: that form works in Chrome, Firefox and WXT's fake browser alike.
 * Unknown or malformed messages are ignored and logged once per type.
 */
export function listen<M>(
  parse: (raw: unknown) => Envelope<M> | null,
  handlers: Handlers<M>,
  signal?: AbortSignal,
): void {
  const warned = new Set<string>();
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const message = parse(raw);
    if (!message) {
      const type = typeof (raw as { type?: unknown })?.type === 'string' ? String((raw as { type: string }).type) : '?';
      if (!warned.has(type)) {
        warned.add(type);
        console.warn(`Crosscheck ignored a malformed or unknown message (type ${type.slice(0, 40)})`);
      }
      return false;
    }
    const handler = handlers[message.type as keyof M] as
      | ((m: unknown, s: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (result) => sendResponse(result ?? null),
        (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never));
}
