/**
 * The errors a reader can meet when changing their corpus, each with a message fit to show as is.
 */

/** The article (same text, same sentences or same URL) is in the corpus already. */
export class ArticleAlreadyInCorpusError extends Error {
  readonly code = 'article-already-in-corpus';

  constructor(
    /** The article that is already there. */
    readonly articleId: string,
    readonly label: string,
  ) {
    super(`This article is already in your corpus: ${label}`);
    this.name = 'ArticleAlreadyInCorpusError';
  }
}

/** No article of the corpus has this id (removed already, or from another corpus). */
export class ArticleNotInCorpusError extends Error {
  readonly code = 'article-not-in-corpus';

  constructor(readonly articleId: string) {
    super(`This article is not in your corpus: ${articleId}`);
    this.name = 'ArticleNotInCorpusError';
  }
}
