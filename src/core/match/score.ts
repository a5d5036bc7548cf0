/**
 * Scoring one page sentence against one source sentence: IDF-weighted term overlap in both
 * directions, with names and numbers kept apart because they mislead on their own.
 */

import { isNumberTerm, type TextProfile } from './profile';

/** The measured overlap between a page sentence and a source sentence. */
export interface Overlap {
  shared: string[];
  /** IDF mass of shared terms. */
  sharedMass: number;
  /** IDF mass of shared terms that the page does not use as names or numbers: the "what happened" words. */
  sharedContentMass: number;
  /** Share of the page sentence's mass found in the source (how much of the page is explained). */
  pageCoverage: number;
  /** Share of the source's mass found in the page sentence. */
  sourceCoverage: number;
}

/**
 * Numbers missing from the other side are left out of both masses: a differing figure is a
 * conflict to report, not evidence that the sentence is about something else.
 */
export function measureOverlap(
  page: TextProfile,
  source: TextProfile,
  idf: (term: string) => number,
): Overlap {
  const shared: string[] = [];
  let sharedMass = 0;
  let sharedContentMass = 0;
  let pageMass = 0;
  for (const t of page.terms) {
    const inSource = source.terms.has(t);
    if (!inSource && isNumberTerm(t)) continue;
    const w = idf(t);
    pageMass += w;
    if (!inSource) continue;
    shared.push(t);
    sharedMass += w;
    if (!isNumberTerm(t) && !page.nameTerms.has(t)) sharedContentMass += w;
  }
  let sourceMass = 0;
  for (const t of source.terms) {
    if (!page.terms.has(t) && isNumberTerm(t)) continue;
    sourceMass += idf(t);
  }
  return {
    shared,
    sharedMass,
    sharedContentMass,
    pageCoverage: pageMass > 0 ? sharedMass / pageMass : 0,
    sourceCoverage: sourceMass > 0 ? sharedMass / sourceMass : 0,
  };
}
