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

export async function openUserCorpus(
  bundled: Corpus,
  openStore: () => Promise<UserArticlesStore> = () => openUserArticles(),
): Promise<UserCorpus> {
  const base = corpusFingerprint(bundled);
  const store = await openStore();
  const records = await store.list();
  const saved = await store.snapshot();
  let corpus = bundled;
  const ids = records.map((r) => r.id);
  if (saved && saved.base === base && sameIds(saved.articleIds, ids)) {
    corpus = saved.corpus;
  } else if (records.length > 0) {
    for (const r of records) {
      // Added again in the order the reader added them, so the builder gives the same ids.
      corpus = addArticle(corpus, { file: r.file, text: r.text, meta: builderMeta(r.meta), origin: 'user' });
    }
    await store.saveSnapshot({ base, articleIds: ids, corpus });
  }

  const snapshot = (c: Corpus): CorpusSnapshot => ({
    base,
    articleIds: c.articles.filter((a) => a.origin === 'user').map((a) => a.id),
    corpus: c,
  });

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
      await store.add(
        { id: added.id, file: added.file, text, meta: { ...meta }, addedAt: Date.now() },
        snapshot(next),
      );
      corpus = next;
      return { corpus, articleId: added.id };
    },
    records: () => store.list(),
    async remove(articleId) {
      const next = removeArticle(corpus, articleId);
      await store.remove(articleId, snapshot(next));
      corpus = next;
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

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));
