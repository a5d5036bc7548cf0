import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';
import type { Corpus } from '../../src/core/corpus/types';
import { createMatcher } from '../../src/core/match';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

/** The claim a sentence matches, named by words its sources contain, or null for no match. */
function matchedSources(sentence: string): string | null {
  const [m] = createMatcher(corpus).match([sentence]);
  if (!m) return null;
  const claim = corpus.claims.find((c) => c.id === m.claimId)!;
  return claim.sources.map((s) => s.quote).join(' | ');
}

describe('paraphrases of a source sentence match its claim', () => {
  it.each([
    ['word order and fled / departed', 'Through Damascus International Airport Assad fled Syria, before the security forces left.', 'Damascus International Airport'],
    ['jail / prison, Saydnaya / Sednaya, freed / released', 'Rebels broke into the notorious Saydnaya jail near Damascus and freed thousands of detainees.', 'Sednaya'],
    ['"two thousand" / "2,000", soldiers / troops', 'About two thousand Syrian soldiers, officers among them, fled into Iraq through the Al-Qaim crossing.', 'Al-Qaim'],
    ['straight / typographic quotes', 'HTS announced the "end of the era of tyranny" after capturing the notorious Sednaya prison.', 'era of tyranny'],
  ])('%s', (_label, sentence, expected) => {
    expect(matchedSources(sentence)).toContain(expected);
  });
});

describe('sentences that only share a phrase or names with a claim do not match', () => {
  it.each([
    ['a borrowed phrase about a flood', 'Residents described widespread panic as floodwaters rose through the old town overnight.'],
    // From the sweep of saved real pages: one or two common words shared with a claim.
    ['a line of dialogue in a story (archive-of-our-own)', 'Same time next week, then?'],
    ['a line of a novel (clean-links)', '"Turkey," interrupted I, "you will please withdraw."'],
    ['a quote about a resignation (schema-org-context-object)', 'There is no other way but to leave office early.'],
    ['a reference title (wikipedia-2)', 'Government and nation – The origins of nationhood.'],
    ['the same people doing something else', 'Erdogan and Trump discussed trade tariffs at a summit in Washington in March.'],
    ['an unrelated story', 'The home side came from two goals down to win 3-2 with a header deep into stoppage time.'],
    ['a sentence with too few words', 'Assad fled.'],
  ])('%s', (_label, sentence) => {
    expect(matchedSources(sentence)).toBeNull();
  });
});

describe('a figure that differs from every source is reported as a conflict', () => {
  it.each([
    ['The United Nations says more than 500,000 people have been displaced by the violence.', '500,000 people', ['370,000 people']],
    ['Some 5,000 Syrian soldiers, including officers, fled into Iraq through the Al-Qaim crossing.', '5,000 Syrian soldiers', ['2,000 Syrian troops', 'hundreds of Syrian soldiers']],
    // A death toll is compared with the number killed, not with the 370,000 displaced in the same source sentence.
    ['The Observatory puts the death toll at 910 people, including 111 civilians.', '910 people', ['826 people']],
  ])('%s', (sentence, page, sources) => {
    const [m] = createMatcher(corpus).match([sentence]);
    expect(m?.conflicts).toEqual([
      expect.objectContaining({ page, sources: sources.map((value) => expect.objectContaining({ value })) }),
    ]);
    expect(m?.conflicts[0]?.description).toBe(`This page says ${page}; the sources say ${sources.join(' or ')}`);
  });

  it('a figure that one source gives is not a conflict', () => {
    const [m] = createMatcher(corpus).match(['At least 826 people have been killed in the HTS offensive, including 111 civilians, the Observatory said.']);
    expect(m?.conflicts).toEqual([]);
  });
});
