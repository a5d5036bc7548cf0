import type { Article } from '../../core/corpus/types';
import { t } from './i18n';
import { listText } from './list-text';

/**
 * The name a reader sees for an article. The corpus gives every article a `label`; an id that
 * is not among the articles at hand (a stale claim, a removed user article) still gets a name
 * rather than an empty string, so a sentence like "the sources say 2,000 (…)" never loses a part.
 */
export function sourceLabel(articleId: string, articles: readonly Article[]): string {
  return articles.find((a) => a.id === articleId)?.label ?? t('articleFallback', articleId);
}

/** "Article A, Article B and Article C", in the order given, each once. */
export function sourceList(articleIds: readonly string[], articles: readonly Article[]): string {
  return listText(
    [...new Set(articleIds)].map((id) => sourceLabel(id, articles)),
    'and',
  );
}
