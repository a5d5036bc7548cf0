import type { Claim, Corpus } from '../core/corpus/types';
import { createMatcher } from '../core/match';
import { createClaimSearch } from '../core/search';
import type { SearchHit, WireMatch } from '../messaging/protocol';

/**
 * The one place that holds the claim corpus and its indexes. Matching runs here, in the
 * background, not in each tab: a tab sends its article sentences and gets matches back, so no
 * tab holds a copy of the corpus or its index (see README, "Where matching runs").
 */
export interface CorpusService {
  readonly corpus: Corpus;
  match(sentences: string[], threshold?: number): WireMatch[];
  search(query: string, limit?: number): SearchHit[];
  /**
   * Moves to a new corpus (an article was added or removed). Only claims whose indexed content
   * changed are re-indexed: a claim keeps its id while its sources stay the same, so the
   * difference is found in one pass over the claim list by id, sources and terms. (Statuses of
   * every claim may change, "N of 6 articles", but the index does not hold them.)
   */
  update(next: Corpus): { added: number; removed: number };
}

export function createCorpusService(initial: Corpus): CorpusService {
  let corpus = initial;
  let claims = new Map(corpus.claims.map((c) => [c.id, c]));
  // One index for every strictness setting: the threshold is a per-call argument.
  const matcher = createMatcher(corpus);
  let search: ReturnType<typeof createClaimSearch> | undefined;

  return {
    get corpus() {
      return corpus;
    },
    match(sentences, threshold) {
      return matcher
        .match(sentences, threshold)
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
    update(next) {
      const nextClaims = new Map(next.claims.map((c) => [c.id, c]));
      const removed: string[] = [];
      const added: Claim[] = [];
      const same = (a: Claim | undefined, b: Claim | undefined) =>
        a !== undefined &&
        b !== undefined &&
        (a === b ||
          (a.sources.length === b.sources.length &&
            a.sources.every((s, i) => s.sentenceId === b.sources[i]!.sentenceId) &&
            a.terms.length === b.terms.length &&
            a.terms.every((t, i) => t === b.terms[i])));
      for (const [id, claim] of claims) if (!same(claim, nextClaims.get(id))) removed.push(id);
      for (const [id, claim] of nextClaims) if (!same(claims.get(id), claim)) added.push(claim);
      for (const id of removed) matcher.removeClaim(id);
      for (const claim of added) matcher.addClaim(claim);
      corpus = next;
      claims = nextClaims;
      search = undefined; // rebuilt on the next search; only the popup and options search
      return { added: added.length, removed: removed.length };
    },
  };
}
