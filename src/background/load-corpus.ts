import { browser } from 'wxt/browser';
import type { Corpus } from '../core/corpus/types';

/**
 * Reads the corpus that the build generated from assets/articles. It is a file of the extension
 * itself (`corpus.json`), read with fetch from the extension's own origin: no network involved.
 */
export async function loadShippedCorpus(): Promise<Corpus> {
  const response = await fetch((browser.runtime.getURL as (path: string) => string)('/corpus.json'));
  if (!response.ok) throw new Error(`corpus.json could not be read (${response.status})`);
  const corpus = (await response.json()) as Corpus;
  if (corpus?.version !== 1 || !Array.isArray(corpus.claims)) {
    throw new Error('corpus.json has an unexpected format');
  }
  return corpus;
}
