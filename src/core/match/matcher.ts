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
  CONFIDENCE_BANDS,
  DEFAULT_STRICTNESS,
  MAX_SCORED_CLAIMS,
  MIN_SENTENCE_TERMS,
  MIN_SHARED_TERMS,
  STRICTNESS_THRESHOLDS,
} from './constants';
import { isNumberTerm, profileText, type TextProfile } from './profile';
import { coverageFor, measureOverlap, scoreBound, scoreOverlap, weigh, type Overlap, type WeighedProfile } from './score';
import { TermIndex } from './term-index';
import type { Match, MatchConfidence, Matcher, MatcherOptions } from './types';

/** The best source of one claim for one sentence. */
export interface ScoredClaim {
  claim: Claim;
  score: number;
  /**
   * Sum of the scores of all the claim's sources: breaks ties between claims that share their
   * best source (one sentence stating two facts supports two claims; the claim whose other
   * sources also match is the one the page states).
   */
  support: number;
  overlap: Overlap;
  source: { article: string; quote: string; profile: TextProfile };
}

export function confidenceFor(score: number): MatchConfidence {
  for (const [floor, label] of CONFIDENCE_BANDS) if (score >= floor) return label;
  return 'loose match';
}

/** Higher score first, then higher support, then the claim added first. */
function better(score: number, support: number, slot: number, bestScore: number, bestSupport: number, bestSlot: number): boolean {
  if (score !== bestScore) return score > bestScore;
  if (support !== bestSupport) return support > bestSupport;
  return bestSlot < 0 || slot < bestSlot;
}

export class ClaimMatcher implements Matcher {
  readonly index = new TermIndex();
  readonly threshold: number;
  #claims: Array<Claim | null> = [];
  #sourceProfiles = new Map<string, { version: number; weighed: WeighedProfile }>();
  #figures: FigureCache = new Map();
  /** IDF by term for the current corpus state; negative for a term no claim contains. */
  #stats = new Map<string, number>();
  #statsVersion = -1;
  readonly #idf = (t: string): number => Math.abs(this.#stat(t));
  readonly #seen = (t: string): boolean => this.#stat(t) > 0;

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

