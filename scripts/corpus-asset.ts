import { loadBundledCorpus } from '../src/cli/bundled-articles';

/** The generated `corpus.json` public asset, built from assets/articles at build time. */
export async function corpusAsset(): Promise<{ relativeDest: string; contents: string }> {
  const corpus = await loadBundledCorpus();
  return { relativeDest: 'corpus.json', contents: JSON.stringify(corpus) };
}
