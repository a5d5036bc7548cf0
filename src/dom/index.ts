/**
 * The DOM layer: a page in, article sentences with a way back to the page out. It reads the DOM
 * and never changes it, imports nothing from the extension runtime, and runs unchanged in the
 * content script (browser DOM) and on the command line (linkedom).
 */
export type { TextBlock, PageSentence, ExtractedArticle, ExtractOptions } from './types';
export { looksLikeArticle } from './looks-like-article';
export { extractArticle, extractArticleInSlices } from './extract-article';
export { sentenceRange } from './sentence-range';
export { readPageMetadata, type PageMetadata } from './page-metadata';
export { defaultIsVisible } from './visibility';
