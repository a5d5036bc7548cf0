/**
 * Claim search for the popup and the command line: a reader types a few words ("Assad flew out
 * of Damascus airport", or a misspelt "Saydnya prison") and gets the claims that say it.
 *
 * Query words go through the same content terms as the matcher (so "flew out" meets "departed"),
 * each looked up in the corpus vocabulary with fuse.js so a typo still finds its term; claims
 * rank by the IDF-weighted share of the query they contain. A fuse.js search over claim texts
 * and source quotes adds the wording the terms miss (and covers queries of stop words only).
 */

import Fuse from 'fuse.js';
import type { Claim, Corpus } from '../corpus/types';
import { contentTerms } from '../text';

export interface ClaimSearchHit {
  claim: Claim;
  /** 0..1, higher is better. */
  score: number;
}

export interface ClaimSearch {
  search(query: string, limit?: number): ClaimSearchHit[];
}

/** Results returned when the caller does not say. */
export const DEFAULT_SEARCH_LIMIT = 10;
/** fuse.js threshold for a query word against a vocabulary term: one typo in a 6-letter word. */
const TERM_FUZZ = 0.34;
/** Query words shorter than this must match a term exactly: fuzzy 3-letter matches are noise. */
const MIN_FUZZY_LENGTH = 4;
/** Share of the final score that comes from the fuse.js search over the wording itself. */
const WORDING_WEIGHT = 0.2;

export function createClaimSearch(corpus: Corpus): ClaimSearch {
  const claims = corpus.claims;
  const postings = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    for (const t of new Set(claim.terms)) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const idf = (t: string) => Math.log((claims.length + 1) / ((postings.get(t)?.length ?? 0) + 1)) + 1;
  const vocabulary = new Fuse([...postings.keys()], { includeScore: true, threshold: TERM_FUZZ });
  const wording = new Fuse(claims, {
    keys: [
      { name: 'text', weight: 2 },
      { name: 'sources.quote', weight: 1 },
      { name: 'terms', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 3,
  });

  /** Claims holding a query term, exactly or through fuse.js, with how closely (0..1). */
  function lookup(term: string): Map<number, number> {
    const hits = new Map<number, number>();
    const add = (t: string, closeness: number) => {
      for (const i of postings.get(t) ?? []) hits.set(i, Math.max(hits.get(i) ?? 0, closeness));
    };
    add(term, 1);
    if (term.length >= MIN_FUZZY_LENGTH && !/^\d+$/.test(term)) {
      for (const r of vocabulary.search(term, { limit: 3 })) add(r.item, 1 - (r.score ?? 1));
    }
    return hits;
  }

  return {
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      const terms = [...new Set(contentTerms(trimmed))];
      const total = terms.reduce((s, t) => s + idf(t), 0);
      const byTerms = new Map<number, number>();
      for (const t of terms) {
        const w = idf(t) / total;
        for (const [i, closeness] of lookup(t)) byTerms.set(i, (byTerms.get(i) ?? 0) + w * closeness);
      }
      const byWording = new Map<number, number>();
      for (const r of wording.search(trimmed.slice(0, 64))) byWording.set(r.refIndex, 1 - (r.score ?? 1));
      const scored = new Map<number, number>();
      for (const i of new Set([...byTerms.keys(), ...byWording.keys()])) {
        const termScore = terms.length > 0 ? byTerms.get(i) ?? 0 : byWording.get(i) ?? 0;
        scored.set(i, (1 - WORDING_WEIGHT) * termScore + WORDING_WEIGHT * (byWording.get(i) ?? 0));
      }
      return [...scored]
        .sort((a, b) => b[1] - a[1] || claims[a[0]]!.terms.length - claims[b[0]]!.terms.length)
        .slice(0, limit)
        .map(([i, score]) => ({ claim: claims[i]!, score: Math.round(score * 1000) / 1000 }));
    },
  };
}