  #stat(t: string): number {
    if (this.#statsVersion !== this.index.version) {
      this.#stats.clear();
      this.#statsVersion = this.index.version;
    }
    let v = this.#stats.get(t);
    if (v === undefined) {
      const idf = this.index.idf(t);
      v = this.index.df(t) > 0 ? idf : -idf;
      this.#stats.set(t, v);
    }
    return v;
  }

  /** Integer ids of terms and heads for `weigh`; grows with the vocabulary, never reused. */
  #termIds = new Map<string, number>();
  readonly #idOf = (t: string): number => {
    let id = this.#termIds.get(t);
    if (id === undefined) {
      id = this.#termIds.size;
      this.#termIds.set(t, id);
    }
    return id;
  };

  #weigh(profile: TextProfile): WeighedProfile {
    return weigh(profile, this.#idf, this.#seen, this.#idOf);
  }

  #sourceProfile(quote: string): WeighedProfile {
    const cached = this.#sourceProfiles.get(quote);
    if (cached && cached.version === this.index.version) return cached.weighed;
    const weighed = this.#weigh(cached?.weighed.profile ?? profileText(quote));
    this.#sourceProfiles.set(quote, { version: this.index.version, weighed });
    return weighed;
  }

  /** Scores one claim against a weighed sentence: the best of its sources. */
  scoreClaim(page: WeighedProfile, claim: Claim, weights: ScoringWeights = SCORING): ScoredClaim | undefined {
    let bestScore = -1;
    let total = 0;
    let bestSource: Claim['sources'][number] | undefined;
    let bestWeighed: WeighedProfile | undefined;
    for (const src of claim.sources) {
      const weighed = this.#sourceProfile(src.quote);
      const score = scoreOverlap(page, weighed, weights);
      total += score;
      if (score > bestScore) {
        bestScore = score;
        bestSource = src;
        bestWeighed = weighed;
      }
    }
    if (!bestSource || !bestWeighed) return undefined;
    return {
      claim,
      score: bestScore,
      support: total,
      overlap: measureOverlap(page, bestWeighed, weights),
      source: { article: bestSource.article, quote: bestSource.quote, profile: bestWeighed.profile },
    };
  }

  /** Weighed sources by claim slot, so the hot loop does not hash long quotes. */
  #bySlot: Array<{ version: number; sources: WeighedProfile[] } | undefined> = [];

  #sourcesAt(slot: number, claim: Claim): WeighedProfile[] {
    const cached = this.#bySlot[slot];
    if (cached && cached.version === this.index.version) return cached.sources;
    const sources = claim.sources.map((src) => this.#sourceProfile(src.quote));
    this.#bySlot[slot] = { version: this.index.version, sources };
    return sources;
  }

  /** `score` and `support` of a claim, without building the match (the hot loop). */
  #claimScore(page: WeighedProfile, claim: Claim, slot: number): { score: number; support: number } {
    let best = 0;
    let total = 0;
    for (const source of this.#sourcesAt(slot, claim)) {
      const score = scoreOverlap(page, source);
      total += score;
      if (score > best) best = score;
    }
    return { score: best, support: total };
  }

  /**
   * The best claim for one sentence, or undefined when none reaches `minScore` (0: whatever its
   * score). Cheapest first: the index bounds the mass each claim can share with the sentence;
   * claims are scored best bound first until no remaining bound can reach `minScore` or beat the
   * best so far. Each claim is scored first against the page without its names (every name rule
   * lowers a score, so that score is an upper bound); the page's names, the costliest part of its
   * profile, are read only once a claim reaches `minScore` that way, and only such claims are
   * scored again with them.
   */
  bestFor(text: string, minScore = 0): ScoredClaim | undefined {
    const terms = new Set(contentTerms(text));
    if (terms.size < MIN_SENTENCE_TERMS) return undefined;
    const list = [...terms];
    let minPageMass = 0;
    for (const t of list) if (!isNumberTerm(t)) minPageMass += this.#idf(t);
    // A claim must be able to explain this much of the page to reach `minScore` (slightly less,
    // so rounding never drops a claim that scoring would keep).
    const minMass = minScore > 0 ? coverageFor(minScore) * minPageMass * (1 - 1e-9) : 0;
    const { claims, slack } = this.index.reach(list, this.#idf, minMass);
    if (claims.length === 0) return undefined;
    let bare: WeighedProfile | undefined;
    let page: WeighedProfile | undefined;
    let best: Claim | undefined;
    let bestSlot = -1;
    let bestScore = -1;
    let bestSupport = -1;
    let scored = 0;
    for (const { slot, bound } of claims) {
      const reachable = minPageMass > 0 ? scoreBound((bound + slack) / minPageMass) : 1;
      // Claims come best bound first; a claim whose bound ties the best may still win a tie.
      if (reachable < minScore || reachable < bestScore || scored++ >= MAX_SCORED_CLAIMS) break;
      const claim = this.#claims[slot];
      if (!claim) continue;
      bare ??= this.#weigh(profileText(text, terms, false));
      const upper = this.#claimScore(bare, claim, slot).score;
      if (upper < minScore || upper < bestScore) continue;
      page ??= this.#weigh(profileText(text, terms));
      const { score, support } = this.#claimScore(page, claim, slot);
      if (better(score, support, slot, bestScore, bestSupport, bestSlot)) {
        best = claim;
        bestSlot = slot;
        bestScore = score;
        bestSupport = support;
      }
    }
    if (!best || !page || bestScore < minScore) return undefined;
    return this.scoreClaim(page, best);
  }

  /** Scores every claim: the reference the index is checked against (slow by design). */
  bestByBruteForce(text: string): ScoredClaim | undefined {
    const profile = profileText(text);
    if (profile.terms.size < MIN_SENTENCE_TERMS) return undefined;
    const page = this.#weigh(profile);
    let best: ScoredClaim | undefined;
    let bestSlot = -1;
    this.#claims.forEach((claim, slot) => {
      if (!claim) return;
      const scored = this.scoreClaim(page, claim);
      if (scored && (!best || better(scored.score, scored.support, slot, best.score, best.support, bestSlot))) {
        best = scored;
        bestSlot = slot;
      }
    });
    return best;
  }

  /**
   * `threshold` overrides the matcher's own for this call: one index serves every strictness
   * setting, so the background never holds one index per setting.
   */
  match(sentences: readonly string[], threshold: number = this.threshold): Match[] {
    const out: Match[] = [];
    sentences.forEach((text, index) => {
      const best = this.bestFor(text, threshold);
      if (!best || best.score < threshold) return;
      // Two shared words are a coincidence, not a fact ("withdraw" and "next" in a novel's
      // dialogue matched claims in the real-page sweep); a claim is stated with at least three.
      if (best.overlap.shared.length < MIN_SHARED_TERMS) return;
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
