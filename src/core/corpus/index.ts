/**
 * The claim corpus builder: articles in, claims out. Pure TypeScript with no DOM and no Node APIs,
 * so the same build runs for the bundled corpus.json and in the browser for a user's own articles.
 * The method is written up in docs/corpus.md.
 */

export type * from './types';
export { cleanArticle, type CleanedArticle, type DroppedLine, type DropReason } from './clean';
export { prepareArticles, type PreparedArticle, type ArticleMeta } from './prepare';
export { buildCorpus } from './build';
export {
  addArticle,
  removeArticle,
  createCorpusBuilder,
  type AddArticleInput,
  type CorpusBuilder,
} from './incremental';
export { ArticleAlreadyInCorpusError, ArticleNotInCorpusError } from './errors';
