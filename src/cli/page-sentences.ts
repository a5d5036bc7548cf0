/**
 * The sentences of a page as the extension would see them: HTML goes through linkedom and the
 * same article extractor the content script uses; plain text through the sentence segmenter.
 */

import { parseHTML } from 'linkedom';
import { extractArticle } from '../dom';
import { segmentSentences } from '../core/text';
import type { PageInput } from './read-input';

/** linkedom has no layout: every element counts as visible, as in a saved page. */
const alwaysVisible = () => true;

export function pageSentences(input: PageInput): string[] {
  if (input.kind === 'text') return segmentSentences(input.text).map((s) => s.text);
  const { document } = parseHTML(input.text);
  const article = extractArticle(document as unknown as Document, { isVisible: alwaysVisible });
  if (article.sentences.length > 0) return article.sentences.map((s) => s.text);
  // A fragment with no article structure: fall back to its visible text.
  const body = (document as unknown as Document).body?.textContent ?? '';
  return segmentSentences(body.replace(/\s+/g, ' ')).map((s) => s.text);
}
