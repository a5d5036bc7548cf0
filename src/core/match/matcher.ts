/**
 * The matcher: page sentences in, claims out. Pure (no DOM), so the same code runs in the
 * background service worker, the command line and the tests.
 *
 * Two steps, cheapest first: the inverted index proposes a few claims that share a sentence's
 * rarest terms; each proposed claim is scored against every one of its source sentences, and
 * the best source decides.
 */

import type { Claim, Corpus } from '../corpus/types';
import { termGeneration, termIds, termText } from '../text';
import { figureCache, findConflicts } from './conflicts';
import {
  SCORING,
  type ScoringWeights,
  CONFIDENCE_BANDS,
  DEFAULT_STRICTNESS,
  MAX_SCORED_CLAIMS,
  MIN_SENTENCE_TERMS,
  MIN_SHARED_TERMS,
  NEAR_PREFIX,
  STRICTNESS_THRESHOLDS,
} from './constants';
import { addNames, isNumberTerm, profileOf, profileText, type TextProfile } from './profile';
import {
  PageScorer,
  coverageFor,
  measureOverlap,
  scoreBound,
  scoreOverlap,
  weigh,
  weighResolved,
  withNames,
  type Overlap,
  type WeighedProfile,
} from './score';
import { Reached, TermIndex, type Posting } from './term-index';
import type { Match, MatchConfidence, Matcher, MatcherOptions } from './types';

