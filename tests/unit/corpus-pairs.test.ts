import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { readBundledArticles } from '../../src/cli/bundled-articles';
import { buildCorpus } from '../../src/core/corpus';

interface Pair {
  a: string;
  b: string;
  same: boolean;
  note: string;
}

/** Hand-labelled pairs of sentences from the bundled articles (substrings of the sentences). */
const OWN_PAIRS: Pair[] = [
  { a: 'more than 370,000 people have been displaced', b: 'has displaced 370,000 people', same: true, note: '370,000 displaced' },
  { a: 'Hezbollah fighters had vacated positions around the capital', b: 'reportedly vacated their positions around Damascus', same: true, note: 'Hezbollah withdrawal' },
  { a: 'around 2,000 Syrian troops, including officers, have fled into Iraq', b: 'put the figure at 2,000 troops', same: true, note: 'soldiers into Iraq' },
  { a: 'around 2,000 Syrian troops, including officers, have fled into Iraq', b: 'allowed in hundreds of Syrian soldiers', same: true, note: 'soldiers into Iraq, other figure' },
  { a: 'toppled a statue of Hafez al-Assad', b: 'protesters had toppled a statue of Assad', same: true, note: 'statue' },
  { a: 'denied that rebels had entered Homs', b: 'defence ministry had denied this', same: true, note: 'Homs denial' },
  { a: 'Assad departed via Damascus International Airport', b: 'Assad left Syria via Damascus International Airport', same: true, note: 'airport' },
  { a: 'the group claimed to have seized Homs', b: 'they had captured the strategic city of Homs', same: true, note: 'Homs captured' },
  { a: 'intensifying the five-year-long conflict', b: 'caps the 13-year rebellion', same: true, note: 'conflict length, different figures' },
  { a: 'more than 370,000 people have been displaced', b: 'around 2,000 Syrian troops', same: false, note: 'different figures, different facts' },
  { a: 'toppled a statue of Hafez al-Assad', b: 'images from AFPTV showed abandoned and burning tanks', same: false, note: 'different events' },
  { a: 'some 2,000 fighters had been sent near the Lebanese border', b: 'around 2,000 Syrian troops, including officers', same: false, note: 'same figure, Hezbollah fighters vs Syrian troops' },
  { a: 'Russian Foreign Ministry confirmed that Assad', b: 'Turkish President Recep Tayyip Erdogan remarked', same: false, note: 'different speakers' },
  { a: 'Hayat Tahrir al-Sham was formed in 2012', b: 'In 2020, Turkey and Russia brokered a ceasefire', same: false, note: 'same article, background' },
];

const FIXTURE = new URL('../fixtures/eval/same-fact-pairs.json', import.meta.url);
const fixturePairs: Pair[] = existsSync(FIXTURE) ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Pair[]) : [];
const pairs = [...OWN_PAIRS, ...fixturePairs];

const corpus = buildCorpus(await readBundledArticles());

/** The clustering says two sentences state the same fact when one claim quotes both. */
function sameClaim(a: string, b: string): boolean {
  return corpus.claims.some((c) => c.sources.some((s) => s.quote.includes(a)) && c.sources.some((s) => s.quote.includes(b)));
}

describe('clustering agrees with hand-labelled same-fact pairs', () => {
  // A sentence that is not checkable has no claim; a pair labelled "same" needs both.
  it.each(OWN_PAIRS.filter((p) => p.same).map((p) => [p.note, p] as const))('both sentences are claim sources: %s', (_, p) => {
    const quotes = corpus.claims.flatMap((c) => c.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes(p.a)), p.a).toBe(true);
    expect(quotes.some((q) => q.includes(p.b)), p.b).toBe(true);
  });

  it("agrees with every pair of the builder's own table", () => {
    const wrong = OWN_PAIRS.filter((p) => sameClaim(p.a, p.b) !== p.same).map((p) => p.note);
    expect(wrong).toEqual([]);
  });

  /**
   * The target. Measured on the 83 pairs (this table and tests/fixtures/eval/same-fact-pairs.json):
   * 75 agree (0.90); the eight that do not are listed in docs/corpus.md, "Known limits".
   */
  const AGREEMENT_FLOOR = 0.9;

  it(`agreement rate on all labelled pairs is at least ${AGREEMENT_FLOOR}`, () => {
    const agree = pairs.filter((p) => sameClaim(p.a, p.b) === p.same);
    const rate = agree.length / pairs.length;
    console.info(`same-fact pairs: ${agree.length}/${pairs.length} agree (${(rate * 100).toFixed(0)}%)`);
    expect(rate).toBeGreaterThanOrEqual(AGREEMENT_FLOOR);
  });
});
