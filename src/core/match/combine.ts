/**
 * From overlap measurements to one score in 0..1. Kept apart from the measuring so the
 * weighting can be read, and tuned, in one place.
 */

import type { TextProfile } from './profile';
import type { Overlap } from './score';

/** F-beta of page coverage (precision-like) and source coverage (recall-like). */
const BETA = 0.5;
/** Below this IDF mass of shared "what happened" words, names and numbers alone cannot match. */
const MIN_CONTENT_MASS = 4;

export function combineScore(o: Overlap, _page: TextProfile, _idf: (t: string) => number): number {
  if (o.sharedContentMass < MIN_CONTENT_MASS) return 0;
  const p = o.pageCoverage;
  const r = o.sourceCoverage;
  if (p === 0 || r === 0) return 0;
  const b2 = BETA * BETA;
  return ((1 + b2) * p * r) / (b2 * p + r);
}
