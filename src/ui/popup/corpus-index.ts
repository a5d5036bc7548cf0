import type { Article, Claim } from '../../core/corpus/types';

/** The corpus as the popup looks things up in it: article labels for sources, claims by id. */
export interface CorpusIndex {
  articles: readonly Article[];
  claims: ReadonlyMap<string, Claim>;
}

export function indexCorpus(corpus: { articles: Article[]; claims: Claim[] }): CorpusIndex {
  return { articles: corpus.articles, claims: new Map(corpus.claims.map((c) => [c.id, c])) };
}
