import type { Article } from '../../core/corpus/types';
import type { ArticleMeta } from '../../messaging/protocol';

/**
 * Fewer sentences than this and a page is not taken as an article. The shortest wire brief in
 * the bundled set has about 15 sentences; section fronts, video pages and paywall stubs measured
 * on the fixtures give 0-3 prose sentences. Five leaves room for a short brief and refuses those.
 */
export const MIN_ARTICLE_SENTENCES = 5;

/** What is kept of an article the reader added, enough to add it again (Undo, import). */
export interface SourceText {
  text: string;
  meta: ArticleMeta;
  file: string;
}

/**
 * The reader's article already added from the same address, if any. The builder refuses the
 * same text twice anyway; asking first spares a round trip and names the article it duplicates.
 */
export function sameSource(articles: readonly Article[], meta: ArticleMeta): Article | undefined {
  const url = meta.url?.trim();
  if (!url) return undefined;
  return articles.find((a) => a.origin === 'user' && (a.url === url || a.file === url));
}

/** "example.com" for a page address; the address itself when it is not one. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
