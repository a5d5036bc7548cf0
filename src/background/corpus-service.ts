import type { Corpus } from '../core/corpus/types';
import { createMatcher } from '../core/match';
import { createClaimSearch } from '../core/search';
import type { SearchHit, WireMatch } from '../messaging/protocol';

/**
 * The one place that holds the claim corpus and its indexes. Matching runs here, in the
 * background, not in each tab: a tab sends its article sentences and gets matches back, so no
 * tab holds a copy of the corpus or its index (see README, "Where matching runs").
 */
export interface CorpusService {
  corpus: Corpus;
  match(sentences: string[], threshold?: number): WireMatch[];
  search(query: string, limit?: number): SearchHit[];
}

export function createCorpusService(corpus: Corpus): CorpusService {
  const matchers = new Map<number | undefined, ReturnType<typeof createMatcher>>();
  const matcherFor = (threshold?: number) => {
    let matcher = matchers.get(threshold);
    if (!matcher) {
      matcher = createMatcher(corpus, threshold === undefined ? {} : { threshold });
      matchers.set(threshold, matcher);
    }
    return matcher;
  };
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  let search: ReturnType<typeof createClaimSearch> | undefined;

  return {
    corpus,
    match(sentences, threshold) {
      return matcherFor(threshold)
        .match(sentences)
        .map((m) => {
          const claim = claims.get(m.claimId)!;
          return {
            index: m.index,
            claimId: m.claimId,
            score: m.score,
            confidence: m.confidence,
            conflicts: m.conflicts.map((c) => ({ page: c.page, sources: c.sources, description: c.description })),
            claimText: claim.text,
            status: claim.status.summary,
          };
        });
    },
    search(query, limit = 20) {
      search ??= createClaimSearch(corpus);
      return search.search(query, limit).map((hit) => ({ claim: hit.claim, score: hit.score }));
    },
  };
}