/** What the index holds for one term of a page (see `ClaimMatcher.#pageTerm`). */
interface PageTerm {
  text: string;
  posting: Posting | undefined;
  headPosting: Posting | undefined;
  head: string | null;
  /** What the index reads for the term: its head's posting for a term of `NEAR_PREFIX` letters or more (the scorer counts such a term as shared with any term of its head), else its own. */
  key: Posting | undefined;
  numeric: boolean;
  /** The term's weight (its IDF): the memo is cleared whenever the index changes. */
  idf: number;
  /** The last page sentence that had the term (see `#lookUpPage`). */
  stamp: number;
}

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
  #figures = figureCache();
  #scorer = new PageScorer();
  #reached = new Reached();
  readonly #idf = (t: string): number => this.index.idf(t);
  readonly #seen = (t: string): boolean => this.index.df(t) > 0;
  /** Sources give their terms ids; a page only looks them up (-1: no source has it). */
  readonly #termId = (t: string): number => this.index.termId(t);
  readonly #headId = (h: string): number => this.index.headId(h);
  readonly #pageTermId = (t: string): number => this.index.term(t)?.id ?? -1;
  readonly #pageHeadId = (h: string): number => this.index.head(h)?.id ?? -1;

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

  #weigh(profile: TextProfile): WeighedProfile {
    return weigh(profile, this.#idf, this.#seen, this.#termId, this.#headId);
  }

  #weighPage(profile: TextProfile): WeighedProfile {
    return weigh(profile, this.#idf, this.#seen, this.#pageTermId, this.#pageHeadId);
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

  /**
   * What the index holds for each term a page uses, memoised by the term's id (see `termIds`): a
   * page of 3,000 sentences uses a few thousand distinct terms, and each costs a head slice and
   * two dictionary lookups, where the memo costs an array read. Cleared whenever the dictionary
   * changes or the text layer numbers its terms again.
   */
  #pageTerms: Array<PageTerm | undefined> = [];
  /** The index's version and dictionary sizes, and the text layer's term generation, when the memo was filled. */
  #memoVersion = -1;
  #memoTermIds = -1;
  #memoHeadIds = -1;
  #memoGeneration = -1;

  /** Clears the page-term memo when the dictionary or the term numbering has changed since it was filled. */
  #checkPageTerms(): void {
    const { version, termIds, headIds } = this.index;
    const generation = termGeneration();
    if (
      version !== this.#memoVersion ||
      termIds !== this.#memoTermIds ||
      headIds !== this.#memoHeadIds ||
      generation !== this.#memoGeneration
    ) {
      this.#pageTerms = [];
      this.#memoVersion = version;
      this.#memoTermIds = termIds;
      this.#memoHeadIds = headIds;
      this.#memoGeneration = generation;
    }
  }

  #pageTerm(id: number): PageTerm {
    const t = termText(id);
    const head = t.length >= NEAR_PREFIX ? t.slice(0, NEAR_PREFIX) : null;
    const posting = this.index.term(t);
    const headPosting = head === null ? undefined : this.index.head(head);
    const known: PageTerm = {
      text: t,
      posting,
      headPosting,
      head,
      key: head === null ? posting : headPosting,
      numeric: isNumberTerm(t),
      idf: this.index.idfOf(posting ? posting.slots.length : 0),
      stamp: 0,
    };
    // Grown by pushes, not by a write past the end: an array written far past its length turns
    // into a dictionary, and every read of it into a hash lookup.
    const memo = this.#pageTerms;
    while (memo.length <= id) memo.push(undefined);
    memo[id] = known;
    return known;
  }

  /** Scratch for one page sentence, reused: most sentences are dropped after the index step. */
  #termIds: number[] = [];
  #termsOfPage: PageTerm[] = [];
  #keys: Array<Posting | undefined> = [];
  #weights: number[] = [];

  /** Bumped per page sentence: a memo entry stamped with it is a term the sentence has had. */
  #sentenceStamp = 0;
  /** Page mass of the figure-free terms of the sentence `#lookUpPage` looked up last. */
  #minPageMass = 0;
  /**
   * Weight of that sentence's terms the index has a posting for: no claim can share more, so a
   * sentence whose bar is above it reaches none, and the index is not read for it.
   */
  #keyedMass = 0;

  /**
   * Looks up each distinct term of a page sentence once, and returns how many there are: fills
   * the first entries of `#termsOfPage` (in first-seen order) and of `#keys` / `#weights` (the
   * posting the index reads for each term and its weight), and `#minPageMass` with the sentence's
   * least mass (its non-figure terms' weights). A repeated term is known by the stamp on its memo
   * entry. The scratch arrays are written by position and never truncated: emptying an array
   * gives up its storage, and growing it again for every sentence cost more than the lookups.
   */
  #lookUpPage(ids: readonly number[], count: number): number {
    const pageTerms = this.#termsOfPage;
    const keys = this.#keys;
    const weights = this.#weights;
    let minPageMass = 0;
    let keyedMass = 0;
    this.#checkPageTerms();
    const memo = this.#pageTerms;
    const stamp = ++this.#sentenceStamp;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      const known = (id < memo.length ? memo[id] : undefined) ?? this.#pageTerm(id);
      if (known.stamp === stamp) continue;
      known.stamp = stamp;
      pageTerms[n] = known;
      keys[n] = known.key;
      weights[n] = known.idf;
      n++;
      if (!known.numeric) minPageMass += known.idf;
      if (known.key !== undefined) keyedMass += known.idf;
    }
    this.#minPageMass = minPageMass;
    this.#keyedMass = keyedMass;
    return n;
  }

  #scratchIds = new Int32Array(64);
  #scratchHeads = new Int32Array(64);
  #scratchIdfs = new Float64Array(64);
  #scratchSeen = new Uint8Array(64);

  /** The bare profile (no names) of the sentence `#lookUpPage` looked up last. */
  #weighBare(text: string, list: readonly string[]): WeighedProfile {
    const n = list.length;
    const headOf: Array<string | null> = new Array(n);
    const numeric: boolean[] = new Array(n);
    // Inputs to `weighResolved`, which copies what it keeps: scratch, grown as sentences need.
    if (this.#scratchIds.length < n) {
      this.#scratchIds = new Int32Array(n * 2);
      this.#scratchHeads = new Int32Array(n * 2);
      this.#scratchIdfs = new Float64Array(n * 2);
      this.#scratchSeen = new Uint8Array(n * 2);
    }
    const ids = this.#scratchIds;
    const heads = this.#scratchHeads;
    const idfs = this.#scratchIdfs;
    const seen = this.#scratchSeen;
    let hasFigures = false;
    for (let i = 0; i < n; i++) {
      const { posting, headPosting, head, numeric: isNumber } = this.#termsOfPage[i]!;
      ids[i] = posting ? posting.id : -1;
      idfs[i] = this.#weights[i]!;
      seen[i] = posting && posting.slots.length > 0 ? 1 : 0;
      headOf[i] = head;
      heads[i] = headPosting ? headPosting.id : -1;
      numeric[i] = isNumber;
      if (isNumber) hasFigures = true;
    }
    return weighResolved(profileOf(text, list, headOf, numeric, hasFigures), ids, heads, idfs, seen);
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
    const ids = this.#termIds;
    const n = this.#lookUpPage(ids, termIds(text, ids));
    if (n < MIN_SENTENCE_TERMS) return undefined;
    const minPageMass = this.#minPageMass;
    // A claim must be able to explain this much of the page to reach `minScore` (slightly less,
    // so rounding never drops a claim that scoring would keep).
    const minMass = minScore > 0 ? coverageFor(minScore) * minPageMass * (1 - 1e-9) : 0;
    if (this.#keyedMass < minMass) return undefined;
    const reached = this.#reached;
    this.index.reach(this.#keys, this.#weights, minMass, reached, n);
    if (reached.size === 0) return undefined;
    // Weighed only when the index finds a claim the sentence may state (most sentences have none).
    const list: string[] = [];
    for (let i = 0; i < n; i++) list.push(this.#termsOfPage[i]!.text);
    const bare = this.#weighBare(text, list);
    const scorer = this.#scorer;
    scorer.load(bare, this.index.termIds, this.index.headIds);
    let page: WeighedProfile | undefined;
    let best: Claim | undefined;
    let bestSlot = -1;
    let bestScore = -1;
    let bestSupport = -1;
    let bestSource = -1;
    let scored = 0;
    for (let slot = reached.next(); slot >= 0; slot = reached.next()) {
      const reachable = minPageMass > 0 ? scoreBound(reached.bound / minPageMass) : 1;
      // Claims come best bound first; a claim whose bound ties the best may still win a tie.
      if (reachable < minScore || reachable < bestScore || scored++ >= MAX_SCORED_CLAIMS) break;
      const claim = this.#claims[slot];
      if (!claim) continue;
      const sources = this.#sourcesAt(slot, claim);
      if (page) scorer.reflag(bare);
      // Without names every score is an upper bound: the claim goes on as soon as one source
      // reaches the bar, and is dropped when none does.
      const bar = Math.max(minScore, bestScore);
      let reaches = false;
      for (const source of sources) {
        if (scorer.score(source) >= bar) {
          reaches = true;
          break;
        }
      }
      if (!reaches) continue;
      page ??= withNames(bare, addNames(bare.profile));
      scorer.reflag(page);
      // The best source as `scoreClaim` picks it: the first with the highest score.
      let score = -1;
      let support = 0;
      let top = -1;
      for (let k = 0; k < sources.length; k++) {
        const s = scorer.score(sources[k]!);
        support += s;
        if (s > score) {
          score = s;
          top = k;
        }
      }
      if (better(score, support, slot, bestScore, bestSupport, bestSlot)) {
        best = claim;
        bestSlot = slot;
        bestScore = score;
        bestSupport = support;
        bestSource = top;
      }
    }
    if (!best || !page || bestScore < minScore) return undefined;
    // What `scoreClaim(page, best)` gives, from the scores just computed.
    const source = best.sources[bestSource]!;
    const weighed = this.#sourcesAt(bestSlot, best)[bestSource]!;
    scorer.reflag(page);
    return {
      claim: best,
      score: bestScore,
      support: bestSupport,
      overlap: scorer.overlap(weighed),
      source: { article: source.article, quote: source.quote, profile: weighed.profile },
    };
  }

  /** Scores every claim: the reference the index is checked against (slow by design). */
  bestByBruteForce(text: string): ScoredClaim | undefined {
    const profile = profileText(text);
    if (profile.list.length < MIN_SENTENCE_TERMS) return undefined;
    const page = this.#weighPage(profile);
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
