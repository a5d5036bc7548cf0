import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['.output/chrome-mv3/corpus.json', '.output/firefox-mv2/corpus.json'];

describe('the corpus that ships is the corpus the builder makes from the articles', () => {
  it.each(BUILDS)('%s', async (path) => {
    const file = resolve(ROOT, path);
    // npm test builds before the unit tests; run `npm run build` (and build:firefox) otherwise.
    expect(existsSync(file), `${path} is missing: build the extension first`).toBe(true);
    const shipped = JSON.parse(readFileSync(file, 'utf8'));
    expect(shipped).toEqual(await loadBundledCorpus());
  });
});
