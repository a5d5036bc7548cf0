/**
 * The matcher's public face: find the claims a page's sentences state, with confidence,
 * evidence and conflicting figures.
 */
export { createMatcher, ClaimMatcher, confidenceFor } from './matcher';
export { TermIndex, buildTermIndex, measureIndexBytes } from './term-index';
export type { IndexedClaim, Candidate, SerializedTermIndex } from './term-index';
export { STRICTNESS_THRESHOLDS, DEFAULT_STRICTNESS, CONFIDENCE_BANDS, thresholdFor } from './constants';
export type {
  Match,
  MatchConfidence,
  MatchConflict,
  MatchEvidence,
  ConflictSourceValue,
  Matcher,
  MatcherOptions,
  Strictness,
} from './types';
