import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildCorpus } from '../core/corpus';
import type { Corpus } from '../core/corpus';

/** Folder of the bundled source articles, resolved from this file so it works from any cwd. */
export const ARTICLES_DIR = fileURLToPath(new URL('../../assets/articles/', import.meta.url));

/** Reads the bundled article files (sorted by name, so ids are stable). */
export async function readBundledArticles(): Promise<Array<{ file: string; text: string }>> {
  const names = (await readdir(ARTICLES_DIR)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (file) => ({ file, text: await readFile(join(ARTICLES_DIR, file), 'utf8') })),
  );
}

/** Builds the bundled corpus exactly as the extension build does. */
export async function loadBundledCorpus(): Promise<Corpus> {
  return buildCorpus(await readBundledArticles());
}
