import type { Article } from '../../core/corpus/types';

/**
 * The name a reader sees for an article. The corpus gives every article a `label`; an id that
 * is not among the articles at hand (a stale claim, a removed user article) still gets a name
 * rather than an empty string, so a sentence like "the sources say 2,000 (…)" never loses a part.
 */
export function sourceLabel(articleId: string, articles: readonly Article[]): string {
  return articles.find((a) => a.id === articleId)?.label ?? `Article ${articleId}`;
}

/** "Article A, Article B and Article C", in the order given, each once. */
export function sourceList(articleIds: readonly string[], articles: readonly Article[]): string {
  const labels = [...new Set(articleIds)].map((id) => sourceLabel(id, articles));
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
