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

/** Rarest terms of a sentence looked up in the inverted index. */
export const MAX_QUERY_TERMS = 8;
/** A term in more than this share of claims is not looked up (large corpora only). */
export const CANDIDATE_DF_FRACTION = 0.01;
/** ...but a term is always looked up when this few claims contain it (small corpora). */
export const CANDIDATE_DF_FLOOR = 200;
/** Claims scored in full per sentence. */
export const CANDIDATE_LIMIT = 8;

/**
 * A candidate must share at least this much IDF mass of rare terms to be scored. One shared
 * term weighs 1 (in every claim) to about 5 (in one bundled claim); no labelled match in the
 * evaluation set shares less than two, and skipping the rest halves matching time.
 */
export const MIN_CANDIDATE_WEIGHT = 4;

/** Sentences with fewer content terms than this say too little to match ("Read more."). */
export const MIN_SENTENCE_TERMS = 3;

/** The score threshold a reader's strictness setting stands for. */
export function thresholdFor(strictness: Strictness): number {
  return STRICTNESS_THRESHOLDS[strictness];
}
