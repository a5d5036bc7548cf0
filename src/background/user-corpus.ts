import { addArticle, removeArticle } from '../core/corpus';
import type { ArticleMeta, Corpus } from '../core/corpus';
import {
  openUserArticles,
  type CorpusSnapshot,
  type UserArticleMeta,
  type UserArticleRecord,
  type UserArticlesStore,
} from '../storage/user-articles';

/**
 * The reader's corpus: the bundled corpus plus the articles they added, kept in IndexedDB. On
 * start the last snapshot is used when it was built on this release's bundled corpus; otherwise
 * the stored articles are added again, one by one, on top of the bundled corpus.
 */
export interface UserCorpus {
  current(): Corpus;
  add(input: { text: string; meta: UserArticleMeta; file?: string }): Promise<{ corpus: Corpus; articleId: string }>;
  remove(articleId: string): Promise<Corpus>;
  /** The stored articles, oldest first, with their full text. */
  records(): Promise<UserArticleRecord[]>;
}

/** A cheap fingerprint of the bundled corpus: its claim ids change whenever its articles do. */
export function corpusFingerprint(corpus: Corpus): string {
  let h = 2166136261;
  for (const c of corpus.claims) for (let i = 0; i < c.id.length; i++) h = Math.imul(h ^ c.id.charCodeAt(i), 16777619);
  return `${corpus.claims.length}:${(h >>> 0).toString(36)}`;
}

/**
 * The 1,000-article snapshot is about 19 MiB: writing it on every add cost most of a second
 * (docs/scale.md). It is written once the reader has stopped adding for this long instead; if the
 * worker stops before that, the next start replays the few articles the snapshot lacks.
 */
export const SNAPSHOT_DELAY_MS = 3_000;

export async function openUserCorpus(
  bundled: Corpus,
  openStore: () => Promise<UserArticlesStore> = () => openUserArticles(),
  options: { snapshotDelayMs?: number } = {},
): Promise<UserCorpus> {
  const base = corpusFingerprint(bundled);
  const store = await openStore();
  const records = await store.list();
  const saved = await store.snapshot();
  const ids = records.map((r) => r.id);
  const usable = saved !== undefined && saved.base === base;
  let corpus = usable ? saved.corpus : bundled;
  const inCorpus = new Set(usable ? saved.articleIds : []);
  // Bring the snapshot up to date: drop what the reader removed since, add what they added since,
  // in the order they added it (article ids are hashes of the text, so order never changes them).
  const stored = new Set(ids);
  let stale = !usable && records.length > 0;
  for (const id of inCorpus) {
    if (!stored.has(id)) {
      corpus = removeArticle(corpus, id);
      stale = true;
    }
  }
  for (const r of records) {
    if (inCorpus.has(r.id)) continue;
    corpus = addArticle(corpus, { file: r.file, text: r.text, meta: builderMeta(r.meta), origin: 'user' });
    stale = true;
  }

  const snapshot = (c: Corpus): CorpusSnapshot => ({
    base,
    articleIds: c.articles.filter((a) => a.origin === 'user').map((a) => a.id),
    corpus: c,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveLater = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void store.saveSnapshot(snapshot(corpus)).catch((error: unknown) => {
        // Only a cache: the articles themselves are stored; the next start replays them.
        console.warn('Crosscheck: the corpus snapshot could not be written', error);
      });
    }, options.snapshotDelayMs ?? SNAPSHOT_DELAY_MS);
  };
  if (stale) await store.saveSnapshot(snapshot(corpus));

  return {
    current: () => corpus,
    async add({ text, meta, file }) {
      const next = addArticle(corpus, {
        file: file ?? meta.url ?? 'added article',
        text,
        meta: builderMeta(meta),
        origin: 'user',
      });
      const added = next.articles.find((a) => !corpus.articles.some((b) => b.id === a.id))!;
      await store.add({ id: added.id, file: added.file, text, meta: { ...meta }, addedAt: Date.now() });
      corpus = next;
      saveLater();
      return { corpus, articleId: added.id };
    },
    records: () => store.list(),
    async remove(articleId) {
      const next = removeArticle(corpus, articleId);
      await store.remove(articleId);
      corpus = next;
      saveLater();
      return corpus;
    },
  };
}

/** The builder takes absent fields as undefined; pages give null for what they lack. */
function builderMeta(meta: UserArticleMeta): ArticleMeta {
  const out: ArticleMeta = {};
  for (const key of ['url', 'site', 'title', 'date', 'byline'] as const) {
    const value = meta[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

