/**
 * Every threshold and limit of the matcher, with the measurement that chose it. The figures come
 * from tests/unit/match-quality.test.ts (labelled evaluation set) and scripts/bench.ts; see
 * docs/matching.md for the full tables.
 */

import type { MatchConfidence, Strictness } from './types';

/**
 * Score thresholds per strictness, chosen on the even ids of the labelled evaluation set and
 * checked on the odd ids (precision / recall; all 228 sentences in the last column):
 *
 * | preset   | threshold | rule (even ids)                          | even        | odd         | all         |
 * |----------|-----------|------------------------------------------|-------------|-------------|-------------|
 * | strict   | 0.575     | lowest with precision 1.0 from there up  | 1.000/0.483 | 1.000/0.459 | 1.000/0.471 |
 * | balanced | 0.35      | lowest with precision >= 0.95 from there up | 0.979/0.767 | 0.895/0.836 | 0.933/0.802 |
 * | loose    | 0.30      | lowest with precision >= 0.85            | 0.850/0.850 | 0.871/0.885 | 0.861/0.868 |
 */
export const STRICTNESS_THRESHOLDS: Readonly<Record<Strictness, number>> = Object.freeze({
  strict: 0.575,
  balanced: 0.35,
  loose: 0.3,
});

export const DEFAULT_STRICTNESS: Strictness = 'balanced';

/** The weights of `measureOverlap` and `combineScore` (see score.ts for what each does). */
export interface ScoringWeights {
  unseenWeight: number;
  foreignNameWeight: number;
  sharedNameCredit: number;
  /** F-beta: below 1, page coverage counts more than source coverage. */
  beta: number;
  /** Minimum IDF mass of shared non-name words. */
  minContentMass: number;
}

/**
 * Chosen by a grid search on the even ids (unseen 1-3, foreign names 1-3, name credit 0.5-1,
 * beta 0.35-0.75, content mass 0-2) for the best recall at precision >= 0.95; neighbouring
 * values score within 0.02 of these, so the choice is not a sharp optimum.
 */
export const SCORING: Readonly<ScoringWeights> = Object.freeze({
  unseenWeight: 1.5,
  foreignNameWeight: 1.5,
  sharedNameCredit: 0.75,
  beta: 0.5,
  minContentMass: 2,
});

/** Confidence bands, in score order: the first band whose floor the score reaches. */
export const CONFIDENCE_BANDS: ReadonlyArray<readonly [number, MatchConfidence]> = Object.freeze([
  [0.75, 'close paraphrase'],
  [0.55, 'paraphrase'],
  [0, 'loose match'],
] as const);

/**
 * Characters two stems must share at the start to count as one word ("sudden" / "suddenli",
 * "administer" / "administration"): raised recall from 0.617 to 0.650 (even ids) and 0.721 to
 * 0.738 (odd ids) at the same threshold.
 */
export const NEAR_PREFIX = 5;

/**
 * A term (or, for terms of `NEAR_PREFIX` letters or more, a head) held by more than this share
 * of claims is not looked up in a large corpus: its posting list is long and it weighs little.
 * Its weight is added to every claim's bound instead, so skipping it never hides a match.
 */
export const CANDIDATE_DF_FRACTION = 0.01;
/** ...but a term is always looked up when this few claims contain it (small corpora). */
export const CANDIDATE_DF_FLOOR = 200;

/**
 * At most this many claims are scored in full per sentence, best bound first. Scoring stops
 * earlier, as soon as no remaining claim can reach the threshold or beat the best so far; the
 * cap only bounds the worst case (a sentence of common words in a 100,000-claim corpus).
 */
export const MAX_SCORED_CLAIMS = 48;

/** Sentences with fewer content terms than this say too little to match ("Read more."). */
export const MIN_SENTENCE_TERMS = 3;

/** The score threshold a reader's strictness setting stands for. */
export function thresholdFor(strictness: Strictness): number {
  return STRICTNESS_THRESHOLDS[strictness];
}
