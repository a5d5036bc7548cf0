import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';
import { createClaimSearch, type ClaimSearch } from '../../src/core/search';

let search: ClaimSearch;
beforeAll(async () => {
  search = createClaimSearch(await loadBundledCorpus());
});

const wording = (hit: { claim: { text: string; sources: Array<{ quote: string }> } } | undefined) =>
  hit ? [hit.claim.text, ...hit.claim.sources.map((s) => s.quote)].join(' | ') : '';

describe('claim search by a reader\'s own words', () => {
  it.each([
    ['Assad flew out of Damascus airport', 'Damascus International Airport'],
    ['Saydnaya jail', 'Sednaya'],
    ['Sednya prisn', 'Sednaya'],
    ['two thousand troops Iraq', 'Iraq'],
    ['Lavrov inadmissible', 'Lavrov'],
  ])('"%s" finds the claim about %s first', (query, expected) => {
    expect(wording(search.search(query)[0])).toContain(expected);
  });

  it.each([[''], ['   ']])('an empty query %j finds nothing', (query) => {
    expect(search.search(query)).toEqual([]);
  });

  it('respects the limit and ranks best first with scores in 0..1', () => {
    const hits = search.search('Assad', 3);
    expect(hits).toHaveLength(3);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
