/**
 * The matcher: page sentences in, claims out. Pure (no DOM), so the same code runs in the
 * background service worker, the command line and the tests.
 *
 * Two steps, cheapest first: the inverted index proposes a few claims that share a sentence's
 * rarest terms; each proposed claim is scored against every one of its source sentences, and
 * the best source decides.
 */

import type { Claim, Corpus } from '../corpus/types';
import { contentTerms } from '../text';
import { findConflicts, type FigureCache } from './conflicts';
import {
  SCORING,
  type ScoringWeights,
  CANDIDATE_LIMIT,
  CONFIDENCE_BANDS,
  DEFAULT_STRICTNESS,
  MIN_CANDIDATE_WEIGHT,
  MIN_SENTENCE_TERMS,
  STRICTNESS_THRESHOLDS,
} from './constants';
import { isNumberTerm, profileText, type TextProfile } from './profile';
import { combineScore, measureOverlap, type Overlap } from './score';
import { TermIndex } from './term-index';
import type { Match, MatchConfidence, Matcher, MatcherOptions } from './types';

/** The best source of one claim for one sentence. */
export interface ScoredClaim {
  claim: Claim;
  score: number;
  overlap: Overlap;
  source: { article: string; quote: string; profile: TextProfile };
}

export function confidenceFor(score: number): MatchConfidence {
  for (const [floor, label] of CONFIDENCE_BANDS) if (score >= floor) return label;
  return 'loose match';
}

export class ClaimMatcher implements Matcher {
  readonly index = new TermIndex();
  readonly threshold: number;
  #claims: Array<Claim | null> = [];
  #sourceProfiles = new Map<string, TextProfile>();
  #figures: FigureCache = new Map();

  constructor(claims: readonly Claim[] = [], options: MatcherOptions = {}) {
    this.threshold = options.threshold ?? STRICTNESS_THRESHOLDS[DEFAULT_STRICTNESS];
    for (const c of claims) this.addClaim(c);
  }

  /** Adds or replaces a claim; source profiles are computed on first use, not here. */
  addClaim(claim: Claim): void {
    const slot = this.index.add({ id: claim.id, terms: claim.terms });
    this.#claims[slot] = claim;
  }

  removeClaim(id: string): boolean {
    const slot = this.index.slotOf(id);
    if (slot === undefined) return false;
    this.#claims[slot] = null;
    return this.index.remove(id);
  }

  #sourceProfile(quote: string): TextProfile {
    let p = this.#sourceProfiles.get(quote);
    if (!p) {
      p = profileText(quote);
      this.#sourceProfiles.set(quote, p);
    }
    return p;
  }

  /** Scores one claim against a profiled sentence: the best of its sources. */
  scoreClaim(page: TextProfile, claim: Claim, weights: ScoringWeights = SCORING): ScoredClaim | undefined {
    const idf = (t: string) => this.index.idf(t);
    const seen = (t: string) => this.index.df(t) > 0;
    let best: ScoredClaim | undefined;
    for (const src of claim.sources) {
      const profile = this.#sourceProfile(src.quote);
      const overlap = measureOverlap(page, profile, idf, seen, weights);
      const score = combineScore(overlap, weights);
      if (!best || score > best.score) {
        best = { claim, score, overlap, source: { article: src.article, quote: src.quote, profile } };
      }
    }
    return best;
  }

  /** The best claim for one sentence among the index's candidates, whatever its score. */
  bestFor(text: string): ScoredClaim | undefined {
    const terms = new Set(contentTerms(text));
    if (terms.size < MIN_SENTENCE_TERMS) return undefined;
    const candidates = this.index
      .candidates([...terms], CANDIDATE_LIMIT)
      .filter((c) => c.weight >= MIN_CANDIDATE_WEIGHT);
    if (candidates.length === 0) return undefined;
    const page = profileText(text, terms);
    let best: ScoredClaim | undefined;
    for (const cand of candidates) {
      const claim = this.#claims[cand.slot];
      if (!claim) continue;
      const scored = this.scoreClaim(page, claim);
      if (scored && (!best || scored.score > best.score)) best = scored;
    }
    return best;
  }

  /** Scores every claim: the reference the index is checked against (slow by design). */
  bestByBruteForce(text: string): ScoredClaim | undefined {
    const page = profileText(text);
    if (page.terms.size < MIN_SENTENCE_TERMS) return undefined;
    let best: ScoredClaim | undefined;
    for (const claim of this.#claims) {
      if (!claim) continue;
      const scored = this.scoreClaim(page, claim);
      if (scored && (!best || scored.score > best.score)) best = scored;
    }
    return best;
  }

  match(sentences: readonly string[]): Match[] {
    const out: Match[] = [];
    sentences.forEach((text, index) => {
      const best = this.bestFor(text);
      if (!best || best.score < this.threshold) return;
      out.push(this.#toMatch(index, text, best));
    });
    return out;
  }

  #toMatch(index: number, text: string, best: ScoredClaim): Match {
    const { overlap, source, claim } = best;
    const names: string[] = [];
    const numbers: string[] = [];
    const terms: string[] = [];
    for (const t of overlap.shared) {
      const name = source.profile.nameByTerm.get(t);
      if (name !== undefined) {
        if (!names.includes(name)) names.push(name);
      } else if (isNumberTerm(t)) numbers.push(t);
      else terms.push(t);
    }
    return {
      index,
      text,
      claimId: claim.id,
      score: Math.round(best.score * 1000) / 1000,
      confidence: confidenceFor(best.score),
      why: { names, numbers, terms },
      conflicts: findConflicts(text, claim.sources, this.#figures),
      closestSource: { article: source.article, quote: source.quote },
    };
  }
}

/** A matcher over a corpus; `threshold` defaults to the balanced preset. */
export function createMatcher(corpus: Corpus, options: MatcherOptions = {}): ClaimMatcher {
  return new ClaimMatcher(corpus.claims, options);
}
