import { browser } from 'wxt/browser';
import { parseBackgroundRequest, type BackgroundRequests } from '../messaging/protocol';
import { askTab, listen } from '../messaging/send';
import { createCorpusService, type CorpusService } from './corpus-service';
import { loadShippedCorpus } from './load-corpus';
import { notesHandlers } from './notes-handlers';
import { openUserCorpus, type UserCorpus } from './user-corpus';

/**
 * Starts the background: one corpus service (loaded once per worker lifetime; an MV3 worker
 * that was stopped simply loads it again on the next message) and the message handlers.
 */
export function startBackground(): void {
  let state: Promise<{ service: CorpusService; user: UserCorpus | null }> | undefined;
  const load = () =>
    (state ??= loadShippedCorpus().then(async (shipped) => {
      // Without IndexedDB the reader's own articles are out of reach; the bundled corpus still
      // works, and adding an article says why it cannot be kept.
      const user = await openUserCorpus(shipped).catch((error: unknown) => {
        console.warn('Crosscheck: your added articles could not be loaded', error);
        return null;
      });
      return { service: createCorpusService(user?.current() ?? shipped), user };
    }));
  const corpus = async () => (await load()).service;
  const userCorpus = async () => {
    const { user } = await load();
    if (!user) throw new Error('Your own articles cannot be stored: the browser refused the extension its storage.');
    return user;
  };
  /** Tells every tab to match again; tabs without our content script just do not answer. */
  const broadcastChange = async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void askTab(tab.id, 'corpus-changed', {}).catch(() => undefined);
    }
  };

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
    'corpus-add': async ({ text, meta, file }) => {
      const user = await userCorpus();
      const { corpus: next, articleId } = await user.add({ text, meta, ...(file ? { file } : {}) });
      (await corpus()).update(next);
      void broadcastChange();
      const article = next.articles.find((a) => a.id === articleId)!;
      return { article, claims: next.claims.filter((c) => c.sources.some((s) => s.article === articleId)).length };
    },
    'corpus-remove': async ({ articleId }) => {
      const user = await userCorpus();
      if (!user.current().articles.some((a) => a.id === articleId && a.origin === 'user')) return { removed: false };
      (await corpus()).update(await user.remove(articleId));
      void broadcastChange();
      return { removed: true };
    },
    'corpus-export': async () => ({
      format: 'crosscheck-user-corpus' as const,
      version: 1 as const,
      articles: (await (await userCorpus()).records()).map(({ file, text, meta, addedAt }) => ({ file, text, meta, addedAt })),
    }),
    'corpus-user-articles': async () => ({
      articles: (await corpus()).corpus.articles.filter((a) => a.origin === 'user'),
    }),
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await askTab(tab.id, 'step-claim', { direction }).catch(() => undefined);
  });
}
