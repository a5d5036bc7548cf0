import { browser } from 'wxt/browser';
import { parseBackgroundRequest, type BackgroundRequests } from '../messaging/protocol';
import { askTab, listen } from '../messaging/send';
import { createCorpusService, type CorpusService } from './corpus-service';
import { loadShippedCorpus } from './load-corpus';
import { notesHandlers } from './notes-handlers';

/**
 * Starts the background: one corpus service (loaded once per worker lifetime; an MV3 worker
 * that was stopped simply loads it again on the next message) and the message handlers.
 */
export function startBackground(): void {
  let service: Promise<CorpusService> | undefined;
  const corpus = () => (service ??= loadShippedCorpus().then(createCorpusService));

  listen<BackgroundRequests>(parseBackgroundRequest, {
    'match-sentences': async ({ sentences, threshold }) => ({
      matches: (await corpus()).match(sentences, threshold),
    }),
    'get-claim': async ({ claimId }) => {
      const { corpus: data } = await corpus();
      const claim = data.claims.find((c) => c.id === claimId);
      if (!claim) return null;
      const ids = new Set(claim.sources.map((s) => s.article));
      return { claim, articles: data.articles.filter((a) => ids.has(a.id)) };
    },
    search: async ({ query, limit }) => ({ hits: (await corpus()).search(query, limit) }),
    'get-corpus': async () => {
      const { corpus: data } = await corpus();
      return { articles: data.articles, claims: data.claims };
    },
    'popover-close': async (_req, sender) => {
      if (sender.tab?.id !== undefined) await askTab(sender.tab.id, 'close-popover', {});
      return null;
    },
    ...notesHandlers(),
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await askTab(tab.id, 'step-claim', { direction }).catch(() => undefined);
  });
}
