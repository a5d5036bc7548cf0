/** Small helpers for the human-readable output of the commands. */

import type { Corpus } from '../../core/corpus/types';

export function indent(line: string, depth = 1): string {
  return `${'   '.repeat(depth)}${line}`;
}

/** A sentence in quotes on one line, whatever whitespace the page had. */
export function quoteLine(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

/** "a1 (A war monitor reports...)" so a reader can tell the sources apart. */
export function articleLabel(corpus: Corpus, id: string): string {
  const article = corpus.articles.find((a) => a.id === id);
  return article ? `${id} (${article.label})` : id;
}
